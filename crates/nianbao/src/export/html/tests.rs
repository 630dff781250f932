//! The Word-ready HTML and the CMS fragment: the page set-up both Word and LibreOffice read,
//! borders on every cell, the tables' structure, and escaping.

use super::*;
use crate::export::escape::escape;
use crate::layout::{PrintedTable, ReportKind, Section, TableId};
use crate::model::{Amount, CountCell, Date};

fn report() -> Report {
    let mut report = Report::blank("某某局", 2023, ReportKind::Department);
    report.overview = "（一）主动公开\n本年度公开信息。".into();
    report.meta.date = Date::new(2024, 1, 5);
    for (i, cell) in CountCell::all().enumerate() {
        report.set_count(cell, Some(i as u64));
    }
    report.proactive.fees = Amount::parse("0.5");
    report
}

/// Every `style="…"` attribute of the document.
fn styles(html: &str) -> Vec<&str> {
    html.split("style=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect()
}

#[test]
fn word_reads_its_page_and_libreoffice_its_unnamed_copy() {
    let html = word_html(&report());
    for needle in [
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"",
        "<meta name=\"ProgId\" content=\"Word.Document\">",
        "<w:View>Print</w:View>",
        "@page Section1{size:21.0cm 29.7cm;margin:104.9pt 73.7pt 99.2pt 79.4pt;",
        "@page{size:21.0cm 29.7cm;margin:104.9pt 73.7pt 99.2pt 79.4pt;}",
        "<div class=\"Section1\">",
        "mso-font-alt",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    // LibreOffice drops em and % lengths: none anywhere in the Word document.
    for style in styles(&html) {
        assert!(
            !style.contains("em;") && !style.ends_with("em") && !style.contains('%'),
            "{style}"
        );
    }
    assert!(html.contains("text-indent:32pt;mso-char-indent-count:2"));
    assert!(html.contains("line-height:28.95pt;mso-line-height-rule:exactly"));
}

#[test]
fn every_cell_carries_its_own_border_and_width() {
    let html = word_html(&report());
    let cells: Vec<&str> = html
        .split("<td ")
        .skip(1)
        .chain(html.split("<th ").skip(1))
        .collect();
    assert!(cells.len() > 200);
    for cell in cells {
        let tag = &cell[..cell.find('>').unwrap()];
        assert!(tag.contains("border:solid windowtext .5pt"), "{tag}");
        assert!(tag.contains("width:") && tag.contains("pt"), "{tag}");
    }
    let tables: Vec<&str> = html
        .split("<table ")
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap()])
        .collect();
    assert_eq!(tables.len(), 3);
    for table in tables {
        assert!(
            table.contains("style=\"width:442.2pt;"),
            "at the text block's width: {table}"
        );
    }
}

#[test]
fn tables_keep_their_labels_spans_and_values() {
    let report = report();
    let html = word_html(&report);
    for id in TableId::ALL {
        let table = PrintedTable::new(id, report.template);
        for cell in table.rows.iter().flatten().filter(|c| c.is_header()) {
            assert!(
                html.contains(&escape(&cell.lines.join("<br>")).replace("&lt;br&gt;", "<br>")),
                "{:?}",
                cell.lines
            );
        }
    }
    assert!(
        html.contains("rowspan=\"22\""),
        "三、本年度办理结果 over 22 rows"
    );
    assert!(html.contains("colspan=\"3\" rowspan=\"3\""), "the corner");
    assert_eq!(html.matches("<td").count(), 6 + 3 + 1 + 25 * 7 + 15);
    assert!(html.contains(">0.5</p></td>"));
    let headings: Vec<&str> = Section::ALL.map(|s| s.heading()).to_vec();
    let mut at = 0;
    for heading in headings {
        let found = html[at..]
            .find(&format!(">{heading}</h1>"))
            .unwrap_or_else(|| panic!("{heading} out of order"));
        at += found;
    }
    assert!(html.contains(">（一）主动公开</h2>"));
    assert!(html.contains(">2024年1月5日</p>"));
}

#[test]
fn blank_cells_export_blank() {
    let mut report = report();
    for cell in CountCell::all() {
        report.set_count(cell, None);
    }
    report.proactive.fees = None;
    for html in [word_html(&report), fragment(&report)] {
        assert!(
            !html.contains(">0<") && !html.contains(">0</"),
            "a blank printed as 0"
        );
    }
}

#[test]
fn user_text_is_escaped_in_both_writers() {
    let mut report = report();
    report.meta.agency = "<b>局</b>".into();
    report.overview = "<script>alert(1)</script>\n</table> & ]]>".into();
    for html in [word_html(&report), fragment(&report)] {
        assert!(
            !html.contains("<script>") && !html.contains("<b>局"),
            "raw markup"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;/table&gt; &amp; ]]&gt;"));
        assert_eq!(html.matches("</table>").count(), 3);
    }
}

#[test]
fn the_fragment_is_clean_semantic_html() {
    let html = fragment(&report());
    assert!(!html.contains("mso-") && !html.contains("<script") && !html.contains("class="));
    assert!(!html.contains("<html") && !html.contains("<style"));
    assert_eq!(
        html.matches("<thead>").count(),
        2,
        "表三 and 表四 have header rows"
    );
    assert!(html.contains("<th scope=\"col\""));
    assert!(html.contains("<th scope=\"row\""));
    assert!(html.contains("<th scope=\"rowgroup\" rowspan=\"22\""));
    assert!(html.contains("<h2>一、总体情况</h2>"));
    assert!(
        !html.contains("年度报告</h"),
        "the title is the CMS's own field"
    );
}

#[test]
fn the_tables_alone_come_under_their_headings() {
    let report = report();
    let html = super::tables_fragment(&report);
    assert_eq!(html.matches("<table").count(), 3);
    assert_eq!(html.matches("<h2>").count(), 3);
    let whole = super::fragment(&report);
    // Each table exactly as the whole fragment has it.
    for table in html.split("<table").skip(1) {
        let table = &table[..table.find("</table>").unwrap()];
        assert!(whole.contains(table));
    }
    assert!(!html.contains("<p"), "no narrative");
}
