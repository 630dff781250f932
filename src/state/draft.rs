//! A draft: what is kept in the browser for one report in progress — the report itself, last
//! year's report for the cross-year checks, whether its totals are the ones a source stated, and
//! any typed text that is not a number yet (so nothing a clerk typed is ever lost).

use super::review::Review;
use nianbao::Report;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// A stable id for local storage, never shown.
    pub id: String,
    pub report: Report,
    pub last_year: Option<Report>,
    /// True for an imported report: its totals stay as printed until the user recomputes them.
    pub stated_totals: bool,
    /// Path → text typed into a cell that is not a number yet.
    pub raw_inputs: BTreeMap<String, String>,
    /// A name the user gave the draft; None lists it by 机关 and 年度.
    pub label: Option<String>,
    /// Which findings of what is not filled in yet the clerk wants to see.
    pub review: Review,
}

impl Draft {
    /// An empty report on `year`, totals computed by the editor.
    pub fn new(id: String, year: i32) -> Draft {
        Draft {
            id,
            report: Report::blank("", year, nianbao::ReportKind::Department),
            last_year: None,
            stated_totals: false,
            raw_inputs: BTreeMap::new(),
            label: None,
            review: Review::default(),
        }
    }

    /// An imported report, opened as a new draft: its totals stay as its source printed them,
    /// and every finding shows, since a finished report is being checked.
    pub fn imported(id: String, report: Report) -> Draft {
        Draft {
            report,
            stated_totals: true,
            review: Review::everything(),
            ..Draft::new(id, 0)
        }
    }

    /// Whether two drafts hold the same work: all but the review, which is only how the draft is
    /// being looked at (another tab's 「检查全部」 is not a change worth a conflict).
    pub fn same_work(&self, other: &Draft) -> bool {
        // Destructured, so that a field added to Draft must be placed here; compared in place,
        // since the status line asks this on every render.
        let Draft {
            id,
            report,
            last_year,
            stated_totals,
            raw_inputs,
            label,
            review: _,
        } = self;
        *id == other.id
            && *stated_totals == other.stated_totals
            && *label == other.label
            && *raw_inputs == other.raw_inputs
            && *report == other.report
            && *last_year == other.last_year
    }

    /// A 2019-format report: shown as it is, not edited (its table 二 has other columns).
    pub fn is_read_only(&self) -> bool {
        self.report.template == nianbao::Template::Gb2019
    }

    /// The name a draft is listed under: the user's own, or 机关 and 年度.
    pub fn display_name(&self) -> String {
        match self.label.as_deref().map(str::trim) {
            Some(label) if !label.is_empty() => label.to_owned(),
            _ => display_name(&self.report),
        }
    }
}

/// A name the user typed for a draft: trimmed, and None when empty (list it by 机关 and 年度).
pub fn clean_label(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|label| !label.is_empty())
}

pub fn display_name(report: &Report) -> String {
    let agency = report.meta.agency.trim();
    let agency = if agency.is_empty() {
        "（未填机关名称）"
    } else {
        agency
    };
    match report.meta.year {
        Some(year) => format!("{agency} · {year}年度"),
        None => agency.to_owned(),
    }
}

/// 「以上年报告为基础新建」: next year's draft from `last`, with its meta carried over, 上年结转
/// set from last year's 结转下年度, and last year kept so the cross-year checks run. `fallback_year`
/// is used when last year's report does not say its year.
pub fn next_year_draft(last: &Report, id: String, fallback_year: i32) -> Draft {
    let year = last
        .meta
        .year
        .and_then(|y| y.checked_add(1))
        .unwrap_or(fallback_year);
    let mut report = Report::blank(&last.meta.agency, year, last.meta.kind);
    report.meta.signature = last.meta.signature.clone();
    // The preamble states the statistics period (2024年1月1日至2024年12月31日): move it on a
    // year. Only "<year>年" is replaced, so a telephone number with those digits stays as it is.
    report.preamble = match last.meta.year {
        Some(last_year) => last
            .preamble
            .replace(&format!("{last_year}年"), &format!("{year}年")),
        None => last.preamble.clone(),
    };
    carry_over(&mut report, last);
    Draft {
        id,
        report,
        last_year: Some(last.clone()),
        stated_totals: false,
        raw_inputs: BTreeMap::new(),
        label: None,
        review: Review::default(),
    }
}

/// 上年结转 from last year's 结转下年度继续办理, when this report's row is still blank: a row the
/// clerk has filled is left alone (the cross-year check then says where the two disagree).
// One copy for its two callers, not one unrolled into each (first-load size).
#[inline(never)]
pub fn carry_over(report: &mut Report, last: &Report) {
    use nianbao::layout::{Applicant, RequestRow};
    let blank = Applicant::ALL.into_iter().all(|column| {
        report
            .requests
            .get(RequestRow::CarriedOver, column)
            .is_none()
    });
    if !blank {
        return;
    }
    for column in Applicant::ALL {
        let carried = last.requests.get(RequestRow::CarriedForward, column);
        report
            .requests
            .set(RequestRow::CarriedOver, column, carried);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::layout::{Applicant, RequestRow};

    #[test]
    fn the_same_work_is_all_but_how_it_is_looked_at() {
        let draft = Draft::new("d".into(), 2025);
        let mut looked = draft.clone();
        looked.review = Review::everything();
        assert!(draft.same_work(&looked) && looked.same_work(&draft));
        assert_ne!(draft, looked);
        let mut renamed = draft.clone();
        renamed.label = Some("别名".into());
        assert!(!draft.same_work(&renamed));
        let mut typed = draft.clone();
        typed.raw_inputs.insert("overview".into(), "x".into());
        assert!(!draft.same_work(&typed));
    }

    #[test]
    fn next_year_carries_over_what_last_year_carried_forward() {
        let mut last = Report::blank("某某局", 2024, nianbao::ReportKind::Department);
        last.meta.signature = Some("某某局".into());
        last.preamble = "本报告统计期限自2024年1月1日起至2024年12月31日止。".into();
        last.requests.set(
            RequestRow::CarriedForward,
            Applicant::NaturalPerson,
            Some(4),
        );
        last.preamble.push_str("联系电话：0591-2024123。");
        let next = next_year_draft(&last, "n".into(), 2030);
        assert_eq!(next.report.meta.year, Some(2025));
        assert_eq!(next.report.meta.agency, "某某局");
        assert_eq!(next.report.meta.signature.as_deref(), Some("某某局"));
        assert_eq!(next.report.meta.date, None);
        assert_eq!(
            next.report
                .requests
                .get(RequestRow::CarriedOver, Applicant::NaturalPerson),
            Some(4)
        );
        assert!(next.report.preamble.contains("2025年1月1日"));
        assert!(
            next.report.preamble.contains("0591-2024123"),
            "{}",
            next.report.preamble
        );
        assert_eq!(next.last_year.as_ref(), Some(&last));
        last.meta.year = None;
        let without_year = next_year_draft(&last, "m".into(), 2030);
        assert_eq!(without_year.report.meta.year, Some(2030));
        assert_eq!(without_year.report.preamble, last.preamble);
    }
}
