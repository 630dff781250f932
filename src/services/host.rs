//! Events to the portal page that embeds the editor (`<nianbao-editor>`, embed.js): on the
//! element, bubbling and crossing the shadow root (`composed`), each with `detail.report`, the
//! report as a JSON v1 object — what a portal would otherwise read back from a file.

use nianbao::Report;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// An edit settled (sent with autosave, not on every key).
pub const CHANGE: &str = "nianbao-change";
/// The user exported the report; `detail.format` says how (json, doc, docx, print, webpage).
pub const EXPORT: &str = "nianbao-export";

/// The editor is drawn and takes input (no detail).
pub const READY: &str = "nianbao-ready";

pub fn announce_ready(host: &web_sys::Element) {
    send(host, READY, &JsValue::NULL);
}

/// Sends `name` from `host` with the report (and the export's format, for [`EXPORT`]).
pub fn announce(host: &web_sys::Element, name: &str, report: &Report, format: Option<&str>) {
    let detail = js_sys::Object::new();
    // JSON-compatible: objects rather than JS Maps, so that the host reads `detail.report.meta.year`.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(report) = nianbao::json::to_value(report).serialize(&serializer) else {
        return;
    };
    let _ = js_sys::Reflect::set(&detail, &"report".into(), &report);
    if let Some(format) = format {
        let _ = js_sys::Reflect::set(&detail, &"format".into(), &format.into());
    }
    send(host, name, &detail.into());
}

fn send(host: &web_sys::Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
