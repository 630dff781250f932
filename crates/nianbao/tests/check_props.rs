//! Properties of the checks over generated reports: filled totals satisfy every table check, and
//! no report (nor any JSON the reader lets through) makes the checks panic or name a place that
//! does not exist.

mod common;

use nianbao::json::from_value;
use nianbao::layout::{MetaField, TextField};
use nianbao::rules::{check, Rule, Severity};
use nianbao::totals::fill_totals;
use nianbao::{CountCell, Field};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::HashSet;

const TABLE_RULES: [Rule; 4] = [
    Rule::T3RowTotal,
    Rule::T3ClosedSum,
    Rule::T3Balance,
    Rule::T4GroupTotal,
];

/// Every path a finding may name.
fn known_paths() -> HashSet<String> {
    CountCell::all()
        .map(|cell| cell.path())
        .chain(MetaField::ALL.map(|f| Field::Meta(f).path()))
        .chain(TextField::ALL.map(|f| Field::Text(f).path()))
        .chain([Field::Fees.path()])
        .collect()
}

/// Real counts are small. Sums beyond u64::MAX saturate (a total cannot hold them, and the checks
/// rightly say so); the properties are about every other report.
fn keep_sums_exact(report: &mut nianbao::Report) {
    for cell in CountCell::all() {
        if let Some(n) = report.count(cell) {
            report.set_count(cell, Some(n % 100_000));
        }
    }
}

proptest! {
    #[test]
    fn filled_totals_pass_the_sum_checks(mut report in common::arb_report()) {
        keep_sums_exact(&mut report);
        fill_totals(&mut report);
        let findings = check(&report, None);
        // T3_BALANCE compares stated data (结转下年度), which fill_totals rightly leaves alone;
        // the three sum checks must all be quiet.
        for finding in &findings {
            prop_assert!(
                !matches!(finding.rule, Rule::T3RowTotal | Rule::T3ClosedSum | Rule::T4GroupTotal),
                "{:?} at {}: {}", finding.rule, finding.path, finding.message
            );
        }
    }

    #[test]
    fn balanced_reports_pass_every_table_check(mut report in common::arb_report()) {
        use nianbao::layout::{Applicant, RequestRow};
        keep_sums_exact(&mut report);
        fill_totals(&mut report);
        // Received what was closed, and carried forward what was carried over: every column of
        // table 3 balances, and no table check may fire at all.
        for column in Applicant::PARTS {
            let get = |row| report.requests.get(row, column).unwrap_or(0);
            let (closed, carried) = (get(RequestRow::ClosedTotal), get(RequestRow::CarriedOver));
            report.requests.set(RequestRow::Received, column, Some(closed));
            report.requests.set(RequestRow::CarriedForward, column, Some(carried));
        }
        fill_totals(&mut report);
        for finding in check(&report, None) {
            prop_assert!(
                !TABLE_RULES.contains(&finding.rule),
                "{:?} at {}: {}", finding.rule, finding.path, finding.message
            );
        }
    }

    #[test]
    fn findings_are_ordered_and_name_real_places(
        report in common::arb_report(),
        last_year in proptest::option::of(common::arb_report()),
    ) {
        let findings = check(&report, last_year.as_ref());
        let known = known_paths();
        let mut seen_warning = false;
        for finding in &findings {
            prop_assert_eq!(finding.severity, finding.rule.severity());
            seen_warning |= finding.severity == Severity::Warning;
            prop_assert!(!(seen_warning && finding.severity == Severity::Error), "errors come first");
            prop_assert!(known.contains(&finding.path), "unknown path {}", finding.path);
            for related in &finding.related {
                prop_assert!(known.contains(related), "unknown related path {}", related);
            }
            prop_assert!(!finding.message.trim().is_empty());
        }
    }

    #[test]
    fn whatever_the_reader_accepts_can_be_checked(
        index in 0usize..64,
        pointer_pick in any::<proptest::sample::Index>(),
        replacement in common::arb_json_leaf(),
    ) {
        let samples = common::sample_files();
        let (_, text) = &samples[index % samples.len()];
        let mut value: Value = serde_json::from_str(text).unwrap();
        let pointers = common::pointers_of(&value);
        let pointer = pointer_pick.get(&pointers).clone();
        if let Some(slot) = value.pointer_mut(&pointer) {
            *slot = replacement;
        }
        if let Ok(report) = from_value(&value) {
            let _ = check(&report, Some(&report));
        }
    }
}
