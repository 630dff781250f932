//! Every sample report exported by the project's own .docx writer reads back with its six
//! headings and its three tables, each cell at the grid position, with the spans and the exact
//! text the layout prints.

use super::*;
use crate::export::{export, value_text, Format};
use crate::import::document::Cell;
use crate::layout::{CellRole, PrintedTable, Section, TableId};
use crate::model::Report;

pub fn samples() -> Vec<(String, Report)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the samples beside the repository") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let report = crate::json::read_report(&text).unwrap();
            out.push((path.display().to_string(), report));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

pub fn sample() -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/samples/八卦洲街道_2021.json");
    crate::json::read_report(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The cells the exporter prints for table `id`: every cell where it starts, with its spans and
/// its text (a label's lines joined with '\n', a value as printed).
fn printed_cells(report: &Report, id: TableId) -> Vec<Cell> {
    let table = PrintedTable::new(id, report.template);
    let mut out = Vec::new();
    for (row, placed) in table.placed().iter().enumerate() {
        for p in placed.iter().filter(|p| p.starts) {
            let text = match p.cell.role {
                CellRole::Value(value) => value_text(report, value),
                _ => p.cell.lines.join("\n"),
            };
            out.push(Cell::new(row, p.column, text).spans(p.cell.rowspan, p.cell.colspan));
        }
    }
    out
}

#[test]
fn the_sample_reads_back_with_its_headings_and_tables() {
    let report = sample();
    let document = read_ok(&export(&report, Format::Docx));
    let paragraphs = outline(&document);
    for section in Section::ALL {
        assert!(
            paragraphs.contains(&section.heading()),
            "{} missing from {paragraphs:?}",
            section.heading()
        );
    }
    let tables = tables(&document);
    assert!(tables.len() >= 3, "{} tables", tables.len());
    for (table, id) in tables.iter().zip(TableId::ALL) {
        assert_eq!(table.cells, printed_cells(&report, id), "{}", id.name());
    }
    // Numbers as printed, at the place the layout gives them.
    let requests = tables[1];
    assert!(requests
        .cells
        .iter()
        .any(|c| c.text == "三、本年度办理结果" && c.rowspan > 1));
}

#[test]
fn every_sample_reads_back_cell_for_cell() {
    let samples = samples();
    assert!(samples.len() >= 10, "{} samples", samples.len());
    for (path, report) in samples {
        let document = read_ok(&export(&report, Format::Docx));
        let tables = tables(&document);
        assert_eq!(tables.len(), 3, "{path}");
        for (table, id) in tables.iter().zip(TableId::ALL) {
            assert_eq!(
                table.cells,
                printed_cells(&report, id),
                "{path}: {}",
                id.name()
            );
        }
        let title = report.title();
        let first = outline(&document).concat();
        assert!(
            first.contains(title.trim_end_matches("政府信息公开工作年度报告")),
            "{path}: title"
        );
    }
}
