//! Every check of shared/spec/rules.md: the 勾稽关系 of the tables, the required parts of the
//! report, the content of its narrative, and the links to last year's report.
//!
//! `check` runs on every keystroke in the browser, so the checks allocate only for what they
//! report, scan each narrative a handful of times with plain substring search, and keep no global
//! state.

mod cross_year;
mod finding;

mod report;
mod tables;
mod text;

pub use finding::{Finding, Rule, Severity};
pub use text::{claims, ClaimCheck, Verdict};

use crate::layout::{
    AppealColumn, Applicant, DecisionKind, DocColumn, DocKind, MetaField, RequestRow, TextField,
};
use crate::model::{CountCell, Field, Report};

/// What the checks may know besides the report itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Last year's report of the same body, for the cross-year checks (none run without it).
    pub last_year: Option<&'a Report>,
    /// The calendar year today. The library has no clock; with `None`, META_REQUIRED accepts any
    /// year from 2008 to 2100 instead of 2008 to next year.
    pub current_year: Option<i32>,
    /// Places holding text that is not a value (typed in the editor, or found in a source): each
    /// is reported as CELL_UNREADABLE with its reason, instead of as blank.
    pub unreadable: &'a [Unreadable],
}

/// Text where a value belongs that could not be read as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub field: Field,
    /// Why, in Chinese, quoting the text (see [`crate::number`]).
    pub message: String,
}

/// Every finding on `report`: errors first, then warnings, each in the order of the place it
/// names in the printed report (meta, 一, table 2, table 3 row by row, table 4, 五, 六).
pub fn check(report: &Report, last_year: Option<&Report>) -> Vec<Finding> {
    check_with(
        report,
        &Context {
            last_year,
            ..Context::default()
        },
    )
}

/// [`check`] with everything the caller knows.
pub fn check_with(report: &Report, context: &Context<'_>) -> Vec<Finding> {
    let mut sink = Sink::default();
    tables::check(report, &mut sink);
    report::check(report, context.current_year, &mut sink);
    text::check(report, &mut sink);
    if let Some(last_year) = context.last_year {
        cross_year::check(report, last_year, &mut sink);
    }
    if !context.unreadable.is_empty() {
        unreadable(context.unreadable, &mut sink);
    }
    sink.finish()
}

/// A place holding unreadable text is not blank, and a year typed in a form that cannot be read
/// is not missing: those findings give way to one that says what is wrong with the text.
fn unreadable(places: &[Unreadable], sink: &mut Sink) {
    let held = |finding: &Finding| places.iter().any(|p| p.field.path() == finding.path);
    sink.items.retain(|(_, _, finding)| {
        !(matches!(finding.rule, Rule::CellBlank | Rule::MetaRequired) && held(finding))
    });
    for place in places {
        sink.push(
            Rule::CellUnreadable,
            place.field,
            Vec::new(),
            place.message.clone(),
        );
    }
}

/// Collects findings with the position of their place, to sort them once at the end.
#[derive(Default)]
pub(crate) struct Sink {
    items: Vec<(Severity, u16, Finding)>,
}

impl Sink {
    pub(crate) fn push(&mut self, rule: Rule, field: Field, related: Vec<String>, message: String) {
        let severity = rule.severity();
        self.items.push((
            severity,
            position(field),
            Finding {
                rule,
                severity,
                path: field.path(),
                related,
                message,
            },
        ));
    }

    fn finish(mut self) -> Vec<Finding> {
        // Stable: findings on the same place keep the order the checks emitted them in.
        self.items
            .sort_by_key(|(severity, position, _)| (*severity, *position));
        self.items
            .into_iter()
            .map(|(_, _, finding)| finding)
            .collect()
    }

    #[cfg(test)]
    pub(crate) fn into_findings(self) -> Vec<Finding> {
        self.finish()
    }
}

/// Where a field is printed, as a number that sorts in reading order.
fn position(field: Field) -> u16 {
    match field {
        Field::Meta(meta) => MetaField::ALL.iter().position(|&m| m == meta).unwrap_or(0) as u16,
        Field::Text(TextField::Preamble) => 10,
        Field::Text(TextField::Overview) => 11,
        Field::Count(cell) => 20 + cell_position(cell),
        // After table 2's nine counts, before table 3.
        Field::Fees => 29,
        Field::Text(TextField::Problems) => 300,
        Field::Text(TextField::OtherMatters) => 301,
    }
}

/// A count cell's place in the printed tables (CountCell::all() order), with a gap after table 2
/// for the fee amount. Computed, not searched: this runs for every finding.
fn cell_position(cell: CountCell) -> u16 {
    let index = match cell {
        CountCell::Doc(kind, column) => {
            let kind = DocKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
            let column = DocColumn::ALL
                .iter()
                .position(|&c| c == column)
                .unwrap_or(0);
            kind * DocColumn::ALL.len() + column
        }
        CountCell::Decision(kind) => {
            6 + DecisionKind::ALL
                .iter()
                .position(|&k| k == kind)
                .unwrap_or(0)
        }
        CountCell::Request(row, column) => 10 + row.index() * Applicant::ALL.len() + column.index(),
        CountCell::Appeal(group, column) => {
            10 + RequestRow::ALL.len() * Applicant::ALL.len()
                + group.index() * AppealColumn::ALL.len()
                + column.index()
        }
    };
    index as u16
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests {
    use super::testing::consistent_report;
    use super::*;

    #[test]
    fn a_consistent_report_has_no_findings() {
        let report = consistent_report();
        assert_eq!(check(&report, None), []);
        assert_eq!(
            check(&report, Some(&report.clone())).len(),
            2,
            "same text twice"
        );
    }

    #[test]
    fn errors_come_first_then_reading_order() {
        let mut report = consistent_report();
        report.meta.signature = None;
        report.other_matters.clear();
        report
            .requests
            .set(RequestRow::Received, Applicant::Total, None);
        report
            .requests
            .set(RequestRow::Granted, Applicant::Commercial, Some(40));
        let findings = check(&report, None);
        let ids: Vec<_> = findings
            .iter()
            .map(|f| (f.rule.id(), f.path.as_str()))
            .collect();
        let errors = findings
            .iter()
            .take_while(|f| f.severity == Severity::Error)
            .count();
        assert!(findings[errors..]
            .iter()
            .all(|f| f.severity == Severity::Warning));
        assert_eq!(ids[0], ("CELL_BLANK", "requests.received.total"));
        // The blank counts as 0, so the row no longer adds up either: same place, emitted later.
        assert_eq!(ids[1], ("T3_ROW_TOTAL", "requests.received.total"));
        assert_eq!(ids[2], ("T3_ROW_TOTAL", "requests.granted.total"));
        assert_eq!(*ids.last().unwrap(), ("FEE_STATEMENT", "other_matters"));
        assert!(ids.contains(&("SECTION_EMPTY", "other_matters")));
        assert!(ids.contains(&("META_SIGNATURE", "meta.signature")));
    }

    #[test]
    fn unreadable_text_is_its_own_finding_not_a_blank() {
        let mut report = consistent_report();
        let research = CountCell::Request(RequestRow::Received, Applicant::Research);
        report.set_count(research, None);
        report.meta.year = None;
        let unreadable = [
            Unreadable {
                field: Field::Count(research),
                message: "「abc」不是数字".to_owned(),
            },
            Unreadable {
                field: Field::Meta(MetaField::Year),
                message: "「二〇二一」不是年份".to_owned(),
            },
        ];
        let context = Context {
            unreadable: &unreadable,
            ..Context::default()
        };
        let findings = check_with(&report, &context);
        let at = |path: &str| {
            findings
                .iter()
                .filter(|f| f.path == path)
                .map(|f| f.rule.id())
                .collect::<Vec<_>>()
        };
        assert_eq!(at("meta.year"), ["CELL_UNREADABLE"]);
        // The row still does not add up, since the text counts as nothing.
        assert!(at("requests.received.research").contains(&"CELL_UNREADABLE"));
        assert!(!at("requests.received.research").contains(&"CELL_BLANK"));
        let unreadable = findings
            .iter()
            .find(|f| f.rule == Rule::CellUnreadable && f.path == "requests.received.research")
            .unwrap();
        assert_eq!(unreadable.message, "「abc」不是数字");
        assert_eq!(unreadable.severity, Severity::Error);
        // Without the text, the same report has a blank cell and a missing year.
        let plain = check(&report, None);
        assert!(plain
            .iter()
            .any(|f| f.rule == Rule::CellBlank && f.path == "requests.received.research"));
        assert!(plain
            .iter()
            .any(|f| f.rule == Rule::MetaRequired && f.path == "meta.year"));
    }

    #[test]
    fn positions_follow_the_printed_order() {
        use crate::layout::AppealGroup;
        let order = [
            Field::Meta(MetaField::Agency),
            Field::Meta(MetaField::Date),
            Field::Text(TextField::Overview),
            Field::Count(CountCell::Doc(DocKind::Regulations, DocColumn::Issued)),
            Field::Count(CountCell::Decision(DecisionKind::Coercion)),
            Field::Fees,
            Field::Count(CountCell::Request(
                RequestRow::Received,
                Applicant::NaturalPerson,
            )),
            Field::Count(CountCell::Request(
                RequestRow::CarriedForward,
                Applicant::Total,
            )),
            Field::Count(CountCell::Appeal(
                AppealGroup::LitigationAfterReview,
                AppealColumn::Total,
            )),
            Field::Text(TextField::Problems),
            Field::Text(TextField::OtherMatters),
        ];
        for pair in order.windows(2) {
            assert!(position(pair[0]) < position(pair[1]), "{pair:?}");
        }
        let cells: Vec<u16> = CountCell::all().map(cell_position).collect();
        assert!(cells.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
