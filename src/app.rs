//! The root component: opens a draft, provides the editor's store, and lays out the toolbar,
//! banners, the report and the findings panel. Storage, files and other tabs are reached
//! through services/ and hooks/.

use crate::components::banners::Banners;
use crate::components::drafts_panel::DraftsPanel;
use crate::components::findings_panel::FindingsPanel;
use crate::components::marks::Marks;
use crate::components::report_editor::ReportEditor;
use crate::components::status_line::StatusLine;
use crate::components::toolbar::Toolbar;
use crate::draft_verbs::{blank_draft, refresh_list, with_saved, DraftVerbs};
use crate::hooks::use_autosave::use_autosave;
use crate::hooks::use_composition::use_composition_commit;
use crate::hooks::use_shortcuts::use_shortcuts;
use crate::hooks::use_storage_events::use_storage_events;
use crate::services::drafts::{self, Listed, Quarantined, StorageProblem};
use crate::services::{clock, files};
use crate::state::draft::Draft;
use crate::state::editor::{Action, Editor};
use crate::store::Dispatch;
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use yew::prelude::*;

/// What the app found in storage when it started.
struct Start {
    draft: Draft,
    drafts: Vec<Listed>,
    quarantined: Vec<Quarantined>,
    problem: Option<StorageProblem>,
}

/// Opens the draft used last, or the newest, or — on a first visit — a new report on the year
/// just ended, so there is nothing to set up first.
fn start() -> Start {
    let fresh = blank_draft;
    let (drafts, quarantined) = match drafts::list() {
        Ok(found) => found,
        Err(problem) => {
            return Start {
                draft: fresh(),
                drafts: Vec::new(),
                quarantined: Vec::new(),
                problem: Some(problem),
            }
        }
    };
    let wanted = drafts::current_id()
        .filter(|id| drafts.iter().any(|d| &d.id == id))
        .or_else(|| drafts.first().map(|d| d.id.clone()));
    let draft = wanted
        .and_then(|id| drafts::load(&id).ok().flatten())
        .map(|(draft, _)| draft)
        .unwrap_or_else(fresh);
    Start {
        draft,
        drafts,
        quarantined,
        problem: None,
    }
}

#[component]
pub fn App() -> Html {
    let started = use_memo((), |_| {
        let start = start();
        (start.draft, start.drafts, start.quarantined, start.problem)
    });
    let editor = {
        let draft = started.0.clone();
        use_reducer(move || Editor::new(draft, Some(clock::current_year())))
    };
    let dispatch: Dispatch = editor.dispatcher();
    let draft_list = use_state(|| started.1.clone());
    let trash = use_state(drafts::trash);
    let quarantined = use_state(|| started.2.clone());
    let storage_problem = use_state(|| started.3.clone());
    let conflict = use_state(|| false);
    // Set the instant another tab changes the open draft, before the re-render that shows it.
    let paused_now = use_mut_ref(|| false);
    let import_errors = use_state(|| None::<(String, Vec<String>)>);
    let reader = use_mut_ref(|| None::<FileReader>);

    use_shortcuts(dispatch.clone());
    use_composition_commit();

    let on_saved = {
        let list = draft_list.clone();
        Callback::from(move |(draft, saved_at): (Rc<Draft>, f64)| {
            list.set(with_saved(&list, &draft, saved_at));
        })
    };
    let on_problem = {
        let storage_problem = storage_problem.clone();
        Callback::from(move |problem: Option<StorageProblem>| {
            if *storage_problem != problem {
                storage_problem.set(problem);
            }
        })
    };
    let autosave = use_autosave(
        &editor.draft,
        editor.revision,
        *conflict,
        paused_now.clone(),
        on_saved,
        on_problem,
    );
    {
        let conflict_set = conflict.clone();
        let paused_now = paused_now.clone();
        let (list, trash) = (draft_list.clone(), trash.clone());
        use_storage_events(
            &editor.draft.id,
            autosave.last_written.clone(),
            autosave.latest.clone(),
            Callback::from(move |_| {
                *paused_now.borrow_mut() = true;
                conflict_set.set(true);
            }),
            Callback::from(move |_| refresh_list(&list, &trash)),
        );
    }
    use_effect_with((), |_| {
        // For the start-up benchmark: the editor is drawn and accepts input from here on.
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("nianbao-ready");
        }
    });

    let open: Rc<dyn Fn(Draft)> = {
        let dispatch = dispatch.clone();
        let conflict = conflict.clone();
        let paused_now = paused_now.clone();
        Rc::new(move |draft: Draft| {
            *paused_now.borrow_mut() = false;
            conflict.set(false);
            dispatch.dispatch(Action::Open(Box::new(draft)));
        })
    };
    let export_json = {
        let editor = editor.clone();
        Callback::from(move |_: ()| {
            // JSON has no place for text that is not a number: say so before those cells go out blank.
            let unreadable = editor.draft.raw_inputs.len();
            if unreadable > 0
                && !gloo::dialogs::confirm(&format!(
                    "有 {unreadable} 个单元格的内容无法识别为数字，导出的 JSON 中这些单元格将为空。仍要导出吗？"
                ))
            {
                return;
            }
            let report = &editor.draft.report;
            let name = files::file_name(&editor.draft.display_name(), "json");
            let _ = files::download(
                &name,
                "application/json",
                &nianbao::json::write_report(report),
            );
        })
    };
    let read_file = {
        let reader = reader.clone();
        let import_errors = import_errors.clone();
        move |file: web_sys::File, then: Rc<dyn Fn(nianbao::Report)>| {
            let file = gloo::file::File::from(file);
            let name = file.name();
            let import_errors = import_errors.clone();
            let task = gloo::file::callbacks::read_as_text(&file, move |text| {
                let result = text
                    .map_err(|e| vec![format!("无法读取文件：{e}")])
                    .and_then(|text| {
                        nianbao::json::read_report(&text)
                            .map_err(|errors| errors.iter().map(ToString::to_string).collect())
                    });
                match result {
                    Ok(report) => {
                        import_errors.set(None);
                        then(report);
                    }
                    Err(problems) => import_errors.set(Some((name, problems))),
                }
            });
            *reader.borrow_mut() = Some(task);
        }
    };
    let on_import = {
        let read_file = read_file.clone();
        let open = open.clone();
        Callback::from(move |file: web_sys::File| {
            let open = open.clone();
            read_file(
                file,
                Rc::new(move |report| {
                    let draft = Draft {
                        report,
                        // An imported report keeps the totals its source printed.
                        stated_totals: true,
                        ..blank_draft()
                    };
                    open(draft);
                }),
            );
        })
    };
    let on_import_last_year = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| {
            let dispatch = dispatch.clone();
            read_file(
                file,
                Rc::new(move |report| {
                    dispatch.dispatch(Action::SetLastYear(Box::new(Some(report))));
                }),
            );
        })
    };

    let verbs = DraftVerbs {
        open: open.clone(),
        dispatch: dispatch.clone(),
        open_draft: Rc::clone(&editor.draft),
        list: draft_list.clone(),
        trash: trash.clone(),
        storage_problem: storage_problem.clone(),
    };
    let on_download_quarantined = Callback::from(|key: String| {
        if let Some(text) = drafts::quarantined_text(&key) {
            let _ = files::download(&files::file_name(&key, "json"), "application/json", &text);
        }
    });
    let on_dismiss_quarantined = {
        let quarantined = quarantined.clone();
        Callback::from(move |_| quarantined.set(Vec::new()))
    };
    let on_dismiss_import = {
        let import_errors = import_errors.clone();
        Callback::from(move |_| import_errors.set(None))
    };

    // Rebuilt only when the findings or the choice change, not on every render (autosave's
    // status changes re-render the app too).
    let marks = use_memo(
        (SameFindings(editor.findings.clone()), editor.selected),
        |(findings, selected)| Marks::new(&findings.0, selected.and_then(|i| findings.0.get(i))),
    );
    let draft = Rc::clone(&editor.draft);
    html! {
        <ContextProvider<Dispatch> context={dispatch.clone()}>
            <div class="app" lang="zh-CN">
                <header class="app-bar">
                    <div class="brand">{ "年报" }<span>{ "政府信息公开工作年度报告" }</span></div>
                    <StatusLine errors={editor.errors()} warnings={editor.warnings()} save={(*autosave.state).clone()} />
                </header>
                <Toolbar
                    can_undo={editor.can_undo()}
                    can_redo={editor.can_redo()}
                    stated_totals={editor.draft.stated_totals}
                    has_last_year={editor.draft.last_year.is_some()}
                    on_export_json={export_json.clone()}
                    {on_import}
                    {on_import_last_year}
                />
                <Banners
                    storage_problem={(*storage_problem).clone()}
                    conflict={*conflict}
                    quarantined={(*quarantined).clone()}
                    import_errors={(*import_errors).clone()}
                    on_export_json={export_json}
                    on_take_theirs={verbs.take_theirs()}
                    on_keep_mine={verbs.keep_mine()}
                    {on_download_quarantined}
                    {on_dismiss_quarantined}
                    {on_dismiss_import}
                />
                if let Some(notice) = &editor.notice {
                    <div class={classes!("notice", notice.error.then_some("error"))} role="status" data-testid="notice">
                        { notice.text.clone() }
                        <button type="button" class="link" onclick={dispatch.reform_dismiss()}>{ "关闭" }</button>
                    </div>
                }
                <DraftsPanel
                    drafts={(*draft_list).clone()}
                    trash={(*trash).clone()}
                    open_id={editor.draft.id.clone()}
                    on_open={verbs.open()}
                    on_new={verbs.start_blank()}
                    on_duplicate={verbs.duplicate()}
                    on_next_year={verbs.next_year()}
                    on_rename={verbs.rename()}
                    on_delete={verbs.delete()}
                    on_restore={verbs.restore()}
                />
                <div class="workspace">
                    <main class="page">
                        if let Some(last) = &editor.draft.last_year {
                            <p class="last-year-note">{ format!("已载入上年报告（{}），跨年度核对已开启。", crate::state::draft::display_name(last)) }</p>
                        }
                        <ReportEditor {draft} marks={marks.clone()} />
                    </main>
                    <FindingsPanel findings={editor.findings.clone()} selected={editor.selected} errors={editor.errors()} warnings={editor.warnings()} />
                </div>
            </div>
        </ContextProvider<Dispatch>>
    }
}

/// The findings of one run of the checks: a new run is a new `Rc`, so identity is equality.
#[derive(Clone)]
struct SameFindings(Rc<Vec<nianbao::rules::Finding>>);

impl PartialEq for SameFindings {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A click handler that dismisses the notice.
trait DismissNotice {
    fn reform_dismiss(&self) -> Callback<MouseEvent>;
}

impl DismissNotice for Dispatch {
    fn reform_dismiss(&self) -> Callback<MouseEvent> {
        let dispatch = self.clone();
        Callback::from(move |_| dispatch.dispatch(Action::DismissNotice))
    }
}
