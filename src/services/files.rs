//! Files the user saves and opens: a download made in the page (no server), and reading a chosen
//! file's bytes (decoding is the library's: it refuses a file that is not UTF-8).

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` (the browser's own save dialog or download bar).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
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
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a chosen file's bytes; `done` gets them, or the reason in Chinese. The returned reader
/// must be kept until then (dropping it cancels the read).
pub fn read_bytes(
    file: web_sys::File,
    done: impl FnOnce(Result<Vec<u8>, String>) + 'static,
) -> gloo::file::callbacks::FileReader {
    let file = gloo::file::File::from(file);
    gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
        done(bytes.map_err(|_| "浏览器无法读取这个文件（可能已被移动或删除）".to_owned()))
    })
}
