//! The worker's entry: Trunk builds it as a web worker (index.html, `data-type="worker"`), and the
//! page starts it on the first export or import. Each message is a `Request`; each reply a
//! `Reply`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reply =
                match serde_wasm_bindgen::from_value::<nianbao_worker::Request>(event.data()) {
                    Ok(mut request) => {
                        if let Some(bytes) = file_of(&event.data()) {
                            request.bytes = Some(bytes);
                        }
                        nianbao_worker::handle(&request, &nianbao::import::charset::TextDecoders)
                    }
                    Err(error) => nianbao_worker::Reply {
                        id: 0,
                        bytes: None,
                        error: Some(format!("请求无法读取：{error}")),
                    },
                };
            let serializer = serde_wasm_bindgen::Serializer::new();
            match serde::Serialize::serialize(&reply, &serializer) {
                Ok(value) => {
                    let _ = replies.post_message(&value);
                }
                Err(error) => {
                    let _ = replies.post_message(&JsValue::from_str(&error.to_string()));
                }
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Tells the page the worker can take requests: one posted before the handler above was set
    // would have been lost, so the page holds its requests until this.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// The bytes of the file an import request carries: the page posts the `File` itself, so a
/// 50 MB file is never copied through the page's own memory; it is read here, off the page's
/// thread.
fn file_of(data: &JsValue) -> Option<Vec<u8>> {
    let file = js_sys::Reflect::get(data, &"file".into()).ok()?;
    let blob = file.dyn_into::<web_sys::Blob>().ok()?;
    let buffer = web_sys::FileReaderSync::new()
        .ok()?
        .read_as_array_buffer(&blob)
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
