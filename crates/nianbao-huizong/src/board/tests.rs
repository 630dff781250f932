use super::*;
use nianbao::layout::{Applicant, RequestRow, Template};
use nianbao::{CountCell, ReportKind};

fn report(agency: &str, year: i32, received: Count) -> Report {
    let mut report = Report::blank(agency, year, ReportKind::Department);
    report.set_count(
        CountCell::Request(RequestRow::Received, Applicant::Total),
        received,
    );
    report
}

fn board(reports: Vec<(&str, Result<Report, String>)>) -> Board {
    let mut board = Board::default();
    board.add(
        reports
            .into_iter()
            .map(|(source, read)| Entry::read(source, read))
            .collect(),
    );
    board
}

fn names(rows: &[(usize, &Entry, &Checked)]) -> Vec<String> {
    rows.iter()
        .map(|(_, entry, _)| entry.name.clone())
        .collect()
}

#[test]
fn other_years_old_formats_and_unreadable_files_are_listed_apart() {
    let mut old = report("县民政局", 2025, Some(1));
    old.template = Template::Gb2019;
    let board = board(vec![
        ("a.json", Ok(report("县教育局", 2025, Some(10)))),
        ("b.docx", Ok(report("县公安局", 2025, Some(30)))),
        ("c.json", Ok(report("县水利局", 2024, Some(5)))),
        ("d.json", Ok(old)),
        ("e.txt", Err("没有找到年报".to_owned())),
    ]);
    assert_eq!(names(&board.summed_rows()), ["县教育局", "县公安局"]);
    let apart: Vec<(String, String)> = board
        .apart_rows()
        .into_iter()
        .map(|(_, entry, reason)| (entry.name.clone(), reason))
        .collect();
    assert_eq!(apart.len(), 3);
    assert!(apart[0].1.contains("2024"), "{apart:?}");
    assert!(apart[1].1.contains("2019"), "{apart:?}");
    assert_eq!(
        apart[2],
        ("e.txt".to_owned(), "无法读取：没有找到年报".to_owned())
    );
    let total = board.consolidation.as_ref().unwrap();
    assert_eq!(total.report.meta.year, Some(2025));
    assert_eq!(
        total
            .report
            .count(CountCell::Request(RequestRow::Received, Applicant::Total)),
        Some(40)
    );
    assert_eq!(total.report.meta.kind, ReportKind::Government);
}

#[test]
fn the_table_sorts_and_finds() {
    let mut board = board(vec![
        ("a.json", Ok(report("县教育局", 2025, Some(10)))),
        ("b.json", Ok(report("县公安局", 2025, None))),
        ("c.json", Ok(report("县财政局", 2025, Some(30)))),
    ]);
    board.sort = Some((SortKey::Received, true));
    assert_eq!(
        names(&board.summed_rows()),
        ["县财政局", "县教育局", "县公安局"]
    );
    board.sort = Some((SortKey::Received, false));
    assert_eq!(
        names(&board.summed_rows()),
        ["县公安局", "县教育局", "县财政局"]
    );
    board.find = "教育".to_owned();
    assert_eq!(names(&board.summed_rows()), ["县教育局"]);
}

/// A real report that passes every check but its signature and date (two warnings).
fn sample(agency: &str) -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/samples/平潭综合实验区苏平片区管理局_2024.json");
    let mut report = nianbao::json::read_report_bytes(&std::fs::read(path).unwrap()).unwrap();
    report.meta.agency = agency.to_owned();
    report
}

#[test]
fn the_expected_list_says_who_is_missing_who_has_errors_and_who_is_ready() {
    let mut signed = sample("县审计局");
    signed.meta.signature = Some("县审计局".to_owned());
    signed.meta.date = nianbao::Date::new(2025, 1, 20);
    let mut board = board(vec![
        ("a.json", Ok(sample("某县教育局"))),
        ("b.json", Ok(report("县公安局", 2024, Some(5)))),
        ("c.json", Ok(report("县水利局", 2023, Some(1)))),
        ("d.json", Ok(signed)),
        ("e.json", Ok(sample("县文旅局"))),
        // Last year's report of a unit on the list, handed in too: neither unexpected nor its line.
        ("f.json", Ok(report("县审计局", 2023, Some(1)))),
    ]);
    board.expected_text = "教育局\n县公安局\n县民政局\n县水利局\n县审计局\n".to_owned();
    let (lines, unexpected) = board.roster();
    let standings: Vec<(&str, Standing)> = lines
        .iter()
        .map(|line| (line.unit.as_str(), line.standing.clone()))
        .collect();
    assert_eq!(
        standings,
        [
            ("教育局", Standing::Warnings(2)),
            // A blank report of the year summed: every cell blank is an error.
            ("县公安局", board.standing(1)),
            ("县民政局", Standing::Missing),
            (
                "县水利局",
                Standing::Apart("报告年度为 2023，汇总的是 2024 年度".to_owned())
            ),
            ("县审计局", Standing::Ready),
        ]
    );
    assert!(matches!(board.standing(1), Standing::Errors(n) if n > 100));
    assert_eq!(
        unexpected,
        [4],
        "县文旅局 is on no line; 县水利局, apart, is on one"
    );
}

#[test]
fn fees_sort_by_amount_not_by_text() {
    let amount = |text: &str| Amount::parse(text);
    assert_eq!(fees_order(&amount("9.5"), &amount("10")), Ordering::Less);
    assert_eq!(fees_order(&amount("0.25"), &amount("0.3")), Ordering::Less);
    assert_eq!(fees_order(&amount("1.50"), &amount("1.5")), Ordering::Equal);
    assert_eq!(fees_order(&None, &amount("0")), Ordering::Less);
}

#[test]
fn a_units_report_of_the_year_before_is_found_for_the_comparison() {
    let board = board(vec![
        ("a.json", Ok(report("县教育局", 2025, Some(10)))),
        ("b.json", Ok(report("县公安局", 2024, Some(3)))),
        ("c.json", Ok(report("县教育局", 2024, Some(8)))),
        ("d.json", Ok(report("县教育局", 2023, Some(6)))),
    ]);
    let last = board.last_year_of(0).expect("县教育局 2024");
    assert_eq!(last.report.meta.year, Some(2024));
    assert_eq!(last.figures.received, Some(8));
    assert_eq!(board.last_year_of(2).unwrap().report.meta.year, Some(2023));
    assert_eq!(
        board.last_year_of(1),
        None,
        "县公安局 has no 2023 report here"
    );
}
