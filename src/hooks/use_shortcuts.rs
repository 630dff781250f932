//! Keyboard shortcuts that work wherever the focus is in the app (and only there: a portal page
//! embedding the editor keeps its own Ctrl+Z):
//! - Ctrl+Z / Ctrl+Y (⌘ on a Mac, and Ctrl+Shift+Z) undo and redo every edit: the editor's
//!   history replaces the browser's per-field undo, which knows nothing of totals;
//! - F8 jumps from the report to the findings panel, and from the panel back to the cell or
//!   field that had the focus (the panel is a long tab away from any cell).

use crate::components::focus::{active_element, focus_findings, focus_first_field, focus_path};
use crate::state::editor::Action;
use crate::store::Dispatch;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The key that moves between the report and the findings (told in the skip link and the panel).
pub const JUMP_KEY: &str = "F8";

/// The place the focus was in before it moved to the findings, by its data-path.
#[derive(Clone, Default, PartialEq)]
pub struct LastPlace(pub Rc<RefCell<Option<String>>>);

impl LastPlace {
    /// Back to the place; to the report's first field when no place was visited yet. True if
    /// the focus moved.
    pub fn go_back(&self, scope: &web_sys::Element) -> bool {
        let place = self.0.borrow().clone();
        place.as_deref().is_some_and(|path| focus_path(scope, path)) || focus_first_field(scope)
    }
}

fn in_findings(element: &web_sys::Element) -> bool {
    element.closest("aside.findings").ok().flatten().is_some()
}

/// On the app's own page the keys are the app's wherever the focus is (on the page's body too,
/// where the browser's own undo would otherwise change the last field typed in). Embedded in a
/// portal (`page_wide` false) it listens on the app's element (`root`) only, so that keys pressed
/// in the portal's own fields stay the portal's.
#[hook]
pub fn use_shortcuts(dispatch: Dispatch, root: NodeRef, page_wide: bool) -> LastPlace {
    let last = use_memo((), |_| LastPlace::default());
    {
        let last = (*last).clone();
        use_effect_with((), move |_| {
            let scope = root.cast::<web_sys::Element>();
            let listeners = scope.map(|scope| {
                let target: web_sys::EventTarget = if page_wide {
                    gloo::utils::document().into()
                } else {
                    scope.clone().into()
                };
                let remember = {
                    let last = last.clone();
                    EventListener::new(&target, "focusin", move |event| {
                        let path = event
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .and_then(|e| e.get_attribute("data-path"));
                        if let Some(path) = path {
                            *last.0.borrow_mut() = Some(path);
                        }
                    })
                };
                let keys = EventListener::new_with_options(
                    &target,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if event.is_composing() {
                            return;
                        }
                        if event.key() == JUMP_KEY && !event.ctrl_key() && !event.alt_key() {
                            let focused = active_element(&scope);
                            let moved = if focused.as_ref().is_some_and(in_findings) {
                                last.go_back(&scope)
                            } else {
                                focus_findings(&scope)
                            };
                            if moved {
                                event.prevent_default();
                            }
                            return;
                        }
                        if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
                            return;
                        }
                        let action = match (event.key().to_lowercase().as_str(), event.shift_key())
                        {
                            ("z", false) => Action::Undo,
                            ("z", true) | ("y", false) => Action::Redo,
                            _ => return,
                        };
                        event.prevent_default();
                        dispatch.dispatch(action);
                    },
                );
                (remember, keys)
            });
            move || drop(listeners)
        });
    }
    (*last).clone()
}
