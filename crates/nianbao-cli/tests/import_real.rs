//! The importer against what people really have: the four pages a portal published (navigation,
//! scripts, Word-pasted tables and all) give exactly the report beside each; the same page saved
//! in GBK gives the same report; the text a clerk copied out of Word (the seed) gives its report.

mod common;

use common::reports::{failures, meta_differences, narrative_differences, read, table_differences};
use nianbao::import::{charset, import, Imported, SourceKind};
use nianbao::layout::TextField;
use std::path::PathBuf;

const PAGES: [&str; 4] = [
    "平潭综合实验区_2022",
    "平潭综合实验区_2024",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2023",
];

fn page(name: &str) -> PathBuf {
    common::samples().join("pages").join(format!("{name}.html"))
}

fn seed() -> PathBuf {
    common::samples().join("../seeds/000_bafcd2ea084bb138.txt")
}

fn imported(bytes: &[u8], what: &str) -> Imported {
    import(bytes, charset::platform()).unwrap_or_else(|message| panic!("{what}: {message}"))
}

/// Everything of a page's import that must match its reference. The reference's extraction
/// did not read the preamble, 落款 or 成文日期 (pages/README.md): an importer that finds them is
/// not wrong, but what it finds must be the agency and a day of the following year.
fn page_differences(name: &str) -> Vec<String> {
    let bytes = std::fs::read(page(name)).unwrap();
    let got = imported(&bytes, name);
    let want = read(&page(name).with_extension("json"));
    let report = &got.report;
    let mut out = meta_differences(report, &want);
    out.extend(table_differences(report, &want));
    let fields = [
        TextField::Overview,
        TextField::Problems,
        TextField::OtherMatters,
    ];
    out.extend(narrative_differences(report, &want, &fields));
    if let Some(signature) = &report.meta.signature {
        if signature != &want.meta.agency {
            out.push(format!("meta.signature: {signature} is not the agency"));
        }
    }
    if let (Some(date), Some(year)) = (report.meta.date, want.meta.year) {
        if date.year != year + 1 {
            out.push(format!("meta.date: {} is not in {}", date.iso(), year + 1));
        }
    }
    if got.notes.source != SourceKind::Html {
        out.push(format!("read as {:?}, not as a page", got.notes.source));
    }
    if !out.is_empty() {
        out.push(format!("import report:\n{}", got.notes.to_text()));
    }
    out
}

#[test]
fn each_published_page_gives_exactly_its_report() {
    let results: Vec<(String, Vec<String>)> = PAGES
        .iter()
        .map(|name| (name.to_string(), page_differences(name)))
        .collect();
    let message = failures(&results);
    assert!(message.is_empty(), "{message}");
}

/// The page as a GBK portal serves it: every character in GBK, and the declaration saying so.
fn in_gbk(page: &str) -> Vec<u8> {
    let declared = page.replacen("charset=\"utf-8\"", "charset=\"gbk\"", 1);
    assert_ne!(declared, page, "the page declares its charset");
    let (bytes, _, _) = encoding_rs::GBK.encode(&declared);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the Chinese is GBK now"
    );
    bytes.into_owned()
}

#[test]
fn a_page_in_gbk_gives_the_same_report() {
    let name = "平潭综合实验区_2024";
    let utf8 = std::fs::read_to_string(page(name)).unwrap();
    let from_utf8 = imported(utf8.as_bytes(), name);
    let from_gbk = imported(&in_gbk(&utf8), "the GBK page");
    assert_eq!(from_gbk.notes.charset.as_deref(), Some("GBK"));
    assert_eq!(from_gbk.report, from_utf8.report);
    let want = read(&page(name).with_extension("json"));
    assert_eq!(
        table_differences(&from_gbk.report, &want),
        Vec::<String>::new()
    );
}

#[test]
fn the_text_copied_out_of_word_gives_its_report() {
    let got = imported(&std::fs::read(seed()).unwrap(), "the seed");
    let want = read(&common::samples().join("八卦洲街道_2021.json"));
    let context = got.notes.to_text();
    assert_eq!(got.notes.source, SourceKind::Text);
    assert_eq!(
        table_differences(&got.report, &want),
        Vec::<String>::new(),
        "{context}"
    );
    assert_eq!(
        meta_differences(&got.report, &want),
        Vec::<String>::new(),
        "{context}"
    );
    assert_eq!(
        narrative_differences(&got.report, &want, &TextField::ALL),
        Vec::<String>::new(),
        "{context}"
    );
    assert_eq!(got.report.meta.signature, want.meta.signature, "{context}");
    assert_eq!(got.report.meta.date, want.meta.date, "{context}");
}
