//! The published pages of ../shared/samples/pages, through the HTML reader: navigation,
//! breadcrumbs, the title in the title bar, share buttons and the site footer around the report.

use super::*;

const PAGES: [&str; 4] = [
    "平潭综合实验区_2022",
    "平潭综合实验区_2024",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2023",
];

/// The reference left the preamble empty (its extraction did not read it). Where a transcribed
/// sample of the same report exists, its preamble is what the page holds; otherwise the
/// preamble must at least be sentences, none of the page's furniture.
fn preamble_is_right(name: &str, preamble: &str) {
    let sample = shared(&format!("samples/{name}.json"));
    if sample.is_file() {
        let expected = reference(&format!("samples/{name}.json"));
        assert_eq!(
            normalised(preamble),
            normalised(&expected.preamble),
            "{name}"
        );
    }
    for paragraph in preamble.lines() {
        assert!(
            paragraph.ends_with(['。', '：', '）']),
            "{name}: not a sentence of the preamble: {paragraph}"
        );
        assert!(!paragraph.starts_with("来源") && !paragraph.starts_with("时间"));
    }
}

#[test]
fn each_page_gives_its_reports_meta_and_narrative() {
    for name in PAGES {
        let page = shared_text(&format!("samples/pages/{name}.html"));
        let document = crate::import::html::read(&page);
        let (read, notes) = recognise(&document, SourceKind::Html);
        let expected = reference(&format!("samples/pages/{name}.json"));
        let context = format!("{name}\n{}", notes.to_text());
        assert_eq!(read.title, expected.meta.title, "{context}");
        assert_eq!(read.agency, expected.meta.agency, "{context}");
        assert_eq!(read.year, expected.meta.year, "{context}");
        assert_eq!(read.kind, expected.meta.kind, "{context}");
        assert_eq!(read.headings, 6, "{context}");
        preamble_is_right(name, &read.preamble);
        assert_eq!(
            normalised(&read.overview),
            normalised(&expected.overview),
            "{context}"
        );
        assert_eq!(
            normalised(&read.problems),
            normalised(&expected.problems),
            "{context}"
        );
        assert_eq!(
            normalised(&read.other_matters),
            normalised(&expected.other_matters),
            "{context}"
        );
        // The reference did not read 落款 and 成文日期; where a page prints them (市场监督管理局's
        // does) they are the agency and a day of the next year.
        if let Some(signature) = &read.signature {
            assert_eq!(signature, &expected.meta.agency, "{context}");
        }
        if let (Some(date), Some(year)) = (read.date, read.year) {
            assert_eq!(date.year, year + 1, "{context}");
        }
    }
}
