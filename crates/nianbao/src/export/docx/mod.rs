//! The report as a real .docx (Office Open XML, ECMA-376), in the layout of GB/T 9704: A4 with its
//! margins, 22 lines of 28 characters, the six headings as heading styles, real tables with
//! merged cells, page numbers 「— 1 —」 in the footer, odd pages right and even pages left.
//!
//! The parts are written as strings and put in a zip by a small writer of our own over
//! `miniz_oxide` (deflate; the Rust ecosystem's maintained implementation, the one `flate2` uses)
//! with a CRC-32 of our own (zip.rs). Why: the guide measured `zip` 9 with deflate at +61 KB gzip
//! on wasm32 (and it pulls `getrandom`), `docx-rs` at +245 KB with children out of schema order;
//! here, measured in the export worker (BENCHMARKS.md), this whole writer — parts, zip, deflate —
//! adds 38 KB raw, 16.5 KB gzip. It runs in the worker, so none of it is in the first load.

mod body;
mod parts;
mod zip;

pub use zip::crc32;

use crate::model::Report;

/// The package's parts, name and content, in the order they are zipped.
pub fn parts(report: &Report) -> Vec<(&'static str, String)> {
    vec![
        ("[Content_Types].xml", parts::content_types()),
        ("_rels/.rels", parts::package_rels()),
        ("word/document.xml", body::document(report)),
        ("word/_rels/document.xml.rels", parts::document_rels()),
        ("word/styles.xml", parts::styles()),
        ("word/settings.xml", parts::settings()),
        ("word/fontTable.xml", parts::font_table()),
        ("word/footer1.xml", parts::footer(true)),
        ("word/footer2.xml", parts::footer(false)),
        (
            "docProps/core.xml",
            parts::core(&report.title(), &report.meta.agency),
        ),
        ("docProps/app.xml", parts::app()),
    ]
}

/// The .docx file's bytes.
pub fn docx(report: &Report) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new();
    for (name, content) in parts(report) {
        zip.add(name, content.as_bytes());
    }
    zip.finish()
}

#[cfg(test)]
pub(crate) mod tests;
