//! The package checked part by part, for every trap of ../shared/guide/export.md that makes
//! Word, WPS or LibreOffice refuse or misrender a file.

use super::*;
use crate::layout::{Applicant, ReportKind, RequestRow};
use crate::model::{Amount, CountCell, Date};
use roxmltree::{Document, Node};

/// The entries of a zip as (name, bytes), each checked against its CRC and sizes; also checks
/// that the central directory says MS-DOS with no attributes.
pub(crate) fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as usize;
    let u32at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
    let end = bytes.len() - 22;
    assert_eq!(u32at(end), 0x0605_4b50, "end of central directory");
    let count = u16at(end + 10);
    let mut at = u32at(end + 16);
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(u32at(at), 0x0201_4b50, "central directory entry");
        assert_eq!(bytes[at + 5], 0, "made by MS-DOS");
        assert_eq!(u32at(at + 38), 0, "no external attributes");
        let crc = u32at(at + 16) as u32;
        let (packed, size) = (u32at(at + 20), u32at(at + 24));
        let name_len = u16at(at + 28);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
        let local = u32at(at + 42);
        assert_eq!(u32at(local), 0x0403_4b50, "local header of {name}");
        let data_at = local + 30 + u16at(local + 26) + u16at(local + 28);
        let data = miniz_oxide::inflate::decompress_to_vec(&bytes[data_at..data_at + packed])
            .unwrap_or_else(|e| panic!("{name} does not inflate: {e:?}"));
        assert_eq!(data.len(), size, "{name} size");
        assert_eq!(crc32(&data), crc, "{name} CRC");
        out.push((name, data));
        at += 46 + name_len + u16at(at + 30) + u16at(at + 32);
    }
    out
}

const W: &str = parts::WORD_NS;

fn full_report() -> Report {
    let mut report = Report::blank("某某区人民政府办公室", 2024, ReportKind::Government);
    report.preamble = "本报告依据条例编制。".into();
    report.overview =
        "（一）主动公开\n本年度主动公开政府信息1234条。\n\n（二）依申请公开。本年度收到申请。"
            .into();
    report.problems = "问题一。\n措施一。".into();
    report.other_matters = "本年度未收取信息处理费。".into();
    report.meta.date = Date::new(2025, 1, 20);
    for (i, cell) in CountCell::all().enumerate() {
        report.set_count(cell, Some(i as u64 + 1000));
    }
    report.proactive.fees = Amount::parse("24252.311082");
    report
}

fn package(report: &Report) -> Vec<(String, String)> {
    unzip(&docx(report))
        .into_iter()
        .map(|(name, bytes)| (name, String::from_utf8(bytes).expect("UTF-8 part")))
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(W) && node.tag_name().name() == name
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
    node.children().filter(|c| is(c, name)).collect()
}

/// The names of a node's child elements, in order (where the schema fixes the order).
fn names<'a>(node: Node<'a, '_>) -> Vec<&'a str> {
    node.children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect()
}

fn attr<'a>(node: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// The text of a paragraph, runs joined.
fn text(node: Node) -> String {
    node.descendants()
        .filter(|n| is(n, "t"))
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn every_part_is_well_formed_xml_with_a_content_type_and_a_relationship() {
    let report = full_report();
    let charts = crate::charts::beside_tables(&report, Some(&report));
    for parts in [
        package(&report),
        unzip(&super::docx_with_charts(&report, &charts))
            .into_iter()
            .map(|(name, bytes)| (name, String::from_utf8(bytes).unwrap()))
            .collect(),
    ] {
        every_part_is_typed_and_related(&parts);
    }
}

fn every_part_is_typed_and_related(parts: &[(String, String)]) {
    let parts = parts.to_vec();
    for (name, content) in &parts {
        Document::parse(content).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let types = Document::parse(part(&parts, "[Content_Types].xml")).unwrap();
    let types = types.root_element();
    for (name, _) in &parts {
        let overridden = types
            .children()
            .any(|c| c.attribute("PartName") == Some(&format!("/{name}")[..]));
        let extension = name.rsplit('.').next().unwrap();
        let default = types
            .children()
            .any(|c| c.attribute("Extension") == Some(extension));
        assert!(overridden || default, "{name} has no content type");
    }
    // Every relationship points at a part that exists.
    for (rels, base) in [
        ("_rels/.rels", ""),
        ("word/_rels/document.xml.rels", "word/"),
    ] {
        let doc = Document::parse(part(&parts, rels)).unwrap();
        let targets: Vec<&str> = doc
            .root_element()
            .children()
            .filter_map(|c| c.attribute("Target"))
            .collect();
        assert!(!targets.is_empty());
        for target in targets {
            let full = format!("{base}{target}");
            assert!(
                parts.iter().any(|(n, _)| *n == full),
                "{rels} → {full} missing"
            );
        }
    }
    // Every r:id the document uses is a relationship.
    let rels = part(&parts, "word/_rels/document.xml.rels");
    for id in ["rIdFooterOdd", "rIdFooterEven"] {
        assert!(
            part(&parts, "word/document.xml").contains(id)
                && rels.contains(&format!("Id=\"{id}\""))
        );
    }
}

#[test]
fn the_page_is_a4_with_gb9704_margins_22_lines_of_28_characters() {
    let parts = package(&full_report());
    let doc = Document::parse(part(&parts, "word/document.xml")).unwrap();
    let sect = doc.descendants().find(|n| is(n, "sectPr")).unwrap();
    let order: Vec<&str> = names(sect);
    assert_eq!(
        order,
        [
            "footerReference",
            "footerReference",
            "pgSz",
            "pgMar",
            "pgNumType",
            "cols",
            "docGrid"
        ]
    );
    let size = children(sect, "pgSz")[0];
    assert_eq!(
        (attr(&size, "w"), attr(&size, "h")),
        (Some("11906"), Some("16838"))
    );
    let margins = children(sect, "pgMar")[0];
    let seven = [
        "top", "right", "bottom", "left", "header", "footer", "gutter",
    ];
    for side in seven {
        assert!(attr(&margins, side).is_some(), "pgMar lacks {side}");
    }
    let got: Vec<&str> = seven[..4]
        .iter()
        .map(|s| attr(&margins, s).unwrap())
        .collect();
    assert_eq!(got, ["2098", "1474", "1984", "1588"]);
    let grid = children(sect, "docGrid")[0];
    assert_eq!(attr(&grid, "type"), Some("lines"));
    assert_eq!(attr(&grid, "linePitch"), Some("579"));
    // 28 characters a line: the body's characters are condensed to fit.
    let styles = Document::parse(part(&parts, "word/styles.xml")).unwrap();
    let normal = styles
        .descendants()
        .find(|n| is(n, "style") && attr(n, "styleId") == Some("Normal"))
        .unwrap();
    let spacing = normal
        .descendants()
        .find(|n| is(n, "spacing") && n.parent().is_some_and(|p| is(&p, "rPr")))
        .unwrap();
    assert_eq!(attr(&spacing, "val"), Some("-5"));
}

#[test]
fn footers_hold_a_complete_page_field_odd_right_even_left() {
    let parts = package(&full_report());
    let settings = part(&parts, "word/settings.xml");
    assert!(!settings.contains("updateFields"));
    let settings = Document::parse(settings).unwrap();
    let order = names(settings.root_element());
    let at = |name: &str| order.iter().position(|n| *n == name).unwrap();
    assert!(at("zoom") < at("defaultTabStop") && at("defaultTabStop") < at("evenAndOddHeaders"));
    assert!(
        at("evenAndOddHeaders") < at("characterSpacingControl")
            && at("characterSpacingControl") < at("compat")
    );
    for (name, side) in [("word/footer1.xml", "right"), ("word/footer2.xml", "left")] {
        let doc = Document::parse(part(&parts, name)).unwrap();
        let jc = doc.descendants().find(|n| is(n, "jc")).unwrap();
        assert_eq!(attr(&jc, "val"), Some(side), "{name}");
        let kinds: Vec<String> = doc
            .descendants()
            .filter(|n| is(n, "r"))
            .map(|r| {
                let inner = r
                    .children()
                    .find(|c| c.is_element() && !is(c, "rPr"))
                    .unwrap();
                match inner.tag_name().name() {
                    "fldChar" => attr(&inner, "fldCharType").unwrap().to_owned(),
                    "instrText" => format!("instr:{}", inner.text().unwrap().trim()),
                    _ => format!("text:{}", inner.text().unwrap()),
                }
            })
            .collect();
        let cached = if side == "right" { "text:1" } else { "text:2" };
        assert_eq!(
            kinds,
            [
                "text:— ",
                "begin",
                "instr:PAGE",
                "separate",
                cached,
                "end",
                "text: —"
            ],
            "{name}"
        );
        // Every run of the footer carries the page number's font and size.
        for run in doc.descendants().filter(|n| is(n, "r")) {
            let rpr = children(run, "rPr");
            assert!(
                rpr.len() == 1
                    && rpr[0]
                        .descendants()
                        .any(|n| is(&n, "sz") && attr(&n, "val") == Some("28")),
                "{name}"
            );
        }
    }
}

#[test]
fn every_font_names_its_east_asian_face_and_no_theme_font_is_used() {
    let parts = package(&full_report());
    for (name, content) in &parts {
        assert!(
            !content.contains("asciiTheme") && !content.contains("eastAsiaTheme"),
            "{name}"
        );
        let doc = Document::parse(content).unwrap();
        for fonts in doc.descendants().filter(|n| is(n, "rFonts")) {
            assert!(
                attr(&fonts, "eastAsia").is_some_and(|f| !f.is_empty()),
                "{name}: rFonts without eastAsia"
            );
        }
    }
    let styles = Document::parse(part(&parts, "word/styles.xml")).unwrap();
    let defaults = styles.descendants().find(|n| is(n, "docDefaults")).unwrap();
    assert!(defaults
        .descendants()
        .any(|n| is(&n, "rFonts") && attr(&n, "eastAsia") == Some("仿宋_GB2312")));
    // The headings are heading styles with outline levels, so the navigation pane lists them.
    for (id, level) in [("Heading1", "0"), ("Heading2", "1")] {
        let style = styles
            .descendants()
            .find(|n| is(n, "style") && attr(n, "styleId") == Some(id))
            .unwrap();
        let outline = style.descendants().find(|n| is(n, "outlineLvl")).unwrap();
        assert_eq!(attr(&outline, "val"), Some(level));
    }
    // Each font the document names is in the font table.
    let table = part(&parts, "word/fontTable.xml");
    for font in [
        "仿宋_GB2312",
        "黑体",
        "楷体_GB2312",
        "方正小标宋简体",
        "宋体",
    ] {
        assert!(table.contains(&format!("w:name=\"{font}\"")), "{font}");
    }
}

#[test]
fn the_six_headings_are_heading_paragraphs_in_order() {
    let parts = package(&full_report());
    let doc = Document::parse(part(&parts, "word/document.xml")).unwrap();
    let styled = |style: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| is(n, "p"))
            .filter(|p| {
                p.descendants()
                    .any(|n| is(&n, "pStyle") && attr(&n, "val") == Some(style))
            })
            .map(text)
            .collect()
    };
    assert_eq!(
        styled("Heading1"),
        crate::layout::Section::ALL.map(|s| s.heading())
    );
    assert_eq!(styled("Heading2"), ["（一）主动公开"]);
    assert_eq!(
        styled("Title"),
        ["某某区人民政府办公室2024年政府信息公开工作年度报告"]
    );
    assert_eq!(
        styled("Signature")
            .iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>(),
        ["某某区人民政府办公室", "2025年1月20日"]
    );
    // Line breaks in a narrative are paragraphs; the lead of a paragraph is its own run in 楷体.
    let body = styled("Normal");
    assert!(body.contains(&"本年度主动公开政府信息1234条。".to_owned()));
    assert!(body.contains(&"（二）依申请公开。本年度收到申请。".to_owned()));
    assert!(body.contains(&"问题一。".to_owned()) && body.contains(&"措施一。".to_owned()));
}

#[test]
fn tables_are_real_word_tables_whose_spans_fill_the_grid() {
    let report = full_report();
    let parts = package(&report);
    let doc = Document::parse(part(&parts, "word/document.xml")).unwrap();
    let tables: Vec<Node> = doc.descendants().filter(|n| is(n, "tbl")).collect();
    assert_eq!(tables.len(), 3);
    for table in tables {
        let props = children(table, "tblPr")[0];
        let order: Vec<&str> = names(props);
        assert_eq!(
            order,
            [
                "tblW",
                "jc",
                "tblBorders",
                "tblLayout",
                "tblCellMar",
                "tblLook"
            ]
        );
        let width: u32 = attr(&children(props, "tblW")[0], "w")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(width, 8844);
        let grid: Vec<u32> = children(children(table, "tblGrid")[0], "gridCol")
            .iter()
            .map(|c| attr(c, "w").unwrap().parse().unwrap())
            .collect();
        assert_eq!(
            grid.iter().sum::<u32>(),
            width,
            "gridCol widths add up to tblW"
        );
        let rows = children(table, "tr");
        // Per grid column, whether a vertical merge is open above.
        let mut open = vec![false; grid.len()];
        for (r, row) in rows.iter().enumerate() {
            let mut column = 0;
            for cell in children(*row, "tc") {
                let last = cell.children().rfind(|n| n.is_element()).unwrap();
                assert!(
                    is(&last, "p"),
                    "row {r}: a cell that does not end with a paragraph"
                );
                let props = children(cell, "tcPr")[0];
                let tc_order: Vec<&str> = names(props);
                let rank = |n: &str| {
                    ["tcW", "gridSpan", "vMerge", "vAlign"]
                        .iter()
                        .position(|x| *x == n)
                        .unwrap()
                };
                assert!(
                    tc_order.windows(2).all(|w| rank(w[0]) < rank(w[1])),
                    "{tc_order:?}"
                );
                let span: usize = children(props, "gridSpan")
                    .first()
                    .map_or(1, |g| attr(g, "val").unwrap().parse().unwrap());
                let tcw: u32 = attr(&children(props, "tcW")[0], "w")
                    .unwrap()
                    .parse()
                    .unwrap();
                assert_eq!(
                    tcw,
                    grid[column..column + span].iter().sum::<u32>(),
                    "row {r}: tcW"
                );
                match children(props, "vMerge").first().map(|m| attr(m, "val")) {
                    Some(Some("restart")) => open[column] = true,
                    Some(None) | Some(Some("continue")) => {
                        assert!(
                            open[column],
                            "row {r} col {column}: a continuing cell with nothing above"
                        );
                        assert!(text(cell).is_empty());
                    }
                    None => open[column] = false,
                    other => panic!("{other:?}"),
                }
                column += span;
            }
            assert_eq!(column, grid.len(), "row {r}: gridSpans add up to the grid");
        }
    }
    // A restart always has a continuing cell right below it.
    let xml = part(&parts, "word/document.xml");
    let spanning_rows = crate::layout::TableId::ALL
        .iter()
        .flat_map(|&id| crate::layout::PrintedTable::new(id, report.template).rows)
        .flatten()
        .filter(|cell| cell.rowspan > 1)
        .count();
    // The corner, 自然人, 总计, 三、本年度办理结果, the four outcome groups, 行政复议.
    assert_eq!(spanning_rows, 9);
    assert_eq!(
        xml.matches("<w:vMerge w:val=\"restart\"/>").count(),
        spanning_rows
    );
}

#[test]
fn every_value_prints_in_order_and_blank_cells_print_blank() {
    let mut report = full_report();
    let blank = CountCell::Request(RequestRow::Received, Applicant::Research);
    report.set_count(blank, None);
    let parts = package(&report);
    let doc = Document::parse(part(&parts, "word/document.xml")).unwrap();
    let cells: Vec<String> = doc
        .descendants()
        .filter(|n| is(n, "tc"))
        .map(text)
        .collect();
    let mut expected: Vec<String> = Vec::new();
    for id in crate::layout::TableId::ALL {
        for value in crate::layout::PrintedTable::new(id, report.template).values() {
            expected.push(crate::export::value_text(&report, value));
        }
    }
    assert!(expected.contains(&"24252.311082".to_owned()) && expected.contains(&String::new()));
    let numbers: Vec<String> = cells
        .into_iter()
        .filter(|c| c.is_empty() || c.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .collect();
    // Continuing merged cells are empty too; take the numbers and the one blank in order.
    let printed: Vec<&String> = numbers.iter().filter(|c| !c.is_empty()).collect();
    let wanted: Vec<&String> = expected.iter().filter(|c| !c.is_empty()).collect();
    assert_eq!(printed, wanted);
    assert!(!cells_contain_zero(&doc), "a blank cell printed as 0");
}

fn cells_contain_zero(doc: &Document) -> bool {
    doc.descendants()
        .filter(|n| is(n, "tc"))
        .any(|c| text(c) == "0")
}

#[test]
fn user_text_is_text_in_every_part() {
    let mut report = full_report();
    let nasty = "<script>alert(1)</script> & </table> ]]> <w:p> \u{1}";
    report.overview = format!("{nasty}\n第二段");
    report.meta.agency = "A&B <局>".into();
    let parts = package(&report);
    for (name, content) in &parts {
        assert!(!content.contains("<script>"), "{name}");
    }
    let doc = Document::parse(part(&parts, "word/document.xml")).unwrap();
    let paragraphs: Vec<String> = doc.descendants().filter(|n| is(n, "p")).map(text).collect();
    assert!(paragraphs.contains(&"<script>alert(1)</script> & </table> ]]> <w:p> ".to_owned()));
    assert!(paragraphs.contains(&"第二段".to_owned()));
    assert!(paragraphs.contains(&"A&B <局>2024年政府信息公开工作年度报告".to_owned()));
    let core = Document::parse(part(&parts, "docProps/core.xml")).unwrap();
    assert!(core.descendants().any(|n| n.text() == Some("A&B <局>")));
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    assert_eq!(docx(&full_report()), docx(&full_report()));
}

#[test]
fn every_sample_exports_a_readable_package() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the samples beside the repository") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let report = crate::json::read_report_bytes(&std::fs::read(&path).unwrap()).unwrap();
        let parts = package(&report);
        for (name, content) in &parts {
            Document::parse(content).unwrap_or_else(|e| panic!("{}: {name}: {e}", path.display()));
        }
        seen += 1;
    }
    assert!(seen >= 10, "{seen} samples");
}

#[test]
fn pictures_go_after_their_tables_as_native_charts() {
    use crate::charts::beside_tables;
    let report = full_report();
    let charts = beside_tables(&report, None);
    let parts = super::parts_with_charts(&report, &charts);
    let part = |name: &str| {
        parts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, xml)| xml.clone())
            .unwrap_or_else(|| panic!("no part {name}"))
    };
    let document = part("word/document.xml");
    // Table 三's two pictures between 表三 and the heading of 四; table 四's after 表四.
    let three = document.find("r:id=\"rIdChart1\"").unwrap();
    let applicants = document.find("r:id=\"rIdChart2\"").unwrap();
    let four = document
        .find("四、政府信息公开行政复议、行政诉讼情况")
        .unwrap();
    let appeals = document.find("r:id=\"rIdChart3\"").unwrap();
    assert!(three < applicants && applicants < four && four < appeals);
    assert!(part("word/_rels/document.xml.rels")
        .contains("Id=\"rIdChart3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart3.xml\""));
    assert!(part("[Content_Types].xml").contains("PartName=\"/word/charts/chart2.xml\""));

    // Each chart part is well-formed XML, and its numbers are the table's.
    for n in 1..=3 {
        let xml = part(&format!("word/charts/chart{n}.xml"));
        Document::parse(&xml).unwrap_or_else(|e| panic!("chart{n}.xml: {e}"));
    }
    let outcomes = part("word/charts/chart1.xml");
    let granted = report
        .requests
        .get(
            crate::layout::RequestRow::Granted,
            crate::layout::Applicant::Total,
        )
        .unwrap();
    assert!(outcomes.contains(&format!("<c:pt idx=\"0\"><c:v>{granted}</c:v></c:pt>")));
    assert!(outcomes.contains("<c:v>予以公开</c:v>"));
    // The share of the six kinds of outcome together (full_report's totals do not add up).
    let outcomes_sum: u64 = crate::figures::outcomes(&report, crate::layout::Applicant::Total)
        .iter()
        .filter_map(|(_, value)| *value)
        .sum();
    let share = crate::charts::percent(granted, outcomes_sum);
    assert!(
        outcomes.contains(&format!("<a:t>{granted} ({share})</a:t>")),
        "the bar's label gives its share"
    );
    // Without pictures, the package is as before: no chart part, relationship or drawing.
    let plain = super::parts(&report);
    assert!(plain
        .iter()
        .all(|(name, xml)| !name.contains("chart") && !xml.contains("rIdChart")));
}
