//! The package around the text: which part is the document (the officeDocument relationship of
//! `_rels/.rels`, as Word itself finds it; `word/document.xml` when the relationships are missing
//! or broken), and, for a zip that has none, what it is instead — people rename an .xlsx, send an
//! .odt or an .ofd, or zip a folder of reports.

use super::part::{self, SMALL_CAP};
use super::zip::{Archive, Entry};
use quick_xml::events::Event;
use quick_xml::reader::Reader;

/// What a file that is not a Word document is told to do.
pub const SAVE_AS_DOCX: &str = "请用 Word 或 WPS 另存为 .docx 后再导入。";

/// Where Word looks when the package relationships do not say.
const DEFAULT_MAIN: &str = "word/document.xml";

/// The document's main part, or a Chinese message saying what the zip is instead.
pub fn main_part<'z, 'a>(archive: &'z Archive<'a>) -> Result<&'z Entry<'a>, String> {
    let related = archive
        .entry("_rels/.rels")
        .and_then(|rels| part::read(archive, rels, SMALL_CAP).ok())
        .and_then(|rels| office_document(&rels))
        .and_then(|target| archive.entry(&target));
    related
        .or_else(|| archive.entry(DEFAULT_MAIN))
        .ok_or_else(|| what_it_is(archive).unwrap_or_else(|| plain_zip(archive)))
}

/// The part name the officeDocument relationship points at (transitional or strict OOXML).
fn office_document(rels: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(rels.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(rels)).ok()?;
    let mut reader = Reader::from_str(text);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let attribute = |key: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == key)
                        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                };
                let internal = attribute(b"TargetMode").is_none_or(|m| m != "External");
                let is_main = attribute(b"Type").is_some_and(|t| t.ends_with("/officeDocument"));
                if let (true, true, Some(target)) = (internal, is_main, attribute(b"Target")) {
                    return Some(part_name(&target));
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// A relationship target of the package root as a zip entry name: no leading '/', no '.'
/// segments, '..' resolved.
fn part_name(target: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

/// What a zip without a Word document is, and what to do with it, when it is a document of
/// another known kind.
pub fn what_it_is(archive: &Archive) -> Option<String> {
    let has = |name: &str| archive.entry(name).is_some();
    let mimetype = archive
        .entry("mimetype")
        .and_then(|e| part::read(archive, e, SMALL_CAP).ok())
        .map(|m| String::from_utf8_lossy(&m).trim().to_owned())
        .unwrap_or_default();
    let kind = if mimetype == "application/vnd.oasis.opendocument.text" {
        "OpenDocument 文本（.odt）"
    } else if mimetype.starts_with("application/vnd.oasis.opendocument.spreadsheet") {
        "OpenDocument 表格（.ods）"
    } else if mimetype.starts_with("application/vnd.oasis.opendocument.presentation") {
        "OpenDocument 演示文稿（.odp）"
    } else if mimetype.starts_with("application/vnd.oasis.opendocument") || has("content.xml") {
        "OpenDocument 文件"
    } else if mimetype == "application/epub+zip" {
        "电子书（.epub）"
    } else if has("OFD.xml") {
        return Some("这是 OFD 版式文件，不是 Word 文档，无法直接导入：请在 OFD 阅读器中全选、复制文字，再用「粘贴上年报告」粘贴。".to_owned());
    } else if has("xl/workbook.xml") {
        "Excel 表格（.xlsx）"
    } else if has("ppt/presentation.xml") {
        "PowerPoint 演示文稿（.pptx）"
    } else {
        return None;
    };
    // A space between Chinese and a Latin word, as the other messages have it.
    let space = if kind.starts_with(|c: char| c.is_ascii()) {
        " "
    } else {
        ""
    };
    Some(format!(
        "这是{space}{kind}，不是 Word 文档（.docx）。{SAVE_AS_DOCX}"
    ))
}

/// A zip of other files: the Word files in it are named, since the report is likely among them.
fn plain_zip(archive: &Archive) -> String {
    let documents: Vec<String> = archive
        .entries
        .iter()
        .filter(|e| {
            let name = e.name.to_ascii_lowercase();
            [&b".docx"[..], b".doc", b".wps"]
                .iter()
                .any(|x| name.ends_with(x))
        })
        .map(Entry::display_name)
        .collect();
    match documents.first() {
        Some(first) => format!(
            "这是 zip 压缩包，里面有 {} 个 Word/WPS 文件（如 {first}）：请先解压，再导入其中的年报。",
            documents.len()
        ),
        None => format!("这是 zip 压缩包，不是 Word 文档（.docx）。{SAVE_AS_DOCX}"),
    }
}
