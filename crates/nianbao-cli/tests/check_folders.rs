//! `nianbao check FOLDER…`: folders walked in name order, only report-looking files taken from
//! them, hidden entries and links to folders skipped, each file checked once, and the summary
//! table (human and --json) after the files.

mod common;

use common::{nianbao, sample, samples, scratch, stderr, stdout};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A tree of reports, fresh for the test `name`:
///
/// ```text
/// 1_八卦洲.json            clean
/// 2_公安局.json            errors (T3_BALANCE)
/// 3_坏文件.json            not JSON: unreadable
/// 4_子目录/平潭.TXT        a text report (upper-case extension)
/// 4_子目录/更深/平潭.docx  exported by `nianbao convert`
/// 4_子目录/上级 -> ..      a link to a folder: not followed (unix)
/// 5_图.png                 not a report: skipped
/// .隐藏/八卦洲.json        hidden folder: skipped
/// .八卦洲.json             hidden file: skipped
/// ```
fn tree(name: &str) -> PathBuf {
    let root = scratch(name).join("年报");
    let _ = std::fs::remove_dir_all(&root);
    let deeper = root.join("4_子目录").join("更深");
    std::fs::create_dir_all(&deeper).unwrap();
    std::fs::create_dir_all(root.join(".隐藏")).unwrap();
    let clean = sample("八卦洲街道_2021");
    std::fs::copy(&clean, root.join("1_八卦洲.json")).unwrap();
    std::fs::copy(
        sample("平潭综合实验区公安局_2021"),
        root.join("2_公安局.json"),
    )
    .unwrap();
    std::fs::write(root.join("3_坏文件.json"), "{ 这不是 JSON").unwrap();
    std::fs::copy(
        samples().join("平潭综合实验区_2021.txt"),
        root.join("4_子目录").join("平潭.TXT"),
    )
    .unwrap();
    let docx = deeper.join("平潭.docx");
    let converted = nianbao(&[
        "convert",
        &sample("平潭综合实验区_2022"),
        "-o",
        docx.to_str().unwrap(),
    ]);
    assert_eq!(converted.status.code(), Some(0), "{}", stderr(&converted));
    std::fs::write(root.join("5_图.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::copy(&clean, root.join(".隐藏").join("八卦洲.json")).unwrap();
    std::fs::copy(&clean, root.join(".八卦洲.json")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", root.join("4_子目录").join("上级")).unwrap();
    root
}

/// The files of the tree that are checked, in the order they are checked.
fn expected(root: &Path) -> Vec<String> {
    [
        "1_八卦洲.json",
        "2_公安局.json",
        "3_坏文件.json",
        "4_子目录/平潭.TXT",
        "4_子目录/更深/平潭.docx",
    ]
    .iter()
    .map(|file| root.join(file).to_string_lossy().into_owned())
    .collect()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON object"))
        .collect()
}

/// The file each human-mode heading line names, in order (headings are `FILE：…`, unindented,
/// before the summary).
fn human_files(text: &str) -> Vec<String> {
    text.lines()
        .take_while(|line| !line.is_empty())
        .filter(|line| !line.starts_with(' '))
        .map(|line| line.split('：').next().unwrap().to_owned())
        .collect()
}

/// The summary rows of the human output: label → count, and the unreadable files listed.
fn human_summary(text: &str) -> (Vec<(String, usize)>, Vec<String>) {
    let (_, table) = text.split_once("\n\n汇总\n").expect("a summary table");
    let mut rows = Vec::new();
    let mut listed = Vec::new();
    for line in table.lines() {
        if let Some(file) = line.strip_prefix("    ") {
            listed.push(file.to_owned());
        } else {
            let mut words = line.split_whitespace();
            let label = words.next().unwrap().to_owned();
            rows.push((label, words.next().unwrap().parse().unwrap()));
        }
    }
    (rows, listed)
}

#[test]
fn a_folder_is_walked_in_name_order_and_summed_up() {
    let root = tree("walk");
    let output = nianbao(&["check", root.to_str().unwrap()]);
    // 3_坏文件.json cannot be read.
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let text = stdout(&output);
    let files = expected(&root);
    let readable: Vec<_> = files
        .iter()
        .filter(|f| !f.contains("坏文件"))
        .cloned()
        .collect();
    assert_eq!(human_files(&text), readable, "{text}");
    assert!(text.contains("1_八卦洲.json：未发现问题"), "{text}");
    assert!(text.contains("T3_BALANCE"), "{text}");
    let err = stderr(&output);
    assert!(err.contains("3_坏文件.json"), "{err}");
    for skipped in ["隐藏", ".八卦洲", "5_图.png", "上级"] {
        assert!(!text.contains(skipped), "{skipped}: {text}");
        assert!(!err.contains(skipped), "{skipped}: {err}");
    }

    // The counts agree with the findings the same files give in --json mode.
    let json = nianbao(&["check", "--json", root.to_str().unwrap()]);
    let lines = json_lines(&json);
    let with = |severity: &str| {
        lines
            .iter()
            .filter(|l| l["severity"] == severity)
            .map(|l| l["file"].as_str().unwrap().to_owned())
            .collect::<BTreeSet<_>>()
            .len()
    };
    let (with_errors, with_warnings) = (with("error"), with("warning"));
    assert_eq!(with_errors, 1, "only 2_公安局.json has errors");
    let (rows, listed) = human_summary(&text);
    let rows: Vec<_> = rows.iter().map(|(l, n)| (l.as_str(), *n)).collect();
    assert_eq!(
        rows,
        [
            ("文件数", 5),
            ("可读取", 4),
            ("有错误", with_errors),
            ("有提醒", with_warnings),
            ("无法读取", 1),
        ],
        "{text}"
    );
    assert_eq!(listed, [files[2].clone()]);
}

#[test]
fn json_mode_ends_with_one_summary_line() {
    let root = tree("json");
    let output = nianbao(&["check", "--json", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let lines = json_lines(&output);
    let (summary, findings) = lines.split_last().unwrap();
    assert!(findings.iter().all(|l| l.get("summary").is_none()));
    // The findings come file by file, in the walk's order.
    let mut order: Vec<String> = Vec::new();
    for line in findings {
        let file = line["file"].as_str().unwrap().to_owned();
        if order.last() != Some(&file) {
            order.push(file);
        }
    }
    let files = expected(&root);
    let with_findings: Vec<_> = files[1..]
        .iter()
        .filter(|f| !f.contains("坏文件"))
        .cloned()
        .collect();
    assert_eq!(order, with_findings);
    let warned = findings
        .iter()
        .filter(|l| l["severity"] == "warning")
        .map(|l| l["file"].as_str().unwrap())
        .collect::<BTreeSet<_>>()
        .len();
    assert_eq!(
        summary,
        &serde_json::json!({"summary": {
            "files": 5,
            "readable": 4,
            "with_errors": 1,
            "with_warnings": warned,
            "unreadable": 1,
            "unreadable_files": [files[2]],
        }})
    );
}

#[test]
fn a_file_reached_twice_is_checked_once() {
    let root = tree("twice");
    let inside = root.join("2_公安局.json");
    let sub = root.join("4_子目录");
    let output = nianbao(&[
        "check",
        "--json",
        inside.to_str().unwrap(),
        root.to_str().unwrap(),
        root.to_str().unwrap(),
        sub.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let lines = json_lines(&output);
    let summary = &lines.last().unwrap()["summary"];
    assert_eq!(summary["files"], 5, "{summary}");
    assert_eq!(summary["unreadable"], 1, "{summary}");
    // The file given first is checked first, and not again when its folder is walked.
    assert_eq!(lines[0]["file"], inside.to_str().unwrap());
    let balance = lines.iter().filter(|l| l["rule"] == "T3_BALANCE").count();
    assert_eq!(balance, 2, "two findings of one file, once");
    // The broken file is reported once.
    assert_eq!(stderr(&output).matches("3_坏文件.json").count(), 1);
}

#[test]
fn a_file_given_by_name_is_checked_whatever_its_extension() {
    let root = tree("named");
    let odd = root.join("年报.备份");
    std::fs::copy(sample("平潭综合实验区公安局_2021"), &odd).unwrap();
    let output = nianbao(&["check", odd.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("T3_BALANCE"), "{text}");
    // One file and no folder: no summary.
    assert!(!text.contains("汇总"), "{text}");
    // The same file is not taken from its folder (the extension is not a report's).
    let output = nianbao(&["check", "--json", root.to_str().unwrap()]);
    assert!(!stdout(&output).contains("年报.备份"));
}

#[test]
fn a_clean_folder_exits_zero_and_errors_exit_one() {
    let dir = scratch("clean").join("报告");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("乙")).unwrap();
    std::fs::copy(sample("八卦洲街道_2021"), dir.join("甲.json")).unwrap();
    let output = nianbao(&["check", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (rows, listed) = human_summary(&stdout(&output));
    assert_eq!(rows[0], ("文件数".to_owned(), 1));
    assert_eq!(rows[4], ("无法读取".to_owned(), 0));
    assert!(listed.is_empty());

    std::fs::copy(
        sample("平潭综合实验区公安局_2021"),
        dir.join("乙").join("公安局.JSON"),
    )
    .unwrap();
    let output = nianbao(&["check", "--json", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let lines = json_lines(&output);
    let summary = &lines.last().unwrap()["summary"];
    assert_eq!(summary["files"], 2);
    assert_eq!(summary["with_errors"], 1);
    assert_eq!(summary["unreadable_files"], serde_json::json!([]));

    // A folder with no reports in it: a summary of nothing, exit 0.
    let empty = scratch("clean").join("空");
    std::fs::create_dir_all(&empty).unwrap();
    let output = nianbao(&["check", "--json", empty.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json_lines(&output).last().unwrap()["summary"]["files"], 0);
}
