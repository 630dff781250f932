//! Other tabs: the browser fires `storage` when another tab writes local storage. When it changed
//! the draft open here, the user is told and autosave pauses, so neither tab overwrites the other
//! silently; any other change (or a write of the very content shown here) just refreshes the list.

use crate::services::drafts::draft_key;
use crate::state::draft::Draft;
use crate::state::stored::from_stored;
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_storage_events(
    open_id: &str,
    last_written: Rc<RefCell<Option<String>>>,
    latest: Rc<RefCell<Rc<Draft>>>,
    on_conflict: Callback<()>,
    on_other_change: Callback<()>,
) {
    let open_key = use_mut_ref(String::new);
    *open_key.borrow_mut() = draft_key(open_id);
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let key = event.key();
            let ours = key.as_deref() == Some(open_key.borrow().as_str());
            let new_value = event.new_value();
            // Not a change by the other tab when it wrote what this page shows, or what this page
            // itself last wrote (the other tab merely opened and re-saved it).
            let same_content = || {
                let Some(Ok((theirs, _))) = new_value.as_deref().map(from_stored) else {
                    return false;
                };
                let ours_written = last_written.borrow().as_deref().map(from_stored);
                theirs == **latest.borrow()
                    || matches!(ours_written, Some(Ok((ours, _))) if ours == theirs)
            };
            if ours && new_value != *last_written.borrow() && !same_content() {
                on_conflict.emit(());
            } else {
                on_other_change.emit(());
            }
        });
        move || drop(listener)
    });
}
