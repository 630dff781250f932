//! `nianbao convert` as an office uses it: every format by its extension, and nothing written
//! when the report cannot be read or the format is unknown.

mod common;

use common::{nianbao, sample, scratch, stderr};
use std::path::Path;
use std::process::Output;

/// `nianbao convert input -o output`.
fn convert(input: &str, output: &Path) -> Output {
    nianbao(&["convert", input, "-o", &output.to_string_lossy()])
}

#[test]
fn each_extension_gives_its_format() {
    let dir = scratch("formats");
    let input = sample("平潭综合实验区_2022");
    for (name, starts) in [
        ("报告.docx", &b"PK\x03\x04"[..]),
        ("报告.doc", "\u{FEFF}<html".as_bytes()),
        ("报告.HTML", "\u{FEFF}<html".as_bytes()),
        ("报告.json", b"{"),
    ] {
        let out = dir.join(name);
        let output = convert(&input, &out);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(starts), "{name}");
    }
    let html = std::fs::read_to_string(dir.join("报告.doc")).unwrap();
    assert!(html.contains("三、收到和处理政府信息公开申请情况"));
    // The JSON written reads back as the same report.
    let findings = |file: &str| {
        let output = nianbao(&["check", "--json", file]);
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|line| {
                let mut finding: serde_json::Value = serde_json::from_str(line).unwrap();
                finding.as_object_mut().unwrap().remove("file");
                finding
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        findings(&dir.join("报告.json").to_string_lossy()),
        findings(&input)
    );
}

#[test]
fn a_report_with_errors_is_converted_with_a_warning() {
    let dir = scratch("errors");
    let out = dir.join("公安局.docx");
    let output = convert(&sample("平潭综合实验区公安局_2021"), &out);
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr(&output).contains("个错误"), "{}", stderr(&output));
    assert!(out.is_file());
}

#[test]
fn bad_input_writes_nothing_and_exits_two() {
    let dir = scratch("bad");
    let broken = dir.join("坏.json");
    std::fs::write(&broken, "{\"format\": \"nianbao-report\", ").unwrap();
    let out = dir.join("输出.docx");
    let output = convert(&broken.to_string_lossy(), &out);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("坏.json"), "{}", stderr(&output));
    assert!(!out.exists(), "nothing written");

    let missing = convert(&dir.join("无.json").to_string_lossy(), &out);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("文件不存在"));
    assert!(!out.exists());

    // The report itself is never written over.
    let input = dir.join("自己.json");
    std::fs::copy(sample("八卦洲街道_2021"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let output = convert(&input.to_string_lossy(), &input);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("本身"), "{}", stderr(&output));
    assert_eq!(std::fs::read(&input).unwrap(), before);

    let unknown = dir.join("输出.pdf");
    let output = convert(&sample("八卦洲街道_2021"), &unknown);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(".docx"));
    assert!(!unknown.exists());
}
