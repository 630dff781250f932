//! The pictures people would rather look at than read (issue 11): for one report, how its
//! requests ended, who asked, how reviews and lawsuits ended, and this year against last; for a
//! 汇总, the same over its units and the units ranked by requests received. Each is a
//! [`BarChart`], drawn as SVG text by the library itself (no chart library, nothing fetched),
//! with every number written out, so that the picture and the tables can be checked against
//! each other — and are, in the tests, on the SVG's text.

mod svg;

pub use svg::{escape, percent, BarChart};

use crate::figures::{outcomes, sum, Figures};
use crate::layout::{AppealColumn, AppealGroup, Applicant, RequestRow, TableId};
use crate::model::{Count, Report};

#[cfg(test)]
mod tests;

/// 表三, how the requests ended (总计 column): 予以公开, 部分公开, 不予公开, 无法提供, 不予处理,
/// 其他处理, each with its share.
pub fn outcome_mix(report: &Report, whose: &str) -> BarChart {
    BarChart {
        title: format!("{whose}申请办理结果"),
        unit: "件",
        series: Vec::new(),
        rows: outcomes(report, Applicant::Total)
            .into_iter()
            .map(|(label, value)| (label.to_owned(), vec![value]))
            .collect(),
        shares: true,
        note: Some("取自表三“总计”列；占比为占六类结果之和。".to_owned()),
    }
}

/// 表三 一、本年新收, by applicant.
pub fn applicants(report: &Report, whose: &str) -> BarChart {
    BarChart {
        title: format!("{whose}本年新收申请的申请人"),
        unit: "件",
        series: Vec::new(),
        rows: Applicant::ALL
            .into_iter()
            .filter(|column| *column != Applicant::Total)
            .map(|column| {
                let label = match column {
                    Applicant::OtherOrg => "其他法人或组织",
                    column => column.label(),
                };
                (
                    label.to_owned(),
                    vec![report.requests.get(RequestRow::Received, column)],
                )
            })
            .collect(),
        shares: true,
        note: Some("取自表三第一行；商业企业至其他为法人或其他组织。".to_owned()),
    }
}

/// 表四: 行政复议, 行政诉讼 without and after review, each by result.
pub fn appeals(report: &Report, whose: &str) -> BarChart {
    BarChart {
        title: format!("{whose}行政复议和行政诉讼结果"),
        unit: "件",
        series: AppealColumn::PARTS
            .into_iter()
            .map(AppealColumn::label)
            .collect(),
        rows: AppealGroup::ALL
            .into_iter()
            .map(|group| {
                let label = match group {
                    AppealGroup::Review => "行政复议",
                    AppealGroup::LitigationDirect => "行政诉讼：未经复议直接起诉",
                    AppealGroup::LitigationAfterReview => "行政诉讼：复议后起诉",
                };
                (
                    label.to_owned(),
                    AppealColumn::PARTS
                        .into_iter()
                        .map(|column| report.appeals.get(group, column))
                        .collect(),
                )
            })
            .collect(),
        shares: false,
        note: None,
    }
}

/// This year's key figures beside last year's (the report attached as last year's).
pub fn year_on_year(report: &Report, last_year: &Report, whose: &str) -> BarChart {
    let now = Figures::of(report);
    let then = Figures::of(last_year);
    let year = |report: &Report| {
        report
            .meta
            .year
            .map_or("（年度未填）".to_owned(), |y| format!("{y}年"))
    };
    let pair = |label: &str, now: Count, then: Count| (label.to_owned(), vec![now, then]);
    BarChart {
        title: format!("{whose}{}与{}对比", year(report), year(last_year)),
        unit: "件",
        series: vec!["本年", "上年"],
        rows: vec![
            pair("本年新收申请", now.received, then.received),
            pair("办结", now.closed, then.closed),
            pair("结转下年度", now.carried_forward, then.carried_forward),
            pair("行政复议", now.reviews, then.reviews),
            pair("行政诉讼", now.lawsuits, then.lawsuits),
        ],
        shares: false,
        note: None,
    }
}

/// One report's pictures, each with the table it illustrates (for a .docx that puts each
/// after its table): how requests ended, who asked and, with last year's report, this year
/// against last after 表三; reviews and lawsuits after 表四.
pub fn beside_tables(report: &Report, last_year: Option<&Report>) -> Vec<(TableId, BarChart)> {
    let mut charts = vec![
        (TableId::Requests, outcome_mix(report, "")),
        (TableId::Requests, applicants(report, "")),
    ];
    if let Some(last_year) = last_year {
        charts.push((TableId::Requests, year_on_year(report, last_year, "")));
    }
    charts.push((TableId::Appeals, appeals(report, "")));
    charts
}

/// A consolidation's pictures, each with its table: how the requests ended, who asked and the
/// summed `units` ranked by requests received after 表三; reviews and lawsuits after 表四.
pub fn consolidation_beside_tables(
    total: &Report,
    units: &[(String, &Report)],
    whose: &str,
) -> Vec<(TableId, BarChart)> {
    vec![
        (TableId::Requests, outcome_mix(total, whose)),
        (TableId::Requests, applicants(total, whose)),
        (TableId::Appeals, appeals(total, whose)),
        (TableId::Requests, ranked(units, whose)),
    ]
}

/// How many units a ranking shows; the rest are counted in one line under it.
pub const RANKED: usize = 20;

/// Units ranked by requests received (表三 本年新收 · 总计), most first; blanks last, as 空白.
pub fn ranked(units: &[(String, &Report)], whose: &str) -> BarChart {
    let mut rows: Vec<(String, Count)> = units
        .iter()
        .map(|(name, report)| {
            (
                name.clone(),
                report.requests.get(RequestRow::Received, Applicant::Total),
            )
        })
        .collect();
    // Stable: units with the same count keep the order they were given in.
    rows.sort_by_key(|(_, value)| std::cmp::Reverse(value.map(|v| v as i128).unwrap_or(-1)));
    let rest = rows.len().saturating_sub(RANKED);
    let note = (rest > 0).then(|| {
        let others = sum(rows[RANKED..].iter().map(|(_, value)| *value));
        format!(
            "另有 {rest} 个单位未列出，共收到 {} 件。",
            others.map_or("（空白）".to_owned(), |n| n.to_string())
        )
    });
    rows.truncate(RANKED);
    BarChart {
        title: format!("{whose}各单位本年新收申请"),
        unit: "件",
        series: Vec::new(),
        rows: rows
            .into_iter()
            .map(|(name, value)| (name, vec![value]))
            .collect(),
        shares: false,
        note,
    }
}
