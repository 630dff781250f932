//! How the report's places and numbers are named for people: in messages (表三「一、本年新收…」自然人)
//! and as accessible names of the editor's inputs (表三 一、本年新收… 自然人), always from the printed
//! labels of `layout`, so that someone who knows the paper report but not the JSON keys finds the cell.

use crate::layout::{
    AppealGroup, RequestRow, Template, TextField, TABLE2_DECISIONS, TABLE2_FEES_COLUMN,
    TABLE2_FEES_ROW, TABLE4_LITIGATION, TABLE4_REVIEW,
};
use crate::model::{Count, CountCell};
use std::fmt::Write;

/// 表三「一、本年新收政府信息公开申请数量」自然人.
pub fn cell(cell: CountCell, template: Template) -> String {
    // Built with push_str into one allocation: an empty table has 200 blank cells, each named in
    // a message on every keystroke, and format! reallocating was most of that cost.
    let mut out = String::with_capacity(256);
    push_cell(&mut out, cell, template);
    out
}

pub fn push_cell(out: &mut String, cell: CountCell, template: Template) {
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

/// The accessible name of an input, read like the table: 表三 一、本年新收政府信息公开申请数量 自然人,
/// 表三 （三）不予公开 1.属于国家秘密 总计, 表四 行政诉讼 未经复议直接起诉 结果维持.
pub fn input_name(cell: CountCell, template: Template) -> String {
    match cell {
        CountCell::Doc(kind, column) => {
            format!("表二 {} {}", kind.label(template), column.label(template))
        }
        CountCell::Decision(kind) => format!("表二 {} {}", kind.label(), TABLE2_DECISIONS),
        CountCell::Request(row, column) => {
            let label = row.label_in(template);
            match row.group() {
                // In the 2019 format （六） is one row of its own, not a group.
                Some(group) if label != group.label() => {
                    format!("表三 {} {} {}", group.label(), label, column.label())
                }
                _ => format!("表三 {} {}", label, column.label()),
            }
        }
        CountCell::Appeal(AppealGroup::Review, column) => {
            format!("表四 {} {}", TABLE4_REVIEW, column.label())
        }
        CountCell::Appeal(group, column) => {
            format!(
                "表四 {} {} {}",
                TABLE4_LITIGATION,
                group.label(),
                column.label()
            )
        }
    }
}

/// The place a JSON path names, as a person knows it (表三「一、本年新收…」自然人); the path
/// itself for one that names no place.
pub fn place(path: &str, template: Template) -> String {
    match crate::model::Field::from_path(path) {
        Some(crate::model::Field::Count(count)) => cell(count, template),
        Some(crate::model::Field::Fees) => fees(),
        Some(crate::model::Field::Text(field)) => text(field),
        Some(crate::model::Field::Meta(field)) => format!("「{}」", field.label()),
        None => path.to_owned(),
    }
}

/// The accessible name of the fee input.
pub fn fees_input_name() -> String {
    format!("表二 {TABLE2_FEES_ROW} {TABLE2_FEES_COLUMN}")
}

/// 表二「行政事业性收费」本年收费金额（单位：万元）.
pub fn fees() -> String {
    format!("表二「{TABLE2_FEES_ROW}」{TABLE2_FEES_COLUMN}")
}

/// 「一、总体情况」.
pub fn text(field: TextField) -> String {
    format!("「{}」", field.label())
}

/// An outcome row of table 3 as a message names it: 予以公开, 不予公开·属于国家秘密.
pub fn outcome(row: RequestRow) -> String {
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
pub fn value(count: Count) -> String {
    match count {
        Some(n) => n.to_string(),
        None => "空".to_owned(),
    }
}

/// `a 1 + b 0 + c 空 = 1`: the parts of a sum with their names and values (blank counted as 0).
pub fn sum<'a>(terms: impl IntoIterator<Item = (&'a str, Count)>, total: u128) -> String {
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
pub const BLANK_AS_ZERO: &str = "（空格按 0 计算）";

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
    fn paths_are_named_as_places() {
        let t = Template::Gb2021;
        assert_eq!(
            place("requests.received.natural_person", t),
            "表三「一、本年新收政府信息公开申请数量」自然人"
        );
        assert_eq!(place("proactive.fees", t), fees());
        assert_eq!(place("no.such.place", t), "no.such.place");
    }

    #[test]
    fn fast_names_equal_the_layout_ones() {
        // cell() pushes into one buffer for speed; it must say what full_label() says.
        for cell in CountCell::all() {
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
    }

    #[test]
    fn input_names_read_like_the_tables() {
        let t = Template::Gb2021;
        let name = |cell| input_name(cell, t);
        assert_eq!(
            name(CountCell::Request(
                RequestRow::Received,
                Applicant::NaturalPerson
            )),
            "表三 一、本年新收政府信息公开申请数量 自然人"
        );
        assert_eq!(
            name(CountCell::Request(
                RequestRow::RefusedStateSecret,
                Applicant::Total
            )),
            "表三 （三）不予公开 1.属于国家秘密 总计"
        );
        assert_eq!(
            name(CountCell::Doc(
                DocKind::NormativeDocuments,
                DocColumn::InForce
            )),
            "表二 行政规范性文件 现行有效件数"
        );
        assert_eq!(
            name(CountCell::Appeal(
                AppealGroup::LitigationDirect,
                crate::layout::AppealColumn::Upheld
            )),
            "表四 行政诉讼 未经复议直接起诉 结果维持"
        );
        assert_eq!(
            input_name(
                CountCell::Request(RequestRow::OtherMisc, Applicant::Total),
                Template::Gb2019
            ),
            "表三 （六）其他处理 总计"
        );
        let names: std::collections::HashSet<_> = CountCell::all().map(name).collect();
        assert_eq!(
            names.len(),
            CountCell::all().count(),
            "every name is unique"
        );
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
