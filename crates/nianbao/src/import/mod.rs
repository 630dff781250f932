//! Reading a report from what people actually have: last year's .docx (Word, WPS, LibreOffice),
//! the page a portal published (any CMS shell, UTF-8 or GBK), HTML or text from the clipboard,
//! and JSON v1. Readers turn bytes into one neutral [`Document`]; one recogniser turns that into
//! a report and an [`ImportReport`] saying what was found and what is in doubt. Numbers are taken
//! as printed, totals included, so the checks then show where the source was wrong.

pub mod charset;
pub mod document;
pub mod docx;
pub mod html;
pub mod notes;
pub mod recognise;
pub mod sniff;
pub mod text;

pub use charset::Charsets;
pub use document::{Block, Cell, Document, Table};
pub use notes::{ImportReport, Note, SourceKind};

use crate::model::Report;

/// A report read from a file or the clipboard, and what the import has to say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub report: Report,
    pub notes: ImportReport,
}

/// The largest page or text read: a report's text is some 50 KB, a saved portal page a few
/// hundred; reading tens of MB of text would take seconds and a gigabyte of memory in the
/// browser for nothing. (A .docx may be larger: its pictures are never read.)
pub const MAX_TEXT_BYTES: usize = 20 << 20;

/// Reads a report from a file's bytes, its kind told by its content. Err is a Chinese message
/// for a file that is not a report this can read.
pub fn import(bytes: &[u8], charsets: &dyn Charsets) -> Result<Imported, String> {
    match sniff::sniff(bytes)? {
        sniff::Kind::Zip => {
            let document = docx::read(bytes)?;
            recognise::recognise(&document, ImportReport::new(SourceKind::Docx))
        }
        sniff::Kind::Json => from_json(bytes),
        sniff::Kind::Html | sniff::Kind::Text if bytes.len() > MAX_TEXT_BYTES => Err(format!(
            "网页或文字文件太大（{} MB）：年报的正文一般不到 1 MB。请确认选的是年报，或只复制正文后粘贴。",
            bytes.len() >> 20
        )),
        sniff::Kind::Html => {
            let declared = charset::declared_in_html(bytes);
            let decoded = charset::decode(bytes, declared.as_deref(), charsets)?;
            from_html(&decoded.text, decoded.charset)
        }
        sniff::Kind::Text => {
            let decoded = charset::decode(bytes, None, charsets)?;
            from_text(&decoded.text, decoded.charset)
        }
    }
}

/// Reads a report pasted from the clipboard: its HTML when there is some (a copy out of Word,
/// WPS or a browser keeps the tables), else its plain text.
pub fn import_clipboard(html: Option<&str>, text: Option<&str>) -> Result<Imported, String> {
    let html = html.filter(|h| !h.trim().is_empty());
    let text = text.filter(|t| !t.trim().is_empty());
    match (html, text) {
        (Some(html), text) => from_html(html, None).or_else(|html_error| match text {
            Some(text) => from_text(text, None),
            None => Err(html_error),
        }),
        (None, Some(text)) => from_text(text, None),
        (None, None) => {
            Err("剪贴板是空的：请先在 Word、WPS 或网页中选中年报全文并复制。".to_owned())
        }
    }
}

fn from_html(text: &str, charset: Option<String>) -> Result<Imported, String> {
    let mut notes = ImportReport::new(SourceKind::Html);
    notes.charset = charset;
    recognise::recognise(&html::read(text), notes)
}

fn from_text(text: &str, charset: Option<String>) -> Result<Imported, String> {
    let mut notes = ImportReport::new(SourceKind::Text);
    notes.charset = charset;
    recognise::recognise(&text::read(text), notes)
}

fn from_json(bytes: &[u8]) -> Result<Imported, String> {
    match crate::json::read_report_bytes(bytes) {
        Ok(report) => {
            let mut notes = ImportReport::new(SourceKind::Json);
            notes.found.push(Note::new("JSON v1 年报，全部内容已读入"));
            Ok(Imported { report, notes })
        }
        // One problem a line, each with its path inside the file, as the app lists them.
        Err(errors) => Err(errors.to_string()),
    }
}
