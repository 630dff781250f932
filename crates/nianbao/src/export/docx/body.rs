//! word/document.xml: the blocks as paragraphs and real Word tables, then the section properties
//! (A4, GB/T 9704 margins, the footers, the grid of 22 lines).

use super::parts::{fonts, REL_NS, WORD_NS};
use super::{chart, ChartAfter};
use crate::export::document::{blocks, title_lines, value_text, Block};
use crate::export::escape::push_escaped;
use crate::export::typeset::*;
use crate::layout::{CellRole, PrintedTable, TableId};
use crate::model::Report;

/// The body; each of `charts` follows its table.
pub fn document(report: &Report, charts: &[ChartAfter]) -> String {
    let mut out = String::with_capacity(256 * 1024);
    out.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{WORD_NS}\" xmlns:r=\"{REL_NS}\"><w:body>"
    ));
    for block in blocks(report) {
        match &block {
            Block::Title(text) => {
                out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>");
                for (i, line) in title_lines(text).into_iter().enumerate() {
                    if i > 0 {
                        out.push_str("<w:r><w:br/></w:r>");
                    }
                    run(&mut out, "", line);
                }
                out.push_str("</w:p>");
            }
            Block::Heading(text) => paragraph(&mut out, "Heading1", &[("", text)]),
            Block::SubHeading(text) => paragraph(&mut out, "Heading2", &[("", text)]),
            Block::Paragraph { lead, text } => {
                paragraph(&mut out, "Normal", &[(SUB_HEADING_FONT, lead), ("", text)])
            }
            Block::Table(table) => {
                push_table(&mut out, report, table);
                for (n, (_, chart)) in charts
                    .iter()
                    .enumerate()
                    .filter(|(_, (after, _))| *after == table.id)
                {
                    chart::paragraph(&mut out, n + 1, chart);
                }
            }
            Block::Signature(text) => {
                // One empty line between the body and 落款.
                paragraph(&mut out, "Signature", &[]);
                paragraph(&mut out, "Signature", &[("", text)]);
            }
            Block::Date(text) => paragraph(&mut out, "Signature", &[("", text)]),
        }
    }
    out.push_str(&format!(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>\
<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>\
<w:pgSz w:w=\"{PAGE_WIDTH}\" w:h=\"{PAGE_HEIGHT}\"/>\
<w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" \
w:header=\"{HEADER_DISTANCE}\" w:footer=\"{FOOTER_DISTANCE}\" w:gutter=\"0\"/>\
<w:pgNumType w:fmt=\"decimal\"/><w:cols w:space=\"425\"/>\
<w:docGrid w:type=\"lines\" w:linePitch=\"{LINE_PITCH}\"/></w:sectPr></w:body></w:document>"
    ));
    out
}

/// A paragraph of `style` holding runs of text, each in its own East-Asian font if one is named.
fn paragraph(out: &mut String, style: &str, runs: &[(&str, &str)]) {
    out.push_str(&format!(
        "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>"
    ));
    for (font, text) in runs.iter().filter(|(_, t)| !t.is_empty()) {
        run(out, font, text);
    }
    out.push_str("</w:p>");
}

fn run(out: &mut String, font: &str, text: &str) {
    out.push_str("<w:r>");
    if !font.is_empty() {
        out.push_str(&format!("<w:rPr>{}</w:rPr>", fonts(LATIN_FONT, font)));
    }
    out.push_str("<w:t xml:space=\"preserve\">");
    push_escaped(out, text);
    out.push_str("</w:t></w:r>");
}

/// A printed table as a Word table: the grid of the layout's columns, gridSpan for a cell across
/// columns, vMerge for a cell down rows (a continuing cell on each row it covers), a width on
/// every cell, the header rows repeated on each page.
fn push_table(out: &mut String, report: &Report, table: &PrintedTable) {
    let width: u32 = table.columns.iter().map(|c| c.twips).sum();
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
    };
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>{}{}{}{}{}{}</w:tblBorders>\
<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"40\" w:type=\"dxa\"/></w:tblCellMar>\
<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
        border("top"),
        border("left"),
        border("bottom"),
        border("right"),
        border("insideH"),
        border("insideV"),
    ));
    for column in &table.columns {
        out.push_str(&format!("<w:gridCol w:w=\"{}\"/>", column.twips));
    }
    out.push_str("</w:tblGrid>");
    // A table shorter than a page (表二, 表四) is kept whole: every row with the next, no row split
    // (else 表二 can leave 「行政事业性收费」 alone on the next page, under no header). 表三 is
    // longer than a page and must break: its rows are left splittable, because LibreOffice drops
    // the rest of a table whose unsplittable rows meet a page break beside vertically merged cells
    // (measured: 27 of 表三's 28 rows lost); its header rows repeat on the next page, and a break
    // never falls where a merged label has not yet had room for its text.
    let whole = table.id != TableId::Requests;
    let rows = table.placed();
    let keep = keep_with_next(table);
    for (i, row) in rows.iter().enumerate() {
        let keep_with_next = (whole && i + 1 < rows.len()) || keep[i];
        // At least 0.6 cm a row, as published tables have: the digits do not touch the rules.
        out.push_str(&format!(
            "<w:tr><w:trPr><w:trHeight w:val=\"{ROW_TWIPS}\" w:hRule=\"atLeast\"/>"
        ));
        if whole && !row.iter().any(|p| p.cell.rowspan > 1) {
            out.push_str("<w:cantSplit/>");
        }
        if i < table.head_rows {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for placed in row {
            let cell = placed.cell;
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>",
                table.span_twips(placed.column, cell.colspan)
            ));
            if cell.colspan > 1 {
                out.push_str(&format!("<w:gridSpan w:val=\"{}\"/>", cell.colspan));
            }
            if cell.rowspan > 1 {
                out.push_str(if placed.starts {
                    "<w:vMerge w:val=\"restart\"/>"
                } else {
                    "<w:vMerge/>"
                });
            }
            out.push_str(
                "<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>",
            );
            if keep_with_next {
                out.push_str("<w:keepNext/>");
            }
            if matches!(
                cell.role,
                CellRole::RowHead | CellRole::ItemHead | CellRole::Caption | CellRole::Corner
            ) {
                out.push_str("<w:jc w:val=\"left\"/>");
            }
            out.push_str("</w:pPr>");
            // A continuing cell holds an empty paragraph: every w:tc must end with one.
            if placed.starts {
                cell_text(out, report, cell.role, &cell.lines);
            }
            out.push_str("</w:p></w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

/// Least height of a row (trHeight), and the line pitch of its text, in twips.
const ROW_TWIPS: u32 = 340;
/// A character of 五号 (10.5 pt), and the cell's left and right margins together, in twips.
const CHAR_TWIPS: u32 = 210;
const CELL_MARGINS: u32 = 80;

/// For each row, whether it must stay on the page of the next one: the header rows with the first
/// body row, and the rows a cell spanning rows needs for its text (「三、本年度办理结果」, two
/// characters a line in its narrow column, needs five lines). A merged cell's text is not carried
/// over a page break: LibreOffice cuts it there.
fn keep_with_next(table: &PrintedTable) -> Vec<bool> {
    let mut keep: Vec<bool> = (0..table.rows.len()).map(|i| i < table.head_rows).collect();
    for (i, row) in table.placed().iter().enumerate() {
        for placed in row.iter().filter(|p| p.starts && p.cell.rowspan > 1) {
            let width = table.span_twips(placed.column, placed.cell.colspan);
            let per_line = (width.saturating_sub(CELL_MARGINS) / CHAR_TWIPS).max(1) as usize;
            let lines: usize = placed
                .cell
                .lines
                .iter()
                .map(|l| l.chars().count().div_ceil(per_line))
                .sum();
            let rows = (lines as u32 * TABLE_LINE).div_ceil(ROW_TWIPS) as usize;
            let last = (i + rows.min(placed.cell.rowspan)).min(keep.len());
            for k in keep.iter_mut().take(last.saturating_sub(1)).skip(i) {
                *k = true;
            }
        }
    }
    keep
}

fn cell_text(out: &mut String, report: &Report, role: CellRole, lines: &[&str]) {
    if let CellRole::Value(value) = role {
        let text = value_text(report, value);
        if !text.is_empty() {
            run(out, "", &text);
        }
        return;
    }
    let font = if role == CellRole::Caption {
        HEADING_FONT
    } else {
        ""
    };
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<w:r><w:br/></w:r>");
        }
        run(out, font, line);
    }
}
