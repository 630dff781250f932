//! The sums the tables are built on: each 总计 of table 3's rows, each （七）总计 of its columns, and
//! each 总计 of table 4's groups, with the cells that add up to it. `totals` fills them and
//! `rules` checks them from this one list; T3_BALANCE, which compares two sides rather than a
//! total with its parts, is not among them.

use crate::layout::{AppealColumn, AppealGroup, Applicant, RequestRow};
use crate::model::CountCell;

/// One equation: a total and what it is the sum of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sum {
    /// T3_ROW_TOTAL: a row's 总计 = its six applicant columns.
    RowTotal(RequestRow),
    /// T3_CLOSED_SUM: a column's （七）总计 = its 21 outcome rows.
    ClosedSum(Applicant),
    /// T4_GROUP_TOTAL: a group's 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    GroupTotal(AppealGroup),
}

impl Sum {
    /// Every equation, in an order that filling can follow: the rows' totals, then the columns'
    /// （七）总计 (which also sets the （七） row's own 总计 from the outcomes' totals), then table 4.
    pub fn all() -> impl Iterator<Item = Sum> {
        RequestRow::ALL
            .into_iter()
            .map(Sum::RowTotal)
            .chain(Applicant::ALL.into_iter().map(Sum::ClosedSum))
            .chain(AppealGroup::ALL.into_iter().map(Sum::GroupTotal))
    }

    pub fn total(self) -> CountCell {
        match self {
            Sum::RowTotal(row) => CountCell::Request(row, Applicant::Total),
            Sum::ClosedSum(column) => CountCell::Request(RequestRow::ClosedTotal, column),
            Sum::GroupTotal(group) => CountCell::Appeal(group, AppealColumn::Total),
        }
    }

    pub fn parts(self) -> Vec<CountCell> {
        match self {
            Sum::RowTotal(row) => Applicant::PARTS
                .iter()
                .map(|&column| CountCell::Request(row, column))
                .collect(),
            Sum::ClosedSum(column) => RequestRow::outcomes()
                .map(|row| CountCell::Request(row, column))
                .collect(),
            Sum::GroupTotal(group) => AppealColumn::PARTS
                .iter()
                .map(|&column| CountCell::Appeal(group, column))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_total_cell_has_an_equation_and_parts_are_data() {
        let mut totals: Vec<CountCell> = Sum::all().map(Sum::total).collect();
        // （七）总计's 总计 is both its row's total and its column's: two equations, one cell.
        assert_eq!(totals.len(), 25 + 7 + 3);
        totals.sort_by_key(|c| c.path());
        totals.dedup();
        let expected: Vec<CountCell> = CountCell::all().filter(|c| c.is_total()).collect();
        assert_eq!(totals.len(), expected.len());
        // A part that is itself a total is set by an earlier equation, so one pass in order fills
        // everything; the （七） row's own total is the exception, set again by ClosedSum(Total).
        let mut set = Vec::new();
        for sum in Sum::all() {
            if sum != Sum::RowTotal(RequestRow::ClosedTotal) {
                for part in sum.parts().into_iter().filter(|p| p.is_total()) {
                    assert!(
                        set.contains(&part),
                        "{sum:?} reads {part:?} before it is set"
                    );
                }
            }
            set.push(sum.total());
        }
    }
}
