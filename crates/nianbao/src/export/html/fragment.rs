//! The report as a clean HTML fragment for a portal's CMS editor: semantic headings, paragraphs
//! and tables (`thead`, `th` with a scope), borders and indents as plain inline CSS that survives
//! a CMS's paste filter — no `mso-` styles, no classes the portal lacks, no scripts. The title is
//! left out: a CMS article has a title field of its own.

use super::{align, push_table, TableStyle};
use crate::export::document::{blocks, Block};
use crate::export::escape::{escape, push_escaped};
use crate::layout::{CellRole, PrintedTable};
use crate::model::Report;

/// The fragment to put on the clipboard.
pub fn fragment(report: &Report) -> String {
    let mut out = String::with_capacity(48 * 1024);
    for block in blocks(report) {
        match &block {
            Block::Title(_) => {}
            Block::Heading(text) => out.push_str(&format!("<h2>{}</h2>\n", escape(text))),
            Block::SubHeading(text) => out.push_str(&format!("<h3>{}</h3>\n", escape(text))),
            Block::Paragraph { lead, text } => {
                out.push_str("<p style=\"text-indent:2em\">");
                if !lead.is_empty() {
                    out.push_str(&format!("<strong>{}</strong>", escape(lead)));
                }
                push_escaped(&mut out, text);
                out.push_str("</p>\n");
            }
            Block::Table(table) => push_table(&mut out, report, table, &WebTable),
            Block::Signature(text) | Block::Date(text) => out.push_str(&format!(
                "<p style=\"text-align:right\">{}</p>\n",
                escape(text)
            )),
        }
    }
    out
}

/// Only the tables 二, 三 and 四, each under its section's heading: for a page that shows a
/// report's numbers without its text (the 汇总's consolidated tables).
pub fn tables_fragment(report: &Report) -> String {
    let mut out = String::with_capacity(32 * 1024);
    let mut heading = None;
    for block in blocks(report) {
        match &block {
            Block::Heading(text) => heading = Some(*text),
            Block::Table(table) => {
                if let Some(text) = heading.take() {
                    out.push_str(&format!("<h2>{}</h2>\n", escape(text)));
                }
                push_table(&mut out, report, table, &WebTable);
            }
            _ => {}
        }
    }
    out
}

struct WebTable;

impl TableStyle for WebTable {
    fn table(&self, table: &PrintedTable) -> String {
        format!(
            "style=\"width:100%;border-collapse:collapse\" aria-label=\"{}\"",
            escape(&table.id.caption())
        )
    }

    fn cell(&self, role: CellRole, _width_twips: u32) -> String {
        format!(
            "style=\"border:1px solid #000;padding:4px;text-align:{};vertical-align:middle\"",
            align(role)
        )
    }

    fn content(&self, _role: CellRole, text: &str) -> String {
        text.to_owned()
    }
}
