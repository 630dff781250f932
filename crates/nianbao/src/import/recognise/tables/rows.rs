//! Walking a table's region for its rows, in order: each label is matched against the next
//! expected row (or a later one, when rows were left out), and a matched row's values are
//! gathered. Order is what keeps 「其他」「总计」 in headers from being taken for rows, and what
//! lets 「1.」 and Word's auto-numbering be ignored.

use super::row::{self, Ask, RowRead, Shortfall, Slot, ValueColumns};
use super::spec::{find, without_groups, Spec, MAX_LABEL_BYTES};
use super::stream::{Layout, Piece, Stream};

/// A row found: which spec, its label piece, its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Matched {
    pub spec: usize,
    pub label: usize,
    pub read: RowRead,
}

/// What a table's walk needs to know beyond its specs.
pub(super) struct Walk<'a> {
    pub stream: &'a Stream,
    pub owned: &'a dyn Fn(usize) -> bool,
    pub specs: &'a [Spec],
    /// Group labels fused to row labels, taken off before matching.
    pub groups: &'a [&'static str],
    /// For a grid row: the grid columns under each of `spec`'s value heads, when the header
    /// tells them.
    pub columns: &'a dyn Fn(&Piece, usize) -> Option<ValueColumns>,
    /// A row a label names that matching by words cannot see (表三's 2019 （六）其他处理).
    pub alias: &'a dyn Fn(usize, &str) -> Option<usize>,
}

impl Walk<'_> {
    pub fn run(&self) -> Vec<Matched> {
        let pieces = &self.stream.pieces;
        let mut found: Vec<Matched> = Vec::new();
        // The expected row's label was seen with no number after it: taken for now, but the
        // same row found later with its numbers replaces it (the first was a heading or a
        // sentence naming the row).
        let mut tentative = false;
        let mut next = 0;
        let mut at = 0;
        // The values of rows read with all their numbers, and those on a row label's line: a
        // plain-text row right after numbers no row took cannot tell its numbers from those.
        let mut taken = vec![false; pieces.len()];
        while at < pieces.len() && (next < self.specs.len() || tentative) {
            let piece = &pieces[at];
            if piece.value || piece.folded.len() > MAX_LABEL_BYTES || !(self.owned)(at) {
                at += 1;
                continue;
            }
            let from = next - usize::from(tentative);
            let core = without_groups(&piece.folded, self.groups);
            let spec = find(self.specs, from, &core)
                .or_else(|| (self.alias)(at, &core).filter(|&spec| spec >= from));
            let Some(spec) = spec else {
                at += 1;
                continue;
            };
            let mut read = self.read(at, spec);
            if self.after_loose_numbers(at, &taken) && read.shortfall != Some(Shortfall::Fewer(0)) {
                read.slots.fill(Slot::Missing);
                read.shortfall = Some(Shortfall::AfterNumbers);
            }
            // A grid's or a separated line's row holds one row's label: once judged, the rest
            // of it is passed over (which also keeps a row from being read twice).
            let past = match piece.layout {
                Layout::Grid | Layout::Cells => read.next.max(at + 1),
                Layout::Stream | Layout::Line => at + 1,
            };
            let empty = read.shortfall == Some(Shortfall::Fewer(0));
            let again = tentative && spec == from;
            // A later row whose numbers do not fit is taken for a mention rather than let it
            // skip every row before it.
            let mention = spec > next && read.shortfall.is_some();
            if (again && empty) || mention || (empty && spec > next) {
                at = past;
                continue;
            }
            if again {
                found.pop();
            }
            tentative = empty;
            let label = at;
            at = if empty { past } else { read.next };
            if read.shortfall.is_none() {
                for slot in &read.slots {
                    if let Slot::Cell(i) = *slot {
                        taken[i] = true;
                    }
                }
            }
            // Numbers on the line of a row's label are that row's, placed or not.
            if piece.layout == Layout::Line {
                taken[label..self.stream.row_end(label)].fill(true);
            }
            found.push(Matched { spec, label, read });
            next = spec + 1;
        }
        found
    }

    /// Whether the plain-text label at `at` comes right after a number of its table that no
    /// row took.
    fn after_loose_numbers(&self, at: usize, taken: &[bool]) -> bool {
        let pieces = &self.stream.pieces;
        pieces[at].layout == Layout::Line
            && at > 0
            && pieces[at - 1].value
            && pieces[at - 1].layout == Layout::Line
            && !taken[at - 1]
            && (self.owned)(at - 1)
    }

    fn read(&self, label: usize, spec: usize) -> RowRead {
        let stops = |piece: &Piece| {
            let core = without_groups(&piece.folded, self.groups);
            find(self.specs, spec + 1, &core).is_some()
        };
        row::read(&Ask {
            stream: self.stream,
            label,
            slots: self.specs[spec].slots,
            columns: (self.columns)(&self.stream.pieces[label], spec),
            owned: self.owned,
            stops: &stops,
        })
    }
}
