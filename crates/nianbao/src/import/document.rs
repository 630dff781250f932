//! The neutral document every reader produces: paragraphs and tables in reading order, each
//! table cell with its place in the grid and its spans. Readers only turn bytes into this; one
//! recogniser (`recognise`) turns it into a report, whatever the source was.

/// A document as read: its blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub blocks: Vec<Block>,
}

/// A paragraph of running text, or a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// One paragraph's text, its runs and spans joined; line breaks inside it kept as '\n'.
    Paragraph(String),
    Table(Table),
}

/// A table: its cells, each placed on the grid. A cell covered by another's span is not listed
/// again. Readers unwrap layout tables (a table holding another table): only innermost tables
/// are tables here; the outer one's contents arrive as blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub cells: Vec<Cell>,
}

/// One cell: its top-left grid position (0-based), spans (≥ 1) and text, the cell's paragraphs
/// joined with '\n'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub row: usize,
    pub column: usize,
    pub rowspan: usize,
    pub colspan: usize,
    pub text: String,
}

impl Cell {
    pub fn new(row: usize, column: usize, text: impl Into<String>) -> Cell {
        Cell {
            row,
            column,
            rowspan: 1,
            colspan: 1,
            text: text.into(),
        }
    }

    pub fn spans(mut self, rowspan: usize, colspan: usize) -> Cell {
        self.rowspan = rowspan.max(1);
        self.colspan = colspan.max(1);
        self
    }

    /// Whether the cell covers grid position (`row`, `column`).
    pub fn covers(&self, row: usize, column: usize) -> bool {
        (self.row..self.row + self.rowspan).contains(&row)
            && (self.column..self.column + self.colspan).contains(&column)
    }
}

impl Table {
    /// How many grid rows the table has (spans included).
    pub fn row_count(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.row + c.rowspan)
            .max()
            .unwrap_or(0)
    }

    /// How many grid columns the table has (spans included).
    pub fn column_count(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.column + c.colspan)
            .max()
            .unwrap_or(0)
    }

    /// The grid: for each row and column, the index in `cells` of the cell covering it. Built
    /// once per table; a reader's overlapping spans keep the first cell.
    pub fn grid(&self) -> Vec<Vec<Option<usize>>> {
        let (rows, columns) = (self.row_count(), self.column_count());
        let mut grid = vec![vec![None; columns]; rows];
        for (index, cell) in self.cells.iter().enumerate() {
            for row in grid.iter_mut().skip(cell.row).take(cell.rowspan) {
                for slot in row.iter_mut().skip(cell.column).take(cell.colspan) {
                    slot.get_or_insert(index);
                }
            }
        }
        grid
    }

    /// All of the table's text, cell after cell, for finding a table by its words.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for cell in &self.cells {
            out.push_str(&cell.text);
            out.push('\n');
        }
        out
    }
}

impl Document {
    /// The blocks' text in order, tables' cells included: for telling whether a source holds a
    /// report at all.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Paragraph(text) => {
                    out.push_str(text);
                    out.push('\n');
                }
                Block::Table(table) => out.push_str(&table.text()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_places_spanned_cells_on_every_position_they_cover() {
        let table = Table {
            cells: vec![
                Cell::new(0, 0, "三、本年度办理结果").spans(2, 1),
                Cell::new(0, 1, "（一）予以公开"),
                Cell::new(0, 2, "0").spans(2, 1),
                Cell::new(1, 1, "（二）部分公开"),
            ],
        };
        assert_eq!((table.row_count(), table.column_count()), (2, 3));
        let grid = table.grid();
        assert_eq!(grid[1][0], Some(0));
        assert_eq!(grid[1][2], Some(2));
        assert_eq!(grid[1][1], Some(3));
        assert!(table.cells[0].covers(1, 0));
        assert!(!table.cells[1].covers(1, 1));
    }
}
