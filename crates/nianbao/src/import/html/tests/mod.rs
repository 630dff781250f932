//! The reader on tricky snippets, on real portal pages, on the project's own export, and on
//! anything at all.

mod export;
mod fuzz;
mod pages;
mod snippets;

use crate::import::document::{Block, Cell, Document, Table};

/// The document as lines to compare: a paragraph's text, or 「table」 then one line a cell,
/// 「row,column rowspan×colspan text」.
fn outline(document: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for block in &document.blocks {
        match block {
            Block::Paragraph(text) => out.push(text.clone()),
            Block::Table(table) => {
                out.push("table".to_owned());
                out.extend(table.cells.iter().map(|c| {
                    format!(
                        "{},{} {}×{} {}",
                        c.row, c.column, c.rowspan, c.colspan, c.text
                    )
                }));
            }
        }
    }
    out
}

fn tables(document: &Document) -> Vec<&Table> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(table) => Some(table),
            Block::Paragraph(_) => None,
        })
        .collect()
}

fn paragraphs(document: &Document) -> Vec<&str> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(text) => Some(text.as_str()),
            Block::Table(_) => None,
        })
        .collect()
}

/// Text without any whitespace (`&nbsp;` and the ideographic space included), as the
/// recogniser compares labels.
fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The first cell of any table whose cleaned text is `label`, with its table.
fn find_cell<'d>(document: &'d Document, label: &str) -> Option<(&'d Table, &'d Cell)> {
    tables(document).into_iter().find_map(|table| {
        table
            .cells
            .iter()
            .find(|c| clean(&c.text) == label)
            .map(|cell| (table, cell))
    })
}

/// The cleaned texts of the cells covering `cell`'s first row to its right, left to right, a
/// cell spanning several columns once.
fn right_of(table: &Table, cell: &Cell) -> Vec<String> {
    let grid = table.grid();
    let mut out = Vec::new();
    let mut last = None;
    for slot in grid[cell.row].iter().skip(cell.column + cell.colspan) {
        if *slot != last {
            if let Some(index) = slot {
                out.push(clean(&table.cells[*index].text));
            }
            last = *slot;
        }
    }
    out
}
