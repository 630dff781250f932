//! Autosave: within a second of an edit the draft is written to local storage. Saves are
//! throttled, not debounced, so steady typing still saves every few hundred milliseconds.

use crate::components::status_line::SaveState;
use crate::services::clock;
use crate::services::drafts::{self, StorageProblem};
use crate::state::draft::Draft;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

const DELAY_MS: u32 = 300;

/// What the app learns from each save.
#[derive(Clone, PartialEq)]
pub struct Autosave {
    pub state: UseStateHandle<SaveState>,
    /// The exact text last written, to tell our writes from another tab's.
    pub last_written: Rc<RefCell<Option<String>>>,
    /// The draft as it is in this page now.
    pub latest: Rc<RefCell<Rc<Draft>>>,
}

/// Saves `draft` whenever `revision` changes, unless `paused` (another tab changed it; the app
/// sets `paused_now` the moment it learns so, before it re-renders, and a save already waiting
/// checks it). `on_saved` is told of each draft saved, with the time, so the list of drafts can
/// follow without reading every stored draft again. Revision 0
/// is the draft as opened: there is nothing new to save, and writing it anyway would look to
/// another tab with the same draft like an edit.
#[hook]
pub fn use_autosave(
    draft: &Rc<Draft>,
    revision: u64,
    paused: bool,
    paused_now: Rc<RefCell<bool>>,
    on_saved: Callback<(Rc<Draft>, f64)>,
    on_problem: Callback<Option<StorageProblem>>,
) -> Autosave {
    let state = use_state(|| SaveState::Opened);
    let last_written = use_mut_ref(|| None::<String>);
    let latest = use_mut_ref(|| Rc::clone(draft));
    let timer = use_mut_ref(|| None::<Timeout>);
    // While storage keeps failing, an edit is "not saved", not "being saved".
    let failing = use_mut_ref(|| false);
    *latest.borrow_mut() = Rc::clone(draft);

    {
        let state = state.clone();
        let last_written = last_written.clone();
        let latest = latest.clone();
        use_effect_with((revision, paused), move |&(revision, paused)| {
            if paused {
                // A save still waiting would overwrite the other tab's version.
                timer.borrow_mut().take();
                state.set(SaveState::NotSaved);
            } else if revision > 0 && timer.borrow().is_none() {
                state.set(if *failing.borrow() {
                    SaveState::NotSaved
                } else {
                    SaveState::Pending
                });
                let pending = timer.clone();
                *timer.borrow_mut() = Some(Timeout::new(DELAY_MS, move || {
                    pending.borrow_mut().take();
                    if *paused_now.borrow() {
                        return;
                    }
                    let now = clock::now_ms();
                    let draft = Rc::clone(&latest.borrow());
                    match drafts::save(&draft, now) {
                        Ok(text) => {
                            *failing.borrow_mut() = false;
                            drafts::set_current(&draft.id);
                            *last_written.borrow_mut() = Some(text);
                            state.set(SaveState::Saved(clock::time_of_day(now).into()));
                            on_problem.emit(None);
                            on_saved.emit((Rc::clone(&draft), now));
                        }
                        Err(problem) => {
                            *failing.borrow_mut() = true;
                            state.set(SaveState::NotSaved);
                            on_problem.emit(Some(problem));
                        }
                    }
                }));
            }
        });
    }
    Autosave {
        state,
        last_written,
        latest,
    }
}
