//! Reading the reports handed in, in the page: every input `nianbao import` reads (JSON, .docx,
//! web pages, text), each checked as it is read. A few dozen at a time, with a pause between
//! batches so that the progress bar is drawn and the page answers while a thousand are read.

use crate::board::Entry;
use js_sys::{Promise, Uint8Array};
use nianbao::import::charset::TextDecoders;
use nianbao::import::import;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Files read between two paints of the progress bar.
const BATCH: usize = 40;

/// The extensions (lower case) of the files taken from a folder, as `nianbao check` takes them;
/// a folder's pictures and spreadsheets are skipped, and counted.
pub const REPORT_EXTENSIONS: [&str; 5] = ["json", "docx", "html", "htm", "txt"];

pub fn is_report_file(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, extension)| {
        REPORT_EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str())
    })
}

/// The files of a file input's list.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|at| list.get(at)).collect()
}

/// Reads `files`, telling `progress` after each batch (read, of); gives every entry, in order.
/// A batch's files are asked for all at once: waiting on each in turn would cost a turn of
/// the event loop per file, most of the time for a thousand small files.
pub async fn read_all(files: Vec<web_sys::File>, progress: impl Fn(usize, usize)) -> Vec<Entry> {
    let total = files.len();
    let mut entries = Vec::with_capacity(total);
    for batch in files.chunks(BATCH) {
        let reads = js_sys::Array::new();
        for file in batch {
            reads.push(&file.array_buffer());
        }
        // Settled, not all: a file that cannot be read is its own entry, the others still read.
        let settled = JsFuture::from(Promise::all_settled(&reads))
            .await
            .map(|settled| js_sys::Array::from(&settled))
            .unwrap_or_default();
        for (at, file) in batch.iter().enumerate() {
            let buffer = js_sys::Reflect::get(&settled.get(at as u32), &"value".into()).ok();
            entries.push(read_one(file, buffer));
        }
        if entries.len() < total {
            progress(entries.len(), total);
            next_frame().await;
        }
    }
    progress(total, total);
    entries
}

fn read_one(file: &web_sys::File, buffer: Option<JsValue>) -> Entry {
    let name = file.name();
    let outcome = match buffer.filter(|buffer| buffer.is_instance_of::<js_sys::ArrayBuffer>()) {
        Some(buffer) => {
            let bytes = Uint8Array::new(&buffer).to_vec();
            import(&bytes, &TextDecoders).map(|imported| imported.report)
        }
        None => Err("文件无法读取（可能已被移动或删除）".to_owned()),
    };
    Entry::read(&name, outcome)
}

/// Lets the browser draw: resolves on the next turn of the event loop.
pub async fn next_frame() {
    sleep(0).await;
}

pub async fn sleep(milliseconds: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                resolve.unchecked_ref(),
                milliseconds,
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}
