//! The 汇总 as one web page to keep, send or print (「导出汇总网页」): the units with their
//! checks and key figures, the reports left out and why, the cells some units left blank, the
//! pictures (inline SVG) and the consolidated tables. A file of its own: no script, nothing
//! fetched; its one style sheet is inside.

use crate::board::Board;
use crate::view::sum_charts;
use nianbao::charts::escape;
use nianbao::export::tables_fragment;
use nianbao::names::place;
use nianbao::Count;
use std::fmt::Write;

const STYLE: &str = "body{font-family:'SimHei','Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1f2328}\
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #000;padding:4px 6px}\
.units td.num{text-align:right}.charts svg{display:block;max-width:100%;height:auto;margin:1em 0}\
@media print{.charts svg{break-inside:avoid}}";

/// The page, None when nothing is summed.
pub fn summary_page(board: &Board) -> Option<String> {
    let total = board.consolidation.as_ref()?;
    let year = total
        .report
        .meta
        .year
        .map_or(String::new(), |y| format!("{y}年度"));
    let title = format!(
        "{}{year}政府信息公开工作年度报告汇总",
        total.report.meta.agency
    );
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{t}</h1>\n<p>汇总了 {} 个单位的报告；另有 {} 份未汇总。</p>\n",
        total.summed.len(),
        board.apart_rows().len(),
        t = escape(&title),
    );

    out.push_str("<h2>各单位报告</h2>\n<table class=\"units\">\n<thead><tr><th>单位</th><th>检查</th><th>本年新收</th><th>办结</th><th>结转</th><th>复议</th><th>诉讼</th><th>收费（万元）</th></tr></thead>\n<tbody>\n");
    for (_, entry, checked) in board.summed() {
        let f = &checked.figures;
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td>{}{}{}{}{}<td class=\"num\">{}</td></tr>",
            escape(&entry.name),
            match (checked.errors, checked.warnings) {
                (0, 0) => "无问题".to_owned(),
                (0, w) => format!("提醒 {w}"),
                (e, 0) => format!("错误 {e}"),
                (e, w) => format!("错误 {e}，提醒 {w}"),
            },
            cell(f.received),
            cell(f.closed),
            cell(f.carried_forward),
            cell(f.reviews),
            cell(f.lawsuits),
            f.fees.as_ref().map_or("空白".to_owned(), |a| a.to_string()),
        );
    }
    out.push_str("</tbody>\n</table>\n");

    let apart = board.apart_rows();
    if !apart.is_empty() {
        out.push_str("<h2>未汇总的报告</h2>\n<ul>\n");
        for (_, entry, reason) in apart {
            let _ = writeln!(
                out,
                "<li>{}（{}）：{}</li>",
                escape(&entry.name),
                escape(&entry.source),
                escape(&reason)
            );
        }
        out.push_str("</ul>\n");
    }
    if !total.blanks.is_empty() {
        out.push_str(
            "<h2>有单位留空的单元格</h2>\n<p>合计只计填写了的单位；以下单位留空：</p>\n<ul>\n",
        );
        for blanks in &total.blanks {
            let _ = writeln!(
                out,
                "<li>{}：{}</li>",
                escape(&place(&blanks.path, total.report.template)),
                escape(&blanks.units.join("、"))
            );
        }
        out.push_str("</ul>\n");
    }

    out.push_str("<h2>图表</h2>\n<div class=\"charts\">\n");
    for chart in sum_charts(board) {
        out.push_str(&chart.to_svg());
        out.push('\n');
    }
    out.push_str("</div>\n<h2>合计表</h2>\n");
    out.push_str(&tables_fragment(&total.report));
    out.push_str("</body>\n</html>\n");
    Some(out)
}

fn cell(value: Count) -> String {
    format!(
        "<td class=\"num\">{}</td>",
        value.map_or("空白".to_owned(), |n| n.to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::Entry;
    use nianbao::layout::{Applicant, RequestRow};
    use nianbao::{CountCell, Report, ReportKind};

    fn report(agency: &str, year: i32, received: u64) -> Report {
        let mut report = Report::blank(agency, year, ReportKind::Department);
        report.set_count(
            CountCell::Request(RequestRow::Received, Applicant::Total),
            Some(received),
        );
        report
    }

    #[test]
    fn the_page_holds_the_units_the_pictures_and_the_tables() {
        let mut board = Board::default();
        assert_eq!(summary_page(&board), None, "nothing summed, no page");
        board.agency = "某县人民政府".to_owned();
        board.add(vec![
            Entry::read("a.json", Ok(report("县<教育>局", 2025, 12))),
            Entry::read("b.json", Ok(report("县公安局", 2025, 30))),
            Entry::read("c.json", Ok(report("县水利局", 2024, 5))),
        ]);
        let page = summary_page(&board).unwrap();
        assert!(page.contains("<title>某县人民政府2025年度政府信息公开工作年度报告汇总</title>"));
        assert!(page.contains("<th scope=\"row\">县&lt;教育&gt;局</th>"));
        assert!(page.contains("县水利局（c.json）：报告年度为 2024，汇总的是 2025 年度"));
        assert_eq!(page.matches("<svg").count(), 4);
        assert_eq!(
            page.matches("<table").count(),
            4,
            "the units and tables 二, 三, 四"
        );
        // 本年新收 of the sum, 12 + 30, in 表三; the units ranked in their picture.
        let tables = &page[page.find("<h2>合计表</h2>").unwrap()..];
        assert!(tables.contains(">42</td>"), "{tables}");
        let ranking = &page[page.find("各单位本年新收申请</title>").unwrap()..];
        assert!(ranking.find(">县公安局<").unwrap() < ranking.find(">县&lt;教育&gt;局<").unwrap());
        assert!(!page.contains("<script"));
    }
}
