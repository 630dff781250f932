//! The pictures' numbers against the tables, read off the SVG's text as a person reads them.

use super::*;
use crate::json::read_report_bytes;
use crate::layout::ReportKind;
use crate::model::CountCell;

fn sample(name: &str) -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/samples")
        .join(name);
    read_report_bytes(&std::fs::read(&path).unwrap()).unwrap()
}

/// Every `<text>` of an SVG, in order, entities undone.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|part| {
            let start = part.find('>').unwrap() + 1;
            let end = part.find("</text>").unwrap();
            part[start..end]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

/// The texts written after `label`'s own text, up to the next row (as many as series).
fn after(svg: &str, label: &str, count: usize) -> Vec<String> {
    let all = texts(svg);
    let at = all
        .iter()
        .position(|text| text == label)
        .unwrap_or_else(|| panic!("no label {label} in {all:?}"));
    all[at + 1..at + 1 + count].to_vec()
}

#[test]
fn outcome_mix_shows_table_three_with_shares() {
    let report = sample("平潭综合实验区_2022.json");
    let svg = outcome_mix(&report, "").to_svg();
    // 表三 总计 column: 21, 9, 0+0+0+0+1+2+1+0, 37+0+0, 0×5, 2+0+2 — 75 in all, 办结 75.
    let expected = [
        ("予以公开", "21（28.0%）"),
        ("部分公开", "9（12.0%）"),
        ("不予公开", "4（5.3%）"),
        ("无法提供", "37（49.3%）"),
        ("不予处理", "0（0.0%）"),
        ("其他处理", "4（5.3%）"),
    ];
    for (label, value) in expected {
        assert_eq!(after(&svg, label, 1), [value], "{label}");
    }
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(
        !svg.contains("style="),
        "presentation attributes only (CSP)"
    );
    assert_eq!(texts(&svg)[0], "申请办理结果");
}

#[test]
fn applicants_follow_the_first_row() {
    let report = sample("平潭综合实验区_2022.json");
    let svg = applicants(&report, "平潭综合实验区").to_svg();
    assert_eq!(texts(&svg)[0], "平潭综合实验区本年新收申请的申请人");
    assert_eq!(after(&svg, "自然人", 1), ["71（95.9%）"]);
    assert_eq!(after(&svg, "商业企业", 1), ["3（4.1%）"]);
    assert_eq!(after(&svg, "法律服务机构", 1), ["0（0.0%）"]);
}

#[test]
fn appeals_show_each_result_of_each_group() {
    let report = sample("平潭综合实验区_2022.json");
    let svg = appeals(&report, "").to_svg();
    assert_eq!(after(&svg, "行政复议", 4), ["0", "1", "1", "0"]);
    assert_eq!(
        after(&svg, "行政诉讼：未经复议直接起诉", 4),
        ["1", "0", "0", "0"]
    );
    for legend in ["结果维持", "结果纠正", "其他结果", "尚未审结"] {
        assert!(texts(&svg).iter().any(|text| text == legend), "{legend}");
    }
}

#[test]
fn blank_cells_are_said_blank_not_zero() {
    let mut report = Report::blank("某局", 2025, ReportKind::Department);
    report.set_count(
        CountCell::Request(RequestRow::Granted, Applicant::Total),
        Some(5),
    );
    let svg = outcome_mix(&report, "").to_svg();
    assert_eq!(after(&svg, "予以公开", 1), ["5（100.0%）"]);
    assert_eq!(after(&svg, "部分公开", 1), ["空白"]);
}

#[test]
fn year_on_year_puts_both_years_side_by_side() {
    let now = sample("平潭综合实验区_2022.json");
    let then = sample("平潭综合实验区_2021.json");
    let chart = year_on_year(&now, &then, "");
    let svg = chart.to_svg();
    assert_eq!(texts(&svg)[0], "2022年与2021年对比");
    let before = Figures::of(&then);
    let received = |f: &Figures| f.received.unwrap().to_string();
    assert_eq!(
        after(&svg, "本年新收申请", 2),
        [received(&Figures::of(&now)), received(&before)]
    );
    assert_eq!(after(&svg, "本年新收申请", 2)[0], "74");
}

#[test]
fn units_are_ranked_by_requests_received_and_the_rest_counted() {
    let reports: Vec<Report> = (0..25u64)
        .map(|n| {
            let mut report = Report::blank("某局", 2025, ReportKind::Department);
            let value = if n == 3 { None } else { Some(n * 2) };
            report.set_count(
                CountCell::Request(RequestRow::Received, Applicant::Total),
                value,
            );
            report
        })
        .collect();
    let units: Vec<(String, &Report)> = reports
        .iter()
        .enumerate()
        .map(|(n, report)| (format!("单位{n}"), report))
        .collect();
    let svg = ranked(&units, "").to_svg();
    let all = texts(&svg);
    assert_eq!(&all[1..5], ["单位24", "48", "单位23", "46"]);
    // Shown: 单位24 down to 单位5 (20 units); not shown: 单位4, 2, 1, 0 (8+4+2+0) and blank 单位3.
    assert!(all.contains(&"单位5".to_owned()) && !all.contains(&"单位4".to_owned()));
    assert!(all.contains(&"另有 5 个单位未列出，共收到 14 件。".to_owned()));
}

#[test]
fn a_unit_name_cannot_break_the_picture() {
    let report = Report::blank("某局", 2025, ReportKind::Department);
    let units = vec![("<script>&\"局\"".to_owned(), &report)];
    let svg = ranked(&units, "").to_svg();
    assert!(!svg.contains("<script>"));
    assert!(texts(&svg).contains(&"<script>&\"局\"".to_owned()));
}
