//! Values into the report. Each value is read as a count or the fee amount; a blank or a dash
//! stays blank; a text that is no number is blank and quoted in a doubt at its cell. A value
//! cell merged over several rows or columns shows one number for all of them: the first cell
//! takes it, the others take it too when it is 0 (the reference's convention: a merged 0 means
//! 0 everywhere) and are left blank, with a doubt, when it is not.

use super::row::Slot;
use super::say;
use super::stream::Stream;
use super::value::{read_amount, read_count, Reading};
use crate::import::notes::Note;
use crate::layout::Template;
use crate::model::{Appeals, CountCell, Proactive, Requests};

/// Where a value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Count(CountCell),
    /// 本年收费金额.
    Fees,
    /// A column the report does not keep (the 2019 format's 上一年项目数量…).
    Ignored,
}

impl Target {
    fn path(self) -> String {
        match self {
            Target::Count(cell) => cell.path(),
            Target::Fees | Target::Ignored => "proactive.fees".to_owned(),
        }
    }
}

/// The three tables as read so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Tables {
    pub proactive: Proactive,
    pub requests: Requests,
    pub appeals: Appeals,
}

impl Tables {
    fn set(&mut self, cell: CountCell, value: Option<u64>) {
        match cell {
            CountCell::Doc(kind, column) => *self.proactive.docs_mut(kind).slot(column) = value,
            CountCell::Decision(kind) => *self.proactive.decisions_mut(kind) = value,
            CountCell::Request(row, column) => self.requests.set(row, column, value),
            CountCell::Appeal(group, column) => self.appeals.set(group, column, value),
        }
    }
}

/// What one table's values came to, for the import report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Tally {
    /// Numbers read.
    pub numbers: usize,
    /// Cells written as a dash (「-」「/」「无」…), kept blank.
    pub dashes: usize,
}

/// Stores one row's values: `slots[i]` into `targets[i]`.
pub(super) fn store(
    stream: &Stream,
    slots: &[Slot],
    targets: &[Target],
    template: Template,
    tables: &mut Tables,
    doubts: &mut Vec<Note>,
    tally: &mut Tally,
) {
    for (index, (slot, &target)) in slots.iter().zip(targets).enumerate() {
        let Slot::Cell(piece) = *slot else { continue };
        if target == Target::Ignored {
            continue;
        }
        let piece_ref = &stream.pieces[piece];
        // Seen in an earlier slot of this row (merged across columns), or continued from a row
        // above (merged across rows).
        let merged = slots[..index].contains(slot) || piece_ref.place.is_some_and(|p| p.continued);
        let name = say::target(target, template);
        let reading = match target {
            Target::Fees => read_amount(&piece_ref.text),
            _ => read_count(&piece_ref.text),
        };
        let value = match reading {
            Reading::Blank => None,
            Reading::Dash => {
                tally.dashes += usize::from(!merged);
                None
            }
            Reading::Unreadable(why) => {
                // 「「12a」不是数字」, without the editor's hint on what to type.
                let why = why.split_once('：').map_or(why.as_str(), |(what, _)| what);
                if !merged {
                    doubts.push(Note::at(target.path(), format!("{name}：{why}，已留空")));
                }
                None
            }
            Reading::Count(0) if merged => Some(0),
            Reading::Count(n) if merged => {
                doubts.push(Note::at(
                    target.path(),
                    format!(
                        "{name}：与相邻的格合并为一格，只写了一个数（{n}），已记在第一格，此格留空"
                    ),
                ));
                None
            }
            Reading::Count(n) => Some(n),
            Reading::Amount(amount) => {
                tables.proactive.fees = Some(amount);
                tally.numbers += 1;
                continue;
            }
        };
        if let (Target::Count(cell), Some(_)) = (target, value) {
            tally.numbers += 1;
            tables.set(cell, value);
        }
    }
}
