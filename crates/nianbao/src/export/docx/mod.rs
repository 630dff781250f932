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
mod chart;
mod parts;
mod zip;

pub use zip::crc32;

use crate::charts::BarChart;
use crate::layout::TableId;
use crate::model::Report;

/// A picture put in the document after one of the tables, as a native Word chart.
pub type ChartAfter = (TableId, BarChart);

/// The package's parts, name and content, in the order they are zipped.
pub fn parts(report: &Report) -> Vec<(String, String)> {
    parts_with_charts(report, &[])
}

/// The parts, with `charts` after their tables (word/charts/chartN.xml, in the order given).
pub fn parts_with_charts(report: &Report, charts: &[ChartAfter]) -> Vec<(String, String)> {
    let mut parts = vec![
        (
            "[Content_Types].xml".to_owned(),
            parts::content_types(charts.len()),
        ),
        ("_rels/.rels".to_owned(), parts::package_rels()),
        (
            "word/document.xml".to_owned(),
            body::document(report, charts),
        ),
        (
            "word/_rels/document.xml.rels".to_owned(),
            parts::document_rels(charts.len()),
        ),
        ("word/styles.xml".to_owned(), parts::styles()),
        ("word/settings.xml".to_owned(), parts::settings()),
        ("word/fontTable.xml".to_owned(), parts::font_table()),
        ("word/footer1.xml".to_owned(), parts::footer(true)),
        ("word/footer2.xml".to_owned(), parts::footer(false)),
        (
            "docProps/core.xml".to_owned(),
            parts::core(&report.title(), &report.meta.agency),
        ),
        ("docProps/app.xml".to_owned(), parts::app()),
    ];
    for (n, (_, chart)) in charts.iter().enumerate() {
        parts.push((chart::part_name(n + 1), chart::part(chart)));
    }
    parts
}

/// The .docx file's bytes.
pub fn docx(report: &Report) -> Vec<u8> {
    docx_with_charts(report, &[])
}

/// The .docx with pictures after their tables, when the user asks for them.
pub fn docx_with_charts(report: &Report, charts: &[ChartAfter]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new();
    for (name, content) in parts_with_charts(report, charts) {
        zip.add(&name, content.as_bytes());
    }
    zip.finish()
}

#[cfg(test)]
pub(crate) mod tests;
