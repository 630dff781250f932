//! A report in the 2019 trial format (国办公开办函〔2019〕60号) made into a report in the 2021 format.
//! The conversion is lossy, as report-format.md describes: what the old format did not have is
//! left blank for the clerk to fill, never invented, and each loss is said in a note.

use crate::layout::{
    Applicant, DocColumn, DocKind, OutcomeGroup, RequestRow, Template, TABLE2_FEES_COLUMN,
};
use crate::model::Report;

/// The converted report, and what the clerk must know about it, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    pub report: Report,
    pub notes: Vec<String>,
}

/// `old` in the 2021 layout; `None` when it already is in it.
pub fn to_gb2021(old: &Report) -> Option<Conversion> {
    if old.template != Template::Gb2019 {
        return None;
    }
    let mut report = old.clone();
    report.template = Template::Gb2021;
    // Only 本年新制作数量 maps onto a 2021 column; whatever else sits in these slots is not data
    // of the 2021 format (an older editor stored the old columns there).
    for kind in DocKind::ALL {
        for column in [DocColumn::Repealed, DocColumn::InForce] {
            *report.proactive.docs_mut(kind).slot(column) = None;
        }
    }
    report.proactive.fees = None;
    // The old （六）其他处理 was one row, kept in （六）3.其他; its first two items are unknown.
    for row in [RequestRow::OtherNoCorrection, RequestRow::OtherUnpaidFee] {
        for column in Applicant::ALL {
            report.requests.set(row, column, None);
        }
    }
    Some(Conversion {
        report,
        notes: notes(),
    })
}

fn notes() -> Vec<String> {
    let new = |column: DocColumn| column.label(Template::Gb2021);
    let old = |column: DocColumn| column.label(Template::Gb2019);
    let other = OutcomeGroup::OtherHandling;
    let items: Vec<RequestRow> = other.rows().collect();
    let item = |row: RequestRow| format!("{}{}", other.number(), row.label());
    vec![
        format!(
            "表二「{}」取自旧格式的「{}」，两者口径相近，请核对。",
            new(DocColumn::Issued),
            old(DocColumn::Issued)
        ),
        format!(
            "表二「{}」「{}」旧格式没有（旧格式的「{}」不是现行有效件数），已留空，请补填。",
            new(DocColumn::Repealed),
            new(DocColumn::InForce),
            old(DocColumn::InForce)
        ),
        format!("表二「{TABLE2_FEES_COLUMN}」旧格式没有，已留空，请补填。"),
        format!(
            "表三「{}」旧格式只有一行，其数字已计入「{}」；「{}」和「{}」两行无法从旧格式得出，已留空，请补填。",
            other.label(),
            item(items[2]),
            item(items[0]),
            item(items[1])
        ),
        "旧格式表二中的上一年项目数量、本年增/减、其他对外管理服务事项和第二十条第（九）项（政府集中采购），新格式没有，没有带入。".to_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::DecisionKind;
    use crate::model::{Amount, CountCell};
    use crate::ReportKind;

    fn old_report() -> Report {
        let mut old = Report::blank("某某区", 2020, ReportKind::Government);
        old.template = Template::Gb2019;
        old.proactive.docs_mut(DocKind::Regulations).issued = Some(3);
        // What an older editor stored under the old format's 对外公开总数量.
        old.proactive.docs_mut(DocKind::Regulations).in_force = Some(40);
        *old.proactive.decisions_mut(DecisionKind::Licensing) = Some(120);
        old.proactive.fees = Some(Amount::zero());
        old.requests
            .set(RequestRow::OtherMisc, Applicant::NaturalPerson, Some(2));
        old.requests.set(
            RequestRow::OtherNoCorrection,
            Applicant::NaturalPerson,
            Some(9),
        );
        old.overview = "总体情况".into();
        old
    }

    #[test]
    fn what_maps_is_carried_and_what_does_not_is_left_blank() {
        let converted = to_gb2021(&old_report()).unwrap();
        let report = &converted.report;
        assert_eq!(report.template, Template::Gb2021);
        assert_eq!(report.meta, old_report().meta);
        assert_eq!(report.overview, "总体情况");
        assert_eq!(report.proactive.docs(DocKind::Regulations).issued, Some(3));
        assert_eq!(report.proactive.docs(DocKind::Regulations).in_force, None);
        assert_eq!(
            report.proactive.decisions(DecisionKind::Licensing),
            Some(120)
        );
        assert_eq!(report.proactive.fees, None);
        let at = |row| report.count(CountCell::Request(row, Applicant::NaturalPerson));
        assert_eq!(at(RequestRow::OtherMisc), Some(2));
        assert_eq!(at(RequestRow::OtherNoCorrection), None);
        assert_eq!(at(RequestRow::OtherUnpaidFee), None);
    }

    #[test]
    fn every_loss_is_said_in_the_labels_of_the_tables() {
        let notes = to_gb2021(&old_report()).unwrap().notes.join("\n");
        for said in [
            "本年制发件数",
            "本年新制作数量",
            "本年废止件数",
            "现行有效件数",
            "对外公开总数量",
            "本年收费金额",
            "（六）3.其他",
            "（六）1.申请人无正当理由逾期不补正",
            "政府集中采购",
        ] {
            assert!(notes.contains(said), "{said} in {notes}");
        }
    }

    #[test]
    fn a_2021_report_needs_no_conversion() {
        let report = Report::blank("某局", 2022, ReportKind::Department);
        assert_eq!(to_gb2021(&report), None);
    }
}
