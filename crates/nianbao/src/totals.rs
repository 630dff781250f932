//! The totals the editor computes: 总计 of every table-3 row, （七）总计 of every table-3 column
//! and 总计 of every table-4 group, from their parts.
//!
//! After `fill_totals`, T3_ROW_TOTAL, T3_CLOSED_SUM and T4_GROUP_TOTAL cannot fire (unless a sum
//! exceeds u64::MAX, where it saturates). T3_BALANCE can: 四 结转下年度 is not a total but data
//! the user states, and a wrong one is exactly what that check is for.

use crate::model::{Count, Report};
use crate::sums::Sum;

/// Sets every total of tables 3 and 4 to the sum of its parts. A blank part counts as 0; a total
/// whose parts are all blank stays blank, so that the rows a gb2019 source lacks, and a table
/// not yet typed in, do not fill up with invented zeros.
pub fn fill_totals(report: &mut Report) {
    // In `Sum::all`'s order the （七） row's total is set from stale parts first and then, by the
    // 总计 column's （七） sum, from the outcomes' totals: equal to the sum of its new parts.
    for equation in Sum::all() {
        let total = sum(equation.parts().into_iter().map(|part| report.count(part)));
        report.set_count(equation.total(), total);
    }
}

/// Whether filling the totals would make one of them larger than `limit` (the editor refuses a
/// typed count that would, rather than store a total no JavaScript reader reads exactly).
pub fn totals_exceed(report: &Report, limit: u64) -> bool {
    // In `Sum::all`'s order a part that is a total was computed by an earlier equation.
    let mut computed: Vec<(crate::model::CountCell, u128)> = Vec::new();
    for equation in Sum::all() {
        let total: u128 = equation
            .parts()
            .into_iter()
            .map(|part| {
                computed
                    .iter()
                    .rev()
                    .find(|(cell, _)| *cell == part)
                    .map_or_else(|| u128::from(report.count(part).unwrap_or(0)), |&(_, v)| v)
            })
            .sum();
        if total > u128::from(limit) {
            return true;
        }
        computed.push((equation.total(), total));
    }
    false
}

/// The sum of the non-blank counts, saturating; blank when every count is.
fn sum(counts: impl Iterator<Item = Count>) -> Count {
    counts.flatten().fold(None, |total: Count, n| {
        Some(total.unwrap_or(0).saturating_add(n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::OutcomeGroup;
    use crate::layout::{AppealColumn, AppealGroup, Applicant, RequestRow};
    use crate::model::{Appeals, Requests};
    use crate::rules::{check, Rule};
    use crate::{ReportKind, Template};

    fn table_findings(report: &Report) -> Vec<(Rule, String)> {
        check(report, None)
            .into_iter()
            .filter(|f| {
                matches!(
                    f.rule,
                    Rule::T3RowTotal | Rule::T3ClosedSum | Rule::T3Balance | Rule::T4GroupTotal
                )
            })
            .map(|f| (f.rule, f.path))
            .collect()
    }

    /// A small deterministic generator (xorshift), so the test needs no dependency and is the
    /// same on every run.
    struct Numbers(u64);
    impl Numbers {
        fn next(&mut self, below: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % below
        }
    }

    #[test]
    fn after_fill_totals_no_table_check_fires() {
        let mut numbers = Numbers(0x2545_F491_4F6C_DD1D);
        for round in 0..200 {
            let mut report = Report::blank("某局", 2023, ReportKind::Department);
            // Wrong totals to start with: fill_totals must overwrite them.
            report.requests = Requests::filled(Some(numbers.next(1000)));
            report.appeals = Appeals::filled(Some(numbers.next(1000)));
            for column in Applicant::PARTS {
                let mut closed = 0;
                for row in RequestRow::outcomes() {
                    // Some blanks, which count as 0.
                    let value = match numbers.next(10) {
                        0 => None,
                        _ => Some(numbers.next(50)),
                    };
                    closed += value.unwrap_or(0);
                    report.requests.set(row, column, value);
                }
                let carried_over = numbers.next(5);
                let carried_forward = numbers.next(5);
                report
                    .requests
                    .set(RequestRow::CarriedOver, column, Some(carried_over));
                report
                    .requests
                    .set(RequestRow::CarriedForward, column, Some(carried_forward));
                // Chosen so that 一 + 二 = 三（七） + 四 holds.
                let received = (closed + carried_forward).checked_sub(carried_over);
                let received = received.unwrap_or_else(|| {
                    report
                        .requests
                        .set(RequestRow::CarriedOver, column, Some(0));
                    closed + carried_forward
                });
                report
                    .requests
                    .set(RequestRow::Received, column, Some(received));
            }
            for group in AppealGroup::ALL {
                for column in AppealColumn::PARTS {
                    report.appeals.set(group, column, Some(numbers.next(7)));
                }
            }
            if round % 2 == 1 {
                report.template = Template::Gb2019;
            }
            fill_totals(&mut report);
            assert_eq!(table_findings(&report), [], "round {round}");
        }
    }

    #[test]
    fn totals_are_the_sums() {
        let mut report = Report::blank("某局", 2023, ReportKind::Department);
        report
            .requests
            .set(RequestRow::Granted, Applicant::NaturalPerson, Some(3));
        report
            .requests
            .set(RequestRow::Granted, Applicant::OtherOrg, Some(2));
        report.requests.set(
            RequestRow::RefusedStateSecret,
            Applicant::NaturalPerson,
            Some(1),
        );
        report
            .appeals
            .set(AppealGroup::Review, AppealColumn::Pending, Some(4));
        fill_totals(&mut report);
        let r = &report.requests;
        assert_eq!(r.get(RequestRow::Granted, Applicant::Total), Some(5));
        assert_eq!(
            r.get(RequestRow::ClosedTotal, Applicant::NaturalPerson),
            Some(4)
        );
        assert_eq!(r.get(RequestRow::ClosedTotal, Applicant::OtherOrg), Some(2));
        assert_eq!(r.get(RequestRow::ClosedTotal, Applicant::Total), Some(6));
        assert_eq!(
            report.appeals.get(AppealGroup::Review, AppealColumn::Total),
            Some(4)
        );
    }

    #[test]
    fn all_blank_parts_leave_the_total_blank() {
        let mut report = Report::blank("某局", 2020, ReportKind::Department);
        report.template = Template::Gb2019;
        report
            .requests
            .set(RequestRow::OtherMisc, Applicant::NaturalPerson, Some(1));
        fill_totals(&mut report);
        for row in OutcomeGroup::OtherHandling.rows() {
            let expected = (row == RequestRow::OtherMisc).then_some(1);
            assert_eq!(report.requests.get(row, Applicant::Total), expected);
        }
        assert_eq!(
            report.requests.get(RequestRow::Received, Applicant::Total),
            None
        );
        assert_eq!(
            report.appeals.get(AppealGroup::Review, AppealColumn::Total),
            None
        );
        assert_eq!(
            report
                .requests
                .get(RequestRow::ClosedTotal, Applicant::Commercial),
            None
        );
    }

    #[test]
    fn totals_that_would_exceed_a_limit_are_foreseen() {
        use crate::model::MAX_COUNT;
        let mut report = Report::blank("某局", 2023, ReportKind::Department);
        report.requests.set(
            RequestRow::Granted,
            Applicant::NaturalPerson,
            Some(MAX_COUNT),
        );
        assert!(!totals_exceed(&report, MAX_COUNT));
        // One more application elsewhere in the same column: （七）总计 would pass the limit.
        report
            .requests
            .set(RequestRow::PartlyGranted, Applicant::NaturalPerson, Some(1));
        assert!(totals_exceed(&report, MAX_COUNT));
        // Or in table 4.
        let mut report = Report::blank("某局", 2023, ReportKind::Department);
        report
            .appeals
            .set(AppealGroup::Review, AppealColumn::Upheld, Some(MAX_COUNT));
        report
            .appeals
            .set(AppealGroup::Review, AppealColumn::Pending, Some(2));
        assert!(totals_exceed(&report, MAX_COUNT));
        assert!(!totals_exceed(&report, MAX_COUNT + 2));
    }

    #[test]
    fn huge_sums_saturate_instead_of_panicking() {
        let mut report = Report::blank("某局", 2023, ReportKind::Department);
        report.requests.set(
            RequestRow::Granted,
            Applicant::NaturalPerson,
            Some(u64::MAX),
        );
        report
            .requests
            .set(RequestRow::Granted, Applicant::Commercial, Some(u64::MAX));
        fill_totals(&mut report);
        assert_eq!(
            report.requests.get(RequestRow::Granted, Applicant::Total),
            Some(u64::MAX)
        );
    }
}
