//! A report's key figures, the ones an office compares across units (汇总, issue 11): requests
//! received, closed and carried forward, reviews, lawsuits and fees. Blank stays blank: a unit
//! that left 本年新收 empty is not a unit that received none.

use crate::layout::{AppealColumn, AppealGroup, Applicant, OutcomeGroup, RequestRow};
use crate::model::{Amount, Count, Report};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    /// 表三 一、本年新收 · 总计.
    pub received: Count,
    /// 表三 四、办理结果总计 · 总计.
    pub closed: Count,
    /// 表三 五、结转下年度继续办理 · 总计.
    pub carried_forward: Count,
    /// 表四 行政复议 · 总计.
    pub reviews: Count,
    /// 表四 行政诉讼, both groups · 总计.
    pub lawsuits: Count,
    /// 表二 行政事业性收费 (万元).
    pub fees: Option<Amount>,
}

impl Figures {
    pub fn of(report: &Report) -> Figures {
        let total = |row| report.requests.get(row, Applicant::Total);
        let appeal = |group| report.appeals.get(group, AppealColumn::Total);
        Figures {
            received: total(RequestRow::Received),
            closed: total(RequestRow::ClosedTotal),
            carried_forward: total(RequestRow::CarriedForward),
            reviews: appeal(AppealGroup::Review),
            lawsuits: sum([
                appeal(AppealGroup::LitigationDirect),
                appeal(AppealGroup::LitigationAfterReview),
            ]),
            fees: report.proactive.fees.clone(),
        }
    }
}

/// The sum of the counts given; blank only when every one is blank. Saturates rather than
/// overflows: these figures are for looking at, never written back into a report.
pub fn sum(counts: impl IntoIterator<Item = Count>) -> Count {
    counts
        .into_iter()
        .flatten()
        .fold(None, |total: Count, value| {
            Some(total.unwrap_or(0).saturating_add(value))
        })
}

/// How the requests of one column ended (表三 二 to 六), in the six kinds people name: 予以公开,
/// 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 — each the sum of its group's rows.
pub fn outcomes(report: &Report, column: Applicant) -> [(&'static str, Count); 6] {
    let row = |row| report.requests.get(row, column);
    let group = |group: OutcomeGroup| {
        sum(RequestRow::ALL
            .into_iter()
            .filter(|row| row.group() == Some(group))
            .map(row))
    };
    [
        ("予以公开", row(RequestRow::Granted)),
        ("部分公开", row(RequestRow::PartlyGranted)),
        ("不予公开", group(OutcomeGroup::Refused)),
        ("无法提供", group(OutcomeGroup::Unavailable)),
        ("不予处理", group(OutcomeGroup::Unhandled)),
        ("其他处理", group(OutcomeGroup::OtherHandling)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::ReportKind;
    use crate::model::CountCell;

    #[test]
    fn blank_stays_blank_and_zero_stays_zero() {
        assert_eq!(sum([None, None]), None);
        assert_eq!(sum([None, Some(0)]), Some(0));
        assert_eq!(sum([Some(2), None, Some(3)]), Some(5));
        let report = Report::blank("某局", 2025, ReportKind::Department);
        assert_eq!(Figures::of(&report), Figures::default());
    }

    #[test]
    fn figures_are_read_from_their_cells() {
        let mut report = Report::blank("某局", 2025, ReportKind::Department);
        let total = Applicant::Total;
        report.set_count(CountCell::Request(RequestRow::Received, total), Some(40));
        report.set_count(CountCell::Request(RequestRow::ClosedTotal, total), Some(38));
        report.set_count(
            CountCell::Request(RequestRow::CarriedForward, total),
            Some(2),
        );
        report.set_count(
            CountCell::Appeal(AppealGroup::Review, AppealColumn::Total),
            Some(3),
        );
        report.set_count(
            CountCell::Appeal(AppealGroup::LitigationAfterReview, AppealColumn::Total),
            Some(1),
        );
        report.proactive.fees = Amount::parse("1.25");
        let figures = Figures::of(&report);
        assert_eq!(figures.received, Some(40));
        assert_eq!(figures.closed, Some(38));
        assert_eq!(figures.carried_forward, Some(2));
        assert_eq!(figures.reviews, Some(3));
        assert_eq!(figures.lawsuits, Some(1), "直接起诉空白，复议后起诉 1");
        assert_eq!(figures.fees, Amount::parse("1.25"));
    }

    #[test]
    fn outcomes_add_up_their_groups() {
        let mut report = Report::blank("某局", 2025, ReportKind::Department);
        let cell = |row| CountCell::Request(row, Applicant::Total);
        report.set_count(cell(RequestRow::Granted), Some(10));
        report.set_count(cell(RequestRow::RefusedStateSecret), Some(1));
        report.set_count(cell(RequestRow::RefusedThirdParty), Some(2));
        report.set_count(cell(RequestRow::UnavailableNotHeld), Some(0));
        report.set_count(cell(RequestRow::OtherMisc), Some(4));
        let got = outcomes(&report, Applicant::Total);
        assert_eq!(
            got,
            [
                ("予以公开", Some(10)),
                ("部分公开", None),
                ("不予公开", Some(3)),
                ("无法提供", Some(0)),
                ("不予处理", None),
                ("其他处理", Some(4)),
            ]
        );
    }
}
