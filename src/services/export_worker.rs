//! The worker (crates/nianbao-worker), seen from the page. The Word, .docx and web-page writers
//! and the importer's readers live in the worker so that they cost nothing on first load, and a
//! 50 MB file is read without freezing the tab; it is started when the user opens 「导出」, at the
//! first export or the first import, and kept for the next one.

use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The worker's loader, copied beside index.html (crates/nianbao-worker/nianbao-worker-loader.js).
/// A release build renames it and the worker's files with a hash of their contents
/// (scripts/offline-files.sh), so that a page never loads another version's worker; the page
/// that starts the app passes that name (mount.rs).
const LOADER: &str = "nianbao-worker-loader.js";

thread_local! {
    /// The loader's full URL (mount.rs): in a portal page the document's own URL is the
    /// portal's, and the loader is not beside it.
    static LOADER_URL: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where the worker's loader is, as the page that started the app says: `name` (the build's) in
/// the folder `base`.
pub fn set_loader(base: &str, name: Option<&str>) {
    let url = web_sys::Url::new_with_base(name.unwrap_or(LOADER), base)
        .ok()
        .map(|url| url.href());
    LOADER_URL.with(|l| *l.borrow_mut() = url);
}

fn loader_url() -> String {
    LOADER_URL
        .with(|l| l.borrow().clone())
        .unwrap_or_else(|| format!("./{LOADER}"))
}

/// How long the worker may take to say 「ready」 before the exports waiting on it are given up
/// (a slow intranet fetching its 80 KB module takes seconds, not this).
const READY_WITHIN_MS: u32 = 30_000;

/// How long an import may take before the worker is stopped: a report is read in well under a
/// second; a file that takes this long is not one, and the tab must not wait on it for ever.
const IMPORT_WITHIN_MS: u32 = 60_000;

/// A request as the worker reads it (crates/nianbao-worker `Request`): built field by field
/// rather than through serde-wasm-bindgen, whose generic (de)serializer would cost the first load
/// more than the few fields are worth.
fn request(id: u32, kind: &str, fields: &[(&str, JsValue)]) -> Result<JsValue, JsValue> {
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"id".into(), &id.into())?;
    js_sys::Reflect::set(&object, &"kind".into(), &kind.into())?;
    for (name, value) in fields {
        js_sys::Reflect::set(&object, &(*name).into(), value)?;
    }
    Ok(object.into())
}

/// A reply (crates/nianbao-worker `Reply`): its id, and the bytes or the error. None for a
/// message that is no reply ("ready").
fn reply(data: &JsValue) -> Option<(u32, Result<Vec<u8>, String>)> {
    let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok();
    let id = field("id")?.as_f64()? as u32;
    let bytes = field("bytes").filter(|b| b.is_instance_of::<js_sys::Uint8Array>());
    let result = match bytes {
        Some(bytes) => Ok(js_sys::Uint8Array::new(&bytes).to_vec()),
        None => Err(field("error")
            .and_then(|e| e.as_string())
            .unwrap_or_else(|| FAILED.to_owned())),
    };
    Some((id, result))
}

type Done = Box<dyn FnOnce(Result<Vec<u8>, String>)>;

/// A request sent and not yet answered: who waits for it, and what they are told if the worker
/// goes away first.
struct Pending {
    done: Done,
    failed: &'static str,
}

struct Channel {
    worker: web_sys::Worker,
    /// Which start this is: the timer that gives up on a worker that never says 「ready」 must
    /// not stop a later one.
    started: f64,
    /// Requests made before the worker said 「ready」: a message posted before the worker's
    /// module has set its handler would be lost, so they wait here.
    waiting_to_send: Option<Vec<JsValue>>,
    next_id: u32,
    waiting: HashMap<u32, Pending>,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
}

const FAILED: &str =
    "导出组件未能加载（可能网络已断开，或网站已更新到新版本）：请刷新页面后再导出，草稿已自动保存；JSON 导出不受影响";

/// Said to an import when the worker failed to load, failed on the file (a panic) or ran past
/// [`IMPORT_WITHIN_MS`]: the page cannot tell the first from the others.
const IMPORT_FAILED: &str =
    "文件未能读取：读取组件未能加载（网络断开或网站已更新，请刷新页面），或文件已损坏、过大、不是年报（可用 Word、WPS 另存为 .docx 再试）。草稿未受影响。";

/// A worker that cannot load, fails or takes too long fails every request waiting on it (with
/// `instead`, or each request's own message), and is started afresh next time.
fn stop(instead: Option<&'static str>) {
    let stopped = CHANNEL.with(|c| c.borrow_mut().take());
    if let Some(channel) = stopped {
        channel.worker.terminate();
        for (_, pending) in channel.waiting {
            (pending.done)(Err(instead.unwrap_or(pending.failed).to_owned()));
        }
    }
}

/// Starts the worker if it is not running: it then loads while the user picks a format.
pub fn warm_up() {
    CHANNEL.with(|channel| {
        if channel.borrow().is_none() {
            *channel.borrow_mut() = start().ok();
        }
    });
}

fn start() -> Result<Channel, JsValue> {
    let worker = web_sys::Worker::new(&loader_url())?;
    let on_message = Closure::<dyn FnMut(_)>::new(|event: web_sys::MessageEvent| {
        // The loader could not start the module (crates/nianbao-worker/nianbao-worker-loader.js).
        if js_sys::Reflect::has(&event.data(), &"failed".into()).unwrap_or(false) {
            stop(None);
            return;
        }
        if event.data().as_string().as_deref() == Some("ready") {
            CHANNEL.with(|c| {
                if let Some(channel) = c.borrow_mut().as_mut() {
                    for message in channel.waiting_to_send.take().unwrap_or_default() {
                        let _ = channel.worker.post_message(&message);
                    }
                }
            });
            return;
        }
        let Some((id, result)) = reply(&event.data()) else {
            return;
        };
        let pending = CHANNEL.with(|c| c.borrow_mut().as_mut()?.waiting.remove(&id));
        if let Some(pending) = pending {
            (pending.done)(result);
        }
    });
    // A panic in the worker (a reader meeting what it never should) ends only the worker.
    let on_error = Closure::<dyn FnMut(_)>::new(|_: web_sys::Event| stop(None));
    let started = js_sys::Date::now();
    gloo::timers::callback::Timeout::new(READY_WITHIN_MS, move || {
        let stuck = CHANNEL.with(|c| {
            c.borrow().as_ref().is_some_and(|channel| {
                channel.started == started && channel.waiting_to_send.is_some()
            })
        });
        if stuck {
            stop(None);
        }
    })
    .forget();
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Channel {
        worker,
        started,
        waiting_to_send: Some(Vec::new()),
        next_id: 1,
        waiting: HashMap::new(),
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Asks the worker for `kind` ("doc", "docx", "fragment") of the report `json`; `done` gets the
/// bytes or a Chinese message.
pub fn write(kind: &str, json: String, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    send(kind, &[("report", json.into())], FAILED, Box::new(done));
}

/// Starts the worker and has it read a small report once, so that the readers are compiled
/// while the user is choosing a file or copying a report (see the worker's `warm_up`).
pub fn warm_up_import() {
    send("warm", &[], FAILED, Box::new(|_| {}));
}

/// Asks the worker to read a report out of a file; `done` gets the reply's bytes (the JSON
/// `{"report", "notes"}` of crates/nianbao-worker) or a Chinese message. The `File` itself is
/// posted: the worker reads it, so a 50 MB file costs the page neither time nor memory.
/// `context` is what the import is for and the report open here (see the worker's summary.rs).
pub fn import(
    file: web_sys::File,
    context: [(&'static str, JsValue); 4],
    done: impl FnOnce(Result<Vec<u8>, String>) + 'static,
) {
    let name = file.name().into();
    let mut fields = vec![("file", file.into()), ("name", name)];
    fields.extend(context);
    send_import("import", &fields, Box::new(done));
}

/// Asks the worker to read a report out of what the clipboard held.
pub fn paste(
    html: Option<String>,
    text: Option<String>,
    name: &str,
    context: [(&'static str, JsValue); 4],
    done: impl FnOnce(Result<Vec<u8>, String>) + 'static,
) {
    let field = |value: Option<String>| value.map_or(JsValue::NULL, JsValue::from);
    let mut fields = vec![
        ("html", field(html)),
        ("text", field(text)),
        ("name", name.into()),
    ];
    fields.extend(context);
    send_import("paste", &fields, Box::new(done));
}

/// An import, given up with the worker when it runs past [`IMPORT_WITHIN_MS`].
fn send_import(kind: &str, fields: &[(&str, JsValue)], done: Done) {
    let id = send(kind, fields, IMPORT_FAILED, done);
    gloo::timers::callback::Timeout::new(IMPORT_WITHIN_MS, move || {
        let waiting = CHANNEL.with(|c| {
            c.borrow()
                .as_ref()
                .is_some_and(|channel| id.is_some_and(|id| channel.waiting.contains_key(&id)))
        });
        if waiting {
            stop(Some(IMPORT_FAILED));
        }
    })
    .forget();
}

/// Sends a request; the id it was sent under, or None when no worker could be started (then
/// `done` has been told at once).
fn send(kind: &str, fields: &[(&str, JsValue)], failed: &'static str, done: Done) -> Option<u32> {
    warm_up();
    let mut done: Option<Done> = Some(done);
    let mut sent_as = None;
    CHANNEL.with(|channel| {
        let mut channel = channel.borrow_mut();
        let Some(channel) = channel.as_mut() else {
            return;
        };
        let id = channel.next_id;
        channel.next_id += 1;
        let Ok(message) = request(id, kind, fields) else {
            return;
        };
        let sent = match channel.waiting_to_send.as_mut() {
            Some(queue) => {
                queue.push(message);
                true
            }
            None => channel.worker.post_message(&message).is_ok(),
        };
        if sent {
            if let Some(done) = done.take() {
                channel.waiting.insert(id, Pending { done, failed });
                sent_as = Some(id);
            }
        }
    });
    // Not sent (no worker could be started): say so now.
    if let Some(done) = done {
        CHANNEL.with(|c| c.borrow_mut().take());
        done(Err(failed.to_owned()));
    }
    sent_as
}
