//! One table as it is read: cells placed on the grid by the HTML table algorithm — each cell
//! pushed right past the slots rowspans from above still hold, rows and cells closed implicitly
//! by the next one — and, at its end, either a data table or, for a layout table, its contents.

use super::sink::Sink;
use crate::import::document::{Block, Cell, Table};

/// The widest grid read: HTML caps colspan at 1000, and this caps where a cell may still reach,
/// so a hostile page cannot make the grid huge.
pub(super) const MAX_COLUMNS: usize = 1000;

/// The largest rowspan or colspan taken as written.
pub(super) const MAX_SPAN: usize = 1000;

/// A cell being read or read: where it sits and what it holds.
#[derive(Debug)]
struct PlacedCell {
    row: usize,
    column: usize,
    rowspan: usize,
    colspan: usize,
    content: Sink,
}

#[derive(Debug, Default)]
pub(super) struct TableBuilder {
    cells: Vec<PlacedCell>,
    open: Option<PlacedCell>,
    /// Rows started so far: the open row, if any, is the last of them.
    rows: usize,
    in_row: bool,
    /// Where the next cell of the open row goes, before skipping covered slots.
    cursor: usize,
    /// Per column, the first row no longer covered by a rowspan from above.
    covered_until: Vec<usize>,
    /// The first cell of the row group being read.
    group_start: usize,
}

impl TableBuilder {
    /// The content of the open cell, if a cell is open.
    pub(super) fn open_cell(&mut self) -> Option<&mut Sink> {
        self.open.as_mut().map(|cell| &mut cell.content)
    }

    pub(super) fn has_open_cell(&self) -> bool {
        self.open.is_some()
    }

    /// `<tr>`: ends the open row, if any, and starts the next.
    pub(super) fn start_row(&mut self) {
        self.end_row();
        self.in_row = true;
        self.rows += 1;
        self.cursor = 0;
    }

    /// `</tr>`, or what ends a row implicitly.
    pub(super) fn end_row(&mut self) {
        self.close_cell();
        self.in_row = false;
    }

    /// `<td>`/`<th>`: ends the open cell, starts a row if none is open (a missing `<tr>`), and
    /// places the new cell at the first slot no rowspan from above holds.
    pub(super) fn start_cell(&mut self, rowspan: usize, colspan: usize) {
        self.close_cell();
        if !self.in_row {
            self.start_row();
        }
        let row = self.rows - 1;
        while self
            .covered_until
            .get(self.cursor)
            .is_some_and(|&end| end > row)
        {
            self.cursor += 1;
        }
        let column = self.cursor;
        let colspan = colspan.clamp(1, MAX_COLUMNS.saturating_sub(column).max(1));
        let rowspan = rowspan.max(1);
        if self.covered_until.len() < column + colspan {
            self.covered_until.resize(column + colspan, 0);
        }
        for end in &mut self.covered_until[column..column + colspan] {
            *end = row + rowspan;
        }
        self.cursor = column + colspan;
        self.open = Some(PlacedCell {
            row,
            column,
            rowspan,
            colspan,
            content: Sink::default(),
        });
    }

    /// `</td>`, or what ends a cell implicitly.
    pub(super) fn close_cell(&mut self) {
        if let Some(mut cell) = self.open.take() {
            cell.content.end_paragraph();
            self.cells.push(cell);
        }
    }

    /// `<tbody>` and its kin, or the table's end: a rowspan stops at the end of its row group,
    /// as browsers draw it, and covers nothing in the next.
    pub(super) fn end_group(&mut self) {
        self.end_row();
        let rows = self.rows;
        for cell in &mut self.cells[self.group_start..] {
            cell.rowspan = cell.rowspan.min(rows - cell.row);
        }
        self.covered_until.clear();
        self.group_start = self.cells.len();
    }

    /// The table read: a data table, or — when a cell holds a table, or the table is a single
    /// cell framing the page — the blocks of its cells in reading order, for it only lays them
    /// out.
    pub(super) fn finish(mut self) -> Vec<Block> {
        self.end_group();
        let holds_table = self.cells.iter().any(|cell| {
            cell.content
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Table(_)))
        });
        if holds_table || self.cells.len() == 1 {
            return self
                .cells
                .into_iter()
                .flat_map(|cell| cell.content.blocks)
                .collect();
        }
        if self.cells.is_empty() {
            return Vec::new();
        }
        let cells = self.cells.into_iter().map(data_cell).collect();
        vec![Block::Table(Table { cells })]
    }
}

/// A data cell: its paragraphs joined with '\n'.
fn data_cell(cell: PlacedCell) -> Cell {
    let lines: Vec<String> = cell
        .content
        .blocks
        .into_iter()
        .filter_map(|block| match block {
            Block::Paragraph(text) => Some(text),
            Block::Table(_) => None,
        })
        .collect();
    Cell::new(cell.row, cell.column, lines.join("\n")).spans(cell.rowspan, cell.colspan)
}

/// A rowspan or colspan attribute's value by HTML's rules for non-negative integers (leading
/// whitespace and '+' allowed, digits up to the first other character: 「3px」 is 3); missing,
/// not a number, or 0 is 1, and spans are capped at [`MAX_SPAN`].
pub(super) fn span(value: Option<&[u8]>) -> usize {
    let Some(value) = value else { return 1 };
    let start = value
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(value.len());
    let rest = &value[start..];
    let rest = rest.strip_prefix(b"+").unwrap_or(rest);
    let mut number: usize = 0;
    for digit in rest.iter().take_while(|b| b.is_ascii_digit()) {
        number = number
            .saturating_mul(10)
            .saturating_add(usize::from(digit - b'0'));
    }
    number.clamp(1, MAX_SPAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell_text(builder: &mut TableBuilder, text: &str) {
        if let Some(content) = builder.open_cell() {
            content.line.push(text);
        }
    }

    fn cells(blocks: Vec<Block>) -> Vec<Cell> {
        match blocks.as_slice() {
            [Block::Table(table)] => table.cells.clone(),
            other => panic!("not one table: {other:?}"),
        }
    }

    #[test]
    fn spans_are_read_as_html_reads_them() {
        assert_eq!(span(None), 1);
        assert_eq!(span(Some(b"3")), 3);
        assert_eq!(span(Some(b" +2px")), 2);
        assert_eq!(span(Some(b"0")), 1);
        assert_eq!(span(Some(b"abc")), 1);
        assert_eq!(span(Some(b"-2")), 1);
        assert_eq!(span(Some(b"99999999999999999999999")), MAX_SPAN);
    }

    #[test]
    fn cells_go_past_the_slots_rowspans_hold() {
        let mut table = TableBuilder::default();
        table.start_row();
        table.start_cell(2, 1);
        cell_text(&mut table, "a");
        table.start_cell(1, 1);
        cell_text(&mut table, "b");
        table.start_cell(2, 1);
        cell_text(&mut table, "c");
        table.start_row();
        table.start_cell(1, 1);
        cell_text(&mut table, "d");
        table.start_cell(1, 1);
        cell_text(&mut table, "e");
        let cells = cells(table.finish());
        assert_eq!(
            cells,
            vec![
                Cell::new(0, 0, "a").spans(2, 1),
                Cell::new(0, 1, "b"),
                Cell::new(0, 2, "c").spans(2, 1),
                Cell::new(1, 1, "d"),
                Cell::new(1, 3, "e"),
            ]
        );
    }

    #[test]
    fn a_rowspan_stops_at_the_end_of_its_row_group() {
        let mut table = TableBuilder::default();
        table.start_cell(3, 1);
        cell_text(&mut table, "head");
        table.start_cell(1, 1);
        table.end_group();
        table.start_cell(1, 1);
        cell_text(&mut table, "body");
        table.start_cell(1, 1);
        let cells = cells(table.finish());
        assert_eq!(cells[0], Cell::new(0, 0, "head"));
        assert_eq!(cells[2], Cell::new(1, 0, "body"));
    }

    #[test]
    fn a_single_cell_frames_the_page_and_is_no_table() {
        let mut table = TableBuilder::default();
        table.start_cell(1, 1);
        cell_text(&mut table, "一、总体情况");
        assert_eq!(
            table.finish(),
            vec![Block::Paragraph("一、总体情况".into())]
        );
        assert_eq!(TableBuilder::default().finish(), Vec::new());
    }

    #[test]
    fn the_grid_stays_within_its_widest() {
        let mut table = TableBuilder::default();
        for _ in 0..5 {
            table.start_cell(1, MAX_SPAN);
        }
        let cells = cells(table.finish());
        let widest = cells.iter().map(|c| c.column + c.colspan).max();
        assert!(widest <= Some(MAX_COLUMNS + 4), "{widest:?}");
    }
}
