//! `nianbao import` and `nianbao check` on what people have instead of JSON: a .docx (ours,
//! and the same file renamed), a page a portal published, text copied out of Word. The kind is
//! told by content; the import report is printed; `-o` writes the report; `check` reads the same
//! files and finds what it finds in the JSON they came from.

mod common;

use common::reports::{read, table_differences};
use common::{nianbao, sample, scratch, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::Output;

fn page(name: &str) -> String {
    let path = common::samples().join(format!("pages/{name}.html"));
    path.to_string_lossy().into_owned()
}

fn seed() -> String {
    let path = common::samples().join("../seeds/000_bafcd2ea084bb138.txt");
    path.to_string_lossy().into_owned()
}

fn text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// `nianbao convert` of the sample `name` into `dir` as `file`.
fn converted(dir: &Path, name: &str, file: &str) -> PathBuf {
    let out = dir.join(file);
    let output = nianbao(&["convert", &sample(name), "-o", &text(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    out
}

/// Runs `nianbao import input -o out.json`, which must succeed, and reads what it wrote.
fn import_to_json(input: &str, dir: &Path) -> (Output, nianbao::Report) {
    let out = dir.join("out.json");
    let _ = std::fs::remove_file(&out);
    let output = nianbao(&["import", input, "-o", &text(&out)]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{input}: {}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    (output, read(&out))
}

fn assert_import_report(output: &Output, source: &str) {
    let printed = stdout(output);
    assert!(printed.starts_with(&format!("来源：{source}")), "{printed}");
    assert!(printed.contains("已识别（"), "{printed}");
    assert!(printed.contains("表三：175 个格中读到 175 个"), "{printed}");
    assert!(printed.contains("已写出"), "{printed}");
}

#[test]
fn a_docx_of_ours_is_imported_with_its_tables() {
    let dir = scratch("import-docx");
    let name = "平潭综合实验区公安局_2021";
    let docx = converted(&dir, name, "x.docx");
    let (output, report) = import_to_json(&text(&docx), &dir);
    assert_import_report(&output, "Word 文档（.docx）");
    let want = read(Path::new(&sample(name)));
    assert_eq!(table_differences(&report, &want), Vec::<String>::new());
    assert_eq!(report.meta.agency, want.meta.agency);
    assert_eq!(report.meta.year, want.meta.year);
}

#[test]
fn a_renamed_docx_is_told_by_its_content() {
    let dir = scratch("import-renamed");
    let docx = converted(&dir, "八卦洲街道_2021", "x.docx");
    let renamed = dir.join("x.bin");
    std::fs::copy(&docx, &renamed).unwrap();
    let as_docx = nianbao(&["import", &text(&docx)]);
    let as_bin = nianbao(&["import", &text(&renamed)]);
    assert_eq!(as_bin.status.code(), Some(0), "{}", stderr(&as_bin));
    assert!(stdout(&as_bin).starts_with("来源：Word 文档（.docx）"));
    assert_eq!(stdout(&as_bin), stdout(&as_docx));
    let (_, report) = import_to_json(&text(&renamed), &dir);
    let want = read(Path::new(&sample("八卦洲街道_2021")));
    assert_eq!(table_differences(&report, &want), Vec::<String>::new());
    // A saved page named .txt is still a page.
    let page_as_text = dir.join("page.txt");
    std::fs::copy(page("平潭综合实验区_2024"), &page_as_text).unwrap();
    let output = nianbao(&["import", &text(&page_as_text)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("来源：网页"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_published_page_is_imported_with_its_tables() {
    let dir = scratch("import-page");
    let name = "平潭综合实验区市场监督管理局_2023";
    let (output, report) = import_to_json(&page(name), &dir);
    assert_import_report(&output, "网页");
    let want = read(&common::samples().join(format!("pages/{name}.json")));
    assert_eq!(table_differences(&report, &want), Vec::<String>::new());
    assert_eq!(report.meta.agency, want.meta.agency);
    assert_eq!(report.meta.year, want.meta.year);
}

#[test]
fn copied_text_is_imported_with_its_tables() {
    let dir = scratch("import-text");
    let (output, report) = import_to_json(&seed(), &dir);
    assert_import_report(&output, "文字");
    let want = read(Path::new(&sample("八卦洲街道_2021")));
    assert_eq!(table_differences(&report, &want), Vec::<String>::new());
    // The copied title has no year: it is taken from 成文日期, and that is a doubt.
    assert!(
        stdout(&output).contains("存疑，请核对"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn json_output_names_the_source_and_every_note() {
    let dir = scratch("import-json");
    let docx = converted(&dir, "八卦洲街道_2021", "x.docx");
    for (input, source) in [
        (text(&docx), "docx"),
        (page("平潭综合实验区_2024"), "html"),
        (seed(), "text"),
    ] {
        let output = nianbao(&["import", "--json", &input]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let value: serde_json::Value =
            serde_json::from_str(&stdout(&output)).expect("one JSON document");
        assert_eq!(value["source"], source, "{input}");
        for list in ["found", "missing", "doubts", "ignored"] {
            assert!(value[list].is_array(), "{list} of {input}");
        }
        let found = value["found"].as_array().unwrap();
        assert!(
            found
                .iter()
                .any(|n| n["message"] == "表二：10 个格中读到 10 个"),
            "{input}: {found:?}"
        );
    }
}

#[test]
fn an_output_name_without_a_format_writes_nothing() {
    let dir = scratch("import-no-format");
    let out = dir.join("out.xyz");
    let output = nianbao(&["import", &seed(), "-o", &text(&out)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("out.xyz"), "{}", stderr(&output));
    assert!(!out.exists());
}

/// `check --json`'s findings without the file name: (rule, severity, path, message).
fn findings(file: &str) -> (Option<i32>, Vec<[String; 4]>, String) {
    let output = nianbao(&["check", "--json", file]);
    let lines = stdout(&output)
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            ["rule", "severity", "path", "message"]
                .map(|key| value[key].as_str().expect("a string").to_owned())
        })
        .collect();
    (output.status.code(), lines, stderr(&output))
}

#[test]
fn check_reads_a_docx_and_an_html_export_as_their_json() {
    let dir = scratch("check-exports");
    // A sample with errors (表三 does not balance) and a 落款 of its own, so the findings are
    // not empty and none of them comes from the writer's defaults.
    let name = "平潭综合实验区公安局_2021";
    let (status, from_json, _) = findings(&sample(name));
    assert_eq!(status, Some(1));
    assert!(!from_json.is_empty());
    for (file, source) in [("x.docx", "Word 文档（.docx）"), ("x.html", "网页")] {
        let exported = converted(&dir, name, file);
        let (status, found, said) = findings(&text(&exported));
        assert_eq!(status, Some(1), "{file}: {said}");
        assert_eq!(found, from_json, "{file}");
        assert!(said.contains(&format!("从{source}读入")), "{file}: {said}");
    }
}

#[test]
fn check_reads_copied_text_as_its_json() {
    let (status, from_json, _) = findings(&sample("八卦洲街道_2021"));
    let (text_status, from_text, said) = findings(&seed());
    assert_eq!(text_status, status, "{said}");
    assert_eq!(from_text, from_json);
    assert!(said.contains("从文字读入"), "{said}");
    let human = nianbao(&["check", &seed()]);
    assert!(stdout(&human).contains("未发现问题"), "{}", stdout(&human));
}

#[test]
fn check_reads_a_published_page_as_its_reference() {
    let name = "平潭综合实验区市场监督管理局_2023";
    let reference = common::samples().join(format!("pages/{name}.json"));
    let (json_status, from_json, _) = findings(&text(&reference));
    let (status, from_page, said) = findings(&page(name));
    // 表二 has no 规章 row: three blank cells, an error in both.
    assert_eq!((status, json_status), (Some(1), Some(1)), "{said}");
    assert!(said.contains("从网页读入"), "{said}");
    // The reference did not read 落款 and 成文日期 (pages/README.md); the page prints both and
    // the import finds them, so only the reference is told they are missing.
    let not_signature = |f: &&[String; 4]| f[0] != "META_SIGNATURE";
    let kept = |list: &[[String; 4]]| {
        list.iter()
            .filter(not_signature)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(kept(&from_page), kept(&from_json));
    assert!(
        from_page.iter().any(|f| f[0] == "CELL_BLANK"),
        "{from_page:?}"
    );
}
