//! The session's hook: the plain-Rust [`Session`] for this page, the editor's store opened on its
//! draft, autosave, and a handle whose verbs are what the user can do with drafts. Each verb asks
//! the session (which does the storage work) and opens in the editor whatever it opened.

use crate::services::storage::BrowserStorage;
use crate::services::{clock, files, host};
use crate::state::draft::{next_year_draft, Draft};
use crate::state::editor::{Action, Editor};
use crate::state::export::ExportKind;
use crate::state::session::{Answer, Notice, Session};
use crate::state::setup::Setup;
use crate::store::Dispatch;
use gloo::timers::callback::Timeout;
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::prelude::*;

mod importing;

/// Autosave waits this long after an edit, so steady typing saves a few times a second, not on
/// every key; leaving the page saves at once (use_page_exit).
const AUTOSAVE_MS: u32 = 300;

/// A new, empty report on the year just ended (or the embedding page's agency and year).
pub fn blank_draft(setup: &Setup) -> Draft {
    setup.fresh(Draft::new(clock::new_id(), clock::current_year() - 1))
}

/// Where the editor lives: how its page set it up, and the element to send events from when a
/// portal page embeds it (None on the app's own page).
#[derive(Clone, PartialEq)]
pub struct Place {
    pub setup: Rc<Setup>,
    pub host: Option<web_sys::Element>,
}

impl Place {
    pub fn page() -> Place {
        Place {
            setup: Rc::new(Setup::page()),
            host: None,
        }
    }

    /// Tells the embedding page that the editor is drawn and takes input.
    pub fn announce_ready(&self) {
        if let Some(element) = &self.host {
            host::announce_ready(element);
        }
    }

    /// Writes what autosave has not written yet, and tells the embedding page of an edit that
    /// settled so (autosave's turn, leaving the page, the element removed).
    pub fn save_now(&self, session: &RefCell<Session>) {
        let edited = session.borrow().dirty();
        session.borrow_mut().save(clock::now_ms());
        if edited {
            let draft = session.borrow().open_draft();
            self.announce(host::CHANGE, &draft.report, None);
        }
    }

    /// Tells the embedding page, if there is one (see services::host).
    fn announce(&self, name: &str, report: &nianbao::Report, format: Option<&str>) {
        if let Some(element) = &self.host {
            host::announce(element, name, report, format);
        }
    }
}

#[derive(Clone)]
pub struct SessionHandle {
    session: Rc<RefCell<Session>>,
    dispatch: Dispatch,
    redraw: UseForceUpdateHandle,
    place: Place,
    storage: Rc<BrowserStorage>,
}

impl PartialEq for SessionHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
    }
}

impl SessionHandle {
    pub fn borrow(&self) -> Ref<'_, Session> {
        self.session.borrow()
    }

    /// The shared session itself, for listeners that outlive a render.
    pub fn shared(&self) -> Rc<RefCell<Session>> {
        Rc::clone(&self.session)
    }

    /// Where the app lives (to save and tell the embedding page from a listener).
    pub fn place(&self) -> Place {
        self.place.clone()
    }

    pub fn redraw(&self) {
        self.redraw.force_update();
    }

    /// A key from a storage event as the session knows it, when it is this editor's.
    pub fn own_key<'a>(&self, key: &'a str) -> Option<&'a str> {
        self.storage.own(key)
    }

    fn blank(&self) -> Draft {
        blank_draft(&self.place.setup)
    }

    fn update<R>(&self, change: impl FnOnce(&mut Session) -> R) -> R {
        let result = change(&mut self.session.borrow_mut());
        self.redraw.force_update();
        result
    }

    /// Shows in the editor the draft the session opened, with what the embedding page fixed
    /// (the edit is then saved like any other).
    // Called from many places: one copy rather than one inlined at each (first-load size).
    #[inline(never)]
    fn show(&self, opened: Option<Rc<Draft>>) {
        if let Some(draft) = opened {
            let mut draft = (*draft).clone();
            let imposed = self.place.setup.impose(&mut draft);
            self.dispatch.dispatch(Action::Open(Box::new(draft)));
            if let Some(said) = imposed {
                self.tell(Notice::info(said));
            }
        }
    }

    pub fn open(&self, id: &str) {
        // Bound first: the session is borrowed again to say a refusal.
        let draft = self.borrow().draft_of(id);
        if self.refused(draft) {
            return;
        }
        let opened = self.update(|s| s.open_stored(id, clock::now_ms()));
        self.show(opened);
    }

    /// A draft of another agency or year than the embedding page fixed is not opened: said.
    fn refused(&self, draft: Option<Rc<Draft>>) -> bool {
        let refusal = draft.and_then(|d| self.place.setup.refusal_to_open(&d));
        refusal.map(|why| self.tell(Notice::error(why))).is_some()
    }

    /// 打开 on a draft held in this page.
    pub fn open_held(&self, id: &str) {
        let draft = self.borrow().held_draft(id);
        if self.refused(draft) {
            return;
        }
        let opened = self.update(|s| s.open_held(id, clock::now_ms()));
        self.show(opened);
    }

    pub fn start_blank(&self) {
        let opened = self.update(|s| s.open_new(self.blank(), false, clock::now_ms()));
        self.show(Some(opened));
    }

    /// Opens a draft made from a file or another draft; it is stored at once.
    // Called from many places: one copy rather than one inlined at each (first-load size).
    #[inline(never)]
    pub fn open_made(&self, draft: Draft) {
        let opened = self.update(|s| s.open_new(draft, true, clock::now_ms()));
        self.show(Some(opened));
    }

    pub fn duplicate(&self, id: &str) {
        let Some(source) = self.borrow().draft_of(id) else {
            return;
        };
        self.open_made(Draft {
            id: clock::new_id(),
            label: Some(format!("{}（副本）", source.display_name())),
            ..(*source).clone()
        });
    }

    /// 据此新建下一年度报告.
    pub fn next_year(&self, id: &str) {
        let Some(last) = self.borrow().draft_of(id) else {
            return;
        };
        if let Some(refusal) = self.place.setup.next_year_refusal(last.report.meta.year) {
            self.tell(Notice::error(refusal));
            return;
        }
        self.open_made(next_year_draft(
            &last.report,
            clock::new_id(),
            clock::current_year() - 1,
        ));
    }

    /// An imported report as a new draft (totals as printed), with what to check against the
    /// source said beside it.
    pub(super) fn open_imported(&self, report: nianbao::Report, to_check: Vec<String>) {
        self.open_made(Draft::imported(clock::new_id(), report));
        if !to_check.is_empty() {
            self.tell(Notice {
                error: false,
                text: "已作为新草稿打开（合计照原文）。以下各处请对照原件核对：".to_owned(),
                details: to_check,
            });
        }
    }

    /// Next year's report started from an imported one: 上年结转 carried over, last year kept
    /// for the cross-year checks.
    fn next_year_from(&self, last: &nianbao::Report) {
        if let Some(refusal) = self.place.setup.next_year_refusal(last.meta.year) {
            self.tell(Notice::error(refusal));
            return;
        }
        self.open_made(next_year_draft(
            last,
            clock::new_id(),
            clock::current_year() - 1,
        ));
        self.tell(Notice::info(
            "已据上年报告新建本年度报告：上年结转已填好，跨年度核对已开启。",
        ));
    }

    pub fn rename(&self, id: &str, label: String) {
        if self.update(|s| s.rename(id, &label, clock::now_ms())) {
            // The open draft: through the editor, so autosave and undo see it.
            self.dispatch.dispatch(Action::SetLabel(label));
        }
    }

    pub fn delete(&self, id: &str) {
        let opened = self.update(|s| s.delete(id, clock::now_ms(), || self.blank()));
        self.show(opened);
    }

    pub fn restore(&self, id: &str) {
        self.update(|s| s.restore(id, &clock::new_id()));
    }

    pub fn answer(&self, answer: Answer) {
        match &answer {
            Answer::Discard { export: true, .. }
            | Answer::DiscardOpen { export: true }
            | Answer::DeleteForever { export: true, .. } => {
                let draft = self.borrow().draft_answered(&answer);
                if let Some(draft) = draft {
                    export_json(&draft);
                }
            }
            Answer::AttachLastYear(report) => self.attach_last_year((**report).clone()),
            Answer::Export(kind) => self.export(*kind),
            Answer::OpenImported { report, to_check } => {
                self.open_imported((**report).clone(), to_check.clone())
            }
            Answer::NextYearFrom(last) => self.next_year_from(last),
            Answer::Pasted { html, text } => self.import_paste(html.clone(), text.clone()),
            _ => {}
        }
        let opened = self.update(|s| s.answer(&answer, clock::now_ms(), || self.blank()));
        self.show(opened);
    }

    /// 「导出」 was opened: what takes a while is written ahead (see services/export.rs).
    pub fn prepare_export(&self) {
        let draft = self.borrow().open_draft();
        crate::services::export::prepare(&draft.report);
    }

    /// Exports the open draft as `kind`, and says how it went.
    pub fn export(&self, kind: ExportKind) {
        let draft = self.borrow().open_draft();
        self.place
            .announce(host::EXPORT, &draft.report, Some(kind.key()));
        let session = self.clone();
        crate::services::export::perform(kind, &draft.report, move |result| match result {
            Ok(done) if done.is_empty() => {}
            Ok(done) => session.tell(Notice::info(done)),
            Err(why) => session.tell(Notice::error(why)),
        });
    }

    /// Keeps `last` with the open draft as last year's report, for the cross-year checks.
    pub fn attach_last_year(&self, last: nianbao::Report) {
        self.dispatch
            .dispatch(Action::SetLastYear(Box::new(Some(last))));
    }

    pub fn take_theirs(&self) {
        let opened = self.update(Session::take_theirs);
        self.show(opened);
    }

    pub fn keep_mine(&self) {
        let opened = self.update(|s| s.keep_mine(clock::new_id(), clock::now_ms()));
        self.show(Some(opened));
    }

    pub fn store_again(&self) {
        self.update(|s| s.store_again(clock::now_ms()));
    }

    // Called from many places: one copy rather than one inlined at each (first-load size).
    #[inline(never)]
    pub fn ask(&self, question: crate::state::session::Question) {
        self.update(|s| s.question = Some(question));
    }

    // Called from many places: one copy rather than one inlined at each (first-load size).
    #[inline(never)]
    pub fn tell(&self, notice: crate::state::session::Notice) {
        self.update(|s| s.notice = Some(notice));
    }

    /// A file could not be imported (its name and why), or None: the message goes.
    // Called from many places: one copy rather than one inlined at each (first-load size).
    #[inline(never)]
    pub fn refuse_import(&self, refused: Option<(String, Vec<String>)>) {
        self.update(|s| s.import_refused = refused);
    }

    /// The user chose 「仍然导出」 for the report as it is at `revision`.
    pub fn agree_to_export(&self, revision: u64) {
        self.update(|s| s.export_agreed = Some(revision));
    }

    pub fn dismiss_notice(&self) {
        self.update(|s| s.notice = None);
    }

    pub fn dismiss_quarantined(&self) {
        self.update(|s| s.quarantined.clear());
    }

    /// Offers stored data that this version cannot open (set aside, or a newer version's draft)
    /// as a file.
    pub fn download_raw(&self, key: &str) {
        if let Some(text) = self.borrow().raw_text(key) {
            let stem = key.trim_start_matches("nianbao.");
            let _ = files::download(
                &nianbao::export::file_name(stem, "json"),
                "application/json",
                &text,
            );
        }
    }

    /// Exports a draft held in this page as JSON.
    pub fn export_held(&self, id: &str) {
        let draft = self.borrow().held_draft(id);
        if let Some(draft) = draft {
            export_json(&draft);
        }
    }

    pub fn rename_held(&self, id: &str, label: String) {
        self.update(|s| s.rename_held(id, &label));
    }

    pub fn delete_held(&self, id: &str) {
        self.update(|s| s.delete_held(id));
    }
}

/// Downloads a draft's report as a JSON v1 file (「<机关名称><年度>年政府信息公开工作年度报告.json」).
pub fn export_json(draft: &Draft) {
    crate::services::export::perform(ExportKind::Json, &draft.report, |_| {});
}

/// The session and the editor's store, created once; autosave follows the editor's revisions,
/// and each save tells an embedding page (`nianbao-change`).
#[hook]
pub fn use_session(place: &Place) -> (SessionHandle, UseReducerHandle<Editor>) {
    let storage = use_memo((), |_| BrowserStorage::new(&place.setup.storage_prefix));
    let storage: Rc<BrowserStorage> = Rc::clone(&storage);
    let session = {
        let storage = Rc::clone(&storage);
        let setup = Rc::clone(&place.setup);
        use_mut_ref(move || {
            let mut session = Session::start(storage, blank_draft(&setup));
            // The draft it would reopen is of another agency or year than the page fixed: a new
            // one instead, the other left as it is (listed under 草稿).
            if setup.refusal_to_open(&session.open_draft()).is_some() {
                session.open_new(blank_draft(&setup), false, clock::now_ms());
            }
            if !setup.problems.is_empty() {
                session.notice = Some(Notice {
                    error: true,
                    text: "本页面嵌入年报编辑器时给出的参数有误：".to_owned(),
                    details: setup.problems.clone(),
                });
            }
            session
        })
    };
    let editor = {
        let setup = Rc::clone(&place.setup);
        let session = Rc::clone(&session);
        use_reducer(move || {
            let mut draft = (*session.borrow().open_draft()).clone();
            if let Some(said) = setup.impose(&mut draft) {
                session
                    .borrow_mut()
                    .notice
                    .get_or_insert(Notice::info(said));
            }
            Editor::new(draft, Some(clock::current_year()))
        })
    };
    let redraw = use_force_update();
    // During render, so that what is drawn (the save state, the list) knows of the last edit.
    session.borrow_mut().edited(Rc::clone(&editor.draft));

    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let session = Rc::clone(&session);
        let redraw = redraw.clone();
        let place = place.clone();
        use_effect_with(editor.revision, move |_| {
            if session.borrow().dirty() && timer.borrow().is_none() {
                let pending = Rc::clone(&timer);
                *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_MS, move || {
                    pending.borrow_mut().take();
                    place.save_now(&session);
                    redraw.force_update();
                }));
            }
        });
    }
    let handle = SessionHandle {
        session,
        dispatch: editor.dispatcher(),
        redraw,
        place: place.clone(),
        storage,
    };
    (handle, editor)
}
