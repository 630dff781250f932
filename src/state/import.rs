//! An import as the user meets it: the worker's reply read back (the report and its import
//! report), and the question that shows the import report and asks what the report is for —
//! this year's draft, last year's report for the open draft, or the start of next year's. An
//! import never replaces a draft: every choice opens a new one or only adds last year's report.

use super::session::{Answer, Question};
use nianbao::Report;

/// What the user imports for, which decides the choice offered first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// 「导入报告」 or a file dropped on the page: a report to work on.
    Draft,
    /// 「载入上年报告」「粘贴上年报告」: last year's report.
    LastYear,
}

/// A report read by the importer, and its import report as lines a person reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub report: Report,
    /// What the source was read as (网页, Word 文档（.docx）…).
    pub source: String,
    pub found: Vec<String>,
    pub missing: Vec<String>,
    pub doubts: Vec<String>,
    pub ignored: Vec<String>,
}

impl Read {
    /// The worker's reply: `{"report": <JSON v1>, "notes": <import report>}`.
    pub fn from_reply(bytes: &[u8]) -> Result<Read, String> {
        let broken = || "导入组件的回复无法读取：请刷新页面后再试。".to_owned();
        // Parsed the way a JSON file is (already in the first load), not by a second parser.
        let text = std::str::from_utf8(bytes).map_err(|_| broken())?;
        let value = nianbao::json::parse_value(text).map_err(|_| broken())?;
        let report = nianbao::json::from_value(&value["report"]).map_err(|_| broken())?;
        let notes = &value["notes"];
        let lines = |key: &str| -> Vec<String> {
            notes[key]
                .as_array()
                .map(|notes| {
                    notes
                        .iter()
                        .filter_map(|n| n["message"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let source = match notes["source"].as_str() {
            Some("docx") => "Word 文档",
            Some("html") => "网页",
            Some("json") => "JSON 文件",
            _ => "文字",
        };
        Ok(Read {
            report,
            source: source.to_owned(),
            found: lines("found"),
            missing: lines("missing"),
            doubts: lines("doubts"),
            ignored: lines("ignored"),
        })
    }

    /// What must be checked against the source: the doubts and what was not found.
    pub fn to_check(&self) -> Vec<String> {
        let missing = self.missing.iter().map(|m| format!("未找到：{m}"));
        self.doubts.iter().cloned().chain(missing).collect()
    }
}

/// The question an import ends in: the import report, and what to do with the report.
/// `this` is the report open in the editor; `next_year_refusal` is why this page may not start
/// next year's report from it (a page fixed to another year), if so.
pub fn question(
    name: &str,
    read: Read,
    purpose: Purpose,
    this: &Report,
    next_year_refusal: Option<String>,
) -> Question {
    let report = &read.report;
    let who = match (report.meta.agency.trim(), report.meta.year) {
        ("", None) => "（未识别机关和年度）".to_owned(),
        ("", Some(year)) => format!("{year} 年度"),
        (agency, None) => agency.to_owned(),
        (agency, Some(year)) => format!("{agency} {year} 年度"),
    };
    let doubts = read.doubts.len() + read.missing.len();
    let text = if doubts == 0 {
        format!(
            "从{}「{name}」读出了{who}的报告，没有存疑之处。这份报告用作：",
            read.source
        )
    } else {
        format!(
            "从{}「{name}」读出了{who}的报告。有 {doubts} 处存疑或未找到，已留空或照原样读入，请对照原件核对。这份报告用作：",
            read.source
        )
    };
    let mut details: Vec<String> = read.doubts.iter().map(|d| format!("存疑：{d}")).collect();
    details.extend(read.missing.iter().map(|m| format!("未找到：{m}")));
    details.extend(read.found.iter().map(|f| format!("已识别：{f}")));
    details.extend(read.ignored.iter().map(|i| format!("未导入：{i}")));

    let is_last_year_of_this = matches!(
        (report.meta.year, this.meta.year),
        (Some(last), Some(now)) if last.checked_add(1) == Some(now)
    );
    let next_year = next_year_refusal.is_none().then(|| {
        let label = match report.meta.year.and_then(|y| y.checked_add(1)) {
            Some(next) => format!("上年报告：据此新建 {next} 年度报告"),
            None => "上年报告：据此新建下一年度报告".to_owned(),
        };
        (label, Answer::NextYearFrom(Box::new(report.clone())))
    });
    let attach = (
        "上年报告：用于核对正在编辑的报告".to_owned(),
        Answer::AttachLastYear(Box::new(report.clone())),
    );
    let open = (
        "作为新草稿打开（照原样）".to_owned(),
        Answer::OpenImported(Box::new(read.clone())),
    );
    let mut choices = Vec::new();
    match purpose {
        Purpose::Draft => {
            choices.push(open);
            choices.extend(next_year);
            choices.push(attach);
        }
        Purpose::LastYear if is_last_year_of_this => {
            choices.push(attach);
            choices.extend(next_year);
            choices.push(open);
        }
        Purpose::LastYear => {
            choices.extend(next_year);
            choices.push(attach);
            choices.push(open);
        }
    }
    choices.push(("取消".to_owned(), Answer::Cancel));
    Question {
        title: "已读出报告".to_owned(),
        text,
        details,
        choices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::ReportKind;

    fn read(year: i32) -> Read {
        Read {
            report: Report::blank("某局", year, ReportKind::Department),
            source: "网页".into(),
            found: vec!["表三：175 个格中读到 175 个".into()],
            missing: vec!["落款".into()],
            doubts: vec!["表三（三）2 只找到 6 个数，已留空".into()],
            ignored: vec![],
        }
    }

    fn labels(question: &Question) -> Vec<&str> {
        question.choices.iter().map(|(l, _)| l.as_str()).collect()
    }

    #[test]
    fn the_reply_of_the_worker_is_read_back() {
        let report = Report::blank("某局", 2024, ReportKind::Department);
        let reply = serde_json::json!({
            "report": nianbao::json::to_value(&report),
            "notes": {"source": "docx", "found": [{"path": null, "message": "标题"}],
                      "missing": [], "doubts": [{"path": "requests.received.total", "message": "表三 一 总计 读不出"}],
                      "ignored": []}
        });
        let read = Read::from_reply(reply.to_string().as_bytes()).unwrap();
        assert_eq!(read.report, report);
        assert_eq!(read.source, "Word 文档");
        assert_eq!(read.doubts, ["表三 一 总计 读不出"]);
        assert!(Read::from_reply(b"{").unwrap_err().contains("刷新"));
    }

    #[test]
    fn the_question_shows_the_import_report_and_puts_the_likely_use_first() {
        let this = Report::blank("某局", 2025, ReportKind::Department);
        let asked = question("a.docx", read(2024), Purpose::LastYear, &this, None);
        assert!(asked.text.contains("某局 2024 年度"));
        assert!(asked.text.contains("2 处存疑或未找到"));
        assert_eq!(asked.details[0], "存疑：表三（三）2 只找到 6 个数，已留空");
        assert!(asked.details.contains(&"未找到：落款".to_owned()));
        assert_eq!(
            labels(&asked),
            [
                "上年报告：用于核对正在编辑的报告",
                "上年报告：据此新建 2025 年度报告",
                "作为新草稿打开（照原样）",
                "取消"
            ]
        );
        // Not the year before the open report: starting next year's comes first.
        let asked = question("a.docx", read(2020), Purpose::LastYear, &this, None);
        assert_eq!(labels(&asked)[0], "上年报告：据此新建 2021 年度报告");
        // A report to work on: opened as it is first; a page that forbids next year's has no
        // such choice.
        let asked = question(
            "a.docx",
            read(2024),
            Purpose::Draft,
            &this,
            Some("不行".into()),
        );
        assert_eq!(
            labels(&asked),
            [
                "作为新草稿打开（照原样）",
                "上年报告：用于核对正在编辑的报告",
                "取消"
            ]
        );
    }
}
