//! nianbao's 汇总 view (issue 11), a module of its own: loaded only when the user opens 「汇总」
//! (web/huizong.js), so that it adds nothing to the editor's first load. It reads the units'
//! reports in the page, checks and sums them with the library, and hands a report to the
//! editor by dropping it there as a file.

pub mod board;
mod claims;
mod current;
mod detail;
pub mod drafts;
mod expected;
mod handover;
mod page;
mod pictures;
pub mod reading;
mod store;
mod tables;
mod units;
pub mod view;

pub use view::{Huizong, HuizongProps};
use wasm_bindgen::prelude::*;

/// Draws the view in `layer`; `editor` is the editor's `.app` element, `prefix` its storage
/// prefix ("" on the app's own page).
#[wasm_bindgen]
pub fn open_huizong(layer: web_sys::Element, editor: Option<web_sys::Element>, prefix: String) {
    let props = HuizongProps {
        prefix: prefix.into(),
        editor,
        layer: Some(layer.clone()),
    };
    yew::Renderer::<Huizong>::with_root_and_props(layer, props).render();
}
