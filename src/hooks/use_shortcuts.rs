//! Ctrl+Z / Ctrl+Y (⌘ on a Mac, and Ctrl+Shift+Z) undo and redo every edit, wherever the focus is:
//! the editor's history replaces the browser's per-field undo, which knows nothing of totals.

use crate::state::editor::Action;
use crate::store::Dispatch;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_shortcuts(dispatch: Dispatch) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let listener = EventListener::new_with_options(
            &document,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.is_composing()
                    || !(event.ctrl_key() || event.meta_key())
                    || event.alt_key()
                {
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
        move || drop(listener)
    });
}
