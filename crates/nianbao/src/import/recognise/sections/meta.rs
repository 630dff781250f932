//! 机关, 年度 and the kind of report, each with the note that says where it came from: the title
//! first, then the 落款, the preamble's statistics period or the 成文日期, a guess said as a doubt.

use super::agency::{self, FromTitle};
use super::dates;
use super::kind::{self, KindOf};
use super::lines::squeeze;
use crate::import::notes::{ImportReport, Note};
use crate::layout::ReportKind;
use crate::model::Date;

/// The agency: the title's (in full when the 落款 gives the full name), else the 落款.
pub(super) fn agency_of(
    from_title: &FromTitle,
    signature: Option<&str>,
    notes: &mut ImportReport,
) -> String {
    let found = |notes: &mut ImportReport, message: String| notes.found.push(Note::new(message));
    match (&from_title.agency, signature) {
        (Some(titled), signature) => {
            if let Some(full) = agency::in_full(titled, signature) {
                found(
                    notes,
                    format!("机关：{full}（标题作「{titled}」，取落款的全称）"),
                );
                return full;
            }
            found(notes, format!("机关：{titled}"));
            if let Some(signature) = signature.filter(|s| !s.contains(titled.as_str())) {
                notes.doubts.push(Note::at(
                    "meta.signature",
                    format!("落款「{signature}」与标题中的机关「{titled}」不同，请核对"),
                ));
            }
            titled.clone()
        }
        (None, Some(signature)) => {
            found(notes, format!("机关：{signature}（标题中没有，取自落款）"));
            signature.to_owned()
        }
        (None, None) => {
            notes.missing.push(Note::at(
                "meta.agency",
                "未找到机关名称：标题和落款都没有写，请填写",
            ));
            String::new()
        }
    }
}

/// The year: the title's; else the statistics period of the preamble; else the year before the
/// 成文日期 (a report on 2021 is written in early 2022).
pub(super) fn year_of(
    titled: Option<i32>,
    preamble: &str,
    date: Option<Date>,
    notes: &mut ImportReport,
) -> Option<i32> {
    if let Some(year) = titled {
        notes.found.push(Note::new(format!("年度：{year}")));
        if let Some(date) = date.filter(|d| d.year != year + 1) {
            notes.doubts.push(Note::at(
                "meta.date",
                format!(
                    "成文日期 {} 不在报告年度 {year} 的下一年，请核对年度和日期",
                    printed_date(date)
                ),
            ));
        }
        return Some(year);
    }
    if let Some(year) = dates::period_year(&squeeze(preamble)) {
        notes.doubts.push(Note::at(
            "meta.year",
            format!("标题中没有年度，按前言所述统计期限取 {year} 年，请核对"),
        ));
        return Some(year);
    }
    if let Some(date) = date {
        let year = date.year - 1;
        notes.doubts.push(Note::at(
            "meta.year",
            format!(
                "标题中没有年度，按成文日期 {} 推定为 {year} 年度，请核对",
                printed_date(date)
            ),
        ));
        return Some(year);
    }
    notes.missing.push(Note::at(
        "meta.year",
        "未找到报告年度：标题中没有写年份，请填写",
    ));
    None
}

/// The kind, from the agency's name (see [`kind`](super::kind)); a guess is a doubt.
pub(super) fn kind_of(agency: &str, notes: &mut ImportReport) -> ReportKind {
    if agency.is_empty() {
        notes.doubts.push(Note::at(
            "meta.kind",
            format!(
                "没有机关名称，无法判断报告类型，按「{}」导入，请核对",
                ReportKind::Department.label()
            ),
        ));
        return ReportKind::Department;
    }
    let KindOf { kind, certain } = kind::of_agency(agency);
    if certain {
        notes.found.push(Note::new(format!(
            "报告类型：{}（据机关名称「{agency}」）",
            kind.label()
        )));
    } else {
        notes.doubts.push(Note::at(
            "meta.kind",
            format!(
                "报告类型按「{}」导入（机关名称「{agency}」{}），如不是请改",
                kind.label(),
                match kind {
                    ReportKind::Government => "是地区名，没有部门的名称",
                    ReportKind::Department => "看不出是政府还是部门",
                }
            ),
        ));
    }
    kind
}

pub(super) fn printed_date(date: Date) -> String {
    format!("{}年{}月{}日", date.year, date.month, date.day)
}
