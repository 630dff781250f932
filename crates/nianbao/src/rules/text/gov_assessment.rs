//! GOV_ASSESSMENT: a government's consolidated report covers 工作考核、社会评议和责任追究.

use super::prose::*;
use crate::layout::{ReportKind, TextField};
use crate::model::{Field, Report};
use crate::names;
use crate::rules::{Rule, Sink};

const ASSESSMENT_TOPICS: [(&str, Words); 3] = [
    ("工作考核", Words("考核|考评|绩效")),
    ("社会评议", Words("评议|社会评价|群众评价|公众评价")),
    ("责任追究", Words("追究|追责|问责")),
];

pub(super) fn gov_assessment(report: &Report, sink: &mut Sink) {
    // An empty 一 is SECTION_EMPTY's (an error already).
    if report.meta.kind != ReportKind::Government || report.overview.trim().is_empty() {
        return;
    }
    let missing: Vec<&str> = ASSESSMENT_TOPICS
        .iter()
        .filter(|(_, words)| {
            !contains_any(&report.overview, *words) && !contains_any(&report.other_matters, *words)
        })
        .map(|(topic, _)| *topic)
        .collect();
    if missing.is_empty() {
        return;
    }
    sink.push(
        Rule::GovAssessment,
        Field::Text(TextField::Overview),
        Vec::new(),
        format!(
            "本级政府年度报告应包括政府信息公开工作考核、社会评议和责任追究结果情况（《政府信息公开条例》第五十条第（四）项），{}没有写到{}。请在（五）监督保障等处补充。",
            names::text(TextField::Overview),
            missing.join("、")
        ),
    );
}
