//! The root component: lays out the status bar, the toolbar, what the user must know (banners,
//! notices, a question), the drafts, the report and the findings. The drafts and their storage
//! are the session's (hooks::use_session), the report being edited is the editor's store.
//!
//! Everything the app listens to or looks up is within its own element (`.app`), which may sit
//! in a portal's shadow root beside another editor (see mount.rs).

use crate::components::banners::{banners, BannersProps};
use crate::components::drafts_panel::DraftsPanel;
use crate::components::findings_panel::FindingsPanel;
use crate::components::focus::{app_of, focus_findings, APP_CLASS, FINDINGS_HEADING};
use crate::components::guide::guide;
use crate::components::marks::Marks;
use crate::components::meta_form::Fixed;
use crate::components::question_dialog::QuestionDialog;
use crate::components::report_editor::ReportEditor;
use crate::components::status_line::{status_line, StatusLineProps};
use crate::components::toolbar::Toolbar;
use crate::hooks::use_composition::use_composition_commit;
use crate::hooks::use_page_exit::{use_page_exit, Flush};
use crate::hooks::use_session::{use_session, Place, SessionHandle};
use crate::hooks::use_shortcuts::{use_shortcuts, JUMP_KEY};
use crate::hooks::use_storage_events::use_storage_events;
use crate::mount::Lifecycle;
use crate::services::clock;
use crate::state::draft::{display_name, Draft};
use crate::state::editor::Action;
use crate::state::export::{question as export_question, ExportKind};
use crate::state::import::Purpose;
use crate::state::session::{Answer, Notice};
use crate::store::Dispatch;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the report's main region, where 「跳到报告正文」 goes.
const MAIN: &str = "report-main";

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The app's own page unless a portal embeds it (mount.rs).
    #[prop_or_else(Place::page)]
    pub place: Place,
    /// Filled by the running app: how the page makes it save at once.
    #[prop_or_default]
    pub flush: Flush,
    #[prop_or_default]
    pub lifecycle: Lifecycle,
}

impl Default for AppProps {
    /// The app on its own page (what the browser tests mount).
    fn default() -> AppProps {
        AppProps {
            place: Place::page(),
            flush: Flush::default(),
            lifecycle: Lifecycle::default(),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let root = use_node_ref();
    let (session, editor) = use_session(&props.place);
    let dispatch: Dispatch = editor.dispatcher();
    let last_place = use_shortcuts(dispatch.clone(), root.clone(), props.place.host.is_none());
    use_composition_commit(root.clone());
    use_storage_events(&session);
    use_page_exit(&session, &props.flush);
    {
        let place = props.place.clone();
        let lifecycle = props.lifecycle.clone();
        use_effect_with((), move |_| {
            // The editor is drawn and accepts input from here on: marked for the start-up
            // benchmark, told to an embedding page, and a teardown asked for meanwhile done.
            if let Some(performance) = gloo::utils::window().performance() {
                let _ = performance.mark("nianbao-ready");
            }
            if lifecycle.drawn() {
                place.announce_ready();
            }
        });
    }

    let on_export = {
        let editor = editor.clone();
        let dispatch = dispatch.clone();
        let session = session.clone();
        Callback::from(move |kind: ExportKind| {
            // Exporting lists every finding, the gaps of tables not worked in too.
            dispatch.dispatch(Action::CheckAll);
            let unreadable = editor.draft.raw_inputs.len();
            let agreed = session.borrow().export_agreed;
            let asked = (agreed != Some(editor.revision))
                .then(|| export_question(kind, &editor.all_findings(), unreadable))
                .flatten();
            match asked {
                Some(question) => session.ask(question),
                None => session.export(kind),
            }
        })
    };
    let export = on_export.reform(|_: ()| ExportKind::Json);
    let read_file = {
        let session = session.clone();
        move |file: web_sys::File, purpose: Purpose| session.import_file(file, purpose)
    };
    let on_import = {
        let read_file = read_file.clone();
        Callback::from(move |file: web_sys::File| read_file(file, Purpose::Draft))
    };
    let on_import_last_year = {
        let read_file = read_file.clone();
        Callback::from(move |file: web_sys::File| read_file(file, Purpose::LastYear))
    };
    let on_drag_over = Callback::from(|event: DragEvent| {
        // Only files are taken; text dragged inside the editor keeps its usual behaviour.
        if carries_files(&event) {
            event.prevent_default();
        }
    });
    let on_drop = {
        let read_file = read_file.clone();
        let show_import = props.place.setup.show_import;
        Callback::from(move |event: DragEvent| {
            if !carries_files(&event) {
                return;
            }
            event.prevent_default();
            let file = event
                .data_transfer()
                .and_then(|data| data.files())
                .and_then(|files| files.get(0));
            if let (Some(file), true) = (file, show_import) {
                read_file(file, Purpose::Draft);
            }
        })
    };
    let on_convert = {
        let session = session.clone();
        let draft = Rc::clone(&editor.draft);
        Callback::from(move |_: ()| convert(&session, &draft))
    };
    let on_forget_last_year = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetLastYear(Box::new(None))))
    };

    let verb = |act: fn(&SessionHandle, &str)| {
        let session = session.clone();
        Callback::from(move |id: String| act(&session, &id))
    };
    let unit = |act: fn(&SessionHandle)| {
        let session = session.clone();
        Callback::from(move |_: ()| act(&session))
    };
    let on_rename = {
        let session = session.clone();
        Callback::from(move |(id, label): (String, String)| session.rename(&id, label))
    };
    let on_answer = {
        let session = session.clone();
        let revision = editor.revision;
        Callback::from(move |answer: Answer| {
            if matches!(answer, Answer::Export(_)) {
                session.agree_to_export(revision);
            }
            session.answer(answer)
        })
    };
    let on_dismiss_import = {
        let session = session.clone();
        Callback::from(move |_| session.refuse_import(None))
    };
    let on_dismiss_notice = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| session.dismiss_notice())
    };
    let skip_to_findings = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        if let Some(app) = app_of(event.target()) {
            focus_findings(&app);
        }
    });
    let skip_to_report = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        let app = app_of(event.target());
        if let Some(main) =
            app.and_then(|app| app.query_selector(&format!("#{MAIN}")).ok().flatten())
        {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    });

    // Rebuilt only when the findings or the choice change, not on every render (autosave's
    // status changes re-render the app too).
    let marks = use_memo(
        (SameFindings(editor.findings.clone()), editor.selected),
        |(findings, selected)| Marks::new(&findings.0, selected.and_then(|i| findings.0.get(i))),
    );
    let state = session.borrow();
    let draft = Rc::clone(&editor.draft);
    let read_only = draft.is_read_only();
    let setup = Rc::clone(&props.place.setup);
    html! {
        <ContextProvider<Dispatch> context={dispatch.clone()}>
            <div class={APP_CLASS} lang="zh-CN" ref={root} ondragover={on_drag_over} ondrop={on_drop}>
                <a class="skip-link" href={format!("#{FINDINGS_HEADING}")} onclick={skip_to_findings}>{ format!("跳到检查结果（{JUMP_KEY}）") }</a>
                <a class="skip-link" href={format!("#{MAIN}")} onclick={skip_to_report}>{ "跳到报告正文" }</a>
                <header class="app-bar">
                    <div class="brand">{ "年报" }<span>{ "政府信息公开工作年度报告" }</span></div>
                    { status_line(&StatusLineProps { errors: editor.errors(), warnings: editor.warnings(), progress: editor.progress, save: state.save_state() }) }
                </header>
                <section class="controls" aria-label="工具栏和草稿">
                    <Toolbar
                        can_undo={editor.can_undo()}
                        can_redo={editor.can_redo()}
                        stated_totals={draft.stated_totals}
                        has_last_year={draft.last_year.is_some()}
                        {read_only}
                        on_export={on_export.clone()}
                        on_export_opened={unit(SessionHandle::prepare_export)}
                        {on_import}
                        {on_import_last_year}
                        on_paste={unit(SessionHandle::ask_for_paste)}
                        show_import={setup.show_import}
                        can_print={props.place.host.is_none()}
                    />
                    { banners(&BannersProps {
                        storage_problem: state.problem.clone(),
                        conflict: state.conflict(),
                        quarantined: state.quarantined.clone(),
                        import_errors: state.import_refused.clone(),
                        on_export_json: export,
                        on_take_theirs: unit(SessionHandle::take_theirs),
                        on_keep_mine: unit(SessionHandle::keep_mine),
                        on_store_again: unit(SessionHandle::store_again),
                        on_download_quarantined: verb(SessionHandle::download_raw),
                        on_dismiss_quarantined: unit(SessionHandle::dismiss_quarantined),
                        on_dismiss_import,
                    }) }
                    if let Some(notice) = &state.notice {
                        { notice_bar(notice, "session-notice", on_dismiss_notice) }
                    }
                    if let Some(notice) = &editor.notice {
                        <div class={classes!("notice", notice.error.then_some("error"))} role="status" data-testid="notice">
                            { notice.text.clone() }
                            <button type="button" class="link" onclick={dispatch_dismiss(&dispatch)}>{ "关闭" }</button>
                        </div>
                    }
                    if setup.show_drafts {
                    <DraftsPanel
                        drafts={state.shelf.drafts.clone()}
                        held={state.held()}
                        newer={state.shelf.newer.clone()}
                        trash={state.shelf.trash.clone()}
                        open_id={draft.id.clone()}
                        on_open={verb(SessionHandle::open)}
                        on_new={unit(SessionHandle::start_blank)}
                        on_duplicate={verb(SessionHandle::duplicate)}
                        on_next_year={verb(SessionHandle::next_year)}
                        {on_rename}
                        on_delete={verb(SessionHandle::delete)}
                        on_restore={verb(SessionHandle::restore)}
                        on_open_held={verb(SessionHandle::open_held)}
                        on_export_held={verb(SessionHandle::export_held)}
                        on_rename_held={{
                            let session = session.clone();
                            Callback::from(move |(id, label): (String, String)| session.rename_held(&id, label))
                        }}
                        on_delete_held={verb(SessionHandle::delete_held)}
                        on_download={verb(|s, id| s.download_raw(&crate::state::shelf::draft_key(id)))}
                    />
                    }
                </section>
                <div class="workspace">
                    <main class="page" id={MAIN} tabindex="-1">
                        if editor.progress.is_untouched() && !read_only {
                            { guide(setup.show_drafts) }
                        }
                        if let Some(last) = &draft.last_year {
                            <p class="last-year-note">
                                { format!("已载入上年报告（{}），用于跨年度核对（上年结转、现行有效件数等）。", display_name(last)) }
                                <button type="button" class="link" onclick={on_forget_last_year}>{ "不再核对" }</button>
                            </p>
                        }
                        <ReportEditor {draft} marks={marks.clone()} {on_convert}
                            fixed={Fixed { agency: setup.fixed_agency, year: setup.fixed_year }} />
                    </main>
                    <FindingsPanel
                        findings={editor.findings.clone()}
                        selected={editor.selected}
                        errors={editor.errors()}
                        warnings={editor.warnings()}
                        progress={editor.progress}
                        stated_totals={editor.draft.stated_totals}
                        {read_only}
                        {last_place}
                    />
                </div>
                if let Some(question) = &state.question {
                    <QuestionDialog question={question.clone()} {on_answer} />
                }
            </div>
        </ContextProvider<Dispatch>>
    }
}

fn notice_bar(notice: &Notice, test_id: &'static str, on_dismiss: Callback<MouseEvent>) -> Html {
    html! {
        <div class={classes!("notice", notice.error.then_some("error"))} role="status" data-testid={test_id}>
            <p>{ notice.text.clone() }</p>
            if !notice.details.is_empty() {
                <ul>{ for notice.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
            }
            <button type="button" class="link" onclick={on_dismiss}>{ "关闭" }</button>
        </div>
    }
}

fn dispatch_dismiss(dispatch: &Dispatch) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.dispatch(Action::DismissNotice))
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .is_some_and(|data| data.types().includes(&"Files".into(), 0))
}

/// 转换为 2021 格式的草稿: a new draft; the 2019-format one stays as it is.
fn convert(session: &SessionHandle, draft: &Draft) {
    let Some(conversion) = nianbao::convert::to_gb2021(&draft.report) else {
        return;
    };
    session.open_made(Draft {
        id: clock::new_id(),
        report: conversion.report,
        label: Some(format!("{}（2021 格式）", draft.display_name())),
        raw_inputs: Default::default(),
        ..draft.clone()
    });
    session.tell(Notice {
        error: false,
        text: "已转换为 2021 格式的新草稿，原报告保持不变。以下内容请核对或补填：".to_owned(),
        details: conversion.notes,
    });
}

/// The findings of one run of the checks: a new run is a new `Rc`, so identity is equality.
#[derive(Clone)]
struct SameFindings(Rc<Vec<nianbao::rules::Finding>>);

impl PartialEq for SameFindings {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
