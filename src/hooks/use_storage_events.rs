//! Other tabs: the browser fires `storage` when another tab writes local storage. The session
//! decides what it means (a conflict over the open draft, or just a list to read again).

use crate::hooks::use_session::SessionHandle;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_storage_events(session: &SessionHandle) {
    let session = session.clone();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // Session storage belongs to one tab: its events are never another tab's writes.
            let local = gloo::utils::window().local_storage().ok().flatten();
            if event.storage_area() != local {
                return;
            }
            session
                .shared()
                .borrow_mut()
                .storage_changed(event.key().as_deref(), event.new_value());
            session.redraw();
        });
        move || drop(listener)
    });
}
