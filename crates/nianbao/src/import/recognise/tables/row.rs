//! A matched row's values, gathered as its source allows. A grid gives every cell at its column,
//! so each value is taken at its column (known from the header, or counted from the right). A
//! text gives values in order: exactly as many as the row has are taken; when the source shows
//! fewer or more, nothing is placed — the whole row is left blank and said, since which cell is
//! missing cannot be known, and shifting numbers into the wrong column is worse than a blank.

use super::stream::{Layout, Piece, Stream};
use std::ops::Range;

/// How many label pieces may sit between a row's label and its first value in a text: the rest
/// of a label wrapped over lines (「…只计这」「一情形，不计其他情形）」), vertical characters.
const MAX_LABEL_LINES: usize = 4;

/// The grid columns under each of a row's value heads, in order.
pub(super) type ValueColumns = Vec<Range<usize>>;

/// One value of a row: the piece holding it, or nothing found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Missing,
    Cell(usize),
}

/// Why a row's values could not all be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shortfall {
    /// A text showed this many values, fewer than the row has.
    Fewer(usize),
    /// A text showed this many values, more than the row has.
    More(usize),
    /// A grid row had this many value cells, which do not stand under the row's value columns
    /// (one missing, one too many, or the whole row shifted): nothing of it is placed.
    Cells(usize),
    /// A grid row had words, not a number, in this many of its value columns.
    Words(usize),
    /// A text row's label came after numbers no row took (a label wrapped round its numbers,
    /// or labels and numbers printed apart): whether those or the ones after it are the row's is
    /// not known.
    AfterNumbers,
    /// A grid had several numbers under this many of the row's heads (a value typed into one
    /// of the unmerged cells under 「本年处理决定数量」 is found; two numbers there are not).
    Ambiguous(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct RowRead {
    pub slots: Vec<Slot>,
    pub shortfall: Option<Shortfall>,
    /// The first piece after the row.
    pub next: usize,
    /// The last piece the row used.
    pub last: usize,
}

/// Where to look for a row's values.
pub(super) struct Ask<'a> {
    pub stream: &'a Stream,
    /// The row's label piece.
    pub label: usize,
    pub slots: usize,
    /// For a grid: the grid columns under each of the row's value heads, when the header
    /// told them.
    pub columns: Option<ValueColumns>,
    /// Whether a piece belongs to this table's region.
    pub owned: &'a dyn Fn(usize) -> bool,
    /// Whether a label is another row's: a text row's values never run past it.
    pub stops: &'a dyn Fn(&Piece) -> bool,
}

pub(super) fn read(ask: &Ask) -> RowRead {
    let label = &ask.stream.pieces[ask.label];
    match (label.layout, label.place) {
        (Layout::Grid, Some(_)) => by_column(ask),
        (Layout::Cells, _) => in_row(ask),
        _ => in_order(ask),
    }
}

/// A grid row: the value cell under each head (the table's own header, else its last columns).
/// A row whose cells do not stand under those columns exactly — a cell left out, one too many,
/// a table continued without the label cells that were merged into it — is read by its own
/// cells counted from its right when the table has no header to go by and the row holds exactly
/// as many single value cells as it has values, in a run that ends the row; otherwise nothing of
/// it is placed, since which cell is missing cannot be known.
fn by_column(ask: &Ask) -> RowRead {
    let pieces = &ask.stream.pieces;
    let end = ask.stream.row_end(ask.label);
    let place = pieces[ask.label].place;
    let width = place.map_or(0, |p| ask.stream.grids[p.grid].width);
    let header = ask.columns.as_ref().filter(|c| c.len() == ask.slots);
    let columns = header.cloned().unwrap_or_else(|| {
        (width.saturating_sub(ask.slots)..width)
            .map(|column| column..column + 1)
            .collect()
    });
    if let Some(read) = at_columns(ask, &columns, end) {
        return read;
    }
    let values: Vec<usize> = (ask.label + 1..end).filter(|&i| pieces[i].value).collect();
    if header.is_none() {
        if let Some(read) = own_cells(ask, end) {
            return read;
        }
    }
    let written = values.iter().any(|&i| !pieces[i].is_blank());
    let shortfall = if written {
        Shortfall::Cells(values.len())
    } else {
        Shortfall::Fewer(0)
    };
    finish(ask, vec![Slot::Missing; ask.slots], Some(shortfall), end)
}

/// The row's values at `columns`, when its cells stand under them exactly: every column has a
/// cell of the row, and no number stands outside them. A column holding words is left blank.
fn at_columns(ask: &Ask, columns: &[Range<usize>], end: usize) -> Option<RowRead> {
    let pieces = &ask.stream.pieces;
    let cells: Vec<usize> = (ask.label + 1..end).collect();
    let overlaps =
        |i: usize, range: &Range<usize>| pieces[i].place.is_some_and(|p| p.overlaps(range));
    let stray = cells.iter().any(|&i| {
        pieces[i].value && !pieces[i].is_blank() && !columns.iter().any(|r| overlaps(i, r))
    });
    if stray {
        return None;
    }
    let (mut ambiguous, mut words) = (0, 0);
    let mut slots = Vec::with_capacity(columns.len());
    for range in columns {
        let under: Vec<usize> = cells
            .iter()
            .copied()
            .filter(|&i| overlaps(i, range))
            .collect();
        if under.is_empty() {
            return None;
        }
        let values: Vec<usize> = under.iter().copied().filter(|&i| pieces[i].value).collect();
        let written: Vec<usize> = values
            .iter()
            .copied()
            .filter(|&i| !pieces[i].is_blank())
            .collect();
        slots.push(match (values.first(), written.as_slice()) {
            (None, _) => {
                words += 1;
                Slot::Missing
            }
            (Some(&blank), []) => Slot::Cell(blank),
            (_, [one]) => Slot::Cell(*one),
            _ => {
                ambiguous += 1;
                Slot::Missing
            }
        });
    }
    let shortfall = match (ambiguous, words) {
        (0, 0) => None,
        (1.., _) => Some(Shortfall::Ambiguous(ambiguous)),
        (_, n) if n == ask.slots => Some(Shortfall::Fewer(0)),
        (_, n) => Some(Shortfall::Words(n)),
    };
    Some(finish(ask, slots, shortfall, end))
}

/// The row's own cells, counted from its right: exactly as many single value cells as the row
/// has values, side by side, ending the row, with nothing but the label before them.
fn own_cells(ask: &Ask, end: usize) -> Option<RowRead> {
    let pieces = &ask.stream.pieces;
    let first = end.checked_sub(ask.slots)?;
    if first <= ask.label || (ask.label + 1..first).any(|i| !pieces[i].is_blank()) {
        return None;
    }
    let run: Vec<usize> = (first..end).collect();
    let places: Vec<_> = run
        .iter()
        .map(|&i| pieces[i].place)
        .collect::<Option<_>>()?;
    let single = run.iter().all(|&i| pieces[i].value)
        && places.iter().all(|p| p.colspan == 1)
        && places.windows(2).all(|w| w[1].column == w[0].column + 1);
    single.then(|| finish(ask, run.into_iter().map(Slot::Cell).collect(), None, end))
}

/// A text row with separated cells: the values after the label on its line, in order; blank
/// cells beyond the row's count (a trailing separator) are no values.
fn in_row(ask: &Ask) -> RowRead {
    let pieces = &ask.stream.pieces;
    let end = ask.stream.row_end(ask.label);
    let mut values: Vec<usize> = (ask.label + 1..end).filter(|&i| pieces[i].value).collect();
    while values.len() > ask.slots && values.last().is_some_and(|&i| pieces[i].is_blank()) {
        values.pop();
    }
    in_sequence(ask, &values, values.len(), end)
}

/// A text whose rows run on: the values after the label, over lines, until the row has its
/// count or another row's label comes. Label lines before the first value are the label's own
/// continuation.
fn in_order(ask: &Ask) -> RowRead {
    let pieces = &ask.stream.pieces;
    let mut values = Vec::new();
    let mut labels = 0;
    let mut next = ask.label + 1;
    while next < pieces.len() && values.len() < ask.slots && (ask.owned)(next) {
        let piece = &pieces[next];
        if piece.value {
            values.push(next);
        } else {
            labels += 1;
            if !values.is_empty() || labels > MAX_LABEL_LINES || (ask.stops)(piece) {
                break;
            }
        }
        next += 1;
    }
    // A plain line with more numbers than the row has, or a run of numbers going on past the
    // row's count over the next lines (several labels, then all their numbers in one block):
    // which of them are the row's is not known.
    let mut shown = values.len();
    if let Some(&last) = values.last() {
        if pieces[last].layout == Layout::Line {
            let end = ask.stream.row_end(last);
            let mut extra = (last + 1..end).filter(|&i| pieces[i].value).count();
            let mut after = end.max(last + 1);
            if extra == 0 {
                after = last + 1;
            }
            while after < pieces.len() && pieces[after].value && (ask.owned)(after) {
                extra += 1;
                after += 1;
            }
            if extra > 0 {
                // Counted only so far as a message needs: a thousand numbers are no row.
                shown += extra.min(ask.slots * 2);
                next = after;
            }
        }
    }
    in_sequence(ask, &values, shown, next)
}

/// Values found in order: placed when there are exactly as many as the row has, else none.
fn in_sequence(ask: &Ask, values: &[usize], shown: usize, next: usize) -> RowRead {
    if shown == ask.slots && values.len() == ask.slots {
        let slots = values.iter().map(|&i| Slot::Cell(i)).collect();
        return finish(ask, slots, None, next);
    }
    let shortfall = if shown < ask.slots {
        Shortfall::Fewer(shown)
    } else {
        Shortfall::More(shown)
    };
    let mut read = finish(ask, vec![Slot::Missing; ask.slots], Some(shortfall), next);
    read.last = values.last().copied().unwrap_or(ask.label).max(read.last);
    read
}

fn finish(ask: &Ask, slots: Vec<Slot>, shortfall: Option<Shortfall>, next: usize) -> RowRead {
    let last = slots
        .iter()
        .filter_map(|s| match s {
            Slot::Cell(i) => Some(*i),
            Slot::Missing => None,
        })
        .max()
        .unwrap_or(ask.label);
    RowRead {
        slots,
        shortfall,
        next: next.max(ask.label + 1),
        last,
    }
}
