//! The four real portal pages, read by the HTML reader, give their reference JSON's tables,
//! every cell of them.

use super::support::{assert_same_tables, lines, reference, run, shared};
use crate::import::html;

const PAGES: [&str; 4] = [
    "平潭综合实验区_2022",
    "平潭综合实验区_2024",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2023",
];

#[test]
fn every_page_gives_its_references_tables() {
    for name in PAGES {
        let document = html::read(&shared(&format!("samples/pages/{name}.html")));
        let (read, notes) = run(&document);
        let expected = reference(&format!("samples/pages/{name}.json"));
        let report = lines(&notes);
        assert_same_tables(&read, &notes, &expected, name);
        assert_eq!(read.found, 3, "{name}\n{report}");
        assert!(notes.doubts.is_empty(), "{name}\n{report}");
        // The 市场监督管理局 page's 表二 has no 规章 row: said, and left blank.
        let missing: Vec<&str> = notes
            .missing
            .iter()
            .filter_map(|n| n.path.as_deref())
            .collect();
        let expected_missing: &[&str] = if name.contains("市场监督管理局") {
            &["proactive.regulations"]
        } else {
            &[]
        };
        assert_eq!(missing, expected_missing, "{name}\n{report}");
    }
}
