//! How messages name places and numbers: by the printed labels of `layout`, so that someone who
//! knows the paper report but not the JSON keys can find the cell.

use crate::layout::{
    AppealGroup, RequestRow, Template, TextField, TABLE2_DECISIONS, TABLE2_FEES_COLUMN,
    TABLE2_FEES_ROW, TABLE4_LITIGATION, TABLE4_REVIEW,
};
use crate::model::{Count, CountCell, Field};
use std::fmt::Write;

/// 表三「一、本年新收政府信息公开申请数量」自然人.
pub(crate) fn cell(cell: CountCell, template: Template) -> String {
    // Built with push_str into one allocation: an empty table has 200 blank cells, each named in
    // a message on every keystroke, and format! reallocating was most of that cost.
    let mut out = String::with_capacity(256);
    push_cell(&mut out, cell, template);
    out
}

pub(crate) fn push_cell(out: &mut String, cell: CountCell, template: Template) {
    let (table, row, column) = match cell {
        CountCell::Doc(kind, column) => ("表二「", kind.label(template), column.label(template)),
        CountCell::Decision(kind) => ("表二「", kind.label(), TABLE2_DECISIONS),
        CountCell::Request(row, column) => {
            out.push_str("表三「");
            push_request_row(out, row);
            out.push('」');
            out.push_str(column.label());
            return;
        }
        CountCell::Appeal(group, column) => {
            // AppealGroup::full_label() without its allocation.
            out.push_str("表四「");
            if group == AppealGroup::Review {
                out.push_str(TABLE4_REVIEW);
            } else {
                out.push_str(TABLE4_LITIGATION);
                out.push('·');
                out.push_str(group.label());
            }
            out.push('」');
            out.push_str(column.label());
            return;
        }
    };
    out.push_str(table);
    out.push_str(row);
    out.push('」');
    out.push_str(column);
}

/// RequestRow::full_label() without its allocation (a test keeps the two the same).
fn push_request_row(out: &mut String, row: RequestRow) {
    if let Some(group) = row.group() {
        out.push('三');
        out.push_str(group.number());
    } else if row.is_outcome() || row == RequestRow::ClosedTotal {
        out.push('三');
    }
    out.push_str(row.label());
}

/// The dotted path of a field: CountCell::path() and Field::path() without format!'s
/// reallocations (a test keeps them the same).
pub(crate) fn path(field: Field) -> String {
    let Field::Count(cell) = field else {
        return field.path();
    };
    let mut out = String::with_capacity(48);
    let (prefix, first, second) = match cell {
        CountCell::Doc(kind, column) => ("proactive.", kind.key(), Some(column.key())),
        CountCell::Decision(kind) => ("proactive.", kind.key(), None),
        CountCell::Request(row, column) => ("requests.", row.key(), Some(column.key())),
        CountCell::Appeal(group, column) => ("appeals.", group.key(), Some(column.key())),
    };
    out.push_str(prefix);
    out.push_str(first);
    if let Some(second) = second {
        out.push('.');
        out.push_str(second);
    }
    out
}

/// 表二「行政事业性收费」本年收费金额（单位：万元）.
pub(crate) fn fees() -> String {
    format!("表二「{TABLE2_FEES_ROW}」{TABLE2_FEES_COLUMN}")
}

/// 「一、总体情况」.
pub(crate) fn text(field: TextField) -> String {
    format!("「{}」", field.label())
}

/// An outcome row of table 3 as a message names it: 予以公开, 不予公开·属于国家秘密.
pub(crate) fn outcome(row: RequestRow) -> String {
    let label = row.label();
    // Drop the printed numbering (（一） or 1.) and any parenthetical note after the name.
    let label = match label.split_once('）') {
        Some((number, rest)) if number.starts_with('（') => rest,
        _ => label,
    };
    let label = match label.split_once('.') {
        Some((number, rest)) if number.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => label,
    };
    let label = label.split('（').next().unwrap_or(label);
    match row.group() {
        Some(group) => format!("{}·{}", group.name(), label),
        None => label.to_owned(),
    }
}

/// A cell's value in a message: the number, or 空 for a blank.
pub(crate) fn value(count: Count) -> String {
    match count {
        Some(n) => n.to_string(),
        None => "空".to_owned(),
    }
}

/// `a 1 + b 0 + c 空 = 1`: the parts of a sum with their names and values (blank counted as 0).
pub(crate) fn sum<'a>(terms: impl IntoIterator<Item = (&'a str, Count)>, total: u128) -> String {
    let mut out = String::new();
    for (i, (name, count)) in terms.into_iter().enumerate() {
        if i > 0 {
            out.push_str(" + ");
        }
        let _ = write!(out, "{name} {}", value(count));
    }
    let _ = write!(out, " = {total}");
    out
}

/// The note appended when blanks took part in a sum.
pub(crate) const BLANK_AS_ZERO: &str = "（空格按 0 计算）";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Applicant, DecisionKind, DocColumn, DocKind};

    #[test]
    fn cells_are_named_by_their_printed_labels() {
        let t = Template::Gb2021;
        assert_eq!(
            cell(
                CountCell::Request(RequestRow::Received, Applicant::NaturalPerson),
                t
            ),
            "表三「一、本年新收政府信息公开申请数量」自然人"
        );
        assert_eq!(
            cell(
                CountCell::Doc(DocKind::NormativeDocuments, DocColumn::InForce),
                t
            ),
            "表二「行政规范性文件」现行有效件数"
        );
        assert_eq!(
            cell(CountCell::Decision(DecisionKind::Licensing), t),
            "表二「行政许可」本年处理决定数量"
        );
        assert_eq!(fees(), "表二「行政事业性收费」本年收费金额（单位：万元）");
    }

    #[test]
    fn fast_names_equal_the_layout_ones() {
        for cell in CountCell::all() {
            assert_eq!(path(Field::Count(cell)), cell.path());
            if let CountCell::Request(row, column) = cell {
                assert_eq!(
                    super::cell(cell, Template::Gb2021),
                    format!("表三「{}」{}", row.full_label(), column.label())
                );
            }
            if let CountCell::Appeal(group, column) = cell {
                assert_eq!(
                    super::cell(cell, Template::Gb2021),
                    format!("表四「{}」{}", group.full_label(), column.label())
                );
            }
        }
        assert_eq!(path(Field::Fees), "proactive.fees");
    }

    #[test]
    fn outcomes_lose_their_numbering() {
        assert_eq!(outcome(RequestRow::Granted), "予以公开");
        assert_eq!(outcome(RequestRow::PartlyGranted), "部分公开");
        assert_eq!(
            outcome(RequestRow::RefusedStateSecret),
            "不予公开·属于国家秘密"
        );
        assert_eq!(outcome(RequestRow::OtherMisc), "其他处理·其他");
        assert_eq!(
            sum([("自然人", Some(1)), ("其他", None)], 1),
            "自然人 1 + 其他 空 = 1"
        );
    }
}
