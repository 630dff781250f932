//! The report-level checks: meta (META_REQUIRED, META_SIGNATURE, DEADLINE), the required
//! narrative sections (SECTION_EMPTY) and the fee amount's unit and precision (FEES_PRECISION).

use super::{Rule, Sink};
use crate::layout::{MetaField, ReportKind, Section, TextField};
use crate::model::{Date, Field, Report};
use crate::names;

/// The first year with reports: the 2007 条例 took effect on 2008-05-01.
pub(crate) const FIRST_YEAR: i32 = 2008;
/// The latest year accepted when the caller cannot say what year it is.
pub(crate) const LAST_YEAR_WITHOUT_CLOCK: i32 = 2100;

/// More decimal places than this are finer than 1 元 (1 元 = 0.0001 万元).
const FEE_DECIMAL_PLACES: usize = 4;
/// From this many whole 万元 (100 亿元) on, the amount more likely is 元 typed into the 万元 cell:
/// the 行政事业性收费 of a whole country is a few thousand 亿元, and the largest real values in
/// published reports are in the tens of thousands of 万元 (e.g. 24252.311082).
const FEE_SUSPICIOUS_WHOLE_UNITS: u64 = 1_000_000;

pub(super) fn check(report: &Report, current_year: Option<i32>, sink: &mut Sink) {
    meta_required(report, current_year, sink);
    sections(report, sink);
    signature(report, sink);
    deadline(report, sink);
    fees(report, sink);
}

fn meta_required(report: &Report, current_year: Option<i32>, sink: &mut Sink) {
    if report.meta.agency.trim().is_empty() {
        sink.push(
            Rule::MetaRequired,
            Field::Meta(MetaField::Agency),
            Vec::new(),
            "机关名称是空的。请填写发布本报告的机关全称（例如“某某市某某局”）。".to_owned(),
        );
    }
    let last = current_year.map_or(LAST_YEAR_WITHOUT_CLOCK, |year| year.saturating_add(1));
    let message = match report.meta.year {
        None => Some("报告年度是空的。请填写本报告所报告的年份（例如 2024）。".to_owned()),
        Some(year) if !(FIRST_YEAR..=last).contains(&year) => Some(format!(
            "报告年度 {year} 不在 {FIRST_YEAR} 至 {last} 年之间。请填写本报告所报告的年份（不是成文的年份）。"
        )),
        Some(_) => None,
    };
    if let Some(message) = message {
        sink.push(
            Rule::MetaRequired,
            Field::Meta(MetaField::Year),
            Vec::new(),
            message,
        );
    }
}

fn sections(report: &Report, sink: &mut Sink) {
    for (field, section) in [
        (TextField::Overview, Section::Overview),
        (TextField::Problems, Section::Problems),
        (TextField::OtherMatters, Section::OtherMatters),
    ] {
        if report.text(field).trim().is_empty() {
            let hint = match section {
                Section::OtherMatters => {
                    "至少写明本年度信息处理费的收取情况（例如“本年度未收取信息处理费”）。"
                }
                Section::Problems => "请写明存在的主要问题和改进措施。",
                _ => "请概述本年度政府信息公开工作情况。",
            };
            sink.push(
                Rule::SectionEmpty,
                Field::Text(field),
                Vec::new(),
                format!("{}是空的。这一部分必须填写：{hint}", names::text(field)),
            );
        }
    }
}

fn signature(report: &Report, sink: &mut Sink) {
    let blank = report
        .meta
        .signature
        .as_deref()
        .is_none_or(|s| s.trim().is_empty());
    if blank {
        sink.push(
            Rule::MetaSignature,
            Field::Meta(MetaField::Signature),
            Vec::new(),
            "没有落款。报告末尾应署发布机关的名称。".to_owned(),
        );
    }
    if report.meta.date.is_none() {
        sink.push(
            Rule::MetaSignature,
            Field::Meta(MetaField::Date),
            Vec::new(),
            "没有成文日期。报告末尾应写明成文日期（例如 2022年1月14日）。".to_owned(),
        );
    }
}

/// 条例第四十九条: departments publish by 1月31日 of the next year; a government's consolidated
/// report by 3月31日. A date before the reported year is over cannot be right either.
fn deadline(report: &Report, sink: &mut Sink) {
    let (Some(year), Some(date)) = (report.meta.year, report.meta.date) else {
        return;
    };
    // A year this far out is META_REQUIRED's business; there is no deadline to compute.
    let Some(next_year) = year.checked_add(1) else {
        return;
    };
    let end_of_year = Date {
        year,
        month: 12,
        day: 31,
    };
    let (latest, who) = match report.meta.kind {
        ReportKind::Department => (
            Date {
                year: next_year,
                month: 1,
                day: 31,
            },
            "部门年度报告应于次年1月31日前公布",
        ),
        ReportKind::Government => (
            Date {
                year: next_year,
                month: 3,
                day: 31,
            },
            "本级政府年度报告应于次年3月31日前公布",
        ),
    };
    let message = if date > latest {
        format!(
            "成文日期 {} 晚于 {}。{who}（《政府信息公开条例》第四十九条）。请核对成文日期或报告年度。",
            date.chinese(),
            latest.chinese()
        )
    } else if date < end_of_year {
        format!(
            "成文日期 {} 早于 {year}年12月31日，而报告要写满全年的情况。请核对成文日期或报告年度。",
            date.chinese()
        )
    } else {
        return;
    };
    sink.push(
        Rule::Deadline,
        Field::Meta(MetaField::Date),
        Vec::new(),
        message,
    );
}

fn fees(report: &Report, sink: &mut Sink) {
    let Some(fees) = &report.proactive.fees else {
        return;
    };
    let places = fees.decimal_places();
    let message = if places > FEE_DECIMAL_PLACES {
        format!(
            "{} {fees} 万元有 {places} 位小数，精确到了 1 元以下（1 元 = 0.0001 万元）。请确认填的是万元，通常保留到 4 位小数（元）以内。",
            names::fees()
        )
    } else if fees.whole_units() >= FEE_SUSPICIOUS_WHOLE_UNITS {
        format!(
            "{} {fees} 万元，即 {} 亿元以上，像是把“元”填进了“万元”一栏。请确认单位：若原数以元计，应除以 10000。",
            names::fees(),
            fees.whole_units() / 10_000
        )
    } else {
        return;
    };
    sink.push(Rule::FeesPrecision, Field::Fees, Vec::new(), message);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Amount;
    use crate::rules::testing::{consistent_report, findings_of};
    use crate::rules::Finding;

    fn run(report: &Report, current_year: Option<i32>) -> Vec<Finding> {
        let mut sink = Sink::default();
        check(report, current_year, &mut sink);
        sink.into_findings()
    }

    #[test]
    fn a_complete_report_passes() {
        assert_eq!(run(&consistent_report(), Some(2023)), []);
    }

    #[test]
    fn meta_required() {
        let mut report = consistent_report();
        report.meta.agency = " \u{3000}".to_owned();
        report.meta.year = None;
        assert_eq!(
            findings_of(&run(&report, None), Rule::MetaRequired),
            ["meta.agency", "meta.year"]
        );
        report.meta.agency = "某局".to_owned();
        report.meta.year = Some(2007);
        assert_eq!(
            findings_of(&run(&report, None), Rule::MetaRequired),
            ["meta.year"]
        );
        report.meta.year = Some(2025);
        assert_eq!(
            run(&report, None)
                .iter()
                .filter(|f| f.rule == Rule::MetaRequired)
                .count(),
            0
        );
        assert_eq!(
            run(&report, Some(2024))
                .iter()
                .filter(|f| f.rule == Rule::MetaRequired)
                .count(),
            0
        );
        assert_eq!(
            findings_of(&run(&report, Some(2023)), Rule::MetaRequired),
            ["meta.year"]
        );
        report.meta.year = Some(2101);
        assert_eq!(
            findings_of(&run(&report, None), Rule::MetaRequired),
            ["meta.year"]
        );
    }

    #[test]
    fn section_empty() {
        let mut report = consistent_report();
        report.overview = "\n  ".to_owned();
        report.other_matters.clear();
        report.preamble.clear();
        assert_eq!(
            findings_of(&run(&report, None), Rule::SectionEmpty),
            ["overview", "other_matters"]
        );
        report.overview = "有内容".to_owned();
        report.other_matters = "有内容".to_owned();
        assert_eq!(
            findings_of(&run(&report, None), Rule::SectionEmpty),
            [] as [&str; 0]
        );
    }

    #[test]
    fn meta_signature() {
        let mut report = consistent_report();
        report.meta.signature = Some("  ".to_owned());
        report.meta.date = None;
        assert_eq!(
            findings_of(&run(&report, None), Rule::MetaSignature),
            ["meta.signature", "meta.date"]
        );
    }

    #[test]
    fn deadline_for_departments_and_governments() {
        let mut report = consistent_report();
        report.meta.date = Date::new(2023, 1, 31);
        assert!(findings_of(&run(&report, None), Rule::Deadline).is_empty());
        report.meta.date = Date::new(2022, 12, 31);
        assert!(findings_of(&run(&report, None), Rule::Deadline).is_empty());
        report.meta.date = Date::new(2023, 2, 1);
        let findings = run(&report, None);
        assert_eq!(findings_of(&findings, Rule::Deadline), ["meta.date"]);
        assert!(findings[0].message.contains("2023年1月31日"));
        report.meta.kind = ReportKind::Government;
        assert!(findings_of(&run(&report, None), Rule::Deadline).is_empty());
        report.meta.date = Date::new(2023, 4, 1);
        assert_eq!(
            findings_of(&run(&report, None), Rule::Deadline),
            ["meta.date"]
        );
        report.meta.date = Date::new(2022, 12, 30);
        let findings = run(&report, None);
        assert_eq!(findings_of(&findings, Rule::Deadline), ["meta.date"]);
        assert!(findings[0].message.contains("早于 2022年12月31日"));
    }

    #[test]
    fn fees_precision() {
        let mut report = consistent_report();
        for fine in ["0", "9116.36", "24252.3110", "999999.9999", "0.0001"] {
            report.proactive.fees = Amount::parse(fine);
            assert!(
                findings_of(&run(&report, None), Rule::FeesPrecision).is_empty(),
                "{fine}"
            );
        }
        for suspicious in ["24252.311082", "0.00001", "1000000", "91163600"] {
            report.proactive.fees = Amount::parse(suspicious);
            assert_eq!(
                findings_of(&run(&report, None), Rule::FeesPrecision),
                ["proactive.fees"],
                "{suspicious}"
            );
        }
        report.proactive.fees = Amount::parse("91163600");
        assert!(run(&report, None)[0].message.contains("9116 亿元以上"));
        report.proactive.fees = None;
        assert!(findings_of(&run(&report, None), Rule::FeesPrecision).is_empty());
    }

    #[test]
    fn extreme_years_do_not_panic() {
        let mut report = crate::rules::testing::consistent_report();
        report.meta.date = Date::new(2022, 1, 14);
        for year in [i32::MAX, i32::MIN, 0] {
            report.meta.year = Some(year);
            let findings = crate::rules::check(&report, None);
            assert!(
                findings.iter().any(|f| f.rule == Rule::MetaRequired),
                "{year}"
            );
        }
    }
}
