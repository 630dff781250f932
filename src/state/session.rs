//! The drafts of this page and where each stands with storage: the one open in the editor, the
//! ones with work that could not be stored (kept here, in memory, until the page closes), the
//! list of stored drafts, and what went wrong. Every verb a user has on drafts is here, as plain
//! Rust over a [`Storage`], so that "no keystroke is ever lost" is tested natively with storage
//! that fails the ways browsers fail.
//!
//! Work is never overwritten blindly: a save first checks that the stored text is still the one
//! this page last saw. If another tab changed or deleted the draft meanwhile, saving pauses and
//! the user chooses (a conflict), whatever order the browser delivers its events in.

use super::draft::{clean_label, Draft};
use super::shelf::{self, draft_key, Listed, Loaded, Quarantined, Restored, Shelf};
use super::storage::{Storage, StorageProblem};
use super::stored::from_stored;
use std::rc::Rc;

/// Why saving the open draft is paused: another tab got there first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Another tab saved a different version.
    Changed,
    /// Another tab deleted it (moved it to the trash).
    Deleted,
}

/// Where the open draft stands with storage, for the status line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SaveState {
    /// As opened: nothing changed yet.
    Opened,
    /// Saved at this time (milliseconds since 1970).
    Saved(f64),
    /// Changed; the save is due in a moment.
    Pending,
    /// Storage refuses: the work is only in this page.
    NotSaved,
    /// Another tab changed or deleted the draft: saving waits for the user.
    Paused,
}

/// A message about the last thing done with drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
    /// Further lines (what a conversion could not carry over).
    pub details: Vec<String>,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            error: false,
            text: text.into(),
            details: Vec::new(),
        }
    }

    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            error: true,
            ..Notice::info(text)
        }
    }
}

/// What the user can answer to a [`Question`].
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Cancel,
    /// Drop a draft held in this page (after exporting it, if `export`).
    Discard {
        id: String,
        export: bool,
    },
    /// Delete the open draft although its last changes could not be stored.
    DiscardOpen {
        export: bool,
    },
    /// Remove a stored draft for good: there is no room for its copy in the trash.
    DeleteForever {
        id: String,
        export: bool,
    },
    /// Use this report as last year's (an import's choice, or although it does not look like it).
    AttachLastYear(Box<nianbao::Report>),
    /// Open an imported report as a new draft, what to check against the source said beside it.
    OpenImported {
        report: Box<nianbao::Report>,
        to_check: Vec<String>,
    },
    /// Start next year's report from an imported one (上年结转 carried over, last year kept).
    NextYearFrom(Box<nianbao::Report>),
    /// What was pasted into the question's box: its HTML and its plain text.
    Pasted {
        html: Option<String>,
        text: Option<String>,
    },
    /// Export although the report still has errors.
    Export(crate::state::export::ExportKind),
}

/// A question that must be answered before something is lost or something odd is done.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub title: String,
    pub text: String,
    pub details: Vec<String>,
    /// The choices, the one to suggest first; Esc picks `Answer::Cancel` (or the last, when
    /// there is no cancelling).
    pub choices: Vec<(String, Answer)>,
    /// Shows a box to paste into; a paste answers [`Answer::Pasted`].
    pub paste: bool,
}

/// A draft and what this page knows of its stored copy.
#[derive(Debug, Clone)]
struct Kept {
    draft: Rc<Draft>,
    /// The content there is nothing to save of: as last stored or loaded, or a new empty draft
    /// as made. None: not stored yet and to be stored.
    clean: Option<Rc<Draft>>,
    /// The exact text under the draft's key when this page last looked (None: no such key).
    base: Option<String>,
    conflict: Option<Conflict>,
}

impl Kept {
    fn loaded(loaded: Loaded) -> Kept {
        let draft = Rc::new(loaded.draft);
        Kept {
            clean: Some(Rc::clone(&draft)),
            draft,
            base: Some(loaded.text),
            conflict: None,
        }
    }

    /// A draft not stored yet; `store` says whether it is worth storing as it is (a copy, an
    /// import) or only once edited (a new empty report).
    fn new(draft: Draft, store: bool) -> Kept {
        let draft = Rc::new(draft);
        Kept {
            clean: (!store).then(|| Rc::clone(&draft)),
            draft,
            base: None,
            conflict: None,
        }
    }

    /// Whether there is anything to store: any change to a stored draft (its review too, so
    /// that 「检查全部」 is still on after a reload), but only work for a draft not stored yet (a
    /// new report only looked at is not worth a place in the list).
    fn dirty(&self) -> bool {
        match &self.clean {
            None => true,
            Some(clean) if Rc::ptr_eq(clean, &self.draft) => false,
            Some(clean) if self.base.is_none() => !clean.same_work(&self.draft),
            Some(clean) => **clean != *self.draft,
        }
    }

    /// Whether work would be lost if this page closed now.
    fn at_risk(&self) -> bool {
        match &self.clean {
            None => true,
            Some(clean) => !Rc::ptr_eq(clean, &self.draft) && !clean.same_work(&self.draft),
        }
    }

    fn id(&self) -> &str {
        &self.draft.id
    }

    /// Another tab wrote content this page already has: that text is the new base.
    fn adopt(&mut self, text: String, theirs: Draft) {
        if theirs.same_work(&self.draft) {
            self.clean = Some(Rc::clone(&self.draft));
        }
        self.base = Some(text);
    }
}

/// What the stored text of the open draft says, compared with what this page last saw.
enum Seen {
    Unchanged,
    /// Changed by another tab, but to content this page has (it merely re-saved it).
    Same(String, Box<Draft>),
    Conflict(Conflict),
}

fn judge(kept: &Kept, stored: Option<String>) -> Seen {
    if stored == kept.base {
        return Seen::Unchanged;
    }
    let Some(text) = stored else {
        return Seen::Conflict(Conflict::Deleted);
    };
    match from_stored(&text) {
        Ok((theirs, _))
            if kept.clean.as_deref().is_some_and(|c| c.same_work(&theirs))
                || theirs.same_work(&kept.draft) =>
        {
            Seen::Same(text, Box::new(theirs))
        }
        _ => Seen::Conflict(Conflict::Changed),
    }
}

pub struct Session {
    storage: Rc<dyn Storage>,
    open: Kept,
    /// Drafts with work that could not be stored, newest first.
    held: Vec<Kept>,
    pub shelf: Shelf,
    /// Everything moved aside since the page opened, until dismissed.
    pub quarantined: Vec<Quarantined>,
    pub problem: Option<StorageProblem>,
    pub notice: Option<Notice>,
    pub question: Option<Question>,
    /// A file that could not be imported: its name and what is wrong with it, until dismissed.
    pub import_refused: Option<(String, Vec<String>)>,
    /// The editor's revision whose errors the user agreed to export anyway: asked once, not
    /// per file.
    pub export_agreed: Option<u64>,
    saved_at: Option<f64>,
}

impl Session {
    /// Opens the draft this tab had open, else the one opened last, else the newest, else
    /// `fresh` (a first visit, or no storage).
    pub fn start(storage: Rc<dyn Storage>, fresh: Draft) -> Session {
        let mut session = Session {
            open: Kept::new(fresh, false),
            held: Vec::new(),
            shelf: Shelf::default(),
            quarantined: Vec::new(),
            problem: None,
            notice: None,
            question: None,
            import_refused: None,
            export_agreed: None,
            saved_at: None,
            storage,
        };
        session.refresh_shelf();
        let listed = |id: &String| session.shelf.drafts.iter().any(|d| &d.id == id);
        let wanted = session
            .storage
            .remembered_open()
            .filter(listed)
            .or_else(|| session.shelf.drafts.first().map(|d| d.id.clone()));
        if let Some(Ok(Some(loaded))) = wanted.map(|id| shelf::load(&*session.storage, &id)) {
            session.open = Kept::loaded(loaded);
        }
        session
    }

    /// The draft open in the editor.
    pub fn open_draft(&self) -> Rc<Draft> {
        Rc::clone(&self.open.draft)
    }

    /// Reads the list of drafts again (another tab changed storage, or this page did).
    pub fn refresh_shelf(&mut self) {
        match shelf::list(&*self.storage) {
            Ok(mut shelf) => {
                for aside in shelf.quarantined.drain(..) {
                    if !self.quarantined.iter().any(|q| q.key == aside.key) {
                        self.quarantined.push(aside);
                    }
                }
                self.shelf = shelf;
            }
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// The editor's draft changed (an edit, an undo).
    pub fn edited(&mut self, draft: Rc<Draft>) {
        // An editor still showing the draft that was open before a switch is not an edit of it.
        if draft.id == self.open.draft.id {
            self.open.draft = draft;
        }
    }

    /// Whether the open draft has changes that are not stored.
    pub fn dirty(&self) -> bool {
        self.open.dirty()
    }

    /// Whether closing the page now would lose work: the open draft's unstored changes, or a
    /// draft held in memory.
    pub fn has_unstored_work(&self) -> bool {
        self.open.at_risk() || !self.held.is_empty()
    }

    pub fn conflict(&self) -> Option<Conflict> {
        self.open.conflict
    }

    pub fn save_state(&self) -> SaveState {
        if self.open.conflict.is_some() {
            SaveState::Paused
        } else if self.problem.is_some() {
            SaveState::NotSaved
        } else if self.open.dirty() {
            SaveState::Pending
        } else {
            self.saved_at.map_or(SaveState::Opened, SaveState::Saved)
        }
    }

    /// Drafts whose work is only in this page, for the list.
    pub fn held(&self) -> Vec<Listed> {
        self.held
            .iter()
            .map(|kept| Listed::of(&kept.draft, 0.0))
            .collect()
    }

    /// Stores the open draft now if it has changes, unless another tab changed it first or
    /// storage refuses; true when nothing of it is left unstored. Synchronous, so that it can run
    /// as the page goes away.
    pub fn save(&mut self, now: f64) -> bool {
        if !self.open.dirty() {
            return true;
        }
        if self.open.conflict.is_some() {
            return false;
        }
        let stored = match self.storage.get(&draft_key(self.open.id())) {
            Ok(stored) => stored,
            Err(problem) => {
                self.problem = Some(problem);
                return false;
            }
        };
        match judge(&self.open, stored) {
            Seen::Unchanged => {}
            Seen::Same(text, theirs) => {
                self.open.adopt(text, *theirs);
                if !self.open.dirty() {
                    return true;
                }
            }
            Seen::Conflict(conflict) => {
                self.open.conflict = Some(conflict);
                return false;
            }
        }
        match shelf::write(&*self.storage, &self.open.draft, now) {
            Ok(text) => {
                self.open.base = Some(text);
                self.open.clean = Some(Rc::clone(&self.open.draft));
                self.problem = None;
                self.saved_at = Some(now);
                self.storage.remember_open(self.open.id());
                let entry = Listed::of(&self.open.draft, now);
                self.shelf.drafts.retain(|d| d.id != entry.id);
                self.shelf.drafts.insert(0, entry);
                true
            }
            Err(problem) => {
                self.problem = Some(problem);
                false
            }
        }
    }

    /// Another tab wrote `key` (None: it cleared storage); `new_value` is what is there now.
    pub fn storage_changed(&mut self, key: Option<&str>, new_value: Option<String>) {
        let open_key = draft_key(self.open.id());
        let ours = match key {
            Some(key) if !shelf::is_ours(key) => return,
            Some(key) => key == open_key,
            None => true,
        };
        if ours {
            let stored = match key {
                Some(_) => new_value,
                None => self.storage.get(&open_key).ok().flatten(),
            };
            match judge(&self.open, stored) {
                Seen::Unchanged => {}
                Seen::Same(text, theirs) => self.open.adopt(text, *theirs),
                Seen::Conflict(conflict) => self.open.conflict = Some(conflict),
            }
        }
        self.refresh_shelf();
    }

    /// Makes `next` the open draft. The draft open until now is stored first; if that fails
    /// (storage refuses, another tab changed it) its work is held in memory and listed, never
    /// dropped.
    fn switch(&mut self, next: Kept, now: f64) -> Rc<Draft> {
        self.save(now);
        let previous = std::mem::replace(&mut self.open, next);
        if previous.at_risk() {
            let name = previous.draft.display_name();
            self.notice = Some(Notice::error(match previous.conflict {
                Some(_) => format!(
                    "「{name}」已在另一个标签页中改动，本页的修改没有覆盖它，暂存在本页的「未保存的草稿」中。"
                ),
                None => format!(
                    "「{name}」的修改未能保存到浏览器，暂存在本页的「未保存的草稿」中；关闭页面前请打开它并导出 JSON。"
                ),
            }));
            self.held.retain(|kept| kept.id() != previous.id());
            self.held.insert(0, previous);
        }
        self.saved_at = None;
        self.storage.remember_open(self.open.id());
        self.open_draft()
    }

    fn name_of(&self, id: &str) -> String {
        self.shelf
            .drafts
            .iter()
            .chain(&self.shelf.trash)
            .find(|d| d.id == id)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| "这份草稿".to_owned())
    }

    /// 打开 on a draft held in this page: its work comes back to the editor.
    pub fn open_held(&mut self, id: &str, now: f64) -> Option<Rc<Draft>> {
        let at = self.held.iter().position(|kept| kept.id() == id)?;
        let kept = self.held.remove(at);
        Some(self.switch(kept, now))
    }

    /// 打开 on a stored draft: its stored copy (a held copy of the same draft, with changes that
    /// could not be stored, stays held). None when it is gone (said in the notice).
    pub fn open_stored(&mut self, id: &str, now: f64) -> Option<Rc<Draft>> {
        if id == self.open.id() {
            return None;
        }
        match shelf::load(&*self.storage, id) {
            Ok(Some(loaded)) => Some(self.switch(Kept::loaded(loaded), now)),
            Ok(None) => {
                self.notice = Some(Notice::error(format!(
                    "「{}」已不在本浏览器的草稿中（可能刚在另一个标签页中删除，可在「已删除」中找回）。",
                    self.name_of(id)
                )));
                self.refresh_shelf();
                None
            }
            Err(problem) => {
                self.notice = Some(Notice::error(format!("未能打开：{}", problem.message())));
                self.problem = Some(problem);
                None
            }
        }
    }

    /// Opens a draft made in this page: a new empty report (`store` false: stored once edited),
    /// or a copy, an import, next year's report, a conversion (`store` true: stored now).
    pub fn open_new(&mut self, draft: Draft, store: bool, now: f64) -> Rc<Draft> {
        let opened = self.switch(Kept::new(draft, store), now);
        if store {
            self.save(now);
        }
        opened
    }

    /// 改名. The open draft is renamed through the editor (the caller does that when this
    /// returns true), so its undo and autosave see it.
    pub fn rename(&mut self, id: &str, label: &str, now: f64) -> bool {
        if id == self.open.id() {
            if let Some(problem) = &self.problem {
                self.notice = Some(Notice::error(format!(
                    "新名称暂未保存到浏览器：{}修改仍保留在本页中。",
                    problem.message()
                )));
            }
            return true;
        }
        let renamed = shelf::load(&*self.storage, id).and_then(|loaded| match loaded {
            Some(Loaded { mut draft, .. }) => {
                draft.label = clean_label(label);
                shelf::write(&*self.storage, &draft, now).map(|_| true)
            }
            None => Ok(false),
        });
        match renamed {
            Ok(true) => {}
            Ok(false) => {
                self.notice = Some(Notice::error(format!(
                    "未能改名：「{}」已不在本浏览器的草稿中。",
                    self.name_of(id)
                )))
            }
            Err(problem) => {
                self.notice = Some(Notice::error(format!(
                    "未能改名「{}」：{}",
                    self.name_of(id),
                    problem.message()
                )))
            }
        }
        self.refresh_shelf();
        false
    }

    /// 改名 on a draft held in this page.
    pub fn rename_held(&mut self, id: &str, label: &str) {
        if let Some(kept) = self.held.iter_mut().find(|kept| kept.id() == id) {
            Rc::make_mut(&mut kept.draft).label = clean_label(label);
            self.notice = Some(Notice::info(
                "已改名。这份草稿仍只在本页中，没有保存到浏览器。",
            ));
        }
    }

    /// 删除 on a draft held in this page: its work would be gone for good, so the user is asked.
    pub fn delete_held(&mut self, id: &str) {
        if let Some(kept) = self.held.iter().find(|kept| kept.id() == id) {
            self.question = Some(discard_question(&kept.draft.display_name(), |export| {
                Answer::Discard {
                    id: id.to_owned(),
                    export,
                }
            }));
        }
    }

    /// 删除: moves a stored draft to the trash. The open draft with changes that cannot be
    /// stored, or a stored one there is no room to copy to the trash, is not removed before the
    /// user answers the question this sets. Deleting the open draft opens another (`fresh` when
    /// none is left); the draft opened is returned.
    pub fn delete(
        &mut self,
        id: &str,
        now: f64,
        fresh: impl FnOnce() -> Draft,
    ) -> Option<Rc<Draft>> {
        if id == self.open.id() && !self.save(now) {
            self.question = Some(discard_question(
                &self.open.draft.display_name(),
                |export| Answer::DiscardOpen { export },
            ));
            return None;
        }
        self.move_to_trash(id, now, fresh)
    }

    /// Moves a stored draft to the trash; with no room for its copy there, asks whether to
    /// delete it for good.
    fn move_to_trash(
        &mut self,
        id: &str,
        now: f64,
        fresh: impl FnOnce() -> Draft,
    ) -> Option<Rc<Draft>> {
        let name = self.name_of(id);
        match shelf::to_trash(&*self.storage, id) {
            Ok(()) => {
                self.refresh_shelf();
                (id == self.open.id()).then(|| self.after_removing_open(now, fresh))
            }
            Err(StorageProblem::Full) => {
                let forever = |export| Answer::DeleteForever {
                    id: id.to_owned(),
                    export,
                };
                self.question = Some(deletion_question(
                    "存储空间已满",
                    format!(
                        "浏览器的本地存储空间已满，「{name}」无法先移到「已删除」中。要永久删除它吗？永久删除后无法恢复，但会腾出空间。"
                    ),
                    "永久删除",
                    forever,
                ));
                None
            }
            Err(problem) => {
                self.notice = Some(Notice::error(format!(
                    "未能删除「{name}」：{}",
                    problem.message()
                )));
                self.problem = Some(problem);
                None
            }
        }
    }

    /// The open draft was removed from storage: nothing of it is left to save; open the newest
    /// other draft, or a new one.
    fn after_removing_open(&mut self, now: f64, fresh: impl FnOnce() -> Draft) -> Rc<Draft> {
        self.open.clean = Some(Rc::clone(&self.open.draft));
        self.open.conflict = None;
        let removed = self.open.id().to_owned();
        let newest = self
            .shelf
            .drafts
            .iter()
            .filter(|d| d.id != removed)
            .find_map(|d| shelf::load(&*self.storage, &d.id).ok().flatten());
        match newest {
            Some(loaded) => self.switch(Kept::loaded(loaded), now),
            None => self.switch(Kept::new(fresh(), false), now),
        }
    }

    /// The answer to the question asked; returns the draft to open, if the open one went.
    /// Exporting, when the answer asks for it, is the caller's (it is a download).
    pub fn answer(
        &mut self,
        answer: &Answer,
        now: f64,
        fresh: impl FnOnce() -> Draft,
    ) -> Option<Rc<Draft>> {
        self.question = None;
        match answer {
            Answer::Cancel
            | Answer::AttachLastYear(_)
            | Answer::OpenImported { .. }
            | Answer::NextYearFrom(_)
            | Answer::Pasted { .. }
            | Answer::Export(_) => None,
            Answer::Discard { id, .. } => {
                self.held.retain(|kept| kept.id() != id);
                None
            }
            Answer::DiscardOpen { .. } => {
                // The changes are given up, as asked; what is stored goes to the trash as ever.
                self.open.clean = Some(Rc::clone(&self.open.draft));
                if self.open.base.is_none() {
                    return Some(self.after_removing_open(now, fresh));
                }
                let id = self.open.id().to_owned();
                self.move_to_trash(&id, now, fresh)
            }
            Answer::DeleteForever { id, .. } => {
                let name = self.name_of(id);
                match shelf::remove(&*self.storage, id) {
                    Ok(()) => {
                        self.notice = Some(Notice::info(format!("已永久删除「{name}」。")));
                        self.refresh_shelf();
                        (id == self.open.id()).then(|| self.after_removing_open(now, fresh))
                    }
                    Err(problem) => {
                        self.notice = Some(Notice::error(format!(
                            "未能删除「{name}」：{}",
                            problem.message()
                        )));
                        None
                    }
                }
            }
        }
    }

    /// A listed draft's content: the open one as the editor has it, or the stored copy.
    pub fn draft_of(&self, id: &str) -> Option<Rc<Draft>> {
        if id == self.open.id() {
            return Some(self.open_draft());
        }
        shelf::load(&*self.storage, id)
            .ok()
            .flatten()
            .map(|loaded| Rc::new(loaded.draft))
    }

    /// A draft held in this page.
    pub fn held_draft(&self, id: &str) -> Option<Rc<Draft>> {
        self.held
            .iter()
            .find(|kept| kept.id() == id)
            .map(|kept| Rc::clone(&kept.draft))
    }

    /// The draft an answer is about, to export it first when the answer says so.
    pub fn draft_answered(&self, answer: &Answer) -> Option<Rc<Draft>> {
        match answer {
            Answer::Discard { id, .. } => self.held_draft(id),
            Answer::DiscardOpen { .. } => Some(self.open_draft()),
            Answer::DeleteForever { id, .. } => self.draft_of(id),
            Answer::Cancel
            | Answer::AttachLastYear(_)
            | Answer::OpenImported { .. }
            | Answer::NextYearFrom(_)
            | Answer::Pasted { .. }
            | Answer::Export(_) => None,
        }
    }

    /// 恢复: never over a draft stored under the same id since the delete (another tab may have
    /// saved it again); then the deleted version comes back beside it as a new draft.
    pub fn restore(&mut self, id: &str, copy_id: &str) {
        let name = self.name_of(id);
        match shelf::restore(&*self.storage, id, copy_id) {
            Ok(Restored::InPlace) => {}
            Ok(Restored::AsCopy { name: copy, .. }) => {
                self.notice = Some(Notice::info(format!(
                    "「{name}」删除后又在别处保存过，恢复不会覆盖那个较新的版本；删除前的版本已恢复为另一份草稿「{copy}」。"
                )))
            }
            Ok(Restored::Gone) => {
                self.notice = Some(Notice::info(format!(
                    "「{name}」已不在「已删除」中（可能已在另一个标签页中恢复）。"
                )))
            }
            Err(problem) => {
                self.notice = Some(Notice::error(format!(
                    "未能恢复「{name}」：{}",
                    problem.message()
                )))
            }
        }
        self.refresh_shelf();
    }

    /// 载入另一标签页的版本: this page's unstored changes are given up, as the user chose.
    pub fn take_theirs(&mut self) -> Option<Rc<Draft>> {
        match shelf::load(&*self.storage, self.open.id()) {
            Ok(Some(loaded)) => {
                self.open = Kept::loaded(loaded);
                Some(self.open_draft())
            }
            _ => {
                self.notice = Some(Notice::error(
                    "另一个标签页中的版本已不在（可能已被删除），本页的内容保持不变。",
                ));
                None
            }
        }
    }

    /// 把本页内容另存为新草稿.
    pub fn keep_mine(&mut self, new_id: String, now: f64) -> Rc<Draft> {
        let mine = Draft {
            id: new_id,
            label: Some(format!("{}（本页副本）", self.open.draft.display_name())),
            ..(*self.open.draft).clone()
        };
        // The version this page had is superseded by the other tab's, which stays stored.
        self.open = Kept::new(mine, true);
        self.save(now);
        self.storage.remember_open(self.open.id());
        self.open_draft()
    }

    /// The open draft was deleted in another tab, and the user keeps working on it: store it again.
    pub fn store_again(&mut self, now: f64) {
        self.open.conflict = None;
        self.open.base = self.storage.get(&draft_key(self.open.id())).ok().flatten();
        self.open.clean = None;
        self.save(now);
        self.refresh_shelf();
    }

    /// The raw text under a key (data moved aside, a newer version's draft), for download.
    pub fn raw_text(&self, key: &str) -> Option<String> {
        shelf::raw_text(&*self.storage, key)
    }
}

/// Asks before dropping work that exists only in this page; `discard` makes the answer, with an
/// export first or without.
fn discard_question(name: &str, discard: impl Fn(bool) -> Answer) -> Question {
    deletion_question(
        "删除未保存的草稿",
        format!("「{name}」的内容没有保存到浏览器，删除后无法恢复。要删除吗？如需保留，请先导出 JSON 文件。"),
        "删除",
        discard,
    )
}

/// A deletion that cannot be undone: offered with an export first, on its own, or not at all.
fn deletion_question(
    title: &str,
    text: String,
    verb: &str,
    answer: impl Fn(bool) -> Answer,
) -> Question {
    Question {
        title: title.to_owned(),
        text,
        details: Vec::new(),
        choices: vec![
            (format!("先导出 JSON，再{verb}"), answer(true)),
            (verb.to_owned(), answer(false)),
            ("取消".to_owned(), Answer::Cancel),
        ],
        paste: false,
    }
}
