//! A Word table's rows, as WordprocessingML lists them, placed on the grid. Word writes a row as
//! the cells that start in it: `gridBefore` grid columns left empty in front, each cell
//! `gridSpan` columns wide, and a cell merged down as a cell of its own on every row it covers
//! (`vMerge`: "restart" on the first, "continue" — or no value — below). Old files merge across
//! with `hMerge` the same way. Here each merged group becomes the one cell it looks like, with
//! its spans, and the cells it swallowed are not listed.

use crate::import::document::{Cell, Table};
use std::collections::HashMap;

/// Widest a cell may claim to be, in grid columns: Word's own table has at most 63 columns, and
/// a bounded span keeps a hostile file from asking the recogniser for a grid of 10⁹ columns.
pub const MAX_SPAN: usize = 63;

/// How a cell takes part in a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Merge {
    #[default]
    None,
    Restart,
    Continue,
}

impl Merge {
    /// The merge a `w:vMerge`/`w:hMerge` element's `w:val` says: only "restart" starts one;
    /// "continue" and no value at all continue.
    pub fn from_val(val: Option<&str>) -> Merge {
        match val {
            Some("restart") => Merge::Restart,
            _ => Merge::Continue,
        }
    }
}

/// One `w:tc` as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordCell {
    pub span: usize,
    pub vertical: Merge,
    pub horizontal: Merge,
    pub text: String,
}

/// One `w:tr` as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordRow {
    /// `w:gridBefore`: empty grid columns in front of the first cell.
    pub before: usize,
    pub cells: Vec<WordCell>,
}

/// The table the rows describe. A continuing cell without a group to continue (nothing above
/// it, or the cell above did not merge) is a cell of its own, as ECMA-376 says. A continuing
/// cell's text, which Word shows under the first cell's, is added to the group's.
pub fn place(rows: Vec<WordRow>) -> Table {
    let mut cells: Vec<Cell> = Vec::new();
    // For each grid column, the cell last merged down through it.
    let mut merging: HashMap<usize, usize> = HashMap::new();
    for (row, word_row) in rows.into_iter().enumerate() {
        let mut column = word_row.before.min(MAX_SPAN);
        let mut previous: Option<usize> = None;
        for word_cell in word_row.cells {
            let span = word_cell.span.clamp(1, MAX_SPAN);
            let here = column;
            column = column.saturating_add(span);
            if word_cell.horizontal == Merge::Continue {
                if let Some(index) = previous {
                    if widen(&mut cells[index], row, here, span, &mut merging, index) {
                        append(&mut cells[index].text, &word_cell.text);
                        continue;
                    }
                }
            }
            if word_cell.vertical == Merge::Continue {
                if let Some(&index) = merging.get(&here) {
                    if lengthen(&mut cells[index], row) {
                        append(&mut cells[index].text, &word_cell.text);
                        previous = Some(index);
                        continue;
                    }
                }
            }
            let index = cells.len();
            cells.push(Cell::new(row, here, word_cell.text).spans(1, span));
            if word_cell.vertical == Merge::Restart {
                for c in here..here.saturating_add(span) {
                    merging.insert(c, index);
                }
            }
            previous = Some(index);
        }
    }
    Table { cells }
}

/// Lets `cell` cover `span` more columns from `column` on the row `row` (an `hMerge`
/// continuation). True when it does or already did: a cell merged down and across is continued
/// in both directions on its lower rows.
fn widen(
    cell: &mut Cell,
    row: usize,
    column: usize,
    span: usize,
    merging: &mut HashMap<usize, usize>,
    index: usize,
) -> bool {
    if cell.covers(row, column) {
        return true;
    }
    let adjacent = cell.column.checked_add(cell.colspan) == Some(column);
    if cell.row != row || !adjacent {
        return false;
    }
    cell.colspan = cell.colspan.saturating_add(span);
    if merging.get(&cell.column) == Some(&index) {
        for c in column..column.saturating_add(span) {
            merging.insert(c, index);
        }
    }
    true
}

/// Lets `cell` cover row `row` too (a `vMerge` continuation). True when it does: it reached the
/// row above, or it already reaches this one (the same group continued in a further column).
fn lengthen(cell: &mut Cell, row: usize) -> bool {
    let below = cell.row.saturating_add(cell.rowspan);
    if below == row {
        cell.rowspan += 1;
        true
    } else {
        below == row.saturating_add(1)
    }
}

fn append(text: &mut String, more: &str) {
    if more.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(more);
}

#[cfg(test)]
mod tests {
    use super::*;

    impl WordCell {
        fn new(text: &str) -> WordCell {
            WordCell {
                span: 1,
                vertical: Merge::None,
                horizontal: Merge::None,
                text: text.to_owned(),
            }
        }
    }

    fn cell(text: &str, span: usize, vertical: Merge) -> WordCell {
        WordCell {
            span,
            vertical,
            ..WordCell::new(text)
        }
    }

    #[test]
    fn a_group_merged_down_and_across_is_one_cell() {
        let restart = |text: &str| WordCell {
            vertical: Merge::Restart,
            horizontal: Merge::Restart,
            ..WordCell::new(text)
        };
        let continues = |vertical| WordCell {
            vertical,
            horizontal: Merge::Continue,
            ..WordCell::new("")
        };
        let rows = vec![
            WordRow {
                before: 0,
                cells: vec![
                    restart("合并"),
                    continues(Merge::Restart),
                    WordCell::new("右"),
                ],
            },
            WordRow {
                before: 0,
                cells: vec![
                    WordCell {
                        vertical: Merge::Continue,
                        horizontal: Merge::Restart,
                        ..WordCell::new("")
                    },
                    continues(Merge::Continue),
                    WordCell::new("右下"),
                ],
            },
        ];
        let table = place(rows);
        assert_eq!(
            table.cells,
            vec![
                Cell::new(0, 0, "合并").spans(2, 2),
                Cell::new(0, 2, "右"),
                Cell::new(1, 2, "右下"),
            ]
        );
    }

    #[test]
    fn a_continuation_with_nothing_to_continue_is_a_cell_of_its_own() {
        let rows = vec![
            WordRow {
                before: 0,
                cells: vec![cell("甲", 1, Merge::Continue), cell("乙", 1, Merge::None)],
            },
            WordRow {
                before: 0,
                cells: vec![cell("丙", 1, Merge::None), cell("丁", 1, Merge::Continue)],
            },
        ];
        let table = place(rows);
        assert_eq!(table.cells.len(), 4);
        assert!(table.cells.iter().all(|c| c.rowspan == 1));
    }

    #[test]
    fn hostile_spans_are_bounded() {
        let rows = vec![WordRow {
            before: usize::MAX,
            cells: vec![
                cell("宽", usize::MAX, Merge::Restart),
                cell("", 5, Merge::None),
            ],
        }];
        let table = place(rows);
        assert_eq!(table.cells[0].column, MAX_SPAN);
        assert_eq!(table.cells[0].colspan, MAX_SPAN);
        assert_eq!(table.column_count(), 2 * MAX_SPAN + 5);
    }
}
