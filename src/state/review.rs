//! How far a report is, and which findings to show now. A new report has two hundred blank cells
//! and three empty sections: calling each an error before the clerk has typed anything scolds
//! instead of guiding. So a finding that only says something is not filled in yet (a gap) is
//! shown once the clerk has worked in its table, or asks to check everything (or exports, or
//! imports a finished report); until then it only counts towards the progress. Findings that
//! say something is wrong are always shown.

use super::draft::Draft;
use nianbao::layout::{MetaField, Section, TextField};
use nianbao::rules::{Finding, Rule};
use nianbao::{CountCell, Field, Report, Template};
use serde_json::{json, Value};

/// The tables, in the order of `Review::worked`.
const TABLES: [Section; 3] = [Section::Proactive, Section::Requests, Section::Appeals];

/// Which gaps the clerk wants to see: all of them, or those of the tables worked in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Review {
    /// 「检查全部」: every finding is shown.
    pub all: bool,
    worked: [bool; 3],
}

impl Review {
    /// Everything shown: for a finished report (imported) and after 「检查全部」 or an export.
    pub fn everything() -> Review {
        Review {
            all: true,
            ..Review::default()
        }
    }

    pub fn work_in(&mut self, section: Section) {
        if let Some(i) = TABLES.iter().position(|&t| t == section) {
            self.worked[i] = true;
        }
    }

    pub fn work_in_every_table(&mut self) {
        self.worked = [true; 3];
    }

    /// Whether blank cells of `section` are shown as errors.
    pub fn shows(&self, section: Section) -> bool {
        self.all
            || TABLES
                .iter()
                .position(|&t| t == section)
                .is_some_and(|i| self.worked[i])
    }

    /// For a draft stored before the review was: the tables with anything typed in them.
    pub fn guessed(draft: &Draft) -> Review {
        let mut review = Review::default();
        let typed = |field: Field| draft.raw_inputs.contains_key(&field.path());
        for cell in CountCell::all().filter(|cell| !cell.is_total()) {
            if draft.report.count(cell).is_some() || typed(Field::Count(cell)) {
                if let Some(section) = Field::Count(cell).section() {
                    review.work_in(section);
                }
            }
        }
        if draft.report.proactive.fees.is_some() || typed(Field::Fees) {
            review.work_in(Section::Proactive);
        }
        review
    }

    pub fn to_value(self) -> Value {
        let tables: Vec<&str> = TABLES
            .iter()
            .zip(self.worked)
            .filter(|(_, worked)| *worked)
            .map(|(table, _)| table.key())
            .collect();
        json!({ "all": self.all, "tables": tables })
    }

    pub fn from_value(value: &Value) -> Review {
        let mut review = Review {
            all: value.get("all").and_then(Value::as_bool) == Some(true),
            ..Review::default()
        };
        for key in value
            .get("tables")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if let Some(&table) = TABLES.iter().find(|t| t.key() == key) {
                review.work_in(table);
            }
        }
        review
    }
}

/// Whether a finding only says that something is not filled in yet.
pub fn is_gap(finding: &Finding, report: &Report) -> bool {
    match finding.rule {
        Rule::CellBlank | Rule::SectionEmpty | Rule::MetaSignature => true,
        // META_REQUIRED is a gap when the field is empty, not when the year is out of range.
        Rule::MetaRequired => {
            finding.path == Field::Meta(MetaField::Agency).path() || report.meta.year.is_none()
        }
        // What a narrative lacks, while nothing is written in it, is that it is not written yet.
        _ => TextField::ALL
            .into_iter()
            .any(|field| field.key() == finding.path && report.text(field).trim().is_empty()),
    }
}

/// The section a path is printed in, read from its first segment (json-format.md § Paths).
fn section_of(path: &str) -> Option<Section> {
    let (first, _) = path.split_once('.')?;
    TABLES.into_iter().find(|table| table.key() == first)
}

/// The findings to show now, in their order (taken from `findings`, not copied: this runs on
/// every keystroke).
pub fn shown(findings: Vec<Finding>, report: &Report, review: Review) -> Vec<Finding> {
    if review.all {
        return findings;
    }
    findings
        .into_iter()
        .filter(|finding| {
            !is_gap(finding, report)
                || (finding.rule == Rule::CellBlank
                    && section_of(&finding.path).is_some_and(|s| review.shows(s)))
        })
        .collect()
}

/// How far the report is: cells filled of those its tables have, sections done of six.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub cells_filled: usize,
    pub cells: usize,
    pub sections_done: usize,
    /// Findings not shown yet: the gaps of tables not worked in.
    pub hidden: usize,
}

impl Progress {
    pub const SECTIONS: usize = Section::ALL.len();

    pub fn of(report: &Report, hidden: usize) -> Progress {
        let template = report.template;
        let mut filled = [0usize; 3];
        let mut total = [0usize; 3];
        let mut count = |section: Section, is_filled: bool| {
            if let Some(i) = TABLES.iter().position(|&t| t == section) {
                total[i] += 1;
                filled[i] += usize::from(is_filled);
            }
        };
        for cell in CountCell::all().filter(|cell| cell.in_template(template)) {
            if let Some(section) = Field::Count(cell).section() {
                count(section, report.count(cell).is_some());
            }
        }
        if template == Template::Gb2021 {
            count(Section::Proactive, report.proactive.fees.is_some());
        }
        let written = |field: TextField| !report.text(field).trim().is_empty();
        let tables_done = (0..3).filter(|&i| filled[i] == total[i]).count();
        let texts_done = [
            TextField::Overview,
            TextField::Problems,
            TextField::OtherMatters,
        ]
        .into_iter()
        .filter(|&field| written(field))
        .count();
        Progress {
            cells_filled: filled.iter().sum(),
            cells: total.iter().sum(),
            sections_done: tables_done + texts_done,
            hidden,
        }
    }

    /// Nothing filled and nothing written: a report just started.
    pub fn is_untouched(&self) -> bool {
        self.cells_filled == 0 && self.sections_done == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::layout::{Applicant, RequestRow};
    use nianbao::rules::{check, Severity};

    fn blank() -> Draft {
        Draft::new("d".into(), 2025)
    }

    fn rules_of(findings: &[Finding]) -> Vec<&str> {
        let mut ids: Vec<&str> = findings.iter().map(|f| f.rule.id()).collect();
        ids.dedup();
        ids
    }

    #[test]
    fn a_new_report_shows_no_gaps_and_counts_them_as_to_do() {
        let draft = blank();
        let findings = check(&draft.report, None);
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        assert_eq!(errors, 204, "200 blank cells, the agency, three sections");
        // The signature, the date, and 六's fee statement: all of them not written yet.
        assert_eq!(findings.len(), 207);
        let shown = shown(findings.clone(), &draft.report, draft.review);
        assert_eq!(shown, []);
        let progress = Progress::of(&draft.report, findings.len() - shown.len());
        assert_eq!(
            progress,
            Progress {
                cells_filled: 0,
                cells: 200,
                sections_done: 0,
                hidden: 207
            }
        );
        assert!(progress.is_untouched());
    }

    #[test]
    fn a_table_worked_in_shows_its_blanks_and_only_its_own() {
        let mut draft = blank();
        let cell = CountCell::Request(RequestRow::Received, Applicant::NaturalPerson);
        draft.report.set_count(cell, Some(3));
        draft.review.work_in(Section::Requests);
        let findings = check(&draft.report, None);
        let shown = shown(findings, &draft.report, draft.review);
        assert!(shown
            .iter()
            .all(|f| f.path.starts_with("requests.") || !is_gap(f, &draft.report)));
        let blanks = shown.iter().filter(|f| f.rule == Rule::CellBlank).count();
        assert_eq!(blanks, 175 - 1, "every cell of table 三 but the one typed");
        // What is wrong is shown whatever the review: 3 received, none closed or carried.
        assert!(shown.iter().any(|f| f.rule == Rule::T3Balance));
        assert_eq!(Progress::of(&draft.report, 0).cells_filled, 1);
    }

    #[test]
    fn everything_is_shown_after_check_all() {
        let draft = blank();
        let findings = check(&draft.report, None);
        assert_eq!(
            shown(findings.clone(), &draft.report, Review::everything()),
            findings
        );
    }

    #[test]
    fn a_year_out_of_range_is_wrong_not_missing() {
        let mut draft = blank();
        draft.report.meta.year = Some(1999);
        let findings = check(&draft.report, None);
        let shown = shown(findings, &draft.report, draft.review);
        assert_eq!(rules_of(&shown), ["META_REQUIRED"]);
        assert_eq!(shown[0].path, "meta.year");
    }

    #[test]
    fn progress_counts_cells_and_sections() {
        let mut draft = blank();
        draft.report.overview = "总体情况".into();
        for cell in
            CountCell::all().filter(|c| Field::Count(*c).section() == Some(Section::Appeals))
        {
            draft.report.set_count(cell, Some(0));
        }
        let progress = Progress::of(&draft.report, 0);
        assert_eq!(progress.cells_filled, 15);
        assert_eq!(progress.sections_done, 2, "一 written, 表四 complete");
        assert!(!progress.is_untouched());
        let mut old = blank();
        old.report.template = Template::Gb2019;
        // The 2019 format lacks 4 table-2 cells, the fee and table 3's two （六） rows.
        assert_eq!(Progress::of(&old.report, 0).cells, 200 - 4 - 1 - 14);
    }

    #[test]
    fn the_review_is_stored_and_read_back() {
        let mut review = Review::default();
        review.work_in(Section::Appeals);
        assert_eq!(Review::from_value(&review.to_value()), review);
        assert!(review.shows(Section::Appeals));
        assert!(!review.shows(Section::Requests));
        assert_eq!(Review::from_value(&json!("nonsense")), Review::default());
        assert!(Review::from_value(&Review::everything().to_value()).all);
    }

    #[test]
    fn an_older_draft_counts_its_typed_tables_as_worked_in() {
        let mut draft = blank();
        draft
            .raw_inputs
            .insert("appeals.review.upheld".into(), "abc".into());
        let review = Review::guessed(&draft);
        assert!(review.shows(Section::Appeals));
        assert!(!review.shows(Section::Proactive));
    }
}
