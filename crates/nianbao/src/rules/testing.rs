//! Reports for the unit tests of the checks.

use super::{Finding, Rule};
use crate::layout::{AppealColumn, AppealGroup, Applicant, RequestRow};
use crate::model::{Amount, Date, Report, Requests};
use crate::ReportKind;

/// A department's report on 2022 that every check passes: every cell filled, totals computed,
/// the narrative consistent with the tables.
pub(crate) fn consistent_report() -> Report {
    let mut report = Report::blank("平潭综合实验区某某局", 2022, ReportKind::Department);
    report.meta.signature = Some("平潭综合实验区某某局".to_owned());
    report.meta.date = Date::new(2023, 1, 10);
    report.proactive.regulations.issued = Some(0);
    report.proactive.regulations.repealed = Some(0);
    report.proactive.regulations.in_force = Some(0);
    report.proactive.normative_documents.issued = Some(2);
    report.proactive.normative_documents.repealed = Some(2);
    report.proactive.normative_documents.in_force = Some(10);
    report.proactive.licensing = Some(30);
    report.proactive.punishment = Some(40);
    report.proactive.coercion = Some(0);
    report.proactive.fees = Amount::parse("12.5");

    report.requests = Requests::filled(Some(0));
    let np = Applicant::NaturalPerson;
    let co = Applicant::Commercial;
    for (row, column, value) in [
        (RequestRow::Received, np, 10),
        (RequestRow::Received, co, 2),
        (RequestRow::CarriedOver, np, 1),
        (RequestRow::Granted, np, 5),
        (RequestRow::Granted, co, 1),
        (RequestRow::PartlyGranted, np, 2),
        (RequestRow::RefusedThirdParty, np, 1),
        (RequestRow::UnavailableNotHeld, np, 2),
        (RequestRow::UnavailableNotHeld, co, 1),
        (RequestRow::CarriedForward, np, 1),
    ] {
        report.requests.set(row, column, Some(value));
    }
    report.appeals = crate::model::Appeals::filled(Some(0));
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Upheld, Some(1));
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Other, Some(1));
    crate::totals::fill_totals(&mut report);

    report.overview = "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。\n\
（一）主动公开。全年主动公开政府信息326条，集中公开现行有效行政规范性文件10件。\n\
（二）依申请公开。全年共收到政府信息公开申请12件，予以公开6件，部分公开2件，不予公开1件，无法提供3件，1件结转下年度继续办理。\n\
（三）政府信息管理。严格落实保密审查制度，因政府信息公开申请行政复议2件。"
        .to_owned();
    report.problems = "存在的主要问题：政策解读形式还不够丰富，信息公开的及时性有待进一步提升。\n\
改进措施：下一步，我局将进一步丰富解读形式，加强业务培训，持续提升政府信息公开工作质量。"
        .to_owned();
    report.other_matters = "本年度未收取信息处理费。".to_owned();
    report
}

/// The paths of the findings of one rule, in order.
pub(crate) fn findings_of(findings: &[Finding], rule: Rule) -> Vec<&str> {
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.path.as_str())
        .collect()
}
