//! Every source as one stream of pieces: a piece is a label (row label, header, caption, or any
//! other words) or a value (a number, a dash, a blank cell), in reading order, each remembering
//! its block, its printed row, and — from a grid — its place. The tables are then found in the
//! stream the same way whatever the source was; only how a row's values are gathered depends on
//! what the source tells (see [`Layout`]).

use super::fold::fold;
use super::grid::Grid;
use super::value::{is_value_cell, is_value_text};
use crate::import::document::{Block, Document};

/// How the source shaped the piece's row, which says how its values are gathered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// A cell of a table grid (.docx, HTML): every cell is there, at its column.
    Grid,
    /// A cell of a text line whose cells are separated (「规章 | 0 | 0 | 0」, tab-separated): a
    /// blank cell is there, but a row's cells are only known by their order.
    Cells,
    /// A cell copied out of Word one to a line, after a TAB: a blank cell is a line holding only
    /// the TAB, and a row's cells follow one another with no end of row.
    Stream,
    /// A word of a line of plain text (a PDF viewer's copy): a blank cell leaves no trace.
    Line,
}

/// Where a grid piece sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Place {
    /// Index in [`Stream::grids`].
    pub grid: usize,
    pub row: usize,
    pub column: usize,
    pub colspan: usize,
    /// A value cell seen again in a row its rowspan continues into.
    pub continued: bool,
}

impl Place {
    pub fn covers(&self, column: usize) -> bool {
        (self.column..self.column.saturating_add(self.colspan)).contains(&column)
    }

    /// Whether the piece stands in any of `columns`.
    pub fn overlaps(&self, columns: &std::ops::Range<usize>) -> bool {
        self.column < columns.end && columns.start < self.column.saturating_add(self.colspan)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Piece {
    /// Index of the document block it comes from.
    pub block: usize,
    pub layout: Layout,
    /// A running number of printed rows (grid rows, text lines) over the whole stream: pieces of
    /// one row share it.
    pub row: usize,
    /// As written, for messages and for reading values.
    pub text: String,
    /// Folded (see `fold`) for matching; empty for values.
    pub folded: String,
    pub value: bool,
    pub place: Option<Place>,
}

impl Piece {
    pub fn is_label(&self) -> bool {
        !self.value
    }

    pub fn is_blank(&self) -> bool {
        self.value && self.text.trim().is_empty()
    }
}

/// The whole document as pieces, and the grids they came from.
#[derive(Debug, Default)]
pub(super) struct Stream {
    pub pieces: Vec<Piece>,
    pub grids: Vec<Grid>,
    rows: usize,
    /// Per piece: the index after the last piece of its row.
    row_ends: Vec<usize>,
}

impl Stream {
    pub fn new(document: &Document) -> Stream {
        let mut stream = Stream::default();
        for (block, content) in document.blocks.iter().enumerate() {
            match content {
                Block::Paragraph(text) => super::lines::push(&mut stream, block, text),
                Block::Table(table) => {
                    if let Some(grid) = Grid::new(block, table) {
                        let index = stream.grids.len();
                        grid.push_pieces(&mut stream, index);
                        stream.grids.push(grid);
                    }
                }
            }
        }
        stream.row_ends = vec![0; stream.pieces.len()];
        for at in (0..stream.pieces.len()).rev() {
            let same = stream.pieces.get(at + 1).map(|p| p.row) == Some(stream.pieces[at].row);
            stream.row_ends[at] = if same {
                stream.row_ends[at + 1]
            } else {
                at + 1
            };
        }
        stream
    }

    /// Starts a new printed row: the pieces pushed until the next call share its number.
    pub fn next_row(&mut self) {
        self.rows += 1;
    }

    /// Pushes a piece of the current row, a label or a value by its text: in a plain line a
    /// value is a number, in a cell anything but words.
    pub fn push(&mut self, block: usize, layout: Layout, text: &str, place: Option<Place>) {
        let value = match layout {
            Layout::Line => is_value_text(text),
            Layout::Grid | Layout::Cells | Layout::Stream => is_value_cell(text),
        };
        self.pieces.push(Piece {
            block,
            layout,
            row: self.rows,
            text: text.trim().to_owned(),
            folded: if value { String::new() } else { fold(text) },
            value,
            place,
        });
    }

    /// The pieces from `from` on that share its row: `from..end`.
    pub fn row_end(&self, from: usize) -> usize {
        self.row_ends.get(from).copied().unwrap_or(from)
    }
}
