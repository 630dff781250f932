//! Chinese input methods: while a pinyin composition is under way a field must not commit its
//! text (the store would re-render it and break the composition). Fields ignore input events that
//! are part of a composition (`InputEvent.isComposing`); when a composition ends, this hook — one
//! listener for the whole app, not one per field — sends the field a plain input event, so the
//! chosen characters are committed the same way as typed ones. It listens on the app's element:
//! on the document, inside a shadow root, it would see the portal's `<nianbao-editor>`, not the
//! field.

use gloo::events::EventListener;
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

/// Installs the app's compositionend listener on `root`; used once, by the app.
#[hook]
pub fn use_composition_commit(root: NodeRef) {
    use_effect_with((), move |_| {
        let scope = root.cast::<web_sys::Element>();
        let listener = scope.map(|scope| {
            EventListener::new(&scope, "compositionend", |event| {
                let Some(target) = event.target() else {
                    return;
                };
                let init = web_sys::InputEventInit::new();
                init.set_bubbles(true);
                if let Ok(commit) = web_sys::InputEvent::new_with_event_init_dict("input", &init) {
                    let _ = target.dispatch_event(&commit);
                }
            })
        });
        move || drop(listener)
    });
}
