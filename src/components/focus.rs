//! Moving the keyboard focus to a place named by its path (arrow keys, choosing a finding).

use wasm_bindgen::JsCast;

/// The element carrying `data-path = path`, if it is on the page.
pub fn element_at(path: &str) -> Option<web_sys::HtmlElement> {
    gloo::utils::document()
        .query_selector(&format!("[data-path=\"{path}\"]"))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into().ok())
}

/// Focuses the place and selects its text, as a spreadsheet does when moving between cells.
pub fn focus_path(path: &str) -> bool {
    let Some(element) = element_at(path) else {
        return false;
    };
    let _ = element.focus();
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    }
    true
}

/// Scrolls the place into the middle of the view and focuses it.
pub fn reveal_path(path: &str) -> bool {
    let Some(element) = element_at(path) else {
        return false;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = element.focus();
    true
}
