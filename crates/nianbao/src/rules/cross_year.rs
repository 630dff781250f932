//! The checks against last year's report of the same body: CROSS_CARRY (error), CROSS_IN_FORCE,
//! CROSS_SAME_TEXT and CROSS_JUMP (warnings).
//!
//! A cell of last year's report that its template lacks (a gb2019 source has no 现行有效件数) or
//! that is blank there is unknown, and nothing is compared with it: the fault, if any, is not in
//! this year's report.

use super::tables::n;
use super::{Rule, Sink};
use crate::layout::{Applicant, DecisionKind, DocColumn, DocKind, RequestRow, TextField};
use crate::model::{Count, CountCell, Field, Report};
use crate::names;

/// From this share of shared character pairs on (Dice coefficient, 0–1), a section counts as
/// the same text as last year's. A report rewritten from last year's skeleton scores about 0.65
/// (平潭综合实验区公安局 2021→2022 一); one copied with the numbers and a few words changed, above 0.9.
const SAME_TEXT_DICE: f64 = 0.85;
/// Shorter sections (after normalising) are not compared: 无 is the same every year, rightly.
const SAME_TEXT_MIN_CHARS: usize = 40;
/// CROSS_JUMP: a change by more than this factor…
const JUMP_FACTOR: u128 = 5;
/// …where the larger value is at least this.
const JUMP_MIN: u128 = 20;

pub(super) fn check(report: &Report, last_year: &Report, sink: &mut Sink) {
    carry(report, last_year, sink);
    in_force(report, last_year, sink);
    same_text(report, last_year, sink);
    jumps(report, last_year, sink);
}

/// Last year's value of a cell, when last year's report has it.
fn last_value(last_year: &Report, cell: CountCell) -> Count {
    if cell.in_template(last_year.template) {
        last_year.count(cell)
    } else {
        None
    }
}

/// CROSS_CARRY: 二 上年结转 = last year's 四 结转下年度继续办理, per column.
fn carry(report: &Report, last_year: &Report, sink: &mut Sink) {
    for column in Applicant::ALL {
        let Some(last) = last_value(
            last_year,
            CountCell::Request(RequestRow::CarriedForward, column),
        ) else {
            continue;
        };
        let cell = CountCell::Request(RequestRow::CarriedOver, column);
        let this = report.count(cell);
        if n(this) == u128::from(last) {
            continue;
        }
        sink.push(
            Rule::CrossCarry,
            Field::Count(cell),
            Vec::new(),
            format!(
                "{}列：本年上年结转 {}，但上年报告的结转下年度继续办理为 {last}，两者应相等。上年转入本年继续办理的申请，就是本年的上年结转：请核对后改正。",
                column.label(),
                names::value(this),
            ),
        );
    }
}

/// CROSS_IN_FORCE: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止.
fn in_force(report: &Report, last_year: &Report, sink: &mut Sink) {
    for kind in DocKind::ALL {
        let cell = |column| CountCell::Doc(kind, column);
        if DocColumn::ALL
            .iter()
            .any(|&column| !cell(column).in_template(report.template))
        {
            continue;
        }
        let Some(last) = last_value(last_year, cell(DocColumn::InForce)) else {
            continue;
        };
        // A blank 现行有效 is CELL_BLANK's; there is nothing to compare yet.
        let Some(this) = report.count(cell(DocColumn::InForce)) else {
            continue;
        };
        let issued = report.count(cell(DocColumn::Issued));
        let repealed = report.count(cell(DocColumn::Repealed));
        let expected = i128::from(last) + n(issued) as i128 - n(repealed) as i128;
        if i128::from(this) == expected {
            continue;
        }
        let template = report.template;
        let advice = if i128::from(this) < expected {
            "文件也会因有效期届满或被宣布失效而减少：如属这种情况，请在报告中说明；否则请核对本年制发、本年废止和现行有效件数。"
        } else {
            "现行有效件数比推算的多，通常是漏填了本年制发件数或上年的数字有误：请核对。"
        };
        sink.push(
            Rule::CrossInForce,
            Field::Count(cell(DocColumn::InForce)),
            vec![
                cell(DocColumn::Issued).path(),
                cell(DocColumn::Repealed).path(),
            ],
            format!(
                "{} {this}，而上年现行有效 {last} + {} {} − {} {} = {expected}。{advice}",
                names::cell(cell(DocColumn::InForce), template),
                DocColumn::Issued.label(template),
                names::value(issued),
                DocColumn::Repealed.label(template),
                names::value(repealed),
            ),
        );
    }
}

/// CROSS_SAME_TEXT: 一 or 五 nearly the same as last year's (内容雷同).
fn same_text(report: &Report, last_year: &Report, sink: &mut Sink) {
    for field in [TextField::Overview, TextField::Problems] {
        let Some(dice) = similarity(report.text(field), last_year.text(field)) else {
            continue;
        };
        if dice < SAME_TEXT_DICE {
            continue;
        }
        sink.push(
            Rule::CrossSameText,
            Field::Text(field),
            Vec::new(),
            format!(
                "{}与上年报告的同一部分几乎相同（字词重合度约 {}%）。内容雷同是国家格式点名的问题：请按本年度的实际情况重写。",
                names::text(field),
                (dice * 100.0).round() as u32
            ),
        );
    }
}

/// The Dice coefficient of the sets of adjacent character pairs of two texts, after dropping
/// everything but Chinese characters (U+4000–U+9FFF) and Latin letters (so digits, years, spaces
/// and punctuation do not count), or `None` when either text is too short to judge.
///
/// The sets are 65,536-bit fingerprints (a hash of each pair sets one bit): no sorting and no
/// allocation, at the price of collisions, which can only raise the estimate, by about 1% for
/// sections of a thousand characters.
pub(crate) fn similarity(a: &str, b: &str) -> Option<f64> {
    const WORDS: usize = 1024;
    /// Sets the bits of `text`'s pairs in `bits`; returns how many chars were kept, how many
    /// bits it set, and how many of those are also set in `other`. Counting while setting spares
    /// a popcount over the whole fingerprint, slow on targets without a popcount instruction.
    fn fingerprint(text: &str, bits: &mut [u64; WORDS], other: &[u64; WORDS]) -> (usize, u32, u32) {
        let bytes = text.as_bytes();
        let mut previous: Option<u32> = None;
        let (mut kept, mut ones, mut shared) = (0, 0, 0);
        let mut i = 0;
        // Bytes, not chars: decoding every char was most of the cost where the release profile
        // optimises for size.
        while i < bytes.len() {
            let lead = bytes[i];
            let (token, len) = if (0xE4..=0xE9).contains(&lead) && i + 2 < bytes.len() {
                // U+4000..U+9FFF: the CJK unified ideographs (and the end of extension A).
                let token = (u32::from(lead) << 16)
                    | (u32::from(bytes[i + 1]) << 8)
                    | u32::from(bytes[i + 2]);
                (Some(token), 3)
            } else if lead.is_ascii_alphabetic() {
                (Some(u32::from(lead)), 1)
            } else {
                let len = match lead {
                    0xF0.. => 4,
                    0xE0.. => 3,
                    0xC0.. => 2,
                    _ => 1,
                };
                (None, len)
            };
            i += len;
            let Some(token) = token else {
                continue;
            };
            kept += 1;
            if let Some(p) = previous {
                let pair = (u64::from(p) << 24) | u64::from(token);
                let hash = (pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize;
                let (word, bit) = (hash / 64, 1u64 << (hash % 64));
                if bits[word] & bit == 0 {
                    bits[word] |= bit;
                    ones += 1;
                    if other[word] & bit != 0 {
                        shared += 1;
                    }
                }
            }
            previous = Some(token);
        }
        (kept, ones, shared)
    }
    let mut x = [0u64; WORDS];
    let mut y = [0u64; WORDS];
    let (kept_a, ones_a, _) = fingerprint(a, &mut x, &y);
    if kept_a < SAME_TEXT_MIN_CHARS {
        return None;
    }
    let (kept_b, ones_b, shared) = fingerprint(b, &mut y, &x);
    if kept_b < SAME_TEXT_MIN_CHARS {
        return None;
    }
    Some(2.0 * f64::from(shared) / f64::from(ones_a + ones_b))
}

/// CROSS_JUMP: 本年新收 总计, 行政许可, 行政处罚 grew more than 5× or fell below a fifth, where
/// the larger value is at least 20.
fn jumps(report: &Report, last_year: &Report, sink: &mut Sink) {
    for cell in [
        CountCell::Request(RequestRow::Received, Applicant::Total),
        CountCell::Decision(DecisionKind::Licensing),
        CountCell::Decision(DecisionKind::Punishment),
    ] {
        if !cell.in_template(report.template) {
            continue;
        }
        let (Some(this), Some(last)) = (report.count(cell), last_value(last_year, cell)) else {
            continue;
        };
        let (this, last) = (u128::from(this), u128::from(last));
        if this.max(last) < JUMP_MIN {
            continue;
        }
        let change = if this > last * JUMP_FACTOR {
            match this.checked_div(last) {
                Some(times) => format!("是上年的 {times} 倍多"),
                None => "从 0 增加而来".to_owned(),
            }
        } else if this * JUMP_FACTOR < last {
            "不到上年的五分之一".to_owned()
        } else {
            continue;
        };
        sink.push(
            Rule::CrossJump,
            Field::Count(cell),
            Vec::new(),
            format!(
                "{}本年为 {this}，上年为 {last}，{change}。请核对是否填错（例如多打或少打了一个 0、统计口径变了）；如属实，建议在报告中说明原因。",
                names::cell(cell, report.template),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{consistent_report, findings_of};
    use crate::rules::Finding;
    use crate::Template;

    fn run(report: &Report, last_year: &Report) -> Vec<Finding> {
        let mut sink = Sink::default();
        check(report, last_year, &mut sink);
        sink.into_findings()
    }

    /// Last year's report to `consistent_report()`, with other words.
    fn last_year() -> Report {
        let mut last = consistent_report();
        last.meta.year = Some(2021);
        last.overview = "2021年，本局按照上级部署推进政务公开，围绕中心工作抓好信息发布、政策解读和回应关切，各项工作有序开展，群众满意度稳步提高，依申请公开办理规范。".to_owned();
        last.problems = "一方面，基层公开标准化规范化程度偏低；另一方面，解读材料质量参差。下一年度拟组织专题培训并建立解读材料质量评查制度。".to_owned();
        last
    }

    #[test]
    fn a_consistent_pair_passes() {
        assert_eq!(run(&consistent_report(), &last_year()), []);
    }

    #[test]
    fn carried_over_must_match_last_years_carried_forward() {
        let mut last = last_year();
        last.requests.set(
            RequestRow::CarriedForward,
            Applicant::NaturalPerson,
            Some(3),
        );
        last.requests
            .set(RequestRow::CarriedForward, Applicant::Total, Some(3));
        let findings = run(&consistent_report(), &last);
        assert_eq!(
            findings_of(&findings, Rule::CrossCarry),
            [
                "requests.carried_over.natural_person",
                "requests.carried_over.total"
            ]
        );
        assert!(findings[0]
            .message
            .contains("上年报告的结转下年度继续办理为 3"));
        // A blank cell of last year's is unknown: nothing to compare with.
        last.requests
            .set(RequestRow::CarriedForward, Applicant::NaturalPerson, None);
        assert_eq!(
            findings_of(&run(&consistent_report(), &last), Rule::CrossCarry),
            ["requests.carried_over.total"]
        );
    }

    #[test]
    fn in_force_follows_from_last_year() {
        let mut report = consistent_report();
        report.proactive.normative_documents.issued = Some(4);
        report.proactive.normative_documents.repealed = Some(1);
        report.proactive.normative_documents.in_force = Some(13);
        let mut last = last_year();
        assert_eq!(
            findings_of(&run(&report, &last), Rule::CrossInForce),
            [] as [&str; 0]
        );
        last.proactive.normative_documents.in_force = Some(2);
        let findings = run(&report, &last);
        assert_eq!(
            findings_of(&findings, Rule::CrossInForce),
            ["proactive.normative_documents.in_force"]
        );
        assert!(
            findings[0]
                .message
                .contains("上年现行有效 2 + 本年制发件数 4 − 本年废止件数 1 = 5"),
            "{}",
            findings[0].message
        );
        // gb2019 had no 现行有效件数.
        last.template = Template::Gb2019;
        last.proactive.normative_documents.in_force = None;
        assert!(findings_of(&run(&report, &last), Rule::CrossInForce).is_empty());
    }

    #[test]
    fn same_text_is_noticed() {
        let report = consistent_report();
        let mut last = last_year();
        last.problems = report
            .problems
            .replace("2022", "2021")
            .replace("丰富", "创新");
        let findings = run(&report, &last);
        assert_eq!(findings_of(&findings, Rule::CrossSameText), ["problems"]);
        // Short sections are not compared.
        let mut report = report;
        report.problems = "无。".to_owned();
        last.problems = "无。".to_owned();
        assert!(findings_of(&run(&report, &last), Rule::CrossSameText).is_empty());
    }

    #[test]
    fn similarity_ignores_digits_and_punctuation() {
        let a = "2022年，我局收到申请12件，予以公开6件，部分公开2件，其余依法作出答复。全年主动公开政府信息326条，政策解读十篇。";
        let b = "2023年我局收到申请30件，予以公开16件，部分公开9件；其余依法作出答复！全年主动公开政府信息1326条，政策解读十篇";
        assert!(similarity(a, b).unwrap() > 0.99);
        let c = "本年度围绕优化营商环境，集中发布惠企政策与办事指南，持续完善网站栏目，增设解读专区，扩大互动交流渠道。";
        assert!(similarity(a, c).unwrap() < 0.3);
        assert_eq!(similarity("短", a), None);
    }

    #[test]
    fn jumps_of_five_times_are_noticed() {
        let mut report = consistent_report();
        let mut last = last_year();
        // 12 → 30: the larger is ≥ 20 but the change is only 2.5×.
        report
            .requests
            .set(RequestRow::Received, Applicant::Total, Some(30));
        assert!(findings_of(&run(&report, &last), Rule::CrossJump).is_empty());
        // 0 → 20 counts; 100 → 19 counts; 10 → 19 does not (both under 20).
        last.requests
            .set(RequestRow::Received, Applicant::Total, Some(0));
        report
            .requests
            .set(RequestRow::Received, Applicant::Total, Some(20));
        last.proactive.licensing = Some(100);
        report.proactive.licensing = Some(19);
        last.proactive.punishment = Some(10);
        report.proactive.punishment = Some(19);
        let findings = run(&report, &last);
        assert_eq!(
            findings_of(&findings, Rule::CrossJump),
            ["proactive.licensing", "requests.received.total"]
        );
        // Not when either side is blank.
        report.proactive.licensing = None;
        last.requests
            .set(RequestRow::Received, Applicant::Total, None);
        assert!(findings_of(&run(&report, &last), Rule::CrossJump).is_empty());
    }
}
