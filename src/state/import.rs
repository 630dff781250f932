//! An import as the user meets it: the worker's reply read back — the report, and what to do
//! with it, decided and worded by the worker (crates/nianbao-worker/src/summary.rs) so that it
//! costs the first load nothing: use it at once, or ask with the import report and the choices.

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

impl Purpose {
    /// As the worker reads it.
    pub fn key(self) -> &'static str {
        match self {
            Purpose::Draft => "draft",
            Purpose::LastYear => "last_year",
        }
    }
}

/// A report read by the worker, and what to do with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub report: Report,
    /// "open" or "attach": used at once (a nianbao JSON file), with `notice` said.
    pub now: Option<String>,
    pub notice: String,
    /// Otherwise the question: its title, the sentence saying what was read, the import
    /// report's lines, and the choices as (label, what).
    pub title: String,
    pub text: String,
    pub details: Vec<String>,
    pub choices: Vec<(String, String)>,
    /// What must be checked against the source once the report is opened.
    pub to_check: Vec<String>,
}

impl Read {
    /// The worker's reply.
    pub fn from_reply(bytes: &[u8]) -> Result<Read, String> {
        let broken = || "导入组件的回复无法读取：请刷新页面后再试。".to_owned();
        // Parsed the way a JSON file is (already in the first load), not by a second parser.
        let text = std::str::from_utf8(bytes).map_err(|_| broken())?;
        let value = nianbao::json::parse_value(text).map_err(|_| broken())?;
        let report = nianbao::json::from_value(&value["report"]).map_err(|_| broken())?;
        let string = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_owned();
        let list = |key: &str| value[key].as_array().map_or(&[][..], Vec::as_slice);
        Ok(Read {
            report,
            now: value["now"].as_str().map(str::to_owned),
            notice: string(&value["notice"]),
            title: string(&value["title"]),
            text: string(&value["text"]),
            details: list("details").iter().map(string).collect(),
            choices: list("choices")
                .iter()
                .map(|choice| (string(&choice[0]), string(&choice[1])))
                .collect(),
            to_check: list("check").iter().map(string).collect(),
        })
    }
}

/// The question of an import: the import report, and its choices as answers.
pub fn question(read: &Read) -> Question {
    let choices = read
        .choices
        .iter()
        .map(|(label, what)| {
            let report = || Box::new(read.report.clone());
            let answer = match what.as_str() {
                "open" => Answer::OpenImported {
                    report: report(),
                    to_check: read.to_check.clone(),
                },
                "next" => Answer::NextYearFrom(report()),
                "attach" => Answer::AttachLastYear(report()),
                _ => Answer::Cancel,
            };
            (label.clone(), answer)
        })
        .collect();
    Question {
        title: read.title.clone(),
        text: read.text.clone(),
        details: read.details.clone(),
        choices,
        paste: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::ReportKind;

    #[test]
    fn the_reply_of_the_worker_becomes_the_question() {
        let report = Report::blank("某局", 2024, ReportKind::Department);
        let reply = serde_json::json!({
            "report": nianbao::json::to_value(&report),
            "title": "已读出报告",
            "text": "从 Word 文档……",
            "details": ["存疑：表三 一 总计 读不出", "已识别：标题"],
            "check": ["表三 一 总计 读不出"],
            "choices": [["上年报告：用于核对正在编辑的报告", "attach"], ["上年报告：据此新建 2025 年度报告", "next"],
                        ["作为新草稿打开（照原样）", "open"], ["取消", "cancel"]],
        });
        let read = Read::from_reply(reply.to_string().as_bytes()).unwrap();
        assert_eq!(read.report, report);
        assert_eq!(read.now, None);
        assert_eq!(read.to_check, ["表三 一 总计 读不出"]);
        let asked = question(&read);
        assert_eq!(asked.details.len(), 2);
        let answers: Vec<&Answer> = asked.choices.iter().map(|(_, a)| a).collect();
        assert_eq!(
            *answers[0],
            Answer::AttachLastYear(Box::new(report.clone()))
        );
        assert_eq!(*answers[1], Answer::NextYearFrom(Box::new(report)));
        let opened = Answer::OpenImported {
            report: Box::new(read.report.clone()),
            to_check: read.to_check.clone(),
        };
        assert_eq!(*answers[2], opened);
        assert_eq!(*answers[3], Answer::Cancel);
        assert!(Read::from_reply(b"{").unwrap_err().contains("刷新"));
    }

    #[test]
    fn a_json_file_is_used_at_once() {
        let report = Report::blank("某局", 2024, ReportKind::Department);
        let reply = serde_json::json!({
            "report": nianbao::json::to_value(&report),
            "now": "attach",
            "notice": "已载入上年报告",
        });
        let read = Read::from_reply(reply.to_string().as_bytes()).unwrap();
        assert_eq!(read.now.as_deref(), Some("attach"));
        assert_eq!(read.notice, "已载入上年报告");
    }
}
