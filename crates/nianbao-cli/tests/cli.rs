//! The `nianbao check` command as an office uses it: real sample files, broken files, folders,
//! the two output forms and the three exit statuses.

mod common;

use common::{nianbao, sample, scratch, stderr, stdout};
use std::process::Output;

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON object"))
        .collect()
}

#[test]
fn a_clean_report_exits_zero() {
    let output = nianbao(&["check", &sample("八卦洲街道_2021")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).is_empty());
}

#[test]
fn an_unbalanced_report_exits_one_with_its_findings_as_json_lines() {
    let file = sample("平潭综合实验区公安局_2021");
    let output = nianbao(&["check", "--json", &file]);
    assert_eq!(output.status.code(), Some(1));
    let lines = json_lines(&output);
    let balance: Vec<_> = lines
        .iter()
        .filter(|line| line["rule"] == "T3_BALANCE")
        .map(|line| line["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        balance,
        [
            "requests.carried_forward.natural_person",
            "requests.carried_forward.total"
        ]
    );
    for line in &lines {
        assert_eq!(line["file"], file.as_str());
        for key in ["rule", "severity", "path", "message"] {
            assert!(line[key].is_string(), "{key} in {line}");
        }
        assert!(line["related"].is_array());
    }
    // Errors come before warnings.
    let severities: Vec<_> = lines
        .iter()
        .map(|l| l["severity"].as_str().unwrap())
        .collect();
    let mut sorted = severities.clone();
    sorted.sort_by_key(|s| *s != "error");
    assert_eq!(severities, sorted);
}

#[test]
fn human_output_is_chinese_with_one_line_per_finding() {
    let file = sample("平潭综合实验区公安局_2021");
    let human = nianbao(&["check", &file]);
    let json = nianbao(&["check", "--json", &file]);
    let text = stdout(&human);
    let lines: Vec<_> = text.lines().collect();
    assert!(lines[0].contains("个错误"), "{text}");
    assert_eq!(lines.len() - 1, json_lines(&json).len(), "{text}");
    assert!(text.contains("T3_BALANCE"));
    assert!(text.contains("错误"));
}

#[test]
fn missing_broken_and_folder_arguments_exit_two_and_the_rest_are_still_checked() {
    let dir = scratch("bad");
    let not_json = dir.join("坏文件.json");
    std::fs::write(&not_json, "{ 这不是 JSON").unwrap();
    let missing = dir.join("不存在.json");
    let good = sample("平潭综合实验区公安局_2021");
    let output = nianbao(&[
        "check",
        "--json",
        missing.to_str().unwrap(),
        not_json.to_str().unwrap(),
        dir.to_str().unwrap(),
        &good,
    ]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("不存在.json") && err.contains("文件不存在"),
        "{err}"
    );
    assert!(err.contains("坏文件.json"), "{err}");
    // The folder is walked now (tests/check_folders.rs): the broken file in it, already given
    // by name, is reported once.
    assert_eq!(err.matches("坏文件.json").count(), 1, "{err}");
    // The good file after the broken ones was still checked.
    assert!(json_lines(&output)
        .iter()
        .any(|l| l["rule"] == "T3_BALANCE"));
}

#[test]
fn an_invalid_document_names_the_path_inside_it() {
    let dir = scratch("invalid");
    let text = std::fs::read_to_string(sample("八卦洲街道_2021")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["requests"]["received"]["natural_person"] = serde_json::json!("三");
    let file = dir.join("错类型.json");
    std::fs::write(&file, value.to_string()).unwrap();
    let output = nianbao(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("错类型.json"), "{err}");
    assert!(err.contains("requests.received.natural_person"), "{err}");
}

#[test]
fn a_gbk_file_is_refused_naming_its_encoding() {
    let dir = scratch("gbk");
    // The seed report with its agency written in GBK (八卦洲 = B0 CB D8 D4 D6 DE), as a Windows
    // tool saves it by default.
    let text = std::fs::read_to_string(sample("八卦洲街道_2021")).unwrap();
    let at = text.find("八卦洲").unwrap();
    let mut bytes = text.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(b"\xB0\xCB\xD8\xD4\xD6\xDE");
    bytes.extend_from_slice(&text.as_bytes()[at + "八卦洲".len()..]);
    let file = dir.join("GBK编码.json");
    std::fs::write(&file, bytes).unwrap();
    let output = nianbao(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("GBK编码.json"), "{err}");
    assert!(err.contains("不是 UTF-8 编码"), "{err}");
    assert!(err.contains("GBK"), "{err}");
}

#[test]
fn last_year_brings_the_cross_year_checks() {
    let this_year = sample("平潭综合实验区公安局_2022");
    let alone = json_lines(&nianbao(&["check", "--json", &this_year]));
    assert!(!alone.iter().any(|l| l["rule"] == "CROSS_IN_FORCE"));
    let output = nianbao(&[
        "check",
        "--json",
        "--last-year",
        &sample("平潭综合实验区公安局_2021"),
        &this_year,
    ]);
    let lines = json_lines(&output);
    assert!(
        lines.iter().any(|l| l["rule"] == "CROSS_IN_FORCE"),
        "{lines:?}"
    );
    assert!(
        !lines.iter().any(|l| l["rule"] == "CROSS_CARRY"),
        "{lines:?}"
    );
}

#[test]
fn an_unreadable_last_year_exits_two_but_still_checks_the_files() {
    let output = nianbao(&[
        "check",
        "--last-year",
        "/nonexistent/上年.json",
        &sample("八卦洲街道_2021"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("上年.json"));
    assert!(stdout(&output).contains("八卦洲街道_2021"));
}

#[test]
fn usage_errors_exit_two() {
    let output = nianbao(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("用法"));
    assert_eq!(nianbao(&["--help"]).status.code(), Some(0));
}
