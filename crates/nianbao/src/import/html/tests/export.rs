//! The project's own Word-ready HTML read back: every table cell where the exporter's grid
//! description puts it, with its label or number and its spans.

use super::tables;
use crate::export::{export, value_text, Format};
use crate::import::document::Cell;
use crate::import::html::read;
use crate::layout::{CellRole, PrintedTable, TableId};

fn report() -> crate::model::Report {
    let path = format!(
        "{}/../../../shared/samples/八卦洲街道_2021.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("the sample report");
    crate::json::read_report(&text).expect("the sample report reads")
}

#[test]
fn the_exported_tables_read_back_as_printed() {
    let report = report();
    let bytes = export(&report, Format::Html);
    let html = String::from_utf8(bytes).expect("the export is UTF-8");
    let document = read(&html);
    let read_tables = tables(&document);
    assert_eq!(read_tables.len(), TableId::ALL.len());
    for (table, id) in read_tables.into_iter().zip(TableId::ALL) {
        let printed = PrintedTable::new(id, report.template);
        let mut expected = Vec::new();
        for (row, placed) in printed.placed().iter().enumerate() {
            for p in placed.iter().filter(|p| p.starts) {
                let text = match p.cell.role {
                    CellRole::Value(value) => value_text(&report, value),
                    _ => p.cell.lines.join("\n"),
                };
                expected.push(Cell::new(row, p.column, text).spans(p.cell.rowspan, p.cell.colspan));
            }
        }
        assert_eq!(table.cells, expected, "{}", id.name());
    }
}

#[test]
fn the_exported_headings_and_title_are_paragraphs() {
    let report = report();
    let html = String::from_utf8(export(&report, Format::Html)).expect("UTF-8");
    let document = read(&html);
    let paragraphs = super::paragraphs(&document);
    for section in crate::layout::Section::ALL {
        assert!(
            paragraphs.contains(&section.heading()),
            "{}",
            section.heading()
        );
    }
    let title: String = paragraphs[..2].concat();
    assert!(report.title().starts_with(paragraphs[0]), "{paragraphs:?}");
    assert!(title.contains("政府信息公开工作年度报告"), "{title}");
}
