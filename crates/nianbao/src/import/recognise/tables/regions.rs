//! Which table each piece may belong to: the table of the last anchor (caption, column heads,
//! corner note) before it. A row's words are only looked for in its own table's region, so
//! 「其他」 in 表四's header is never 表三's row, and a table's numbers never run into the next.

use super::stream::Stream;
use super::vocabulary::anchor;
use crate::layout::TableId;

/// Per piece: the table whose region it is in, if any.
pub(super) fn owners(stream: &Stream) -> Vec<Option<TableId>> {
    let mut current = None;
    stream
        .pieces
        .iter()
        .map(|piece| {
            if piece.is_label() {
                if let Some(table) = anchor(&piece.folded) {
                    current = Some(table);
                }
            }
            current
        })
        .collect()
}
