//! The editor driven the way the UI drives it: typing, pasting, undoing, filling.

use super::draft::Draft;
use super::editor::{Action, Editor};
use nianbao::layout::{Applicant, MetaField, RequestRow, TextField};
use nianbao::rules::Rule;
use nianbao::CountCell;

fn editor() -> Editor {
    Editor::new(Draft::new("t".into(), 2025), Some(2026))
}

fn cell(row: RequestRow, column: Applicant) -> CountCell {
    CountCell::Request(row, column)
}

fn type_into(editor: &mut Editor, cell: CountCell, text: &str, at: f64) {
    editor.apply(Action::SetCount {
        cell,
        text: text.into(),
        at,
    });
}

fn has(editor: &Editor, rule: Rule, path: &str) -> bool {
    editor
        .findings
        .iter()
        .any(|f| f.rule == rule && f.path == path)
}

#[test]
fn totals_follow_what_is_typed() {
    let mut e = editor();
    type_into(
        &mut e,
        cell(RequestRow::Received, Applicant::NaturalPerson),
        "3",
        0.0,
    );
    type_into(
        &mut e,
        cell(RequestRow::Received, Applicant::Commercial),
        "２",
        5000.0,
    );
    let report = &e.draft.report;
    assert_eq!(
        report.requests.get(RequestRow::Received, Applicant::Total),
        Some(5)
    );
    type_into(
        &mut e,
        cell(RequestRow::Granted, Applicant::NaturalPerson),
        "3",
        9000.0,
    );
    let report = &e.draft.report;
    assert_eq!(
        report
            .requests
            .get(RequestRow::ClosedTotal, Applicant::NaturalPerson),
        Some(3)
    );
    assert!(!has(&e, Rule::T3RowTotal, "requests.received.total"));
    // 5 received, 3 closed, nothing carried forward: the balance is off in the total column.
    assert!(has(&e, Rule::T3Balance, "requests.carried_forward.total"));
}

#[test]
fn unreadable_text_is_kept_and_the_cell_is_blank_not_zero() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    type_into(&mut e, c, "12a", 0.0);
    assert_eq!(e.draft.report.count(c), None);
    assert_eq!(
        e.draft.raw_inputs.get(&c.path()).map(String::as_str),
        Some("12a")
    );
    type_into(&mut e, c, "12", 100.0);
    assert_eq!(e.draft.report.count(c), Some(12));
    assert!(e.draft.raw_inputs.is_empty());
}

#[test]
fn a_burst_of_typing_is_one_undo_step() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    type_into(&mut e, c, "1", 0.0);
    type_into(&mut e, c, "12", 300.0);
    type_into(&mut e, c, "123", 600.0);
    e.apply(Action::SetText {
        field: TextField::Overview,
        text: "总体".into(),
        at: 700.0,
    });
    e.apply(Action::Undo);
    assert_eq!(e.draft.report.overview, "");
    assert_eq!(e.draft.report.count(c), Some(123));
    e.apply(Action::Undo);
    assert_eq!(e.draft.report.count(c), None);
    assert!(!e.can_undo());
    e.apply(Action::Redo);
    assert_eq!(e.draft.report.count(c), Some(123));
    e.apply(Action::Redo);
    assert_eq!(e.draft.report.overview, "总体");
    assert!(!e.can_redo());
}

#[test]
fn a_pause_splits_typing_into_steps() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    type_into(&mut e, c, "1", 0.0);
    type_into(&mut e, c, "12", 5000.0);
    e.apply(Action::Undo);
    assert_eq!(e.draft.report.count(c), Some(1));
}

#[test]
fn a_block_pastes_from_the_focused_cell_in_one_step() {
    let mut e = editor();
    let origin = cell(RequestRow::Received, Applicant::NaturalPerson);
    e.apply(Action::Paste {
        origin,
        text: "1\t2\r\n3\t4\r\n5\t6\r\n".into(),
    });
    let r = &e.draft.report.requests;
    assert_eq!(r.get(RequestRow::Received, Applicant::Commercial), Some(2));
    assert_eq!(
        r.get(RequestRow::CarriedOver, Applicant::NaturalPerson),
        Some(3)
    );
    assert_eq!(r.get(RequestRow::Granted, Applicant::Commercial), Some(6));
    assert_eq!(r.get(RequestRow::Received, Applicant::Total), Some(3));
    assert!(e
        .notice
        .as_ref()
        .is_some_and(|n| !n.error && n.text.contains("3 行 2 列")));
    e.apply(Action::Undo);
    assert_eq!(
        e.draft
            .report
            .requests
            .get(RequestRow::Received, Applicant::Commercial),
        None
    );
}

#[test]
fn a_block_that_does_not_fit_changes_nothing_and_says_so() {
    let mut e = editor();
    let corner = cell(RequestRow::CarriedForward, Applicant::OtherOrg);
    e.apply(Action::Paste {
        origin: corner,
        text: "1\t2\t3\n4\t5\t6".into(),
    });
    assert_eq!(e.draft.report.count(corner), None);
    assert!(e
        .notice
        .as_ref()
        .is_some_and(|n| n.error && n.text.contains("放不下")));
    assert!(!e.can_undo());
}

#[test]
fn filling_blanks_with_zero_clears_cell_blank_and_is_undoable() {
    let mut e = editor();
    e.apply(Action::CheckAll);
    let blank = |e: &Editor| e.findings.iter().any(|f| f.rule == Rule::CellBlank);
    assert!(blank(&e));
    e.apply(Action::FillBlanksWithZero);
    assert!(!blank(&e));
    e.apply(Action::Undo);
    assert!(blank(&e));
}

#[test]
fn a_new_draft_leads_with_progress_not_two_hundred_errors() {
    let mut e = editor();
    assert_eq!(e.errors(), 0, "{:?}", e.findings);
    assert_eq!(e.progress.cells_filled, 0);
    assert_eq!(e.progress.cells, 200);
    assert!(e.progress.hidden >= 204);
    // Working in table 三 shows its blanks, and only its own.
    type_into(
        &mut e,
        cell(RequestRow::Received, Applicant::NaturalPerson),
        "0",
        0.0,
    );
    let blanks: Vec<&str> = e
        .findings
        .iter()
        .filter(|f| f.rule == Rule::CellBlank)
        .map(|f| f.path.as_str())
        .collect();
    assert!(!blanks.is_empty());
    assert!(
        blanks.iter().all(|p| p.starts_with("requests.")),
        "{blanks:?}"
    );
    assert_eq!(e.progress.cells_filled, 2, "the cell and its row's 总计");
    // 检查全部 shows everything, without an undo step.
    let undoable = e.can_undo();
    let hidden = e.progress.hidden;
    let shown = e.findings.len();
    e.apply(Action::CheckAll);
    assert_eq!(e.findings.len(), shown + hidden);
    assert!(has(&e, Rule::MetaRequired, "meta.agency"));
    assert!(has(&e, Rule::CellBlank, "appeals.review.upheld"));
    assert_eq!(e.can_undo(), undoable);
    assert_eq!(e.progress.hidden, 0);
}

#[test]
fn unreadable_text_is_its_own_finding_apart_from_the_blanks() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::Research);
    type_into(&mut e, c, "abc", 0.0);
    assert!(has(&e, Rule::CellUnreadable, &c.path()));
    assert!(!has(&e, Rule::CellBlank, &c.path()));
    let finding = e
        .findings
        .iter()
        .find(|f| f.rule == Rule::CellUnreadable)
        .unwrap();
    assert!(
        finding.message.contains("「abc」不是数字"),
        "{}",
        finding.message
    );
}

#[test]
fn a_count_beyond_what_javascript_reads_exactly_is_refused_at_the_cell() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    type_into(&mut e, c, "9007199254740992", 0.0);
    assert_eq!(e.draft.report.count(c), None);
    assert!(has(&e, Rule::CellUnreadable, &c.path()));
    type_into(&mut e, c, "9007199254740991", 5000.0);
    assert_eq!(e.draft.report.count(c), Some(nianbao::MAX_COUNT));
    // Its row's 总计 is at the limit: one more in the same row would pass it.
    let other = cell(RequestRow::Received, Applicant::Commercial);
    type_into(&mut e, other, "1", 9000.0);
    assert_eq!(e.draft.report.count(other), None);
    let finding = e
        .findings
        .iter()
        .find(|f| f.rule == Rule::CellUnreadable && f.path == other.path())
        .unwrap();
    assert!(
        finding.message.contains("合计将超过"),
        "{}",
        finding.message
    );
    assert_eq!(
        e.draft
            .report
            .count(cell(RequestRow::Received, Applicant::Total)),
        Some(nianbao::MAX_COUNT)
    );
}

#[test]
fn the_year_is_read_with_its_unit_and_unreadable_text_is_said_to_be() {
    let mut e = editor();
    let year = |e: &mut Editor, text: &str| {
        e.apply(Action::SetMeta {
            field: MetaField::Year,
            text: text.into(),
            at: 0.0,
        })
    };
    year(&mut e, "2021年");
    assert_eq!(e.draft.report.meta.year, Some(2021));
    assert!(!has(&e, Rule::MetaRequired, "meta.year"));
    year(&mut e, "二〇二一");
    e.apply(Action::CheckAll);
    assert!(!has(&e, Rule::MetaRequired, "meta.year"));
    let finding = e.findings.iter().find(|f| f.path == "meta.year").unwrap();
    assert_eq!(finding.rule, Rule::CellUnreadable);
    assert!(
        finding.message.contains("只需填写四位数字"),
        "{}",
        finding.message
    );
}

#[test]
fn a_notice_goes_away_with_the_next_edit() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    e.apply(Action::Paste {
        origin: c,
        text: "1\t2\n3\t4\n".into(),
    });
    assert!(e.notice.is_some());
    e.apply(Action::SelectFinding(None));
    assert!(e.notice.is_some(), "choosing a finding is not an edit");
    type_into(&mut e, c, "5", 0.0);
    assert_eq!(e.notice, None);
    // Undoing the paste makes its notice old news too.
    e.apply(Action::Paste {
        origin: c,
        text: "1\t2\n".into(),
    });
    assert!(e.notice.is_some());
    e.apply(Action::Undo);
    assert_eq!(e.notice, None);
}

#[test]
fn recomputing_totals_that_would_pass_the_limit_is_refused() {
    let mut draft = Draft::new("t".into(), 2025);
    draft.stated_totals = true;
    for column in [Applicant::NaturalPerson, Applicant::Commercial] {
        draft
            .report
            .set_count(cell(RequestRow::Received, column), Some(nianbao::MAX_COUNT));
    }
    draft
        .report
        .set_count(cell(RequestRow::Received, Applicant::Total), Some(1));
    let mut e = Editor::new(draft, Some(2026));
    e.apply(Action::RecomputeTotals);
    assert!(e.draft.stated_totals, "not recomputed");
    assert_eq!(
        e.draft
            .report
            .count(cell(RequestRow::Received, Applicant::Total)),
        Some(1)
    );
    let notice = e.notice.as_ref().unwrap();
    assert!(
        notice.error && notice.text.contains("上限"),
        "{}",
        notice.text
    );
}

#[test]
fn a_2019_format_report_is_shown_as_it_is() {
    let mut draft = Draft::new("t".into(), 2020);
    draft.report.template = nianbao::Template::Gb2019;
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    let mut e = Editor::new(draft, Some(2026));
    let before = e.draft.clone();
    type_into(&mut e, c, "3", 0.0);
    e.apply(Action::SetText {
        field: TextField::Overview,
        text: "改".into(),
        at: 0.0,
    });
    e.apply(Action::FillBlanksWithZero);
    e.apply(Action::Paste {
        origin: c,
        text: "1\t2\n".into(),
    });
    assert_eq!(e.draft, before);
    assert!(!e.can_undo());
    // Naming it in the list is not editing it.
    e.apply(Action::SetLabel("旧报告".into()));
    assert_eq!(e.draft.label.as_deref(), Some("旧报告"));
}

#[test]
fn stated_totals_stay_until_recomputed() {
    let mut draft = Draft::new("t".into(), 2025);
    let total = cell(RequestRow::Received, Applicant::Total);
    draft.report.set_count(total, Some(9));
    draft.stated_totals = true;
    let mut e = Editor::new(draft, Some(2026));
    type_into(
        &mut e,
        cell(RequestRow::Received, Applicant::NaturalPerson),
        "1",
        0.0,
    );
    assert_eq!(e.draft.report.count(total), Some(9));
    assert!(has(&e, Rule::T3RowTotal, "requests.received.total"));
    e.apply(Action::RecomputeTotals);
    assert_eq!(e.draft.report.count(total), Some(1));
    assert!(!has(&e, Rule::T3RowTotal, "requests.received.total"));
    e.apply(Action::Undo);
    assert_eq!(e.draft.report.count(total), Some(9));
    assert!(e.draft.stated_totals);
}

#[test]
fn meta_fields_parse_their_text() {
    let mut e = editor();
    e.apply(Action::SetMeta {
        field: MetaField::Agency,
        text: "某某区人民政府办公室".into(),
        at: 0.0,
    });
    e.apply(Action::SetMeta {
        field: MetaField::Date,
        text: "2026-01-15".into(),
        at: 0.0,
    });
    e.apply(Action::SetMeta {
        field: MetaField::Kind,
        text: "government".into(),
        at: 0.0,
    });
    let meta = &e.draft.report.meta;
    assert_eq!(meta.agency, "某某区人民政府办公室");
    assert_eq!(meta.date.map(|d| d.iso()), Some("2026-01-15".to_owned()));
    assert_eq!(meta.kind, nianbao::ReportKind::Government);
    assert!(!has(&e, Rule::MetaRequired, "meta.agency"));
}

#[test]
fn every_edit_bumps_the_revision_but_a_no_op_does_not() {
    let mut e = editor();
    let c = cell(RequestRow::Received, Applicant::NaturalPerson);
    assert_eq!(e.revision, 0);
    type_into(&mut e, c, "1", 0.0);
    assert_eq!(e.revision, 1);
    type_into(&mut e, c, "1", 10.0);
    assert_eq!(e.revision, 1);
    e.apply(Action::SelectFinding(Some(0)));
    assert_eq!(e.revision, 1, "choosing a finding changes nothing to save");
    type_into(&mut e, c, "2", 20.0);
    assert_eq!(e.revision, 2);
}

#[test]
fn filling_blanks_leaves_stated_totals_alone() {
    let mut draft = Draft::new("t".into(), 2025);
    draft.stated_totals = true;
    let mut e = Editor::new(draft, Some(2026));
    e.apply(Action::FillBlanksWithZero);
    let total = cell(RequestRow::CarriedForward, Applicant::Total);
    assert_eq!(e.draft.report.count(total), None);
    assert!(has(&e, Rule::CellBlank, &total.path()));
    // 6 parts × 24 rows of table 3 (not （七）), 4 × 3 of table 4, 9 of table 2, and the fee.
    let notice = e.notice.as_ref().unwrap();
    assert!(
        notice
            .text
            .contains(&format!("{} 个", 6 * 24 + 4 * 3 + 9 + 1)),
        "{}",
        notice.text
    );
}

#[test]
fn an_opened_draft_shows_the_sums_of_its_parts() {
    let mut draft = Draft::new("t".into(), 2025);
    draft.report.set_count(
        cell(RequestRow::CarriedOver, Applicant::NaturalPerson),
        Some(2),
    );
    draft
        .report
        .set_count(cell(RequestRow::CarriedOver, Applicant::Total), Some(9));
    let e = Editor::new(draft.clone(), Some(2026));
    assert_eq!(
        e.draft
            .report
            .count(cell(RequestRow::CarriedOver, Applicant::Total)),
        Some(2)
    );
    let mut other = editor();
    other.apply(Action::Open(Box::new(draft)));
    assert_eq!(
        other
            .draft
            .report
            .count(cell(RequestRow::CarriedOver, Applicant::Total)),
        Some(2)
    );
}

#[test]
fn last_years_report_fills_a_blank_carried_over_row_and_leaves_a_typed_one() {
    let mut last = nianbao::Report::blank("某局", 2024, nianbao::ReportKind::Department);
    last.requests.set(
        RequestRow::CarriedForward,
        Applicant::NaturalPerson,
        Some(2),
    );
    last.requests
        .set(RequestRow::CarriedForward, Applicant::Total, Some(2));
    let mut e = editor();
    e.apply(Action::SetLastYear(Box::new(Some(last.clone()))));
    let carried = |e: &Editor, column| e.draft.report.requests.get(RequestRow::CarriedOver, column);
    assert_eq!(carried(&e, Applicant::NaturalPerson), Some(2));
    assert_eq!(carried(&e, Applicant::Commercial), None);
    // One step: undone at once.
    e.apply(Action::Undo);
    assert_eq!(carried(&e, Applicant::NaturalPerson), None);
    assert!(e.draft.last_year.is_none());

    type_into(
        &mut e,
        cell(RequestRow::CarriedOver, Applicant::NaturalPerson),
        "5",
        0.0,
    );
    e.apply(Action::SetLastYear(Box::new(Some(last))));
    assert_eq!(carried(&e, Applicant::NaturalPerson), Some(5));
    // The cross-year check is live, and says where the typed row and last year disagree.
    e.apply(Action::CheckAll);
    assert!(has(
        &e,
        Rule::CrossCarry,
        "requests.carried_over.natural_person"
    ));
}
