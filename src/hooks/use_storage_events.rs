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
            // Another editor's keys (a portal's second editor, the app's own page) are not ours.
            let key = event.key();
            let key = match key.as_deref().map(|key| session.own_key(key)) {
                Some(None) => return,
                Some(Some(own)) => Some(own),
                None => None,
            };
            session
                .shared()
                .borrow_mut()
                .storage_changed(key, event.new_value());
            session.redraw();
        });
        move || drop(listener)
    });
}
