//! The table checks (errors): blank cells and the 勾稽关系 of tables 3 and 4.
//!
//! Arithmetic is done in u128, so no sum of u64 counts can overflow, and a blank cell counts as 0
//! in every equation; the blank itself is reported once, by CELL_BLANK, so that one blank never
//! hides another error nor is reported under several rules.

use super::{Rule, Sink};
use crate::layout::{Applicant, RequestRow, Template};
use crate::model::{Count, CountCell, Field, Report};
use crate::names::{self, BLANK_AS_ZERO};
use crate::sums::Sum;

pub(super) fn check(report: &Report, sink: &mut Sink) {
    blank_cells(report, sink);
    sums(report, sink);
    balances(report, sink);
}

/// A blank counts as 0 in sums.
pub(crate) fn n(count: Count) -> u128 {
    count.map_or(0, u128::from)
}

fn request_path(row: RequestRow, column: Applicant) -> String {
    CountCell::Request(row, column).path()
}

/// CELL_BLANK: every cell the report's template defines must hold a number. A gb2019 source
/// lacks some cells (CountCell::in_template) and the fee amount: those stay blank legitimately.
fn blank_cells(report: &Report, sink: &mut Sink) {
    let template = report.template;
    let mut cells = CountCell::all().peekable();
    // Table 2's counts, then the fee amount, then tables 3 and 4: the printed order.
    while let Some(cell) =
        cells.next_if(|c| matches!(c, CountCell::Doc(..) | CountCell::Decision(_)))
    {
        blank_cell(report, cell, sink);
    }
    if template == Template::Gb2021 && report.proactive.fees.is_none() {
        sink.push(
            Rule::CellBlank,
            Field::Fees,
            Vec::new(),
            format!(
                "{}是空的。已公布的表格不能留空：本年没有收费请填 0。",
                names::fees()
            ),
        );
    }
    for cell in cells {
        blank_cell(report, cell, sink);
    }
}

fn blank_cell(report: &Report, cell: CountCell, sink: &mut Sink) {
    if report.count(cell).is_some() || !cell.in_template(report.template) {
        return;
    }
    let mut message = names::cell(cell, report.template);
    message.push_str(if cell.is_total() {
        "是空的。已公布的表格不能留空：请填上总计（各项之和）。"
    } else {
        "是空的。已公布的表格不能留空：没有发生请填 0。"
    });
    sink.push(Rule::CellBlank, Field::Count(cell), Vec::new(), message);
}

/// T3_ROW_TOTAL, T3_CLOSED_SUM and T4_GROUP_TOTAL: every total equals the sum of its parts
/// (`crate::sums` lists them).
fn sums(report: &Report, sink: &mut Sink) {
    for equation in Sum::all() {
        let total = equation.total();
        if !total.in_template(report.template) {
            continue;
        }
        let stated = report.count(total);
        let parts = equation.parts();
        let sum: u128 = parts.iter().map(|&part| n(report.count(part))).sum();
        if sum == n(stated) {
            continue;
        }
        let (rule, message) = match equation {
            Sum::RowTotal(row) => (
                Rule::T3RowTotal,
                total_message(
                    report,
                    (&format!("表三「{}」行", row.full_label()), "各列"),
                    (&parts, stated, sum),
                ),
            ),
            Sum::GroupTotal(group) => (
                Rule::T4GroupTotal,
                total_message(
                    report,
                    (&format!("表四「{}」", group.full_label()), "各项"),
                    (&parts, stated, sum),
                ),
            ),
            Sum::ClosedSum(column) => (
                Rule::T3ClosedSum,
                closed_sum_message(report, column, stated, sum),
            ),
        };
        sink.push(
            rule,
            Field::Count(total),
            parts.iter().map(|part| part.path()).collect(),
            message,
        );
    }
}

/// 「表三「…」行：自然人 1 + 商业企业 0 + … = 1，但总计填的是 2，两者应相等。请核对各列，或把总计改为
/// 1。」: `place` names the row or group, `what` what to check; the parts are named by their column.
fn total_message(
    report: &Report,
    (place, what): (&str, &str),
    (parts, stated, sum): (&[CountCell], Count, u128),
) -> String {
    let column = |cell: CountCell| match cell {
        CountCell::Request(_, column) => column.label(),
        CountCell::Appeal(_, column) => column.label(),
        _ => "",
    };
    let any_blank = stated.is_none() || parts.iter().any(|&part| report.count(part).is_none());
    let terms = parts.iter().map(|&part| (column(part), report.count(part)));
    format!(
        "{place}：{}，但总计填的是 {}，两者应相等{}。请核对{what}，或把总计改为 {sum}。",
        names::sum(terms, sum),
        names::value(stated),
        if any_blank { BLANK_AS_ZERO } else { "" },
    )
}

/// （七）总计 names only the outcomes that hold something: 21 terms, mostly 0, would bury the point.
fn closed_sum_message(report: &Report, column: Applicant, stated: Count, sum: u128) -> String {
    let requests = &report.requests;
    let shown: Vec<(String, Count)> = RequestRow::outcomes()
        .filter(|&row| requests.get(row, column) != Some(0))
        .filter(|&row| row.in_gb2019() || report.template == Template::Gb2021)
        .map(|row| (names::outcome(row), requests.get(row, column)))
        .collect();
    let any_blank = stated.is_none() || shown.iter().any(|(_, count)| count.is_none());
    let terms = if shown.is_empty() {
        format!("各项均为 0，合计 {sum}")
    } else {
        format!(
            "非零各项为 {}",
            names::sum(
                shown.iter().map(|(name, count)| (name.as_str(), *count)),
                sum
            )
        )
    };
    format!(
        "{}列：办理结果（一）至（六）{terms}，但（七）总计填的是 {}，两者应相等{}。请核对各项办理结果，或把（七）总计改为 {sum}。",
        column.label(),
        names::value(stated),
        if any_blank { BLANK_AS_ZERO } else { "" },
    )
}

/// T3_BALANCE: 一 + 二 = 三（七） + 四, the rule printed in the table's corner.
fn balances(report: &Report, sink: &mut Sink) {
    let requests = &report.requests;
    for column in Applicant::ALL {
        let get = |row| requests.get(row, column);
        let [received, carried_over, closed, carried_forward] = [
            RequestRow::Received,
            RequestRow::CarriedOver,
            RequestRow::ClosedTotal,
            RequestRow::CarriedForward,
        ]
        .map(get);
        let left = n(received) + n(carried_over);
        let right = n(closed) + n(carried_forward);
        if left == right {
            continue;
        }
        let any_blank = [received, carried_over, closed, carried_forward]
            .iter()
            .any(Option::is_none);
        sink.push(
            Rule::T3Balance,
            Field::Count(CountCell::Request(RequestRow::CarriedForward, column)),
            [
                RequestRow::Received,
                RequestRow::CarriedOver,
                RequestRow::ClosedTotal,
            ]
            .into_iter()
            .map(|row| request_path(row, column))
            .collect(),
            format!(
                "{}列：{} {} + {} {} = {left}，{} {} + {} {} = {right}，两边应相等{}。一件申请要么本年办结，要么结转下年度，不能同时计入。",
                column.label(),
                RequestRow::Received.short_label(),
                names::value(received),
                RequestRow::CarriedOver.short_label(),
                names::value(carried_over),
                RequestRow::ClosedTotal.short_label(),
                names::value(closed),
                RequestRow::CarriedForward.short_label(),
                names::value(carried_forward),
                if any_blank { BLANK_AS_ZERO } else { "" },
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{AppealColumn, AppealGroup};
    use crate::layout::{DocColumn, DocKind};
    use crate::rules::testing::{consistent_report, findings_of};

    fn run(report: &Report) -> Vec<crate::rules::Finding> {
        let mut sink = Sink::default();
        check(report, &mut sink);
        sink.into_findings()
    }

    #[test]
    fn a_consistent_report_passes_every_table_check() {
        assert_eq!(run(&consistent_report()), []);
    }

    #[test]
    fn cell_blank_names_the_blank_cell() {
        let mut report = consistent_report();
        report
            .requests
            .set(RequestRow::CarriedForward, Applicant::Total, None);
        report.proactive.fees = None;
        let findings = run(&report);
        assert_eq!(
            findings_of(&findings, Rule::CellBlank),
            ["proactive.fees", "requests.carried_forward.total"]
        );
        let message = &findings[1].message;
        assert!(
            message.starts_with("表三「四、结转下年度继续办理」总计是空的"),
            "{message}"
        );
    }

    #[test]
    fn cell_blank_exempts_what_gb2019_lacks() {
        let mut report = consistent_report();
        report.template = Template::Gb2019;
        report.proactive.fees = None;
        for kind in DocKind::ALL {
            *report.proactive.docs_mut(kind).slot(DocColumn::InForce) = None;
            *report.proactive.docs_mut(kind).slot(DocColumn::Repealed) = None;
        }
        for row in [RequestRow::OtherNoCorrection, RequestRow::OtherUnpaidFee] {
            for column in Applicant::ALL {
                report.requests.set(row, column, None);
            }
        }
        crate::totals::fill_totals(&mut report);
        assert_eq!(run(&report), []);
        report.proactive.regulations.issued = None;
        assert_eq!(
            findings_of(&run(&report), Rule::CellBlank),
            ["proactive.regulations.issued"]
        );
    }

    #[test]
    fn row_total_must_be_the_sum_of_the_applicants() {
        let mut report = consistent_report();
        report
            .requests
            .set(RequestRow::Granted, Applicant::Commercial, Some(3));
        let findings = run(&report);
        assert_eq!(
            findings_of(&findings, Rule::T3RowTotal),
            ["requests.granted.total"]
        );
        let finding = findings
            .iter()
            .find(|f| f.rule == Rule::T3RowTotal)
            .unwrap();
        assert_eq!(finding.related.len(), 6);
        assert!(finding
            .related
            .contains(&"requests.granted.commercial".to_owned()));
        assert!(
            finding.message.contains("商业企业 3") && finding.message.contains("改为"),
            "{}",
            finding.message
        );
    }

    #[test]
    fn closed_total_must_be_the_sum_of_the_outcomes() {
        let mut report = consistent_report();
        report
            .requests
            .set(RequestRow::ClosedTotal, Applicant::NaturalPerson, Some(99));
        let findings = run(&report);
        let found = findings_of(&findings, Rule::T3ClosedSum);
        assert_eq!(found, ["requests.closed_total.natural_person"]);
        let finding = findings
            .iter()
            .find(|f| f.rule == Rule::T3ClosedSum)
            .unwrap();
        assert_eq!(finding.related.len(), 21);
        assert!(
            finding.message.contains("（七）总计填的是 99"),
            "{}",
            finding.message
        );
        // The row total of （七） no longer matches its parts either.
        assert_eq!(
            findings_of(&findings, Rule::T3RowTotal),
            ["requests.closed_total.total"]
        );
    }

    #[test]
    fn balance_message_reads_like_rules_md() {
        let mut report = crate::Report::blank("某局", 2022, crate::ReportKind::Department);
        report.requests = crate::model::Requests::filled(Some(0));
        for column in [Applicant::NaturalPerson, Applicant::Total] {
            report.requests.set(RequestRow::Received, column, Some(1));
            report.requests.set(RequestRow::OtherMisc, column, Some(1));
            report
                .requests
                .set(RequestRow::ClosedTotal, column, Some(1));
            report
                .requests
                .set(RequestRow::CarriedForward, column, Some(1));
        }
        let findings = run(&report);
        assert_eq!(
            findings_of(&findings, Rule::T3Balance),
            [
                "requests.carried_forward.natural_person",
                "requests.carried_forward.total"
            ]
        );
        let finding = findings.iter().find(|f| f.rule == Rule::T3Balance).unwrap();
        assert_eq!(
            finding.message,
            "自然人列：本年新收 1 + 上年结转 0 = 1，办理结果总计 1 + 结转下年度 1 = 2，两边应相等。一件申请要么本年办结，要么结转下年度，不能同时计入。"
        );
        assert_eq!(
            finding.related,
            [
                "requests.received.natural_person",
                "requests.carried_over.natural_person",
                "requests.closed_total.natural_person"
            ]
        );
    }

    #[test]
    fn balance_passes_when_carried_forward_is_right() {
        let mut report = consistent_report();
        assert_eq!(findings_of(&run(&report), Rule::T3Balance), [] as [&str; 0]);
        report
            .requests
            .set(RequestRow::CarriedOver, Applicant::Research, Some(1));
        report
            .requests
            .set(RequestRow::CarriedOver, Applicant::Total, Some(3));
        assert_eq!(
            findings_of(&run(&report), Rule::T3Balance),
            [
                "requests.carried_forward.research",
                "requests.carried_forward.total"
            ]
        );
    }

    #[test]
    fn appeal_total_must_be_the_sum_of_its_group() {
        let mut report = consistent_report();
        report.appeals.set(
            AppealGroup::LitigationDirect,
            AppealColumn::Pending,
            Some(2),
        );
        let findings = run(&report);
        assert_eq!(
            findings_of(&findings, Rule::T4GroupTotal),
            ["appeals.litigation_direct.total"]
        );
        assert!(findings[0]
            .message
            .starts_with("表四「行政诉讼·未经复议直接起诉」"));
        assert_eq!(findings[0].related.len(), 4);
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let mut report = consistent_report();
        for column in Applicant::PARTS {
            report
                .requests
                .set(RequestRow::Received, column, Some(u64::MAX));
        }
        let findings = run(&report);
        assert!(findings_of(&findings, Rule::T3RowTotal).contains(&"requests.received.total"));
        assert!(findings
            .iter()
            .any(|f| f.message.contains("110680464442257309690")));
    }

    #[test]
    fn blanks_count_as_zero_and_are_said_to() {
        let mut report = consistent_report();
        report
            .appeals
            .set(AppealGroup::Review, AppealColumn::Upheld, None);
        let findings = run(&report);
        // Review: upheld was 1 of a total of 2; with the blank as 0 the total no longer adds up.
        assert_eq!(
            findings_of(&findings, Rule::CellBlank),
            ["appeals.review.upheld"]
        );
        let total = findings
            .iter()
            .find(|f| f.rule == Rule::T4GroupTotal)
            .unwrap();
        assert!(total.message.contains("结果维持 空"), "{}", total.message);
        assert!(total.message.contains(BLANK_AS_ZERO));
    }
}
