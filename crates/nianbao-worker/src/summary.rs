//! What the page does with an import, decided and worded here in the worker rather than in the
//! page, so that it costs the first load nothing: use the report at once (a nianbao JSON file),
//! or ask — with the import report, and the choices in the order the user most likely wants.

use nianbao::import::{Imported, Note, SourceKind};
use nianbao::Report;
use serde_json::{json, Value};

/// What the page tells the worker about the import: what it is for, and the report open there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// "last_year" for 载入上年报告 and 粘贴上年报告; anything else is a report to work on.
    pub purpose: String,
    /// 机关 and 年度 of the report open in the editor.
    pub agency: String,
    pub year: Option<i32>,
    /// The year a portal page fixes its reports to, if it does: next year's report may then only
    /// be started from the year before.
    pub fixed_year: Option<i32>,
}

impl Context {
    fn for_last_year(&self) -> bool {
        self.purpose == "last_year"
    }
}

/// The reply's JSON: the report, and either `now` ("open" or "attach", with a `notice`) or a
/// question (`title`, `text`, `details`, `choices` as [label, what] pairs); `check` lists what
/// to check against the source once the report is opened.
pub fn reply(imported: &Imported, name: &str, context: &Context) -> Value {
    let report = &imported.report;
    let mut value = json!({ "report": nianbao::json::to_value(report) });
    let fields = if imported.notes.source == SourceKind::Json {
        json_file(report, context)
    } else {
        import_report(imported, name, context)
    };
    if let (Some(value), Value::Object(fields)) = (value.as_object_mut(), fields) {
        value.extend(fields);
    }
    value
}

/// A nianbao JSON file is the report itself: opened at once, or attached at once when it looks
/// like the open report's year before; otherwise what looks wrong is said and the user asked.
fn json_file(last: &Report, context: &Context) -> Value {
    if !context.for_last_year() {
        return json!({ "now": "open" });
    }
    let doubts = last_year_doubts(&context.agency, context.year, last);
    let name = display_name(last);
    if doubts.is_empty() {
        return json!({
            "now": "attach",
            "notice": format!("已载入上年报告（{name}），跨年度核对已开启。"),
        });
    }
    json!({
        "title": "这似乎不是本报告的上一年度报告",
        "text": format!("所选文件是「{name}」的报告。用它核对会得出不实的跨年度问题。仍要载入吗？"),
        "details": doubts,
        "choices": [["取消", "cancel"], ["仍然载入", "attach"]],
    })
}

/// Any other source: the import report, and what the report is for.
fn import_report(imported: &Imported, name: &str, context: &Context) -> Value {
    let (notes, report) = (&imported.notes, &imported.report);
    let who = match (report.meta.agency.trim(), report.meta.year) {
        ("", None) => "（未识别机关和年度）".to_owned(),
        ("", Some(year)) => format!("{year} 年度"),
        (agency, None) => agency.to_owned(),
        (agency, Some(year)) => format!("{agency} {year} 年度"),
    };
    let source = match notes.source {
        SourceKind::Docx => "Word 文档",
        SourceKind::Html => "网页",
        SourceKind::Json => "JSON 文件",
        SourceKind::Text => "文字",
    };
    let doubts = notes.doubts.len() + notes.missing.len();
    let text = if doubts == 0 {
        format!("从{source}「{name}」读出了{who}的报告，没有存疑之处。这份报告用作：")
    } else {
        format!(
            "从{source}「{name}」读出了{who}的报告。有 {doubts} 处存疑或未找到，已留空或照原样读入，请对照原件核对。这份报告用作："
        )
    };
    let mut details = lines("存疑：", &notes.doubts);
    details.extend(lines("未找到：", &notes.missing));
    details.extend(lines("已识别：", &notes.found));
    details.extend(lines("未导入：", &notes.ignored));
    let mut check = lines("", &notes.doubts);
    check.extend(lines("未找到：", &notes.missing));
    json!({
        "title": "已读出报告",
        "text": text,
        "details": details,
        "check": check,
        "choices": choices(report, context),
    })
}

/// Each note a line, after `prefix` unless the message already says it (「未找到落款…」).
fn lines(prefix: &str, notes: &[Note]) -> Vec<String> {
    let word = prefix.trim_end_matches('：');
    notes
        .iter()
        .map(|n| match n.message.starts_with(word) {
            true => n.message.clone(),
            false => format!("{prefix}{}", n.message),
        })
        .collect()
}

/// The uses of an imported report, the likeliest first: one picked with 导入报告 is opened as
/// it is; last year's report of the open one is attached to it; another year's starts next
/// year's. An import never replaces a draft: each choice opens a new one or only adds last
/// year's report.
fn choices(report: &Report, context: &Context) -> Vec<[String; 2]> {
    let choice = |label: &str, what: &str| [label.to_owned(), what.to_owned()];
    let open = choice("作为新草稿打开（照原样）", "open");
    let attach = choice("上年报告：用于核对正在编辑的报告", "attach");
    let next_year = report.meta.year.and_then(|y| y.checked_add(1));
    let refused = context
        .fixed_year
        .is_some_and(|fixed| next_year != Some(fixed));
    let next = (!refused).then(|| match next_year {
        Some(next) => choice(&format!("上年报告：据此新建 {next} 年度报告"), "next"),
        None => choice("上年报告：据此新建下一年度报告", "next"),
    });
    let is_last_year_of_open = next_year.is_some() && next_year == context.year;
    let mut choices = Vec::new();
    if !context.for_last_year() {
        choices.push(open);
        choices.extend(next);
        choices.push(attach);
    } else if is_last_year_of_open {
        choices.push(attach);
        choices.extend(next);
        choices.push(open);
    } else {
        choices.extend(next);
        choices.push(attach);
        choices.push(open);
    }
    choices.push(choice("取消", "cancel"));
    choices
}

/// The name a report is listed under in the page (state/draft.rs `display_name`).
fn display_name(report: &Report) -> String {
    let agency = match report.meta.agency.trim() {
        "" => "（未填机关名称）",
        agency => agency,
    };
    match report.meta.year {
        Some(year) => format!("{agency} · {year}年度"),
        None => agency.to_owned(),
    }
}

/// What makes `last` look unlike the report of the year before the open one (another 机关,
/// another year), each said in Chinese; empty when it looks right.
fn last_year_doubts(agency: &str, year: Option<i32>, last: &Report) -> Vec<String> {
    let plain = |agency: &str| agency.split_whitespace().collect::<String>();
    let (ours, theirs) = (plain(agency), plain(&last.meta.agency));
    let mut doubts = Vec::new();
    if !ours.is_empty() && !theirs.is_empty() && ours != theirs {
        doubts.push(format!(
            "所选报告的机关是「{theirs}」，本报告是「{ours}」。"
        ));
    }
    if let Some(year) = year {
        match last.meta.year {
            Some(last_year) if Some(last_year) == year.checked_sub(1) => {}
            Some(last_year) => doubts.push(format!(
                "所选报告是 {last_year} 年度的，本报告是 {year} 年度，上一年度应为 {} 年度。",
                year - 1
            )),
            None => doubts.push("所选报告没有填写报告年度。".to_owned()),
        }
    }
    doubts
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::import::ImportReport;
    use nianbao::layout::ReportKind;

    fn imported(source: SourceKind, year: i32) -> Imported {
        let mut notes = ImportReport::new(source);
        notes.found.push(Note::new("表三：175 个格中读到 175 个"));
        notes.missing.push(Note::new("落款"));
        notes.doubts.push(Note::at(
            "requests.refused_other_law",
            "表三（三）2 只找到 6 个数，已留空",
        ));
        let report = Report::blank("某局", year, ReportKind::Department);
        Imported { report, notes }
    }

    fn context(purpose: &str, year: i32) -> Context {
        Context {
            purpose: purpose.to_owned(),
            agency: "某局".to_owned(),
            year: Some(year),
            fixed_year: None,
        }
    }

    fn labels(value: &Value) -> Vec<String> {
        value["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c[0].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn the_import_report_is_one_sentence_and_a_line_a_note() {
        let value = reply(
            &imported(SourceKind::Html, 2024),
            "a.html",
            &context("draft", 2025),
        );
        assert_eq!(
            value["text"],
            "从网页「a.html」读出了某局 2024 年度的报告。有 2 处存疑或未找到，已留空或照原样读入，请对照原件核对。这份报告用作："
        );
        assert_eq!(
            value["details"][0],
            "存疑：表三（三）2 只找到 6 个数，已留空"
        );
        assert_eq!(value["details"][1], "未找到：落款");
        assert_eq!(value["details"][2], "已识别：表三：175 个格中读到 175 个");
        assert_eq!(value["check"][1], "未找到：落款");
        let mut said = imported(SourceKind::Html, 2024);
        said.notes.missing[0].message = "未找到成文日期".to_owned();
        let value = reply(&said, "a.html", &context("draft", 2025));
        assert_eq!(value["details"][1], "未找到成文日期", "not 未找到：未找到…");
        assert!(value["now"].is_null());
        assert_eq!(value["report"]["meta"]["agency"], "某局");
    }

    #[test]
    fn the_likely_use_comes_first() {
        let html = imported(SourceKind::Html, 2024);
        assert_eq!(
            labels(&reply(&html, "a", &context("last_year", 2025))),
            [
                "上年报告：用于核对正在编辑的报告",
                "上年报告：据此新建 2025 年度报告",
                "作为新草稿打开（照原样）",
                "取消"
            ]
        );
        // Not the year before the open report: starting next year's comes first.
        assert_eq!(
            labels(&reply(&html, "a", &context("last_year", 2030)))[0],
            "上年报告：据此新建 2025 年度报告"
        );
        // A report to work on is opened as it is first; a page fixed to another year offers
        // no next year's report.
        let mut fixed = context("draft", 2030);
        fixed.fixed_year = Some(2030);
        assert_eq!(
            labels(&reply(&html, "a", &fixed)),
            [
                "作为新草稿打开（照原样）",
                "上年报告：用于核对正在编辑的报告",
                "取消"
            ]
        );
        fixed.fixed_year = Some(2025);
        assert_eq!(labels(&reply(&html, "a", &fixed)).len(), 4);
    }

    #[test]
    fn a_json_file_is_used_at_once_unless_it_does_not_look_like_last_years() {
        let json = imported(SourceKind::Json, 2024);
        assert_eq!(reply(&json, "a", &context("draft", 2025))["now"], "open");
        let attached = reply(&json, "a", &context("last_year", 2025));
        assert_eq!(attached["now"], "attach");
        assert_eq!(
            attached["notice"],
            "已载入上年报告（某局 · 2024年度），跨年度核对已开启。"
        );
        let asked = reply(&json, "a", &context("last_year", 2030));
        assert!(asked["now"].is_null());
        assert_eq!(labels(&asked), ["取消", "仍然载入"]);
        assert!(asked["details"][0]
            .as_str()
            .unwrap()
            .contains("应为 2029 年度"));
    }

    #[test]
    fn last_year_must_be_the_same_body_a_year_before() {
        let mut last = Report::blank("某某局 ", 2024, ReportKind::Department);
        assert_eq!(
            last_year_doubts("某某局", Some(2025), &last),
            Vec::<String>::new()
        );
        last.meta.agency = "另一个局".into();
        last.meta.year = Some(2019);
        let doubts = last_year_doubts("某某局", Some(2025), &last);
        assert_eq!(doubts.len(), 2, "{doubts:?}");
        assert!(doubts[0].contains("「另一个局」") && doubts[0].contains("「某某局」"));
        assert!(doubts[1].contains("2019 年度") && doubts[1].contains("应为 2024 年度"));
        // A report not yet named is not doubted for its name.
        last.meta.year = Some(2024);
        assert_eq!(
            last_year_doubts("", Some(2025), &last),
            Vec::<String>::new()
        );
    }
}
