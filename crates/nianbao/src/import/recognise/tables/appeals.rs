//! 表四 政府信息公开行政复议、行政诉讼情况: fifteen values, printed as one row under a three-row
//! header. In a grid each value is taken under its heads (行政复议 … 结果纠正); in a text the
//! fifteen numbers follow the header in printed order — or, in a transcription, each group's
//! five follow its own label (「行政复议 | 1 | 0 | 2 | 0 | 3」).

use super::fold::ideographs;
use super::grid::Grid;
use super::row::Slot;
use super::say;
use super::store::{store, Tables, Tally, Target};
use super::stream::Stream;
use super::vocabulary::{appeal_head, is_furniture, AppealHead};
use super::Outcome;
use crate::import::notes::Note;
use crate::layout::{AppealColumn, AppealGroup, TableId, Template};
use crate::model::CountCell;

const PER_GROUP: usize = AppealColumn::ALL.len();
const ALL: usize = PER_GROUP * AppealGroup::ALL.len();

/// Each group's five values, as far as found.
type Groups = [Option<Vec<Slot>>; 3];

pub(super) fn read(
    stream: &Stream,
    owned: &dyn Fn(usize) -> bool,
    tables: &mut Tables,
    doubts: &mut Vec<Note>,
    missing: &mut Vec<Note>,
) -> Outcome {
    let (groups, span, said) = match by_grid(stream, owned) {
        Some((groups, span)) => (groups, Some(span), false),
        None => by_text(stream, owned, doubts),
    };
    let mut tally = Tally::default();
    for (group, slots) in AppealGroup::ALL.into_iter().zip(&groups) {
        let Some(slots) = slots else { continue };
        let targets = AppealColumn::ALL.map(|c| Target::Count(CountCell::Appeal(group, c)));
        store(
            stream,
            slots,
            &targets,
            Template::Gb2021,
            tables,
            doubts,
            &mut tally,
        );
    }
    let found = groups.iter().any(Option::is_some);
    if found {
        for (group, slots) in AppealGroup::ALL.into_iter().zip(&groups) {
            if slots.is_none() && !said {
                missing.push(Note::at(
                    format!("appeals.{}", group.key()),
                    format!("{} 的数没有找到，已留空", say::appeal_group(group)),
                ));
            }
        }
    }
    Outcome {
        id: TableId::Appeals,
        found: found || said,
        span,
        cells: ALL,
        tally,
    }
}

// ---------------------------------------------------------------------------------------------
// A grid: each value under its heads.

/// The grid columns of each group's five values, and the header's last row.
fn appeal_columns(grid: &Grid) -> Option<([[usize; PER_GROUP]; 3], usize)> {
    let heads: Vec<_> = grid.header_cells().collect();
    let groups: Vec<(AppealGroup, std::ops::Range<usize>)> = heads
        .iter()
        .filter_map(|cell| {
            let group = AppealGroup::ALL
                .into_iter()
                .find(|g| cell.head == g.label())?;
            Some((group, cell.column..cell.column + cell.colspan))
        })
        .collect();
    let mut columns: Vec<(AppealColumn, usize, usize)> = heads
        .iter()
        .filter_map(|cell| {
            let column = AppealColumn::ALL
                .into_iter()
                .find(|c| cell.head == c.label())?;
            Some((column, cell.column, cell.row + cell.rowspan - 1))
        })
        .collect();
    columns.sort_by_key(|&(_, column, _)| column);
    let mut map = [[None; PER_GROUP]; 3];
    for (index, &(kind, column, _)) in columns.iter().enumerate() {
        let group = if groups.is_empty() {
            *AppealGroup::ALL.get(index / PER_GROUP)?
        } else {
            groups.iter().find(|(_, range)| range.contains(&column))?.0
        };
        let slot = &mut map[group.index()][kind.index()];
        if slot.is_some() {
            return None;
        }
        *slot = Some(column);
    }
    let bottom = columns.iter().map(|&(_, _, bottom)| bottom).max()?;
    let mut out = [[0; PER_GROUP]; 3];
    for (group, columns) in out.iter_mut().zip(map) {
        for (slot, column) in group.iter_mut().zip(columns) {
            *slot = column?;
        }
    }
    Some((out, bottom))
}

/// The values of the first grid of the region whose header tells every column: from its first
/// row below the header holding a number (or, when none does, its first row of values).
fn by_grid(stream: &Stream, owned: &dyn Fn(usize) -> bool) -> Option<(Groups, (usize, usize))> {
    let pieces = &stream.pieces;
    let mut maps: Vec<Option<Option<_>>> = vec![None; stream.grids.len()];
    let mut blank_row = None;
    for at in (0..pieces.len()).filter(|&at| owned(at)) {
        let Some(place) = pieces[at].place.filter(|_| pieces[at].value) else {
            continue;
        };
        let map = maps[place.grid].get_or_insert_with(|| appeal_columns(&stream.grids[place.grid]));
        let Some((columns, bottom)) = map else {
            continue;
        };
        let under = columns.iter().flatten().any(|&c| place.covers(c));
        if place.row <= *bottom || !under {
            continue;
        }
        if pieces[at].is_blank() {
            blank_row.get_or_insert((at, *columns));
            continue;
        }
        return Some(row_values(stream, at, columns));
    }
    blank_row.map(|(at, columns)| row_values(stream, at, &columns))
}

fn row_values(
    stream: &Stream,
    at: usize,
    columns: &[[usize; PER_GROUP]; 3],
) -> (Groups, (usize, usize)) {
    let pieces = &stream.pieces;
    let mut start = at;
    while start > 0 && pieces[start - 1].row == pieces[at].row {
        start -= 1;
    }
    let end = stream.row_end(start);
    let slot = |column: usize| {
        (start..end)
            .find(|&i| pieces[i].value && pieces[i].place.is_some_and(|p| p.covers(column)))
            .map_or(Slot::Missing, Slot::Cell)
    };
    let groups = columns.map(|group| Some(group.map(slot).to_vec()));
    (groups, (start, end - 1))
}

// ---------------------------------------------------------------------------------------------
// A text: the numbers after the header.

/// Whose numbers follow the last head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// All fifteen, 行政复议 first.
    All,
    /// One group's five.
    Group(AppealGroup),
}

struct Text<'a> {
    stream: &'a Stream,
    start: Start,
    /// Whether the pieces just before are 表四's header: numbers elsewhere are not its.
    in_header: bool,
    run: Vec<usize>,
    groups: Groups,
    span: Option<(usize, usize)>,
    said: bool,
}

fn by_text(
    stream: &Stream,
    owned: &dyn Fn(usize) -> bool,
    doubts: &mut Vec<Note>,
) -> (Groups, Option<(usize, usize)>, bool) {
    let mut text = Text {
        stream,
        start: Start::All,
        in_header: false,
        run: Vec::new(),
        groups: Default::default(),
        span: None,
        said: false,
    };
    for at in (0..stream.pieces.len()).filter(|&at| owned(at)) {
        if text.groups.iter().all(Option::is_some) {
            break;
        }
        let piece = &stream.pieces[at];
        if piece.value {
            if text.in_header {
                text.run.push(at);
            }
            continue;
        }
        text.end_run(doubts);
        match appeal_head(&piece.folded) {
            AppealHead::Group(group) => (text.start, text.in_header) = (Start::Group(group), true),
            AppealHead::Columns => (text.start, text.in_header) = (Start::All, true),
            // Vertical header characters, 「单位：件」, 「分组」 keep the header going.
            AppealHead::None => {
                text.in_header &= ideographs(&piece.folded) <= 2 || is_furniture(&piece.folded)
            }
        }
    }
    text.end_run(doubts);
    (text.groups, text.span, text.said)
}

impl Text<'_> {
    /// Places the numbers just read: fifteen after the header, five after a group's label;
    /// any other count is said and placed nowhere. Blanks alone are header cells.
    fn end_run(&mut self, doubts: &mut Vec<Note>) {
        let run = std::mem::take(&mut self.run);
        if run.iter().all(|&i| self.stream.pieces[i].is_blank()) {
            return;
        }
        let slots: Vec<Slot> = run.iter().map(|&i| Slot::Cell(i)).collect();
        let first = self.span.map_or(run[0], |(first, _)| first);
        self.span = Some((first, run[run.len() - 1]));
        match (self.start, run.len()) {
            (Start::All, ALL) | (Start::Group(AppealGroup::Review), ALL) => {
                for (group, values) in self.groups.iter_mut().zip(slots.chunks(PER_GROUP)) {
                    *group = Some(values.to_vec());
                }
            }
            (Start::Group(group), PER_GROUP) => self.groups[group.index()] = Some(slots),
            (Start::All, found) => {
                self.said = true;
                doubts.push(Note::at("appeals", shortfall("表四", found, ALL)));
            }
            (Start::Group(group), found) => {
                self.said = true;
                doubts.push(Note::at(
                    format!("appeals.{}", group.key()),
                    shortfall(&say::appeal_group(group), found, PER_GROUP),
                ));
            }
        }
    }
}

fn shortfall(place: &str, found: usize, cells: usize) -> String {
    let how = if found < cells { "只找到" } else { "找到" };
    format!(
        "{place} {how} {found} 个数（应有 {cells} 个），不知对应哪些格，已全部留空，请对照原文填写"
    )
}
