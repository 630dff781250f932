//! Which blocks the tables took, so the sections leave them out of the narrative: for each table
//! found, the blocks from its first row back over the captions and column heads above it, to its
//! last value. A narrative paragraph inside that stretch (it has a 「。」 or is long) stays
//! narrative.

use super::fold::ideographs;
use super::stream::Stream;
use super::vocabulary::is_furniture;
use crate::import::document::{Block, Document};

/// Longer than any label: a line this long is narrative.
const LONG: usize = 60;

/// What a block's pieces say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No pieces, or blank cells only.
    Blank,
    /// Captions, heads, unit notes, short leftovers (vertical header characters, 「分组」).
    Furniture,
    /// Anything else: a heading, a sentence.
    Text,
}

/// Per block: true when it was read as part of a table. `spans` are the first and last piece
/// each found table used.
pub(super) fn blocks(document: &Document, stream: &Stream, spans: &[(usize, usize)]) -> Vec<bool> {
    let count = document.blocks.len();
    let mut consumed = vec![false; count];
    let kinds = kinds(stream, count);
    for &(first, last) in spans {
        let (Some(first), Some(last)) = (stream.pieces.get(first), stream.pieces.get(last)) else {
            continue;
        };
        let mut start = first.block;
        let mut back = first.block;
        while back > 0 {
            back -= 1;
            match kinds[back] {
                Kind::Blank => {}
                Kind::Furniture => start = back,
                Kind::Text => break,
            }
        }
        let end = last.block.max(start);
        let stretch = document.blocks.iter().zip(&mut consumed);
        for (block, taken) in stretch.take(end + 1).skip(start) {
            let narrative = match block {
                Block::Paragraph(text) => is_narrative(text),
                Block::Table(_) => false,
            };
            *taken |= !narrative;
        }
    }
    consumed
}

fn kinds(stream: &Stream, count: usize) -> Vec<Kind> {
    let mut kinds = vec![Kind::Blank; count];
    for piece in &stream.pieces {
        let kind = &mut kinds[piece.block];
        if *kind == Kind::Text || piece.is_blank() {
            continue;
        }
        let short = ideographs(&piece.folded) <= 6 && !piece.folded.contains('。');
        *kind = if piece.value || is_furniture(&piece.folded) || short {
            Kind::Furniture
        } else {
            Kind::Text
        };
    }
    kinds
}

fn is_narrative(text: &str) -> bool {
    text.contains('。') || ideographs(text) > LONG
}
