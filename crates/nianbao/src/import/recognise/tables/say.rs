//! Places named as the clerk sees them printed: 「表三（三）2.其他法律行政法规禁止公开 · 自然人」,
//! 「表四 行政复议 · 结果纠正」, 「表二 规章 · 本年制发件数」.

use super::row::{RowRead, Shortfall};
use super::rows::Matched;
use super::store::Target;
use crate::import::notes::Note;
use crate::layout::{
    AppealGroup, DecisionKind, DocColumn, DocKind, RequestRow, TableId, Template, TABLE2_DECISIONS,
    TABLE2_DECISIONS_2019, TABLE2_FEES_ROW,
};
use crate::model::CountCell;

/// A row of 表三 as printed, with its group's number when it is an item (（三）2.…).
pub(super) fn request_row(row: RequestRow) -> String {
    let label = row.label();
    match row.group() {
        Some(group) => format!("表三{}{}", group.number(), label),
        None if label.starts_with('（') => format!("表三{label}"),
        None => format!("表三 {label}"),
    }
}

pub(super) fn appeal_group(group: AppealGroup) -> String {
    format!("表四 {}", group.full_label())
}

pub(super) fn doc_row(kind: DocKind, template: Template) -> String {
    format!("表二 {}", kind.label(template))
}

pub(super) fn decision_row(kind: DecisionKind) -> String {
    format!("表二 {}", kind.label())
}

pub(super) fn fees_row() -> String {
    format!("表二 {TABLE2_FEES_ROW}")
}

/// A cell as printed: its row and its column.
pub(super) fn target(target: Target, template: Template) -> String {
    match target {
        Target::Count(CountCell::Doc(kind, column)) => {
            format!(
                "{} · {}",
                doc_row(kind, template),
                column_label(column, template)
            )
        }
        Target::Count(CountCell::Decision(kind)) => {
            let column = match template {
                Template::Gb2021 => TABLE2_DECISIONS,
                Template::Gb2019 => TABLE2_DECISIONS_2019,
            };
            format!("{} · {column}", decision_row(kind))
        }
        Target::Count(CountCell::Request(row, column)) => {
            format!("{} · {}", request_row(row), column.label())
        }
        Target::Count(CountCell::Appeal(group, column)) => {
            format!("{} · {}", appeal_group(group), column.label())
        }
        Target::Fees | Target::Ignored => format!("{} · 本年收费金额", fees_row()),
    }
}

fn column_label(column: DocColumn, template: Template) -> &'static str {
    column.label(template)
}

/// A table's name and heading: 「表三（收到和处理政府信息公开申请情况）」.
pub(super) fn table(id: TableId) -> String {
    let heading = id.section().heading();
    let name = heading.split_once('、').map_or(heading, |(_, name)| name);
    format!("{}（{}）", id.name(), name)
}

/// The doubt about a row whose values could not all be placed, at the row's path.
pub(super) fn shortfall(doubts: &mut Vec<Note>, path: &str, row: &str, read: &RowRead) {
    let slots = read.slots.len();
    let message = match read.shortfall {
        None => return,
        Some(Shortfall::Fewer(0)) => format!("{row} 没有找到数，整行已留空，请对照原文填写"),
        Some(Shortfall::Fewer(found)) => format!(
            "{row} 只找到 {found} 个数（应有 {slots} 个），不知缺的是哪一格，整行已留空，请对照原文填写"
        ),
        Some(Shortfall::More(found)) => format!(
            "{row} 找到 {found} 个数，多于 {slots} 个格，不知哪些属于本行，整行已留空，请对照原文填写"
        ),
        Some(Shortfall::Cells(cells)) if cells < slots => format!(
            "{row} 只有 {cells} 个数字格（应有 {slots} 个），不知缺的是哪一格，整行已留空，请对照原文填写"
        ),
        Some(Shortfall::Cells(cells)) if cells > slots => format!(
            "{row} 有 {cells} 个数字格，多于 {slots} 个，不知哪些属于本行，整行已留空，请对照原文填写"
        ),
        Some(Shortfall::Cells(_)) => format!(
            "{row} 的格与表头的栏目对不上（表格可能在此处断开，或少了、多了一格），不知哪个数属于哪一栏，整行已留空，请对照原文填写"
        ),
        Some(Shortfall::AfterNumbers) => format!(
            "{row} 的行名前面还有没归入任何一行的数字（行名折行，或几行的数字排在了一起），不知哪些数属于本行，整行已留空，请对照原文填写"
        ),
        Some(Shortfall::Words(cells)) => {
            format!("{row} 有 {cells} 个格写的不是数字，已留空，请对照原文填写")
        }
        Some(Shortfall::Ambiguous(heads)) => format!(
            "{row} 有 {heads} 个栏目下写了不止一个数，不知取哪个，已留空，请对照原文填写"
        ),
    };
    doubts.push(Note::at(path, message));
}

/// A note for each of a found table's rows that was not found, when `name` gives it a path and
/// a name (rows a format does not have give none).
pub(super) fn missing_rows(
    missing: &mut Vec<Note>,
    matched: &[Matched],
    rows: usize,
    name: impl Fn(usize) -> Option<(String, String)>,
) {
    for spec in (0..rows).filter(|&spec| !matched.iter().any(|m| m.spec == spec)) {
        if let Some((path, row)) = name(spec) {
            missing.push(Note::at(path, format!("{row} 一行没有找到，已留空")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{AppealColumn, Applicant};

    #[test]
    fn places_read_as_printed() {
        assert_eq!(
            request_row(RequestRow::RefusedLawProhibited),
            "表三（三）2.其他法律行政法规禁止公开"
        );
        assert_eq!(request_row(RequestRow::Granted), "表三（一）予以公开");
        assert_eq!(
            request_row(RequestRow::Received),
            "表三 一、本年新收政府信息公开申请数量"
        );
        let cell = CountCell::Appeal(AppealGroup::Review, AppealColumn::Corrected);
        assert_eq!(
            target(Target::Count(cell), Template::Gb2021),
            "表四 行政复议 · 结果纠正"
        );
        let cell = CountCell::Request(RequestRow::OtherMisc, Applicant::NaturalPerson);
        assert_eq!(
            target(Target::Count(cell), Template::Gb2021),
            "表三（六）3.其他 · 自然人"
        );
        assert_eq!(
            table(TableId::Appeals),
            "表四（政府信息公开行政复议、行政诉讼情况）"
        );
    }
}
