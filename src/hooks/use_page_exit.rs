//! Leaving the page: whatever autosave has not written yet is written at once (local storage is
//! synchronous, so this works as the page goes away: a reload or Ctrl+W right after typing keeps
//! the last edit), and if work still cannot be stored (storage refuses, another tab changed the
//! draft, a draft is held in memory) the browser asks before the page closes.

use crate::hooks::use_session::SessionHandle;
use crate::services::clock;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_page_exit(session: &SessionHandle) {
    let session = session.shared();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let document = gloo::utils::document();
        let flush = {
            let session = session.clone();
            move || {
                session.borrow_mut().save(clock::now_ms());
            }
        };
        let on_hide = {
            let flush = flush.clone();
            EventListener::new(&window, "pagehide", move |_| flush())
        };
        let on_hidden = {
            let flush = flush.clone();
            EventListener::new(&document, "visibilitychange", move |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush();
                }
            })
        };
        let on_leave = EventListener::new_with_options(
            &window,
            "beforeunload",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                flush();
                if session.borrow().has_unstored_work() {
                    event.prevent_default();
                    // Older browsers ask only when a return value is set.
                    if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                        event.set_return_value("");
                    }
                }
            },
        );
        move || drop((on_hide, on_hidden, on_leave))
    });
}
