//! The narrative fields' text: paragraphs as printed, trimmed, joined with "\n" (the reference
//! JSON's convention). Tables are not narrative, except inside a section the body inserted: the
//! reference keeps a 信息处理费 table of such a section as text, a row a line, cells separated by
//! U+3000, so the clerk sees what the body reported.

use super::lines::{trim, Line};
use crate::import::document::{Block, Document, Table};
use std::ops::Range;

/// The paragraphs of `range`, table cells of copied text left out.
pub(super) fn join(lines: &[Line], range: Range<usize>) -> String {
    let mut out = String::new();
    for line in lines.get(range).unwrap_or_default() {
        if line.is_text() {
            push_paragraph(&mut out, line.text);
        }
    }
    out
}

/// An inserted section: its heading line, then its body lines and tables in document order.
/// `blocks` is the document range the section covers.
pub(super) fn inserted(
    document: &Document,
    lines: &[Line],
    heading: usize,
    body: Range<usize>,
    blocks: Range<usize>,
) -> String {
    let mut out = String::new();
    if let Some(line) = lines.get(heading) {
        push_paragraph(&mut out, line.text);
    }
    let body = lines.get(body).unwrap_or_default();
    let mut next_line = body.iter().peekable();
    for (index, block) in document
        .blocks
        .iter()
        .enumerate()
        .take(blocks.end)
        .skip(blocks.start)
    {
        while let Some(line) = next_line.next_if(|l| l.block <= index) {
            if line.is_text() {
                push_paragraph(&mut out, line.text);
            }
        }
        if let Block::Table(table) = block {
            push_paragraph(&mut out, &table_text(table));
        }
    }
    for line in next_line.filter(|l| l.is_text()) {
        push_paragraph(&mut out, line.text);
    }
    out
}

/// A table as lines: each row's non-empty cells, in column order, separated by U+3000.
fn table_text(table: &Table) -> String {
    let mut cells: Vec<_> = table
        .cells
        .iter()
        .filter(|c| !trim(&c.text).is_empty())
        .collect();
    cells.sort_by_key(|c| (c.row, c.column));
    let mut out = String::new();
    let mut row = None;
    for cell in cells {
        if row.is_some_and(|r| r != cell.row) {
            out.push('\n');
        } else if row.is_some() {
            out.push('\u{3000}');
        }
        row = Some(cell.row);
        let text: Vec<&str> = cell
            .text
            .lines()
            .map(trim)
            .filter(|t| !t.is_empty())
            .collect();
        out.push_str(&text.join(""));
    }
    out
}

/// Appends a paragraph, "\n" between paragraphs. A paragraph's own line breaks (Word's 「↓」,
/// HTML's <br>) separate lines that are trimmed and kept like paragraphs.
pub(super) fn push_paragraph(out: &mut String, text: &str) {
    for line in text.split('\n').map(trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
}

/// The first characters of a paragraph, to name it in a note.
pub(super) fn excerpt(text: &str) -> String {
    const SHOWN: usize = 24;
    let mut chars = text.chars();
    let shown: String = chars.by_ref().take(SHOWN).collect();
    if chars.next().is_some() {
        format!("{shown}…")
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::document::Cell;

    #[test]
    fn a_table_reads_a_row_a_line() {
        let table = Table {
            cells: vec![
                Cell::new(0, 0, " "),
                Cell::new(0, 1, "通知收取件数"),
                Cell::new(0, 2, "实际收取金额（元）"),
                Cell::new(1, 1, "0"),
                Cell::new(1, 0, "信息处理费\n收取情况"),
                Cell::new(1, 2, "0"),
            ],
        };
        assert_eq!(
            table_text(&table),
            "通知收取件数\u{3000}实际收取金额（元）\n信息处理费收取情况\u{3000}0\u{3000}0"
        );
    }
}
