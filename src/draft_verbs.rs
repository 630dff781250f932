//! What the user can do with the drafts kept in this browser — open, start anew, duplicate,
//! start next year's report, rename, delete and restore — and the two ways out of a conflict with
//! another tab, as callbacks for the components that offer them.

use crate::services::clock;
use crate::services::drafts::{self, Listed, StorageProblem};
use crate::state::draft::{clean_label, next_year_draft, Draft};
use crate::state::editor::Action;
use crate::store::Dispatch;
use std::rc::Rc;
use yew::prelude::*;

/// Reads the list of drafts and the trash again from storage.
pub fn refresh_list(list: &UseStateHandle<Vec<Listed>>, trash: &UseStateHandle<Vec<Listed>>) {
    if let Ok((found, _)) = drafts::list() {
        list.set(found);
    }
    trash.set(drafts::trash());
}

/// The list of drafts after `draft` was saved at `saved_at`: its entry updated and moved first.
pub fn with_saved(list: &[Listed], draft: &Draft, saved_at: f64) -> Vec<Listed> {
    let entry = Listed::of(draft, saved_at);
    std::iter::once(entry)
        .chain(list.iter().filter(|d| d.id != draft.id).cloned())
        .collect()
}

fn loaded(id: &str) -> Option<Draft> {
    drafts::load(id).ok().flatten().map(|(draft, _)| draft)
}

/// A new, empty report on the year just ended.
pub fn blank_draft() -> Draft {
    Draft::new(clock::new_id(), clock::current_year() - 1)
}

/// Everything the verbs need from the app.
pub struct DraftVerbs {
    /// Opens a draft in the editor (and ends any conflict with another tab).
    pub open: Rc<dyn Fn(Draft)>,
    pub dispatch: Dispatch,
    /// The draft open now.
    pub open_draft: Rc<Draft>,
    pub list: UseStateHandle<Vec<Listed>>,
    pub trash: UseStateHandle<Vec<Listed>>,
    pub storage_problem: UseStateHandle<Option<StorageProblem>>,
}

impl DraftVerbs {
    pub fn open(&self) -> Callback<String> {
        let open = self.open.clone();
        Callback::from(move |id: String| {
            if let Some(draft) = loaded(&id) {
                open(draft);
            }
        })
    }

    pub fn start_blank(&self) -> Callback<()> {
        let open = self.open.clone();
        Callback::from(move |_| open(blank_draft()))
    }

    pub fn duplicate(&self) -> Callback<String> {
        let open = self.open.clone();
        Callback::from(move |id: String| {
            if let Some(draft) = loaded(&id) {
                let label = format!("{}（副本）", draft.display_name());
                open(Draft {
                    id: clock::new_id(),
                    label: Some(label),
                    ..draft
                });
            }
        })
    }

    /// 「以上年报告为基础新建」.
    pub fn next_year(&self) -> Callback<String> {
        let open = self.open.clone();
        Callback::from(move |id: String| {
            if let Some(draft) = loaded(&id) {
                open(next_year_draft(
                    &draft.report,
                    clock::new_id(),
                    clock::current_year() - 1,
                ));
            }
        })
    }

    pub fn rename(&self) -> Callback<(String, String)> {
        let dispatch = self.dispatch.clone();
        let open_id = self.open_draft.id.clone();
        let (list, trash) = (self.list.clone(), self.trash.clone());
        let storage_problem = self.storage_problem.clone();
        Callback::from(move |(id, label): (String, String)| {
            if id == open_id {
                // The open draft is renamed through the editor, so autosave writes it.
                dispatch.dispatch(Action::SetLabel(label));
            } else if let Some(mut draft) = loaded(&id) {
                draft.label = clean_label(&label);
                if let Err(problem) = drafts::save(&draft, clock::now_ms()) {
                    storage_problem.set(Some(problem));
                }
                refresh_list(&list, &trash);
            }
        })
    }

    /// Moves a draft to the trash; deleting the open one opens the newest other (or a blank one).
    pub fn delete(&self) -> Callback<String> {
        let open = self.open.clone();
        let open_id = self.open_draft.id.clone();
        let (list, trash) = (self.list.clone(), self.trash.clone());
        let storage_problem = self.storage_problem.clone();
        Callback::from(move |id: String| {
            if let Err(problem) = drafts::delete(&id) {
                storage_problem.set(Some(problem));
                return;
            }
            refresh_list(&list, &trash);
            if id == open_id {
                let next = drafts::list()
                    .ok()
                    .and_then(|(found, _)| found.first().and_then(|d| loaded(&d.id)))
                    .unwrap_or_else(blank_draft);
                open(next);
            }
        })
    }

    pub fn restore(&self) -> Callback<String> {
        let (list, trash) = (self.list.clone(), self.trash.clone());
        let storage_problem = self.storage_problem.clone();
        Callback::from(move |id: String| {
            if let Err(problem) = drafts::restore(&id) {
                storage_problem.set(Some(problem));
            }
            refresh_list(&list, &trash);
        })
    }

    /// Another tab changed the open draft: take its version.
    pub fn take_theirs(&self) -> Callback<()> {
        let open = self.open.clone();
        let id = self.open_draft.id.clone();
        Callback::from(move |_| {
            if let Some(draft) = loaded(&id) {
                open(draft);
            }
        })
    }

    /// Another tab changed the open draft: keep this page's work as a new draft.
    pub fn keep_mine(&self) -> Callback<()> {
        let open = self.open.clone();
        let draft = Rc::clone(&self.open_draft);
        Callback::from(move |_| {
            let label = format!("{}（本页副本）", draft.display_name());
            open(Draft {
                id: clock::new_id(),
                label: Some(label),
                ..(*draft).clone()
            });
        })
    }
}
