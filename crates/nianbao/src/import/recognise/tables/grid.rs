//! A table block laid out on its grid, and turned into pieces row by row. Merged label cells are
//! seen once, in the row they start in; a merged *value* cell (a 0 spanning three rows, as some
//! portals print 表三（六）1–3) is seen again in every row it covers, marked as continued, so each
//! row still finds a value at each of its columns.
//!
//! Spans are taken from an untrusted reader: a grid larger than any report table could be is
//! refused rather than allocated.

use super::fold::{fold, without_numbering};
use super::stream::{Layout, Place, Stream};
use super::value::is_value_cell;
use crate::import::document::Table;

/// More grid positions than any table of a report, with its page shell, could have.
const MAX_POSITIONS: usize = 200_000;
/// The largest span HTML allows for a column (rowspan allows more; no report table needs it).
const MAX_SPAN: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct GridCell {
    pub row: usize,
    pub column: usize,
    pub rowspan: usize,
    pub colspan: usize,
    pub text: String,
    /// Folded, its numbering dropped: what a header cell is compared by.
    pub head: String,
    pub value: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Grid {
    /// The document block the table is.
    pub block: usize,
    pub width: usize,
    pub height: usize,
    pub cells: Vec<GridCell>,
    /// Per position (row-major): the index in `cells` of the cell covering it.
    occupant: Vec<Option<u32>>,
}

impl Grid {
    /// The table's grid; None when it is empty or absurdly large.
    pub fn new(block: usize, table: &Table) -> Option<Grid> {
        let cells: Vec<GridCell> = table
            .cells
            .iter()
            .map(|cell| {
                let value = is_value_cell(&cell.text);
                GridCell {
                    row: cell.row,
                    column: cell.column,
                    rowspan: cell.rowspan.clamp(1, MAX_SPAN),
                    colspan: cell.colspan.clamp(1, MAX_SPAN),
                    text: cell.text.trim().to_owned(),
                    head: if value {
                        String::new()
                    } else {
                        without_numbering(&fold(&cell.text)).to_owned()
                    },
                    value,
                }
            })
            .collect();
        let height = cells
            .iter()
            .map(|c| c.row.saturating_add(c.rowspan))
            .max()?;
        let width = cells
            .iter()
            .map(|c| c.column.saturating_add(c.colspan))
            .max()?;
        if height.checked_mul(width)? > MAX_POSITIONS || cells.len() > MAX_POSITIONS {
            return None;
        }
        let mut occupant = vec![None; height * width];
        for (index, cell) in cells.iter().enumerate() {
            for row in cell.row..cell.row + cell.rowspan {
                for column in cell.column..cell.column + cell.colspan {
                    occupant[row * width + column].get_or_insert(index as u32);
                }
            }
        }
        Some(Grid {
            block,
            width,
            height,
            cells,
            occupant,
        })
    }

    fn at(&self, row: usize, column: usize) -> Option<usize> {
        self.occupant[row * self.width + column].map(|i| i as usize)
    }

    /// Pushes the grid's pieces, row by row, each cell once per row at the first column it
    /// shows in; a label continued from a row above is left out, a value continued is kept.
    pub fn push_pieces(&self, stream: &mut Stream, grid: usize) {
        for row in 0..self.height {
            stream.next_row();
            let mut column = 0;
            while column < self.width {
                let Some(index) = self.at(row, column) else {
                    column += 1;
                    continue;
                };
                let mut end = column + 1;
                while end < self.width && self.at(row, end) == Some(index) {
                    end += 1;
                }
                let cell = &self.cells[index];
                let continued = cell.row != row;
                if !continued || cell.value {
                    let place = Place {
                        grid,
                        row,
                        column,
                        colspan: end - column,
                        continued,
                    };
                    stream.push(self.block, Layout::Grid, &cell.text, Some(place));
                }
                column = end;
            }
        }
    }

    /// The header: cells above the first row that holds a number.
    pub fn header_cells(&self) -> impl Iterator<Item = &GridCell> {
        let first_numbers = self
            .cells
            .iter()
            .filter(|c| c.value && c.text.chars().any(|ch| ch.is_ascii_digit()))
            .map(|c| c.row)
            .min()
            .unwrap_or(self.height);
        self.cells.iter().filter(move |c| c.row < first_numbers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::document::{Block, Cell, Document};

    #[test]
    fn a_value_merged_over_rows_is_seen_in_each_and_a_merged_label_once() {
        let table = Table {
            cells: vec![
                Cell::new(0, 0, "（六）其他处理").spans(2, 1),
                Cell::new(0, 1, "1.逾期不补正"),
                Cell::new(0, 2, "0").spans(2, 1),
                Cell::new(1, 1, "2.缴纳费用"),
            ],
        };
        let stream = Stream::new(&Document {
            blocks: vec![Block::Table(table)],
        });
        let texts: Vec<(&str, bool)> = stream
            .pieces
            .iter()
            .map(|p| (p.text.as_str(), p.place.unwrap().continued))
            .collect();
        assert_eq!(
            texts,
            [
                ("（六）其他处理", false),
                ("1.逾期不补正", false),
                ("0", false),
                ("2.缴纳费用", false),
                ("0", true),
            ]
        );
    }

    #[test]
    fn absurd_spans_are_refused_not_allocated() {
        let table = Table {
            cells: vec![Cell::new(usize::MAX - 1, 0, "0").spans(usize::MAX, usize::MAX)],
        };
        assert_eq!(Grid::new(0, &table), None);
        assert_eq!(Grid::new(0, &Table::default()), None);
    }
}
