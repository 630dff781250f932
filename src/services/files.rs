//! Files the user saves: a download made in the page (no server), and HTML put on the clipboard.
//! Files the user opens are read by the worker (services/export_worker.rs).

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` (the browser's own save dialog or download bar).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    save(name, mime, &parts)
}

/// Offers `bytes` as a file named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    save(name, mime, &parts)
}

/// How long the file's object URL is kept: a browser slow to start the download (a save dialog
/// left open) still reads it; revoked in the same tick, some never do.
const KEEP_URL_MS: u32 = 40_000;

fn save(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    gloo::timers::callback::Timeout::new(KEEP_URL_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `html` on the clipboard as HTML (what a CMS editor pastes as formatted text), and as
/// plain text its source (what a CMS's source-code mode takes). Through a copy event rather than
/// the asynchronous Clipboard API: that one is missing on the plain-HTTP intranets many portals
/// run on.
pub fn copy_html(html: &str) -> Result<(), String> {
    use wasm_bindgen::closure::Closure;
    let document = gloo::utils::document();
    let copied = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_copy = {
        let html = html.to_owned();
        let copied = std::rc::Rc::clone(&copied);
        Closure::<dyn FnMut(web_sys::ClipboardEvent)>::new(move |event: web_sys::ClipboardEvent| {
            if let Some(data) = event.clipboard_data() {
                let ok = data.set_data("text/html", &html).is_ok()
                    && data.set_data("text/plain", &html).is_ok();
                copied.set(ok);
                event.prevent_default();
            }
        })
    };
    let listener = on_copy.as_ref().unchecked_ref();
    document
        .add_event_listener_with_callback("copy", listener)
        .map_err(|e| format!("{e:?}"))?;
    let html_document: &web_sys::HtmlDocument = document.unchecked_ref();
    let ran = html_document.exec_command("copy").unwrap_or(false);
    let _ = document.remove_event_listener_with_callback("copy", listener);
    if ran && copied.get() {
        Ok(())
    } else {
        Err("浏览器不允许网页写入剪贴板".to_owned())
    }
}
