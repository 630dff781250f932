//! 汇总: one consolidated report from many units' reports — 表二, 三 and 四 summed cell by cell,
//! a cell blank in the sum only when it is blank in every unit, fees added as exact decimals —
//! and which units were summed, which were left out and why (issue 11).
//!
//! Who is summed: a unit is left out, with its reason in Chinese, when its report is in the 2019
//! format (its tables count differently), when it reports on another year or on none, when a
//! unit of the same name was already summed (most likely the same report handed in twice), or
//! when it bears the consolidated report's own 机关 (most likely an earlier sum, which counted
//! every unit already).
//!
//! A cell's sum: the sum of the summed units' values; blank only when blank in every one. When
//! some units left it blank and others did not, the sum counts the filled ones and a [`Blanks`]
//! names the blank units. A count sum above [`MAX_COUNT`] is not clamped (that would print a
//! wrong number): the cell is left blank and its [`Blanks`] names 「（合计超出上限）」 after any
//! blank units.

use crate::layout::{ReportKind, Template};
use crate::model::{CountCell, Field, Report, MAX_COUNT};
use std::collections::{BTreeMap, HashSet};

#[cfg(test)]
mod tests;

mod roster;
pub use roster::{expected_units, roster, Roster};

/// One unit's report and the name it is listed under (its 机关, or its file's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub name: String,
    pub report: Report,
}

/// A unit not summed, and why, in Chinese (another year, the 2019 format…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub name: String,
    pub reason: String,
}

/// The units that left a cell blank: named so the office can chase them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blanks {
    /// The cell's JSON path (`requests.received.total`, `proactive.fees`).
    pub path: String,
    pub units: Vec<String>,
}

/// The consolidated report (kind 政府, the office's own 机关 and the year summed) and what went
/// into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consolidation {
    pub report: Report,
    pub summed: Vec<String>,
    pub left_out: Vec<LeftOut>,
    pub blanks: Vec<Blanks>,
}

/// Named in a cell's [`Blanks`] when its sum exceeds [`MAX_COUNT`] and the cell is left blank.
pub const OVER_LIMIT: &str = "（合计超出上限）";

/// Sums `units` for the report of `agency` on `year`; `year` None takes the year most units
/// report on (ties: the latest). With no year given and none to take (no unit of the 2021
/// format has one), the report's year is left blank.
///
/// The report is a new draft of kind 政府 in the 2021 format: the summed tables, and no
/// narrative, title, signature or date — the office writes its own. `summed` lists the units in
/// input order; `blanks` follows the order the tables print their cells, fees last.
pub fn consolidate(units: &[Unit], agency: &str, year: Option<i32>) -> Consolidation {
    let year = year.or_else(|| most_reported_year(units));
    let mut report = Report::blank(agency, year.unwrap_or_default(), ReportKind::Government);
    report.meta.year = year;

    let mut summed: Vec<&Unit> = Vec::new();
    let mut left_out = Vec::new();
    for (unit, reason) in units.iter().zip(reasons_left_out(units, year, agency)) {
        match reason {
            Some(reason) => left_out.push(LeftOut {
                name: unit.name.clone(),
                reason,
            }),
            None => summed.push(unit),
        }
    }

    let mut blanks = Vec::new();
    for cell in CountCell::all() {
        let (sum, mut missing) = sum_cell(
            &summed,
            |report| report.count(cell),
            |a, b| a.checked_add(*b).filter(|sum| *sum <= MAX_COUNT),
        );
        let value = match sum {
            Sum::Value(value) => Some(value),
            Sum::Blank => None,
            Sum::Overflow => {
                missing.push(OVER_LIMIT.to_owned());
                None
            }
        };
        report.set_count(cell, value);
        if !missing.is_empty() {
            blanks.push(Blanks {
                path: cell.path(),
                units: missing,
            });
        }
    }
    let (fees, missing) = sum_cell(
        &summed,
        |report| report.proactive.fees.clone(),
        |a, b| Some(a.plus(b)),
    );
    report.proactive.fees = match fees {
        Sum::Value(amount) => Some(amount),
        Sum::Blank | Sum::Overflow => None,
    };
    if !missing.is_empty() {
        blanks.push(Blanks {
            path: Field::Fees.path(),
            units: missing,
        });
    }

    Consolidation {
        report,
        summed: summed.iter().map(|unit| unit.name.clone()).collect(),
        left_out,
        blanks,
    }
}

/// For each unit, why it is not summed into `agency`'s report on `year` (Chinese), or None when
/// it is: what [`consolidate`] does, for a view that lists every unit with its standing.
pub fn reasons_left_out(units: &[Unit], year: Option<i32>, agency: &str) -> Vec<Option<String>> {
    let mut names = HashSet::new();
    units
        .iter()
        .map(|unit| {
            let reason = own_report(unit, agency).or_else(|| reason_left_out(unit, year, &names));
            if reason.is_none() {
                names.insert(unit.name.trim());
            }
            reason
        })
        .collect()
}

/// The year most units in the 2021 format report on; ties go to the latest.
pub fn most_reported_year(units: &[Unit]) -> Option<i32> {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for unit in units {
        if unit.report.template == Template::Gb2021 {
            if let Some(year) = unit.report.meta.year {
                *counts.entry(year).or_default() += 1;
            }
        }
    }
    // max_by_key keeps the last of equal maxima: the latest year, the map being ordered.
    counts
        .into_iter()
        .max_by_key(|(_, count)| *count)
        .map(|(year, _)| year)
}

/// Said of a unit that bears the consolidated report's own 机关: summing an earlier sum would
/// count every unit twice.
fn own_report(unit: &Unit, agency: &str) -> Option<String> {
    let fold = |name: &str| {
        name.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    let agency = fold(agency);
    (!agency.is_empty() && (fold(&unit.name) == agency || fold(&unit.report.meta.agency) == agency))
        .then(|| "与汇总报告的机关同名，可能是汇总结果本身（其中已含各单位），未汇总".to_owned())
}

/// Why `unit` is not summed into the report on `year`, in Chinese; None when it is summed.
/// `summed` holds the (trimmed) names already summed.
fn reason_left_out(unit: &Unit, year: Option<i32>, summed: &HashSet<&str>) -> Option<String> {
    if unit.report.template == Template::Gb2019 {
        return Some("2019 年旧格式的报告，表格口径不同，未汇总".to_owned());
    }
    match (unit.report.meta.year, year) {
        (None, _) => return Some("未填报告年度".to_owned()),
        (Some(own), Some(year)) if own != year => {
            return Some(format!("报告年度为 {own}，汇总的是 {year} 年度"));
        }
        (Some(own), None) => return Some(format!("报告年度为 {own}，汇总的年度未定")),
        _ => {}
    }
    let name = unit.name.trim();
    summed
        .contains(name)
        .then(|| format!("与前面的「{name}」重名，可能是同一份报告交了两次"))
}

/// A cell's sum over the summed units.
enum Sum<T> {
    Value(T),
    /// Blank in every unit (or no unit summed).
    Blank,
    /// The sum does not fit.
    Overflow,
}

/// Sums one cell: `get` reads it from a report, `add` adds two values (None: overflow). Returns
/// the sum and the names of the units that left the cell blank, when some did not.
fn sum_cell<T>(
    units: &[&Unit],
    get: impl Fn(&Report) -> Option<T>,
    add: impl Fn(&T, &T) -> Option<T>,
) -> (Sum<T>, Vec<String>) {
    let mut sum = Sum::Blank;
    let mut missing = Vec::new();
    for unit in units {
        match get(&unit.report) {
            None => missing.push(unit.name.clone()),
            Some(value) => {
                sum = match sum {
                    Sum::Blank => Sum::Value(value),
                    Sum::Value(total) => add(&total, &value).map_or(Sum::Overflow, Sum::Value),
                    Sum::Overflow => Sum::Overflow,
                }
            }
        }
    }
    if matches!(sum, Sum::Blank) {
        // Blank everywhere: the sum is blank too, and no unit stands out.
        missing.clear();
    }
    (sum, missing)
}
