//! Where blocks go as they are read: the document itself, or the table cell being read. A cell
//! collects blocks like the page does, so a layout table's cells can hand theirs on unchanged.

use super::text::Line;
use crate::import::document::Block;

#[derive(Debug, Default)]
pub(super) struct Sink {
    pub(super) blocks: Vec<Block>,
    pub(super) line: Line,
}

impl Sink {
    /// Ends the paragraph being read (a block starts or ends, a line breaks); a blank one leaves
    /// nothing.
    pub(super) fn end_paragraph(&mut self) {
        if let Some(text) = self.line.take() {
            self.blocks.push(Block::Paragraph(text));
        }
    }

    /// Ends the paragraph being read, then appends `blocks` after it.
    pub(super) fn append(&mut self, blocks: Vec<Block>) {
        self.end_paragraph();
        self.blocks.extend(blocks);
    }
}
