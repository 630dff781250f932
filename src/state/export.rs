//! 「导出」: the ways a report leaves the editor, and the one question asked before a report that
//! still has errors goes out for publication (Word, .docx, print, web page). Exporting never
//! blocks: the question lists the errors and offers to go on, and it is asked once for a given
//! state of the report. JSON is the working copy — what a clerk saves when storage fails, what a
//! unit sends to its 汇总 office — so it is not held up by errors; it only warns of cells whose
//! text is no number, which it cannot carry.

use crate::state::session::{Answer, Question};
use nianbao::export::Format;
use nianbao::rules::{Finding, Severity};

/// What 「导出」 offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportKind {
    /// The Word/WPS-ready HTML, saved as .doc.
    Doc,
    Docx,
    Json,
    /// The browser's print, through the print style sheet.
    Print,
    /// 复制网页发布版: the CMS fragment on the clipboard.
    WebPage,
}

impl ExportKind {
    pub const ALL: [ExportKind; 5] = [
        ExportKind::Doc,
        ExportKind::Docx,
        ExportKind::Json,
        ExportKind::Print,
        ExportKind::WebPage,
    ];

    /// Its name in the `nianbao-export` event sent to a portal page (`detail.format`).
    pub fn key(self) -> &'static str {
        match self {
            ExportKind::Doc => "doc",
            ExportKind::Docx => "docx",
            ExportKind::Json => "json",
            ExportKind::Print => "print",
            ExportKind::WebPage => "webpage",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ExportKind::Doc => "Word/WPS 文档（.doc）",
            ExportKind::Docx => "Word 文档（.docx）",
            ExportKind::Json => "JSON 交换文件（.json）",
            ExportKind::Print => "打印…",
            ExportKind::WebPage => "复制网页发布版",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            ExportKind::Doc => "Word、WPS 双击即可打开的文档，版式与正式报告一致",
            ExportKind::Docx => "标准 Word 文档：标题样式、真实表格、带页码",
            ExportKind::Json => "nianbao 交换格式，可再导入或交给汇总单位",
            ExportKind::Print => "用浏览器打印或另存为 PDF，只印报告本身",
            ExportKind::WebPage => "复制到剪贴板，粘贴到网站后台编辑器（标题请填在网站的标题栏）",
        }
    }

    /// The file format, for the kinds that make a file.
    pub fn format(self) -> Option<Format> {
        match self {
            ExportKind::Doc => Some(Format::Doc),
            ExportKind::Docx => Some(Format::Docx),
            ExportKind::Json => Some(Format::Json),
            ExportKind::Print | ExportKind::WebPage => None,
        }
    }
}

/// How many errors the question lists by name; the rest are counted.
const LISTED: usize = 8;

/// The question to ask before exporting `findings` (every finding of the report, not only the
/// ones shown) as `kind`, with `unreadable` cells holding text that is no number; None when there
/// is nothing to warn of.
pub fn question(kind: ExportKind, findings: &[Finding], unreadable: usize) -> Option<Question> {
    if kind == ExportKind::Json {
        return (unreadable > 0).then(|| Question {
            title: "有单元格的内容不是数字".to_owned(),
            text: format!(
                "有 {unreadable} 个单元格的内容无法识别为数字，导出的 JSON 中这些单元格将为空。仍要导出吗？"
            ),
            details: Vec::new(),
            choices: vec![
                (format!("仍然导出：{}", kind.label()), Answer::Export(kind)),
                ("返回修改".to_owned(), Answer::Cancel),
            ],
            paste: false,
        });
    }
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return None;
    }
    let mut details: Vec<String> = errors
        .iter()
        .take(LISTED)
        .map(|f| f.message.clone())
        .collect();
    if errors.len() > LISTED {
        details.push(format!(
            "……另有 {} 个错误，见右侧检查结果",
            errors.len() - LISTED
        ));
    }
    let mut text = format!(
        "报告中还有 {} 个错误，导出的文件会照原样带着它们。发布前请改正。",
        errors.len()
    );
    if unreadable > 0 {
        text.push_str(&format!(
            "其中 {unreadable} 个单元格的内容不是数字，导出时这些单元格为空。"
        ));
    }
    Some(Question {
        title: format!("报告还有 {} 个错误，仍要导出吗？", errors.len()),
        text,
        details,
        choices: vec![
            (format!("仍然导出：{}", kind.label()), Answer::Export(kind)),
            ("返回修改".to_owned(), Answer::Cancel),
        ],
        paste: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::layout::{Applicant, ReportKind, RequestRow};
    use nianbao::rules::{check_with, Context};
    use nianbao::{CountCell, Report};

    fn findings(report: &Report) -> Vec<Finding> {
        check_with(report, &Context::default())
    }

    #[test]
    fn a_report_without_errors_exports_without_a_question() {
        // A real report that passes every check (the CLI's tests say so too).
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/samples/八卦洲街道_2021.json"
        );
        let report = nianbao::json::read_report_bytes(&std::fs::read(path).unwrap()).unwrap();
        let all = findings(&report);
        assert!(all.iter().all(|f| f.severity != Severity::Error), "{all:?}");
        assert_eq!(question(ExportKind::Docx, &all, 0), None);
    }

    #[test]
    fn errors_are_listed_and_going_on_is_offered_first() {
        let mut report = Report::blank("某局", 2024, ReportKind::Department);
        report.requests = nianbao::model::Requests::filled(Some(0));
        report.appeals = nianbao::model::Appeals::filled(Some(0));
        report.set_count(
            CountCell::Request(RequestRow::Received, Applicant::NaturalPerson),
            Some(5),
        );
        let all = findings(&report);
        let asked = question(ExportKind::Doc, &all, 2).expect("an error to warn of");
        assert!(asked.title.contains("仍要导出"));
        assert!(asked.text.contains("2 个单元格"));
        assert!(!asked.details.is_empty() && asked.details.len() <= LISTED + 1);
        assert_eq!(asked.choices[0].1, Answer::Export(ExportKind::Doc));
        assert_eq!(asked.choices[1].1, Answer::Cancel);
    }

    #[test]
    fn json_is_a_working_copy_held_up_only_by_text_it_cannot_carry() {
        let report = Report::blank("", 2024, ReportKind::Department);
        let all = findings(&report);
        assert!(all.iter().any(|f| f.severity == Severity::Error));
        assert_eq!(question(ExportKind::Json, &all, 0), None);
        let asked = question(ExportKind::Json, &all, 3).unwrap();
        assert!(asked.text.contains("3 个单元格"));
        assert_eq!(asked.choices[0].1, Answer::Export(ExportKind::Json));
        for kind in [
            ExportKind::Doc,
            ExportKind::Docx,
            ExportKind::Print,
            ExportKind::WebPage,
        ] {
            assert!(question(kind, &all, 0).is_some(), "{kind:?}");
        }
    }

    #[test]
    fn many_errors_are_counted_past_the_listed_ones() {
        let report = Report::blank("", 2024, ReportKind::Department);
        let mut all = findings(&report);
        let error = all
            .iter()
            .find(|f| f.severity == Severity::Error)
            .unwrap()
            .clone();
        all.extend(std::iter::repeat_n(error, 20));
        let asked = question(ExportKind::Print, &all, 0).unwrap();
        assert_eq!(asked.details.len(), LISTED + 1);
        assert!(asked.details.last().unwrap().starts_with("……另有"));
    }
}
