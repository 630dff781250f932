//! Leaving the page: whatever autosave has not written yet is written at once (local storage is
//! synchronous, so this works as the page goes away: a reload or Ctrl+W right after typing keeps
//! the last edit), and if work still cannot be stored (storage refuses, another tab changed the
//! draft, a draft is held in memory) the browser asks before the page closes. The same happens
//! when the app is taken down (a portal removes `<nianbao-editor>`), and when the page asks for
//! it ([`Flush`]: before a new version is loaded).

use crate::hooks::use_session::SessionHandle;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the running app leaves its way to write what autosave has not written yet, for the page
/// that mounted it.
#[derive(Clone, Default)]
pub struct Flush(Rc<RefCell<Option<SaveNow>>>);

/// Saves the open draft at once.
type SaveNow = Rc<dyn Fn()>;

impl Flush {
    /// Writes now; nothing when the app is not running.
    pub fn run(&self) {
        let flush = self.0.borrow().clone();
        if let Some(flush) = flush {
            flush();
        }
    }
}

impl PartialEq for Flush {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[hook]
pub fn use_page_exit(session: &SessionHandle, slot: &Flush) {
    let place = session.place();
    let session = session.shared();
    let slot = slot.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let document = gloo::utils::document();
        let flush = {
            let session = session.clone();
            move || place.save_now(&session)
        };
        *slot.0.borrow_mut() = Some(Rc::new(flush.clone()));
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
        let on_teardown = flush.clone();
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
        move || {
            drop((on_hide, on_hidden, on_leave));
            slot.0.borrow_mut().take();
            on_teardown();
        }
    });
}
