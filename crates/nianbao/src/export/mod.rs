//! What leaves nianbao as a file: the Word/WPS-ready HTML (.doc), a real .docx, the JSON v1
//! interchange file, and the HTML fragment a portal's CMS editor takes from the clipboard. Every
//! writer typesets the same blocks (`document`) and the same table description
//! (`crate::layout::PrintedTable`).

mod document;
pub mod docx;
mod escape;
mod file_name;
mod html;
pub mod typeset;

pub use document::{blocks, narrative, signature, title_lines, value_text, Block};
pub use escape::escape;
pub use file_name::{file_name, MAX_STEM_CHARS};
pub use html::{fragment, tables_fragment, word_html};

use crate::model::Report;

/// The formats a report is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The Word-ready HTML saved as .doc: Word and WPS open it by double-click.
    Doc,
    /// The same HTML as .html.
    Html,
    Docx,
    Json,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Doc, Format::Html, Format::Docx, Format::Json];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Doc => "doc",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Json => "json",
        }
    }

    /// The format a file name asks for by its extension, in any case (.htm is .html).
    pub fn from_file_name(name: &str) -> Option<Format> {
        let (_, extension) = name.rsplit_once('.')?;
        if extension.eq_ignore_ascii_case("htm") {
            return Some(Format::Html);
        }
        Format::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(extension))
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Doc => "application/msword",
            Format::Html => "text/html;charset=utf-8",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Json => "application/json",
        }
    }
}

/// The report's bytes in `format`. The HTML starts with a byte-order mark: Word reads a file
/// without one in the system's code page, and the Chinese comes out garbled.
pub fn export(report: &Report, format: Format) -> Vec<u8> {
    match format {
        Format::Doc | Format::Html => {
            let html = word_html(report);
            let mut bytes = Vec::with_capacity(html.len() + 3);
            bytes.extend_from_slice("\u{FEFF}".as_bytes());
            bytes.extend_from_slice(html.as_bytes());
            bytes
        }
        Format::Docx => docx::docx(report),
        Format::Json => crate::json::write_report(report).into_bytes(),
    }
}

/// 「<机关名称><年度>年政府信息公开工作年度报告.<扩展名>」, made safe for every file system. A
/// name too long for one is cut in the agency's name, so that it still says what it is.
pub fn report_file_name(report: &Report, format: Format) -> String {
    let what = crate::layout::default_title("", report.meta.year);
    let room = MAX_STEM_CHARS.saturating_sub(what.chars().count());
    let agency: String = report.meta.agency.trim().chars().take(room).collect();
    file_name(&format!("{}{what}", agency.trim_end()), format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::ReportKind;

    #[test]
    fn file_names_follow_the_report() {
        let report = Report::blank("平潭综合实验区公安局", 2022, ReportKind::Department);
        assert_eq!(
            report_file_name(&report, Format::Docx),
            "平潭综合实验区公安局2022年政府信息公开工作年度报告.docx"
        );
        let mut long = Report::blank(&"很长的机关名称".repeat(30), 2021, ReportKind::Department);
        let name = report_file_name(&long, Format::Doc);
        assert!(
            name.ends_with("2021年政府信息公开工作年度报告.doc"),
            "{name}"
        );
        assert!(name.starts_with("很长的机关名称") && name.chars().count() <= MAX_STEM_CHARS + 4);
        long.meta.year = None;
        let name = report_file_name(&long, Format::Doc);
        assert!(
            name.ends_with("机关名政府信息公开工作年度报告.doc"),
            "{name}"
        );
        assert_eq!(name.chars().count(), MAX_STEM_CHARS + ".doc".len());
        assert_eq!(Format::from_file_name("a/b/报告.DOCX"), Some(Format::Docx));
        assert_eq!(Format::from_file_name("报告.htm"), Some(Format::Html));
        assert_eq!(Format::from_file_name("报告.pdf"), None);
        assert_eq!(Format::from_file_name("报告"), None);
    }

    #[test]
    fn html_exports_start_with_a_byte_order_mark() {
        let report = Report::blank("某局", 2022, ReportKind::Department);
        for format in [Format::Doc, Format::Html] {
            assert!(export(&report, format).starts_with("\u{FEFF}<html".as_bytes()));
        }
        assert!(export(&report, Format::Docx).starts_with(b"PK\x03\x04"));
        let json = export(&report, Format::Json);
        assert!(crate::json::read_report_bytes(&json).is_ok());
    }
}
