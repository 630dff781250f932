//! Moving the keyboard focus to a place named by its path (arrow keys, choosing a finding).
//!
//! Always within one app, its `.app` element (the scope): a portal page may hold two editors,
//! each in its own shadow root, where the global `document` sees neither's cells nor focus.

use wasm_bindgen::JsCast;

/// The class of the app's outermost element, which every lookup here is scoped to.
pub const APP_CLASS: &str = "app";

/// The app an event happened in: the `.app` element around its target.
pub fn app_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!(".{APP_CLASS}"))
        .ok()
        .flatten()
}

/// The focused element in the tree `node` is in: its shadow root's when the app is embedded
/// (where `document.activeElement` is the portal's `<nianbao-editor>`), else the document's.
pub fn active_element(node: &web_sys::Node) -> Option<web_sys::Element> {
    match node.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => gloo::utils::document().active_element(),
    }
}

/// The element carrying `data-path = path`, if it is in the app.
pub fn element_at(scope: &web_sys::Element, path: &str) -> Option<web_sys::HtmlElement> {
    scope
        .query_selector(&format!("[data-path=\"{path}\"]"))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into().ok())
}

/// Focuses the place and selects its text, as a spreadsheet does when moving between cells.
pub fn focus_path(scope: &web_sys::Element, path: &str) -> bool {
    let Some(element) = element_at(scope, path) else {
        return false;
    };
    let _ = element.focus();
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    }
    true
}

/// Moves the focus to the findings panel's heading (F8, the skip link); false when it is not on
/// the page.
pub fn focus_findings(scope: &web_sys::Element) -> bool {
    let heading = scope
        .query_selector(&format!("#{FINDINGS_HEADING}"))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match heading {
        Some(heading) => {
            let _ = heading.focus();
            true
        }
        None => false,
    }
}

/// Focuses the report's first field (机关名称).
pub fn focus_first_field(scope: &web_sys::Element) -> bool {
    let first = scope
        .query_selector("article.report [data-path]")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    first.is_some_and(|field| field.focus().is_ok())
}

/// The id of the findings panel's heading, which takes the focus when the user jumps there.
pub const FINDINGS_HEADING: &str = "findings-title";

/// The height of the window's viewport in CSS pixels (0 when the browser will not say).
pub fn window_height() -> f64 {
    gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// Scrolls so that the place and the other cells of its equation are in view together (when they
/// fit; otherwise the place itself is centred), and focuses the place.
pub fn reveal(scope: &web_sys::Element, path: &str, related: &[String]) -> bool {
    let Some(element) = element_at(scope, path) else {
        return false;
    };
    let window = gloo::utils::window();
    let view = window_height();
    let target = element.get_bounding_client_rect();
    let (mut top, mut bottom) = (target.top(), target.bottom());
    for other in related.iter().filter_map(|p| element_at(scope, p)) {
        let rect = other.get_bounding_client_rect();
        top = top.min(rect.top());
        bottom = bottom.max(rect.bottom());
    }
    // Room is left for the sticky bar at the top and the cell's message below it.
    let usable = view - 160.0;
    let middle = if bottom - top <= usable {
        (top + bottom) / 2.0
    } else {
        (target.top() + target.bottom()) / 2.0
    };
    window.scroll_by_with_x_and_y(0.0, middle - view / 2.0 + 40.0);
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    true
}
