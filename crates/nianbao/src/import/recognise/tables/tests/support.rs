//! What the tests share: the shared folder's files, reading a document, and comparing what was
//! read with a reference report cell by cell.

use super::super::{read, TablesRead};
use crate::import::document::{Block, Cell, Document, Table};
use crate::import::notes::{ImportReport, SourceKind};
use crate::layout::{CellRole, PrintedTable, TableId, ValueCell};
use crate::model::{CountCell, Report};
use std::path::PathBuf;

/// A file of `shared/` (beside the repository root, here and in CI).
pub fn shared(path: &str) -> String {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(path);
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// A sample's reference report.
pub fn reference(json: &str) -> Report {
    crate::json::read_report(&shared(json)).unwrap_or_else(|e| panic!("{json}: {e:?}"))
}

pub fn run(document: &Document) -> (TablesRead, ImportReport) {
    let mut notes = ImportReport::new(SourceKind::Text);
    let read = read(document, &mut notes);
    (read, notes)
}

/// Every cell of the three tables where `read` differs from `expected`, as 「path: read ≠ expected」.
pub fn differences(read: &TablesRead, expected: &Report) -> Vec<String> {
    let mut got = expected.clone();
    got.proactive = read.proactive.clone();
    got.requests = read.requests;
    got.appeals = read.appeals;
    let mut out: Vec<String> = CountCell::all()
        .filter(|&cell| got.count(cell) != expected.count(cell))
        .map(|cell| {
            format!(
                "{}: {:?} ≠ {:?}",
                cell.path(),
                got.count(cell),
                expected.count(cell)
            )
        })
        .collect();
    if got.proactive.fees != expected.proactive.fees {
        out.push(format!(
            "proactive.fees: {:?} ≠ {:?}",
            got.proactive.fees.as_ref().map(ToString::to_string),
            expected.proactive.fees.as_ref().map(ToString::to_string)
        ));
    }
    out
}

/// The notes as lines, for assertion messages.
pub fn lines(notes: &ImportReport) -> String {
    notes.to_text()
}

/// Asserts that every cell of `read` is `expected`'s, showing the import report when not.
pub fn assert_same_tables(read: &TablesRead, notes: &ImportReport, expected: &Report, what: &str) {
    assert_eq!(
        differences(read, expected),
        Vec::<String>::new(),
        "{what}\n{}",
        lines(notes)
    );
}

/// A report whose every cell holds a different number (the n-th cell in printed order holds
/// n), so a number in the wrong cell shows; the fee is 24252.311082.
pub fn numbered() -> Report {
    let mut report = Report::blank("某局", 2023, crate::ReportKind::Department);
    for (n, cell) in CountCell::all().enumerate() {
        report.set_count(cell, Some(n as u64 + 1));
    }
    report.proactive.fees = crate::model::Amount::parse("24252.311082");
    report
}

/// Table `id` as the official layout prints it (spans and all), holding `report`'s values.
pub fn printed(id: TableId, report: &Report) -> Table {
    let layout = PrintedTable::new(id, report.template);
    let mut cells = Vec::new();
    for (row, placed) in layout.placed().iter().enumerate() {
        for place in placed.iter().filter(|p| p.starts) {
            let text = match place.cell.role {
                CellRole::Value(ValueCell::Count(cell)) => {
                    report.count(cell).map_or(String::new(), |n| n.to_string())
                }
                CellRole::Value(ValueCell::Fees) => report
                    .proactive
                    .fees
                    .as_ref()
                    .map_or(String::new(), ToString::to_string),
                _ => place.cell.text(),
            };
            cells.push(
                Cell::new(row, place.column, text).spans(place.cell.rowspan, place.cell.colspan),
            );
        }
    }
    Table { cells }
}

/// The three tables as grids, with a heading paragraph before each, as a page prints them.
pub fn printed_document(report: &Report) -> Document {
    let mut blocks = vec![Block::Paragraph("一、总体情况".into())];
    for id in TableId::ALL {
        blocks.push(Block::Paragraph(id.section().heading().into()));
        blocks.push(Block::Table(printed(id, report)));
    }
    blocks.push(Block::Paragraph("五、存在的主要问题及改进情况".into()));
    Document { blocks }
}

/// A table as HTML writes it: each row's cells left to right (text, rowspan, colspan), skipping
/// the columns that cells of rows above still cover.
pub fn html_table(rows: &[Vec<(&str, usize, usize)>]) -> Table {
    let mut covered: Vec<usize> = Vec::new();
    let mut cells = Vec::new();
    for (row, row_cells) in rows.iter().enumerate() {
        let mut column = 0;
        for &(text, rowspan, colspan) in row_cells {
            while covered.get(column).is_some_and(|&until| until > row) {
                column += 1;
            }
            cells.push(Cell::new(row, column, text).spans(rowspan, colspan));
            for c in column..column + colspan {
                if covered.len() <= c {
                    covered.resize(c + 1, 0);
                }
                covered[c] = row + rowspan;
            }
            column += colspan;
        }
    }
    Table { cells }
}

/// [`differences`] within table `id` alone.
pub fn differences_in(read: &TablesRead, expected: &Report, id: TableId) -> Vec<String> {
    let prefix = format!("{}.", id.section().key());
    differences(read, expected)
        .into_iter()
        .filter(|line| line.starts_with(&prefix))
        .collect()
}
