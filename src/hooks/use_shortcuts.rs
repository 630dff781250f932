//! Keyboard shortcuts that work wherever the focus is:
//! - Ctrl+Z / Ctrl+Y (⌘ on a Mac, and Ctrl+Shift+Z) undo and redo every edit: the editor's
//!   history replaces the browser's per-field undo, which knows nothing of totals;
//! - F8 jumps from the report to the findings panel, and from the panel back to the cell or
//!   field that had the focus (the panel is a long tab away from any cell).

use crate::components::focus::{focus_findings, focus_first_field, focus_path};
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
    pub fn go_back(&self) -> bool {
        let place = self.0.borrow().clone();
        place.as_deref().is_some_and(focus_path) || focus_first_field()
    }
}

fn in_findings(element: &web_sys::Element) -> bool {
    element.closest("aside.findings").ok().flatten().is_some()
}

#[hook]
pub fn use_shortcuts(dispatch: Dispatch) -> LastPlace {
    let last = use_memo((), |_| LastPlace::default());
    {
        let last = (*last).clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let remember = {
                let last = last.clone();
                EventListener::new(&document, "focusin", move |event| {
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
                &document,
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
                        let focused = gloo::utils::document().active_element();
                        let moved = if focused.as_ref().is_some_and(in_findings) {
                            last.go_back()
                        } else {
                            focus_findings()
                        };
                        if moved {
                            event.prevent_default();
                        }
                        return;
                    }
                    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
                        return;
                    }
                    let action = match (event.key().to_lowercase().as_str(), event.shift_key()) {
                        ("z", false) => Action::Undo,
                        ("z", true) | ("y", false) => Action::Redo,
                        _ => return,
                    };
                    event.prevent_default();
                    dispatch.dispatch(action);
                },
            );
            move || drop((remember, keys))
        });
    }
    (*last).clone()
}
