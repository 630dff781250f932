//! Chinese input methods: while a pinyin composition is under way the field must not be
//! re-rendered or its text committed, or the composition breaks. Yew's `html!` has no
//! composition listeners, so this hook attaches them to the element itself.

use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The element's current text, whether it is an input or a textarea.
pub fn text_of(target: Option<web_sys::EventTarget>) -> String {
    let Some(target) = target else {
        return String::new();
    };
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        target
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|input| input.value())
            .unwrap_or_default()
    }
}

/// Returns whether a composition is under way; calls `on_commit` with the field's text when one
/// ends (the input event that comes with the last keystroke is ignored while composing).
#[hook]
pub fn use_composition(node: NodeRef, on_commit: Callback<String>) -> Rc<RefCell<bool>> {
    let composing = use_mut_ref(|| false);
    let commit = use_mut_ref(|| on_commit.clone());
    *commit.borrow_mut() = on_commit;
    {
        let composing = composing.clone();
        use_effect_with(node, move |node| {
            let listeners = node.get().map(|element| {
                let start = {
                    let composing = composing.clone();
                    EventListener::new(&element, "compositionstart", move |_| {
                        *composing.borrow_mut() = true;
                    })
                };
                let end = EventListener::new(&element, "compositionend", move |event| {
                    *composing.borrow_mut() = false;
                    let callback = commit.borrow().clone();
                    callback.emit(text_of(event.target()));
                });
                (start, end)
            });
            move || drop(listeners)
        });
    }
    composing
}
