//! One test per kind of bad input the spec names, each pinning the path and the message.

use super::*;
use crate::layout::{AppealColumn, AppealGroup, Applicant, ReportKind, RequestRow, Template};
use crate::model::{Amount, Appeals, CountCell, Date, Report, Requests, MAX_COUNT};
use serde_json::{json, Value};

fn valid_report() -> Report {
    let mut report = Report::blank("某某区人民政府办公室", 2024, ReportKind::Department);
    report.meta.date = Date::new(2025, 1, 20);
    report.overview = "（一）主动公开\n本年度……".into();
    report.requests = Requests::filled(Some(0));
    report.appeals = Appeals::filled(Some(0));
    for cell in CountCell::all() {
        if report.count(cell).is_none() {
            report.set_count(cell, Some(1));
        }
    }
    report.proactive.fees = Amount::parse("9116.36");
    report
}

fn valid() -> Value {
    to_value(&valid_report())
}

fn pointer(path: &str) -> String {
    format!("/{}", path.replace('.', "/"))
}

fn with(mut doc: Value, path: &str, value: Value) -> Value {
    *doc.pointer_mut(&pointer(path)).expect(path) = value;
    doc
}

fn without(mut doc: Value, path: &str) -> Value {
    let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
    let parent = if parent.is_empty() {
        &mut doc
    } else {
        doc.pointer_mut(&pointer(parent)).expect(parent)
    };
    parent
        .as_object_mut()
        .unwrap()
        .shift_remove(key)
        .expect(key);
    doc
}

fn errors(doc: &Value) -> Vec<ReadError> {
    from_value(doc).expect_err("must be refused").into_vec()
}

fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The single problem of `doc`, checked to sit at `path` and to speak Chinese.
fn only_error(doc: &Value, path: &str) -> String {
    let errors = errors(doc);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, path, "{errors:#?}");
    assert!(is_chinese(&errors[0].message), "{}", errors[0]);
    errors[0].message.clone()
}

fn only_text_error(text: &str) -> String {
    let errors = read_report(text).expect_err("must be refused").into_vec();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, "");
    assert!(is_chinese(&errors[0].message), "{}", errors[0]);
    errors[0].message.clone()
}

#[test]
fn a_valid_document_reads_back_as_written() {
    let report = valid_report();
    assert_eq!(read_report(&write_report(&report)), Ok(report.clone()));
    assert_eq!(from_value(&to_value(&report)), Ok(report));
}

#[test]
fn invalid_json_names_line_and_column_in_characters() {
    let message = only_text_error("{\n  \"format\": \"nianbao-report\",,\n}");
    assert_eq!(
        message,
        "不是有效的 JSON：第 2 行第 30 列，对象的键必须是带双引号的字符串"
    );
    // Columns count characters, not UTF-8 bytes: the error sits right after 街道 (7 + 2 chars).
    let message = only_text_error("{\"a\": \"街道\" 1}");
    assert!(message.contains("第 1 行第 12 列"), "{message}");
    assert!(message.contains("逗号"), "{message}");
}

#[test]
fn truncated_and_empty_files_say_so() {
    let truncated = write_report(&valid_report());
    let message = only_text_error(&truncated[..truncated.len() / 2]);
    assert!(message.starts_with("不是有效的 JSON："), "{message}");
    assert!(
        message.contains("截断") || message.contains("结束"),
        "{message}"
    );
    let message = only_text_error("");
    assert!(message.contains("文件为空或被截断"), "{message}");
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{feff}{}", write_report(&valid_report()));
    assert_eq!(read_report(&text), Ok(valid_report()));
}

#[test]
fn a_document_that_is_not_an_object_is_foreign() {
    for doc in [
        json!([1, 2]),
        json!("nianbao-report"),
        json!(null),
        json!(3),
    ] {
        let message = only_error(&doc, "");
        assert!(
            message.starts_with("这不是年报（nianbao-report）文件"),
            "{message}"
        );
    }
    let message = only_error(&json!([1, 2]), "");
    assert!(message.ends_with("实际是数组（2 项）"), "{message}");
}

#[test]
fn a_missing_or_foreign_format_is_refused_alone() {
    let message = only_error(&without(valid(), "format"), "format");
    assert_eq!(
        message,
        "这不是年报（nianbao-report）文件：缺少 \"format\": \"nianbao-report\""
    );
    // Foreign JSON also lacks every other key; only the one meaningful message is given.
    let message = only_error(&json!({ "format": "geojson", "type": "x" }), "format");
    assert!(message.contains("实际是字符串 \"geojson\""), "{message}");
}

#[test]
fn version_must_be_a_known_integer() {
    let message = only_error(&without(valid(), "version"), "version");
    assert!(message.starts_with("缺少文件版本"), "{message}");

    let message = only_error(&with(valid(), "version", json!(2)), "version");
    assert_eq!(
        message,
        "文件版本 2 比本程序支持的版本 1 新，请升级本程序后再打开"
    );

    let message = only_error(&with(valid(), "version", json!(0)), "version");
    assert!(message.starts_with("文件版本 0 不存在"), "{message}");

    for (bad, found) in [
        (json!("1"), "字符串 \"1\""),
        (json!(1.5), "数字 1.5"),
        (json!(-1), "数字 -1"),
        (json!(null), "null"),
    ] {
        let message = only_error(&with(valid(), "version", bad), "version");
        assert!(message.starts_with("文件版本应为"), "{message}");
        assert!(message.contains(found), "{message}");
    }
}

#[test]
fn a_string_count_is_refused_with_the_row_and_column_named() {
    let path = "requests.received.natural_person";
    let message = only_error(&with(valid(), path, json!("3")), path);
    assert_eq!(
        message,
        "应为不小于 0 的整数或 null（表三「一、本年新收政府信息公开申请数量」自然人），实际是字符串 \"3\"（数字不应加引号）"
    );
    let message = only_error(&with(valid(), path, json!("三")), path);
    assert!(message.ends_with("实际是字符串 \"三\""), "{message}");
}

#[test]
fn negative_fractional_and_huge_counts_are_refused() {
    let path = "appeals.review.total";
    let cases = [
        (json!(-1), "实际是负数 -1"),
        (json!(1.5), "实际是小数 1.5"),
        (json!(-2.0), "实际是负数 -2.0"),
        (json!(3.0), "应写成不带小数点的整数"),
        (json!(true), "实际是布尔值 true"),
        (json!([0]), "实际是数组（1 项）"),
    ];
    for (bad, expected) in cases {
        let message = only_error(&with(valid(), path, bad), path);
        assert!(message.contains("（表四「行政复议」总计）"), "{message}");
        assert!(message.contains(expected), "{message}");
    }
    let text = write_report(&valid_report()).replacen(
        "\"licensing\": 1",
        "\"licensing\": 18446744073709551616",
        1,
    );
    let errors = read_report(&text).unwrap_err().into_vec();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, "proactive.licensing");
    assert!(errors[0]
        .message
        .contains("表二「行政许可」本年处理决定数量"));
    assert!(errors[0]
        .message
        .contains("超出可处理的最大值 18446744073709551615"));
    // The largest integer JavaScript reads exactly is a count; one more is refused at its cell,
    // because a portal's script would read it as a different number.
    let doc = with(valid(), "proactive.licensing", json!(MAX_COUNT));
    assert_eq!(
        from_value(&doc).unwrap().proactive.licensing,
        Some(MAX_COUNT)
    );
    for too_large in [json!(MAX_COUNT + 1), json!(u64::MAX)] {
        let path = "requests.received.total";
        let message = only_error(&with(valid(), path, too_large.clone()), path);
        assert!(
            message.contains(&format!("{too_large}，超过了件数的上限 9007199254740991")),
            "{message}"
        );
    }
}

#[test]
fn fees_must_be_a_decimal_string() {
    let path = "proactive.fees";
    let message = only_error(&with(valid(), path, json!(9116.36)), path);
    assert!(
        message.starts_with("应为十进制数字字符串（如 \"9116.36\"）或 null（表二「行政事业性收费」本年收费金额（单位：万元）），实际是数字 9116.36"),
        "{message}"
    );
    assert!(message.contains("带引号的字符串"), "{message}");
    let message = only_error(&with(valid(), path, json!(0)), path);
    assert!(message.contains("实际是数字 0"), "{message}");
    for bad in ["1,000", ".5", "1.", "-3", "12万元", ""] {
        let message = only_error(&with(valid(), path, json!(bad)), path);
        assert!(message.contains("不是合法的金额"), "{bad}: {message}");
    }
    let doc = with(valid(), path, json!("0024252.311082"));
    let fees = from_value(&doc).unwrap().proactive.fees.unwrap();
    assert_eq!(fees.to_string(), "0024252.311082");
}

#[test]
fn blank_cells_are_null() {
    let doc = with(valid(), "requests.closed_total.total", Value::Null);
    let doc = with(doc, "proactive.fees", Value::Null);
    let report = from_value(&doc).unwrap();
    let cell = CountCell::Request(RequestRow::ClosedTotal, Applicant::Total);
    assert_eq!(report.count(cell), None);
    assert_eq!(report.proactive.fees, None);
}

#[test]
fn a_missing_key_is_named_with_its_label() {
    let path = "requests.closed_total.total";
    let message = only_error(&without(valid(), path), path);
    assert_eq!(
        message,
        "缺少表三「三（七）总计」总计（键 \"total\"），应为不小于 0 的整数或 null"
    );
    // A missing row is one problem, not seven.
    let message = only_error(
        &without(valid(), "requests.other_unpaid_fee"),
        "requests.other_unpaid_fee",
    );
    assert!(
        message.starts_with("缺少表三「三（六）2.申请人逾期未按收费通知"),
        "{message}"
    );
    let message = only_error(&without(valid(), "appeals"), "appeals");
    assert!(
        message.contains("「四、政府信息公开行政复议、行政诉讼情况」"),
        "{message}"
    );
    let message = only_error(&without(valid(), "overview"), "overview");
    assert!(message.contains("「一、总体情况」"), "{message}");
    let message = only_error(&without(valid(), "proactive.fees"), "proactive.fees");
    assert!(
        message.starts_with("缺少表二「行政事业性收费」"),
        "{message}"
    );
    for path in ["meta.agency", "meta.year", "meta.kind", "template", "meta"] {
        let message = only_error(&without(valid(), path), path);
        assert!(message.starts_with("缺少"), "{message}");
    }
}

#[test]
fn a_section_of_the_wrong_type_is_one_problem() {
    let message = only_error(&with(valid(), "requests", json!([])), "requests");
    assert_eq!(
        message,
        "应为对象（{…}）（「三、收到和处理政府信息公开申请情况」），实际是数组（0 项）"
    );
    let path = "appeals.litigation_after_review";
    let message = only_error(&with(valid(), path, json!(0)), path);
    assert!(message.contains("表四「行政诉讼·复议后起诉」"), "{message}");
}

#[test]
fn optional_meta_may_be_absent_or_null() {
    let mut doc = valid();
    for path in ["meta.title", "meta.signature", "meta.date"] {
        doc = without(doc, path);
    }
    let report = from_value(&doc).unwrap();
    assert_eq!(
        (report.meta.title, report.meta.signature, report.meta.date),
        (None, None, None)
    );
    let doc = with(valid(), "meta.date", Value::Null);
    let doc = with(doc, "meta.year", Value::Null);
    let doc = with(doc, "meta.agency", json!(""));
    let report = from_value(&doc).unwrap();
    assert_eq!((report.meta.year, report.meta.date), (None, None));
    assert_eq!(report.meta.agency, "");
}

#[test]
fn a_bad_template_lists_the_accepted_ones() {
    let message = only_error(&with(valid(), "template", json!("gb2020")), "template");
    assert_eq!(
        message,
        "应为 \"gb2021\" 或 \"gb2019\"（报告所用的表格格式），实际是字符串 \"gb2020\"；gb2021 即国办公开办函〔2021〕30号格式，gb2019 即国办公开办函〔2019〕60号格式（旧格式）"
    );
    only_error(&with(valid(), "template", json!(2021)), "template");
}

#[test]
fn messages_use_the_labels_of_the_documents_template() {
    let doc = with(valid(), "template", json!("gb2019"));
    let path = "proactive.normative_documents.repealed";
    let message = only_error(&with(doc, path, json!(-4)), path);
    assert!(
        message.contains("表二「规范性文件」本年新公开数量"),
        "{message}"
    );
    assert_eq!(
        from_value(&with(valid(), "template", json!("gb2019")))
            .unwrap()
            .template,
        Template::Gb2019
    );
}

#[test]
fn a_bad_kind_is_refused() {
    let message = only_error(&with(valid(), "meta.kind", json!("dept")), "meta.kind");
    assert!(
        message.starts_with(
            "应为 \"department\" 或 \"government\"（「报告类型」），实际是字符串 \"dept\""
        ),
        "{message}"
    );
    assert!(
        message.contains("government 即本级政府年度报告"),
        "{message}"
    );
    only_error(&with(valid(), "meta.kind", Value::Null), "meta.kind");
}

#[test]
fn a_bad_date_is_refused() {
    let path = "meta.date";
    let message = only_error(&with(valid(), path, json!("2023-02-29")), path);
    assert_eq!(
        message,
        "应为 YYYY-MM-DD 格式的真实日期（如 \"2022-01-14\"）或 null（「成文日期」），实际是字符串 \"2023-02-29\"，该日期不存在"
    );
    for bad in ["2022/01/14", "2022-1-14", "2022年1月14日", ""] {
        let message = only_error(&with(valid(), path, json!(bad)), path);
        assert!(message.ends_with("格式不对"), "{message}");
    }
    only_error(&with(valid(), path, json!(20220114)), path);
}

#[test]
fn a_bad_year_is_refused() {
    let path = "meta.year";
    let message = only_error(&with(valid(), path, json!("2021")), path);
    assert!(
        message.contains("（「报告年度」），实际是字符串 \"2021\"（年份不应加引号）"),
        "{message}"
    );
    let message = only_error(&with(valid(), path, json!(2021.5)), path);
    assert!(message.contains("数字 2021.5"), "{message}");
    let message = only_error(&with(valid(), path, json!(99_999_999_999_i64)), path);
    assert!(message.contains("超出年份的范围"), "{message}");
    let message = only_error(&with(valid(), path, json!(u64::MAX)), path);
    assert!(message.contains("超出年份的范围"), "{message}");
    let message = only_error(&with(valid(), path, json!(2021.0)), path);
    assert!(message.contains("不带小数点"), "{message}");
}

#[test]
fn texts_must_be_strings() {
    only_error(&with(valid(), "meta.agency", Value::Null), "meta.agency");
    only_error(&with(valid(), "meta.title", json!(1)), "meta.title");
    only_error(
        &with(valid(), "meta.signature", json!([])),
        "meta.signature",
    );
    let message = only_error(&with(valid(), "problems", Value::Null), "problems");
    assert!(
        message.contains("（「五、存在的主要问题及改进情况」）"),
        "{message}"
    );
}

#[test]
fn unknown_keys_are_ignored() {
    let mut doc = valid();
    doc["exported_by"] = json!({ "app": "x" });
    doc["requests"]["received"]["note"] = json!("?");
    doc["meta"]["phone"] = json!(123);
    assert_eq!(from_value(&doc), Ok(valid_report()));
}

#[test]
fn every_problem_is_reported_at_once_in_document_order() {
    let doc = with(valid(), "template", json!("new"));
    let doc = with(doc, "meta.date", json!("2022-13-01"));
    let doc = with(doc, "proactive.fees", json!(1.5));
    let doc = without(doc, "requests.received.total");
    let doc = with(doc, "requests.carried_forward.other_org", json!(-1));
    let doc = with(doc, "appeals.review.upheld", json!("0"));
    let doc = with(doc, "other_matters", json!(null));
    let paths: Vec<String> = errors(&doc).into_iter().map(|e| e.path).collect();
    assert_eq!(
        paths,
        [
            "template",
            "meta.date",
            "proactive.fees",
            "requests.received.total",
            "requests.carried_forward.other_org",
            "appeals.review.upheld",
            "other_matters",
        ]
    );
    let all = from_value(&doc).unwrap_err();
    assert_eq!(all.to_string().lines().count(), 7);
    assert!(all.to_string().starts_with("template：应为"));
}

#[test]
fn errors_display_path_then_message() {
    let error = ReadError::new("meta.date", "应为日期");
    assert_eq!(error.to_string(), "meta.date：应为日期");
    assert_eq!(
        ReadError::new("", "不是有效的 JSON").to_string(),
        "不是有效的 JSON"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(ReadErrors(vec![error]));
    assert_eq!(boxed.to_string(), "meta.date：应为日期");
}

#[test]
fn the_writer_puts_every_key_in_spec_order() {
    let mut report = Report::blank("某局", 2022, ReportKind::Government);
    report.template = Template::Gb2019;
    let doc = to_value(&report);
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "template",
            "meta",
            "preamble",
            "overview",
            "proactive",
            "requests",
            "appeals",
            "problems",
            "other_matters"
        ]
    );
    assert_eq!(doc["format"], FORMAT);
    assert_eq!(doc["version"], VERSION);
    assert_eq!(doc["template"], "gb2019");
    assert_eq!(
        doc["meta"],
        json!({ "agency": "某局", "year": 2022, "kind": "government",
                "title": null, "signature": null, "date": null })
    );
    let proactive: Vec<&str> = doc["proactive"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        proactive,
        [
            "regulations",
            "normative_documents",
            "licensing",
            "punishment",
            "coercion",
            "fees"
        ]
    );
    assert_eq!(doc["proactive"]["fees"], Value::Null);
    assert_eq!(
        doc["requests"].as_object().unwrap().len(),
        RequestRow::ALL.len()
    );
    for row in doc["requests"].as_object().unwrap().values() {
        let columns: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(columns, Applicant::ALL.map(Applicant::key));
        assert!(row.as_object().unwrap().values().all(Value::is_null));
    }
    assert_eq!(
        doc["appeals"]["litigation_direct"],
        json!({ "upheld": null, "corrected": null, "other": null, "pending": null, "total": null })
    );
    assert_eq!(
        doc["appeals"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>(),
        AppealGroup::ALL.map(|g| g.key().to_owned())
    );
    assert_eq!(AppealColumn::ALL.len(), 5);
}

#[test]
fn the_writer_is_pretty_deterministic_and_ends_with_a_newline() {
    let text = write_report(&valid_report());
    assert_eq!(text, write_report(&valid_report()));
    assert!(text.starts_with("{\n  \"format\": \"nianbao-report\",\n  \"version\": 1,\n"));
    assert!(text.ends_with("\n}\n"));
    assert!(text.contains("\"fees\": \"9116.36\""));
    assert!(
        text.contains("\"agency\": \"某某区人民政府办公室\""),
        "non-ASCII stays readable"
    );
}
