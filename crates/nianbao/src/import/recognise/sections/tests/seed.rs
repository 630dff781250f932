//! The seed: a real report's Word text copy, tables flattened one cell a line.

use super::*;
use crate::layout::ReportKind;
use crate::model::Date;

#[test]
fn the_seed_gives_its_reports_meta_and_narrative_exactly() {
    let (read, notes) = recognise_text(&shared_text("seeds/000_bafcd2ea084bb138.txt"));
    let expected = reference("samples/八卦洲街道_2021.json");
    assert_eq!(read.agency, expected.meta.agency);
    assert_eq!(read.year, expected.meta.year);
    assert_eq!(read.kind, expected.meta.kind);
    assert_eq!(read.kind, ReportKind::Department);
    assert_eq!(read.title, expected.meta.title);
    assert_eq!(read.signature, expected.meta.signature);
    assert_eq!(read.date, expected.meta.date);
    assert_eq!(read.date, Date::new(2022, 1, 14));
    assert_eq!(read.preamble, expected.preamble);
    assert_eq!(read.overview, expected.overview);
    assert_eq!(read.problems, expected.problems);
    assert_eq!(read.other_matters, expected.other_matters);
    assert_eq!(read.headings, 6);
    assert!(notes.missing.is_empty(), "{:?}", notes.missing);
    // The title has no year: it comes from the date, and says so.
    assert!(
        messages(&notes.doubts).contains("成文日期"),
        "{:?}",
        notes.doubts
    );
}

#[test]
fn the_seed_with_its_table_lines_consumed_gives_the_same() {
    let document = crate::import::text::read(&shared_text("seeds/000_bafcd2ea084bb138.txt"));
    // What the table recogniser will do: the lines from heading 二 to heading 五 are its tables'.
    // Even if it takes the headings 二、三、四 as its tables' captions, they are still headings.
    let position = |words: &str| {
        document
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph(t) if t.starts_with(words)))
            .unwrap()
    };
    let tables = position("二、主动公开")..position("五、存在");
    let consumed: Vec<bool> = (0..document.blocks.len())
        .map(|i| tables.contains(&i))
        .collect();
    let mut notes = ImportReport::new(SourceKind::Text);
    let read = read(&document, &consumed, &mut notes);
    let expected = reference("samples/八卦洲街道_2021.json");
    assert_eq!(read.overview, expected.overview);
    assert_eq!(read.problems, expected.problems);
    assert_eq!(read.other_matters, expected.other_matters);
    assert_eq!(read.headings, 6, "{}", notes.to_text());
}
