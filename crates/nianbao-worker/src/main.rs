//! The export worker's entry: Trunk builds it as a web worker (index.html, `data-type="worker"`),
//! and the page starts it on the first export. Each message is a `Request`; each reply a `Reply`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reply =
                match serde_wasm_bindgen::from_value::<nianbao_worker::Request>(event.data()) {
                    Ok(request) => nianbao_worker::handle(&request),
                    Err(error) => nianbao_worker::Reply {
                        id: 0,
                        bytes: None,
                        error: Some(format!("导出请求无法读取：{error}")),
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
