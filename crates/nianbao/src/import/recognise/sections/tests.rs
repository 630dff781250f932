//! The recogniser against the real inputs beside the repository (../shared): the seed, the
//! transcribed samples, the published pages; against hand-built documents for each variant the
//! brief names; and against random documents, which must never make it panic.

mod handmade;
mod pages;
mod pdf_text;
mod random;
mod samples;
mod seed;

use super::{read, SectionsRead};
use crate::import::document::{Block, Document};
use crate::import::notes::{ImportReport, SourceKind};
use crate::model::Report;
use std::path::PathBuf;

/// The folder shared by all projects of this machine: samples, seeds, pages.
fn shared(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(path)
}

fn shared_text(path: &str) -> String {
    let path = shared(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A reference report (JSON v1) of ../shared.
fn reference(path: &str) -> Report {
    let bytes = std::fs::read(shared(path)).expect("the reference JSON beside the sample");
    crate::json::read_report_bytes(&bytes).expect("a valid reference report")
}

/// Reads `document` as its source would be read, nothing consumed by the tables.
fn recognise(document: &Document, source: SourceKind) -> (SectionsRead, ImportReport) {
    let mut notes = ImportReport::new(source);
    let consumed = vec![false; document.blocks.len()];
    let read = read(document, &consumed, &mut notes);
    (read, notes)
}

/// Copied text read as the text reader reads it.
fn recognise_text(text: &str) -> (SectionsRead, ImportReport) {
    recognise(&crate::import::text::read(text), SourceKind::Text)
}

/// A document of paragraphs, as a .docx or a page gives them.
fn paragraphs(texts: &[&str]) -> Document {
    Document {
        blocks: texts
            .iter()
            .map(|t| Block::Paragraph((*t).to_owned()))
            .collect(),
    }
}

/// The comparison the brief sets: each paragraph trimmed (U+00A0 and U+3000 included), empty
/// ones dropped, joined with "\n".
fn normalised(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The three narrative fields read equal the expected report's, white space aside.
fn same_narrative(read: &SectionsRead, expected: &Report, context: &str) {
    for (got, want) in [
        (&read.overview, &expected.overview),
        (&read.problems, &expected.problems),
        (&read.other_matters, &expected.other_matters),
    ] {
        assert_eq!(normalised(got), normalised(want), "{context}");
    }
}

/// Every note's message, for asserting that something was said.
fn messages(notes: &[crate::import::notes::Note]) -> String {
    notes
        .iter()
        .map(|n| n.message.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}
