//! The Word/WPS-ready HTML document: one self-contained file that Word opens in print layout with
//! the page set up (A4, GB/T 9704 margins), and that LibreOffice and WPS open the same way.
//!
//! What each program needs (../shared/guide/export.md): Word reads the Office namespaces, the
//! `ProgId` meta, the `WordDocument` block and a *named* `@page Section1`; LibreOffice ignores
//! named pages, so an unnamed `@page` repeats it; LibreOffice also drops `em` and `%` lengths
//! and descendant selectors, so every length is in pt (zero too: a bare `0` is dropped) and
//! every cell carries its own borders inline. Page numbers are left to the .docx: Word-HTML footers print as body text elsewhere.

use super::{align, font_list, push_table, TableStyle};
use crate::export::document::{blocks, title_lines, Block};
use crate::export::escape::{escape, push_escaped};
use crate::export::typeset::*;
use crate::layout::{CellRole, PrintedTable};
use crate::model::Report;

/// The report as a Word-ready HTML document (without the byte-order mark a download adds).
pub fn word_html(report: &Report) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = escape(&report.title());
    let page = format!(
        "size:21.0cm 29.7cm;margin:{} {} {} {}",
        pt(MARGIN_TOP),
        pt(MARGIN_RIGHT),
        pt(MARGIN_BOTTOM),
        pt(MARGIN_LEFT)
    );
    out.push_str(&format!(
        r#"<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40" lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ProgId" content="Word.Document">
<meta name="Generator" content="nianbao">
<title>{title}</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom><w:DoNotOptimizeForBrowser/></w:WordDocument></xml><![endif]-->
<style>
@font-face{{font-family:"{BODY_FONT}";mso-font-alt:"仿宋";}}
@font-face{{font-family:"{SUB_HEADING_FONT}";mso-font-alt:"楷体";}}
@font-face{{font-family:"{TITLE_FONT}";mso-font-alt:"宋体";}}
@page Section1{{{page};mso-page-orientation:portrait;mso-header-margin:{header};mso-footer-margin:{footer};}}
@page{{{page};}}
div.Section1{{page:Section1;}}
body{{font-family:{body};font-size:16pt;}}
</style>
</head>
<body lang="ZH-CN">
<div class="Section1">
"#,
        header = pt(HEADER_DISTANCE),
        footer = pt(FOOTER_DISTANCE),
        body = font_list(BODY_FONT, BODY_FALLBACKS, "serif"),
    ));
    for block in blocks(report) {
        push_block(&mut out, report, &block);
    }
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// The style every body-text paragraph shares: 三号 仿宋 on the 22-line pitch.
fn text_style(font: &str, fallbacks: &[&str], generic: &str) -> String {
    format!(
        "margin-top:0pt;margin-bottom:0pt;line-height:{};mso-line-height-rule:exactly;font-size:16pt;letter-spacing:{};font-family:{};mso-fareast-font-family:'{font}';mso-ascii-font-family:'{LATIN_FONT}';mso-hansi-font-family:'{LATIN_FONT}'",
        pt(LINE_PITCH),
        letter_spacing(),
        font_list(font, fallbacks, generic),
    )
}

/// CHAR_SPACING as CSS: what makes 28 characters a line.
fn letter_spacing() -> String {
    format!("{}pt", f64::from(CHAR_SPACING) / 20.0)
}

fn indented() -> String {
    format!(
        "{};text-align:justify;text-indent:{};mso-char-indent-count:2",
        text_style(BODY_FONT, BODY_FALLBACKS, "serif"),
        pt(TWO_CHARS)
    )
}

fn push_block(out: &mut String, report: &Report, block: &Block) {
    match block {
        Block::Title(title) => out.push_str(&format!(
            "<p class=\"MsoTitle\" style=\"margin-top:0pt;margin-bottom:{pitch};text-align:center;line-height:{pitch};mso-line-height-rule:exactly;font-size:22pt;font-weight:normal;color:black;border:none;mso-border-alt:none;font-family:{fonts};mso-fareast-font-family:'{TITLE_FONT}'\">{}</p>\n",
            title_lines(title).into_iter().map(escape).collect::<Vec<_>>().join("<br>"),
            pitch = pt(LINE_PITCH),
            fonts = font_list(TITLE_FONT, TITLE_FALLBACKS, "serif"),
        )),
        Block::Heading(heading) => out.push_str(&format!(
            "<h1 style=\"{};text-indent:{};mso-char-indent-count:2;font-weight:normal;color:black;border:none;mso-outline-level:1\">{}</h1>\n",
            text_style(HEADING_FONT, HEADING_FALLBACKS, "sans-serif"),
            pt(TWO_CHARS),
            escape(heading)
        )),
        Block::SubHeading(text) => out.push_str(&format!(
            "<h2 style=\"{};text-indent:{};mso-char-indent-count:2;font-weight:normal;font-style:normal;color:black;border:none;mso-outline-level:2\">{}</h2>\n",
            text_style(SUB_HEADING_FONT, SUB_HEADING_FALLBACKS, "serif"),
            pt(TWO_CHARS),
            escape(text)
        )),
        Block::Paragraph { lead, text } => {
            out.push_str(&format!("<p style=\"{}\">", indented()));
            if !lead.is_empty() {
                out.push_str(&format!(
                    "<span style=\"font-family:{};mso-fareast-font-family:'{SUB_HEADING_FONT}'\">{}</span>",
                    font_list(SUB_HEADING_FONT, SUB_HEADING_FALLBACKS, "serif"),
                    escape(lead)
                ));
            }
            push_escaped(out, text);
            out.push_str("</p>\n");
        }
        Block::Table(table) => push_table(out, report, table, &WordTable),
        Block::Signature(text) | Block::Date(text) => {
            // One empty line of the pitch between the body and 落款.
            let before = if matches!(block, Block::Signature(_)) { pt(LINE_PITCH) } else { "0pt".into() };
            out.push_str(&format!(
                "<p style=\"{};margin-top:{before};text-align:right;margin-right:{}\">{}</p>\n",
                text_style(BODY_FONT, BODY_FALLBACKS, "serif"),
                pt(SIGNATURE_RIGHT),
                escape(text)
            ));
        }
    }
}

/// Tables as Word writes them: fixed widths in pt at the width of the text block, a 0.5 pt
/// border on every cell, 五号 仿宋 centred.
struct WordTable;

impl TableStyle for WordTable {
    fn table(&self, table: &PrintedTable) -> String {
        let width: u32 = table.columns.iter().map(|c| c.twips).sum();
        format!(
            "border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"{}\" style=\"width:{};border-collapse:collapse;border:none;table-layout:fixed;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0pt 2pt 0pt 2pt;mso-table-layout-alt:fixed\"",
            width / 15,
            pt(width)
        )
    }

    fn cell(&self, _role: CellRole, width_twips: u32) -> String {
        format!(
            "width=\"{}\" style=\"width:{};border:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0pt 2pt 0pt 2pt;vertical-align:middle\"",
            width_twips / 15,
            pt(width_twips)
        )
    }

    /// A row is never split between pages (LibreOffice splits it otherwise).
    fn row(&self) -> &'static str {
        " style=\"page-break-inside:avoid\""
    }

    fn content(&self, role: CellRole, text: &str) -> String {
        let font = match role {
            CellRole::Caption => font_list(HEADING_FONT, HEADING_FALLBACKS, "sans-serif"),
            _ => font_list(BODY_FONT, BODY_FALLBACKS, "serif"),
        };
        format!(
            "<p style=\"margin-top:0pt;margin-bottom:0pt;text-align:{};text-indent:0;line-height:{};mso-line-height-rule:exactly;font-size:10.5pt;font-weight:normal;font-family:{font};mso-fareast-font-family:'{BODY_FONT}'\">{text}</p>",
            align(role),
            pt(TABLE_LINE),
        )
    }
}
