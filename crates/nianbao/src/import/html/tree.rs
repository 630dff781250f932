//! The reader's small tree builder: it keeps no tree, only what reading order needs — the tables
//! open (an explicit stack, capped), the hidden element being skipped, and whether the text is
//! preformatted. Blocks end paragraphs; inline elements do nothing; so unclosed `<p>`/`<div>`
//! and mis-nested inline markup lose no text and cost nothing.

use super::elements::{
    breaks_out_of_foreign_content, ends_open_select, honours_self_closing, is_table_structure,
    is_void, role, Role,
};
use super::sink::Sink;
use super::table::TableBuilder;
use crate::import::document::Document;

/// Tables nested deeper than this are no tables: their rows and cells only end paragraphs in the
/// deepest cell kept. Nesting that deep is markup gone wrong, and the stack must stay small.
const MAX_TABLE_DEPTH: usize = 32;

/// A start tag, with the attributes the reader uses.
#[derive(Debug, Clone, Copy)]
pub(super) struct StartTag<'a> {
    pub(super) name: &'a [u8],
    pub(super) self_closing: bool,
    pub(super) rowspan: usize,
    pub(super) colspan: usize,
    /// Hidden by its `style` (display: none, visibility: hidden) or a `hidden` attribute.
    pub(super) hidden: bool,
}

/// An element whose content is being skipped, and how many of its kind are open.
#[derive(Debug)]
struct Hidden {
    name: Vec<u8>,
    depth: usize,
    /// For an element skipped for how it shows (struck out, hidden by style, a footnote marker
    /// in a cell) rather than for what it is: the elements opened inside it and still open. Such
    /// an element is any element, often left open (`<td><sup>1</td>`), so it ends where the
    /// parser would close it — at its own end tag, or at the end of an element around it (a
    /// cell's, a paragraph's) — never swallowing the rest of the page.
    inner: Option<Vec<Vec<u8>>>,
}

/// Elements opened inside a skipped one that are tracked; past this, their end tags close it.
const MAX_INNER: usize = 256;

#[derive(Debug, Default)]
pub(super) struct Builder {
    document: Sink,
    tables: Vec<TableBuilder>,
    /// `<table>` tags past [`MAX_TABLE_DEPTH`] still open: their `</table>` must not close a
    /// table that is read.
    ignored_tables: usize,
    hidden: Option<Hidden>,
    preformatted: usize,
}

impl Builder {
    pub(super) fn start(&mut self, tag: StartTag<'_>) {
        if self.hidden.is_some() && self.skips(tag) {
            return;
        }
        let role = role(tag.name);
        if self.not_shown(tag, role) {
            if role == Role::Block {
                // A block hidden by visibility still takes its lines: never join around it.
                self.sink().end_paragraph();
            }
            self.hidden = Some(Hidden {
                name: tag.name.to_vec(),
                depth: 1,
                inner: Some(Vec::new()),
            });
            return;
        }
        match role {
            Role::Inline | Role::Struck | Role::Script => {}
            Role::Hidden(name) => {
                if !(tag.self_closing && honours_self_closing(tag.name)) {
                    self.hidden = Some(Hidden {
                        name: name.as_bytes().to_vec(),
                        depth: 1,
                        inner: None,
                    });
                }
            }
            Role::Block | Role::LineBreak => self.sink().end_paragraph(),
            Role::Preformatted => {
                self.sink().end_paragraph();
                self.preformatted += 1;
            }
            Role::Table => self.start_table(),
            Role::RowGroup => self.in_table(TableBuilder::end_group),
            Role::Row => self.in_table(TableBuilder::start_row),
            Role::Cell => self.in_table(|table| table.start_cell(tag.rowspan, tag.colspan)),
        }
    }

    pub(super) fn end(&mut self, name: &[u8]) {
        if let Some(hidden) = &mut self.hidden {
            match &mut hidden.inner {
                None => {
                    if hidden.name == name {
                        hidden.depth -= 1;
                        if hidden.depth == 0 {
                            self.hidden = None;
                        }
                    }
                    return;
                }
                Some(inner) => {
                    if let Some(at) = inner.iter().rposition(|open| open == name) {
                        inner.truncate(at);
                        return;
                    }
                    let own = hidden.name == name;
                    let closes_around = matches!(
                        role(name),
                        Role::Block
                            | Role::Preformatted
                            | Role::Table
                            | Role::RowGroup
                            | Role::Row
                            | Role::Cell
                    );
                    if own || closes_around {
                        self.hidden = None;
                    }
                    if !closes_around || own {
                        return;
                    }
                }
            }
        }
        match role(name) {
            Role::Inline | Role::Hidden(_) | Role::Struck | Role::Script => {}
            Role::Block | Role::LineBreak => self.sink().end_paragraph(),
            Role::Preformatted => {
                self.sink().end_paragraph();
                self.preformatted = self.preformatted.saturating_sub(1);
            }
            Role::Table => self.end_table(),
            Role::RowGroup => self.in_table(TableBuilder::end_group),
            Role::Row => self.in_table(TableBuilder::end_row),
            Role::Cell => self.in_table(TableBuilder::close_cell),
        }
    }

    /// A row group's, a row's or a cell's tag: the paragraph before it ends, then `change` is
    /// made to the open table (none when the tag stands outside every table, or in an ignored
    /// one).
    fn in_table(&mut self, change: impl FnOnce(&mut TableBuilder)) {
        self.sink().end_paragraph();
        if let Some(table) = self.table() {
            change(table);
        }
    }

    /// Text between tags, entities decoded.
    pub(super) fn text(&mut self, text: &str) {
        if self.hidden.is_some() {
            return;
        }
        let preformatted = self.preformatted > 0;
        let sink = self.sink();
        if preformatted {
            for (n, line) in text.split('\n').enumerate() {
                if n > 0 {
                    sink.end_paragraph();
                }
                sink.line.push(line);
            }
        } else {
            sink.line.push(text);
        }
    }

    /// The document read, every table left open closed as at the end of a page.
    pub(super) fn finish(mut self) -> Document {
        while !self.tables.is_empty() {
            self.ignored_tables = 0;
            self.end_table();
        }
        self.document.end_paragraph();
        Document {
            blocks: self.document.blocks,
        }
    }

    /// Whether an element a browser would show no text of starts here, beyond the elements
    /// that never show any ([`Role::Hidden`]):
    /// - struck-out text (del, s, strike): the figure a correction replaced;
    /// - any element hidden by its style or `hidden` attribute (not table structure: a hidden
    ///   cell is too rare to be worth shifting the grid for);
    /// - sup and sub inside a table cell: there they are a footnote marker (「4529¹」), not data,
    ///   and glued to the number they would make another one (45291). In running text they
    ///   stay, joined with nothing, so 「m²」 reads 「m2」 and a marker is only a stray digit in a
    ///   sentence — a space would have split 「m 2」 and no number is read from a paragraph.
    ///   Cells of a layout table (a table holding a table) lose theirs too: rare, and harmless
    ///   beside a wrong number.
    fn not_shown(&self, tag: StartTag<'_>, role: Role) -> bool {
        match role {
            Role::Struck => true,
            Role::Script => tag.hidden || self.in_cell(),
            Role::Inline | Role::Block | Role::Preformatted => tag.hidden && !is_void(tag.name),
            _ => false,
        }
    }

    /// Whether text now goes into a table's cell.
    fn in_cell(&self) -> bool {
        self.tables.iter().any(TableBuilder::has_open_cell)
    }

    /// Whether start tag `tag`, met inside a hidden element, is skipped with it. It counts when
    /// it opens another of the same kind; it is read when it ends the hidden one.
    fn skips(&mut self, tag: StartTag<'_>) -> bool {
        if self.ends_hidden(tag.name) {
            self.hidden = None;
            // A <select> inside a <select> only closes it, as in HTML.
            return tag.name == b"select";
        }
        if let Some(hidden) = &mut self.hidden {
            match &mut hidden.inner {
                None => {
                    if hidden.name == tag.name
                        && !(tag.self_closing && honours_self_closing(tag.name))
                    {
                        hidden.depth += 1;
                    }
                }
                Some(inner) => {
                    if !is_void(tag.name) && inner.len() < MAX_INNER {
                        inner.push(tag.name.to_vec());
                    }
                }
            }
        }
        true
    }

    /// Whether start tag `name` ends the hidden element left open: a `<select>` ends at a form
    /// control or table structure (or another select), SVG and MathML at the HTML elements the
    /// parser breaks out of them for. Others end only at their end tag.
    ///
    /// An element skipped for how it shows ends where the parser closes it implicitly: at a
    /// cell or row of its table (none opened inside it), and a hidden `<p>`, `<li>`, `<dt>` or
    /// `<dd>` where the next block or item starts.
    fn ends_hidden(&self, name: &[u8]) -> bool {
        let Some(hidden) = self.hidden.as_ref() else {
            return false;
        };
        if let Some(inner) = &hidden.inner {
            let in_own_table = !inner.iter().any(|open| open == b"table");
            let structure = is_table_structure(name) && name != b"table";
            let item = match hidden.name.as_slice() {
                b"p" => matches!(role(name), Role::Block | Role::Table | Role::Preformatted),
                b"li" => inner.is_empty() && name == b"li",
                b"dt" | b"dd" => inner.is_empty() && matches!(name, b"dt" | b"dd"),
                _ => false,
            };
            return (in_own_table && structure) || item;
        }
        match hidden.name.as_slice() {
            b"select" => name == b"select" || ends_open_select(name),
            b"svg" | b"math" => breaks_out_of_foreign_content(name),
            _ => false,
        }
    }

    /// Where text goes now: the open cell of the innermost table that has one — text inside a
    /// table but outside its cells shows before the table, as browsers place it — or the page.
    fn sink(&mut self) -> &mut Sink {
        match self.tables.iter().rposition(TableBuilder::has_open_cell) {
            Some(index) => self.tables[index].open_cell().unwrap_or(&mut self.document),
            None => &mut self.document,
        }
    }

    /// The table that row and cell tags build, unless they belong to one nested too deep.
    fn table(&mut self) -> Option<&mut TableBuilder> {
        if self.ignored_tables > 0 {
            return None;
        }
        self.tables.last_mut()
    }

    fn start_table(&mut self) {
        self.sink().end_paragraph();
        if self.ignored_tables > 0 || self.tables.len() >= MAX_TABLE_DEPTH {
            self.ignored_tables += 1;
            return;
        }
        // A table straight inside another's rows, not in a cell, ends that one (as browsers do).
        if self.tables.last().is_some_and(|t| !t.has_open_cell()) {
            self.end_table();
        }
        self.tables.push(TableBuilder::default());
    }

    fn end_table(&mut self) {
        if self.ignored_tables > 0 {
            self.ignored_tables -= 1;
            self.sink().end_paragraph();
            return;
        }
        if let Some(table) = self.tables.pop() {
            let blocks = table.finish();
            self.sink().append(blocks);
        }
    }
}
