//! The report as HTML: the Word/WPS-ready document (`word`) and the clean fragment for a
//! portal's CMS editor (`fragment`). Both walk the same blocks and the same table description;
//! they differ only in how a cell or a paragraph is styled.

mod fragment;
mod word;

pub use fragment::{fragment, tables_fragment};
pub use word::word_html;

use super::document::value_text;
use super::escape::push_escaped;
use crate::layout::{CellRole, PrintedTable};
use crate::model::Report;

/// How a writer styles what the shared table walker emits.
trait TableStyle {
    /// Attributes of the `<table>` element.
    fn table(&self, table: &PrintedTable) -> String;
    /// Attributes of a cell `width_twips` wide; `header` for label cells.
    fn cell(&self, role: CellRole, width_twips: u32) -> String;
    /// Wraps a cell's text (already escaped).
    fn content(&self, role: CellRole, text: &str) -> String;
    /// Attributes of a `<tr>`.
    fn row(&self) -> &'static str {
        ""
    }
}

/// A printed table as HTML: `thead` for the header rows, `th` with a scope for every label,
/// `td` for values, merges as colspan/rowspan.
fn push_table(out: &mut String, report: &Report, table: &PrintedTable, style: &dyn TableStyle) {
    out.push_str(&format!("<table {}>\n", style.table(table)));
    let grid = table.placed();
    for (i, row) in grid.iter().enumerate() {
        if i == 0 && table.head_rows > 0 {
            out.push_str("<thead>\n");
        }
        if i == table.head_rows {
            out.push_str("<tbody>\n");
        }
        out.push_str("<tr");
        out.push_str(style.row());
        out.push('>');
        for placed in row.iter().filter(|p| p.starts) {
            let cell = placed.cell;
            let width = table.span_twips(placed.column, cell.colspan);
            let tag = if cell.is_header() { "th" } else { "td" };
            out.push_str(&format!("<{tag}"));
            if let Some(scope) = scope(cell.role, cell.colspan) {
                out.push_str(&format!(" scope=\"{scope}\""));
            }
            if cell.colspan > 1 {
                out.push_str(&format!(" colspan=\"{}\"", cell.colspan));
            }
            if cell.rowspan > 1 {
                out.push_str(&format!(" rowspan=\"{}\"", cell.rowspan));
            }
            out.push(' ');
            out.push_str(&style.cell(cell.role, width));
            out.push('>');
            let mut text = String::new();
            match cell.role {
                CellRole::Value(value) => push_escaped(&mut text, &value_text(report, value)),
                _ => {
                    for (n, line) in cell.lines.iter().enumerate() {
                        if n > 0 {
                            text.push_str("<br>");
                        }
                        push_escaped(&mut text, line);
                    }
                }
            }
            out.push_str(&style.content(cell.role, &text));
            out.push_str(&format!("</{tag}>"));
        }
        out.push_str("</tr>\n");
        if i + 1 == table.head_rows {
            out.push_str("</thead>\n");
        }
    }
    out.push_str("</tbody>\n</table>\n");
}

fn scope(role: CellRole, colspan: usize) -> Option<&'static str> {
    match role {
        CellRole::ColumnHead | CellRole::Caption if colspan > 1 => Some("colgroup"),
        CellRole::ColumnHead => Some("col"),
        CellRole::GroupHead => Some("rowgroup"),
        CellRole::RowHead | CellRole::ItemHead => Some("row"),
        CellRole::Caption | CellRole::Corner | CellRole::Value(_) => None,
    }
}

/// How a label cell's text is aligned: row labels read from the left, the rest is centred.
fn align(role: CellRole) -> &'static str {
    match role {
        CellRole::RowHead | CellRole::ItemHead | CellRole::Caption | CellRole::Corner => "left",
        _ => "center",
    }
}

/// A CSS font list: the named font first, then its fallbacks, then the generic family.
fn font_list(font: &str, fallbacks: &[&str], generic: &str) -> String {
    let mut list = format!("'{font}'");
    for f in fallbacks {
        list.push_str(&format!(",'{f}'"));
    }
    list.push(',');
    list.push_str(generic);
    list
}

#[cfg(test)]
mod tests;
