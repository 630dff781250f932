//! The sums against hand-made expectations, and against the real samples.

use super::*;
use crate::layout::{AppealColumn, AppealGroup, Applicant, DecisionKind, RequestRow};
use crate::model::Amount;

const RECEIVED: CountCell = CountCell::Request(RequestRow::Received, Applicant::Total);
const GRANTED: CountCell = CountCell::Request(RequestRow::Granted, Applicant::NaturalPerson);
const LICENSING: CountCell = CountCell::Decision(DecisionKind::Licensing);
const REVIEW: CountCell = CountCell::Appeal(AppealGroup::Review, AppealColumn::Total);

/// A department's report on `year`, every cell 0 and the fees "0" unless set after.
fn unit(name: &str, year: i32) -> Unit {
    let mut report = Report::blank(name, year, ReportKind::Department);
    for cell in CountCell::all() {
        report.set_count(cell, Some(0));
    }
    report.proactive.fees = Some(Amount::zero());
    report.overview = format!("{name}的概述");
    Unit {
        name: name.to_owned(),
        report,
    }
}

fn with(mut unit: Unit, cell: CountCell, value: Option<u64>) -> Unit {
    unit.report.set_count(cell, value);
    unit
}

fn with_fees(mut unit: Unit, fees: Option<&str>) -> Unit {
    unit.report.proactive.fees = fees.map(|text| Amount::parse(text).unwrap());
    unit
}

fn blanks_of<'a>(result: &'a Consolidation, path: &str) -> Option<&'a [String]> {
    result
        .blanks
        .iter()
        .find(|blanks| blanks.path == path)
        .map(|blanks| blanks.units.as_slice())
}

#[test]
fn sums_cell_by_cell_with_blanks_and_zeros() {
    let a = with(with(unit("甲局", 2023), RECEIVED, Some(5)), GRANTED, None);
    let a = with(a, LICENSING, None);
    let b = with(with(unit("乙局", 2023), RECEIVED, None), GRANTED, Some(0));
    let b = with(b, LICENSING, None);
    let c = with(with(unit("丙局", 2023), RECEIVED, Some(7)), GRANTED, None);
    let c = with(with(c, LICENSING, None), REVIEW, Some(3));
    let result = consolidate(&[a, b, c], "某县人民政府", Some(2023));

    assert_eq!(result.summed, ["甲局", "乙局", "丙局"]);
    assert!(result.left_out.is_empty());
    let report = &result.report;
    // Filled in some units: the filled ones summed, the blank ones named.
    assert_eq!(report.count(RECEIVED), Some(12));
    assert_eq!(
        blanks_of(&result, &RECEIVED.path()),
        Some(&["乙局".to_owned()][..])
    );
    // 0 is a value, not a blank.
    assert_eq!(report.count(GRANTED), Some(0));
    assert_eq!(
        blanks_of(&result, &GRANTED.path()),
        Some(&["甲局".to_owned(), "丙局".to_owned()][..])
    );
    // Blank in every unit: blank in the sum, and no unit singled out.
    assert_eq!(report.count(LICENSING), None);
    assert_eq!(blanks_of(&result, &LICENSING.path()), None);
    assert_eq!(report.count(REVIEW), Some(3));
    // Zeros everywhere else; only those three cells have blanks.
    let zero = CountCell::all()
        .filter(|cell| ![RECEIVED, GRANTED, LICENSING, REVIEW].contains(cell))
        .all(|cell| report.count(cell) == Some(0));
    assert!(zero);
    assert_eq!(result.blanks.len(), 2);
    assert_eq!(report.proactive.fees, Some(Amount::zero()));
}

#[test]
fn the_result_is_a_new_government_draft() {
    let result = consolidate(&[unit("甲局", 2023)], "某县人民政府", Some(2023));
    let report = &result.report;
    assert_eq!(report.meta.agency, "某县人民政府");
    assert_eq!(report.meta.year, Some(2023));
    assert_eq!(report.meta.kind, ReportKind::Government);
    assert_eq!(report.template, Template::Gb2021);
    assert_eq!(
        (report.meta.title.as_deref(), report.meta.date),
        (None, None)
    );
    for text in [
        &report.preamble,
        &report.overview,
        &report.problems,
        &report.other_matters,
    ] {
        assert!(text.is_empty());
    }
}

#[test]
fn fees_add_as_exact_decimals() {
    let units = [
        with_fees(unit("甲局", 2022), Some("24252.311082")),
        with_fees(unit("乙局", 2022), Some("9116.36")),
        with_fees(unit("丙局", 2022), None),
        with_fees(unit("丁局", 2022), Some("0.000001")),
        with_fees(unit("戊局", 2022), Some("1")),
    ];
    let result = consolidate(&units, "某市人民政府", Some(2022));
    assert_eq!(
        result.report.proactive.fees.as_ref().map(Amount::to_string),
        Some("33369.671083".to_owned())
    );
    assert_eq!(
        blanks_of(&result, "proactive.fees"),
        Some(&["丙局".to_owned()][..])
    );
    // The fees come last, after every count cell.
    assert_eq!(result.blanks.last().unwrap().path, "proactive.fees");

    let mixed = [
        with_fees(unit("甲局", 2022), Some("1.5")),
        with_fees(unit("乙局", 2022), Some("0.25")),
    ];
    let fees = consolidate(&mixed, "某", Some(2022)).report.proactive.fees;
    assert_eq!(fees.unwrap().to_string(), "1.75");
    let places = [
        with_fees(unit("甲局", 2022), Some("0.00")),
        with_fees(unit("乙局", 2022), Some("1")),
    ];
    let fees = consolidate(&places, "某", Some(2022)).report.proactive.fees;
    assert_eq!(fees.unwrap().to_string(), "1.00");
    let none = [
        with_fees(unit("甲局", 2022), None),
        with_fees(unit("乙局", 2022), None),
    ];
    let result = consolidate(&none, "某", Some(2022));
    assert_eq!(result.report.proactive.fees, None);
    assert_eq!(blanks_of(&result, "proactive.fees"), None);
}

#[test]
fn other_years_the_2019_format_and_duplicates_are_left_out() {
    let mut old = with(unit("旧格式局", 2023), RECEIVED, Some(1000));
    old.report.template = Template::Gb2019;
    let mut no_year = with(unit("无年度局", 2023), RECEIVED, Some(1000));
    no_year.report.meta.year = None;
    let units = [
        with(unit("甲局", 2023), RECEIVED, Some(1)),
        with(unit("乙局", 2022), RECEIVED, Some(1000)),
        old,
        no_year,
        with(unit("甲局", 2023), RECEIVED, Some(1000)),
        with(unit(" 甲局 ", 2023), RECEIVED, Some(1000)),
        with(unit("丙局", 2023), RECEIVED, Some(2)),
    ];
    let result = consolidate(&units, "某县人民政府", None);
    assert_eq!(result.report.meta.year, Some(2023));
    assert_eq!(result.summed, ["甲局", "丙局"]);
    assert_eq!(result.report.count(RECEIVED), Some(3));
    let reasons: Vec<(&str, &str)> = result
        .left_out
        .iter()
        .map(|left| (left.name.as_str(), left.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("乙局", "报告年度为 2022，汇总的是 2023 年度"),
            ("旧格式局", "2019 年旧格式的报告，表格口径不同，未汇总"),
            ("无年度局", "未填报告年度"),
            ("甲局", "与前面的「甲局」重名，可能是同一份报告交了两次"),
            (" 甲局 ", "与前面的「甲局」重名，可能是同一份报告交了两次"),
        ]
    );
    assert!(result.blanks.is_empty());
}

#[test]
fn a_name_left_out_for_its_year_does_not_shut_out_the_right_report() {
    let units = [
        unit("甲局", 2022),
        with(unit("甲局", 2023), RECEIVED, Some(4)),
    ];
    let result = consolidate(&units, "某", Some(2023));
    assert_eq!(result.summed, ["甲局"]);
    assert_eq!(result.report.count(RECEIVED), Some(4));
    assert_eq!(result.left_out.len(), 1);
}

#[test]
fn the_year_is_the_one_most_units_report_on_ties_to_the_latest() {
    let year = |years: &[i32]| {
        let units: Vec<Unit> = years
            .iter()
            .enumerate()
            .map(|(i, &year)| unit(&format!("单位{i}"), year))
            .collect();
        consolidate(&units, "某", None).report.meta.year
    };
    assert_eq!(year(&[2022, 2023, 2022]), Some(2022));
    assert_eq!(year(&[2022, 2023]), Some(2023));
    assert_eq!(year(&[2023, 2022, 2022, 2023]), Some(2023));
    // 2019-format reports do not vote.
    let mut old = [unit("甲", 2020), unit("乙", 2020), unit("丙", 2021)];
    old[0].report.template = Template::Gb2019;
    old[1].report.template = Template::Gb2019;
    assert_eq!(consolidate(&old, "某", None).report.meta.year, Some(2021));
    // A given year wins over the majority.
    let result = consolidate(&[unit("甲", 2022), unit("乙", 2022)], "某", Some(2023));
    assert_eq!(result.report.meta.year, Some(2023));
    assert!(result.summed.is_empty());
    assert_eq!(result.left_out.len(), 2);
}

#[test]
fn no_units_give_a_blank_report() {
    let result = consolidate(&[], "某县人民政府", Some(2024));
    assert_eq!(
        result.report,
        Report::blank("某县人民政府", 2024, ReportKind::Government)
    );
    assert!(result.summed.is_empty() && result.left_out.is_empty() && result.blanks.is_empty());
    // No year given and none to take: the year is left blank.
    let result = consolidate(&[], "某县人民政府", None);
    assert_eq!(result.report.meta.year, None);
    assert!(CountCell::all().all(|cell| result.report.count(cell).is_none()));
    assert_eq!(result.report.proactive.fees, None);
}

#[test]
fn a_sum_over_the_limit_is_left_blank_and_named() {
    let units = [
        with(
            with(unit("甲局", 2023), RECEIVED, Some(MAX_COUNT)),
            GRANTED,
            Some(MAX_COUNT - 1),
        ),
        with(
            with(unit("乙局", 2023), RECEIVED, Some(1)),
            GRANTED,
            Some(1),
        ),
        with(with(unit("丙局", 2023), RECEIVED, None), GRANTED, Some(0)),
    ];
    let result = consolidate(&units, "某", Some(2023));
    assert_eq!(result.report.count(RECEIVED), None);
    assert_eq!(
        blanks_of(&result, &RECEIVED.path()),
        Some(&["丙局".to_owned(), OVER_LIMIT.to_owned()][..])
    );
    // Exactly the limit still fits.
    assert_eq!(result.report.count(GRANTED), Some(MAX_COUNT));
    assert_eq!(blanks_of(&result, &GRANTED.path()), None);
}

#[test]
fn the_2022_samples_sum_to_their_values() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    let mut units = Vec::new();
    let mut expected_received = 0;
    let mut expected_names = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        // The expectation from the JSON itself, independently of the reader and of the sum.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        if value["meta"]["year"] == 2022 && value["template"] == "gb2021" {
            expected_received += value["requests"]["received"]["total"].as_u64().unwrap();
            expected_names.push(name.clone());
        }
        let report = crate::json::read_report(&text).unwrap();
        units.push(Unit { name, report });
    }
    assert!(expected_names.len() >= 4, "{expected_names:?}");
    let result = consolidate(&units, "某县人民政府", Some(2022));
    assert_eq!(result.summed, expected_names);
    assert_eq!(result.left_out.len(), paths.len() - expected_names.len());
    assert_eq!(result.report.count(RECEIVED), Some(expected_received));
    // Every left-out sample names its own year.
    for left in &result.left_out {
        assert!(
            left.reason.contains("报告年度为") || left.reason.contains("2019 年旧格式"),
            "{left:?}"
        );
    }
}

#[test]
fn an_earlier_sum_of_the_same_agency_is_left_out() {
    let unit = |name: &str, received: u64| {
        let mut report = Report::blank(name, 2025, ReportKind::Department);
        report.set_count(
            CountCell::Request(RequestRow::Received, Applicant::Total),
            Some(received),
        );
        Unit {
            name: name.to_owned(),
            report,
        }
    };
    let units = vec![
        unit("县教育局", 10),
        unit("县公安局", 20),
        unit("某县 人民政府", 30),
    ];
    let sum = consolidate(&units, "某县人民政府", Some(2025));
    assert_eq!(sum.summed, ["县教育局", "县公安局"]);
    assert_eq!(sum.left_out.len(), 1);
    assert!(
        sum.left_out[0].reason.contains("汇总结果本身"),
        "{:?}",
        sum.left_out
    );
    assert_eq!(
        sum.report
            .count(CountCell::Request(RequestRow::Received, Applicant::Total)),
        Some(30)
    );
}
