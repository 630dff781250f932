//! WordprocessingML to blocks in one streaming pass (quick-xml's reader, no tree; names
//! resolved by namespaces.rs). What counts is what Word shows once every tracked change is
//! accepted:
//! - text only from `w:t` in a run — never `w:delText` (deleted) or `w:instrText` (a field's
//!   code, e.g. 「PAGE \* MERGEFORMAT」); `w:tab` as '\t', `w:br`/`w:cr` as '\n';
//! - `w:del` and `w:moveFrom` skipped whole (moved-away runs hold plain `w:t`), and the old
//!   properties a `w:…PrChange` keeps (a cell's former `gridSpan` must not count);
//! - of an `mc:AlternateContent`, the first branch only: the `mc:Choice` (a DrawingML text box)
//!   and not the `mc:Fallback` that repeats it as VML;
//! - a run Word hides (`w:vanish`) left out whole: hidden text is not printed;
//! - a superscript or subscript run (`w:vertAlign`) left out inside a table cell, where it is a
//!   footnote marker (「4529¹」) that glued to the number would make another (45291); in running
//!   text kept, joined with nothing, so 「m²」 reads 「m2」 — a space would split it, and no number
//!   is read from a paragraph. A layout table's cells lose theirs too: rare, and harmless beside
//!   a wrong number. Only direct run properties count, not a character style's;
//! - everything else transparent: `w:ins`, `w:moveTo`, `w:sdt`, `w:smartTag`, `w:hyperlink`,
//!   `w:fldSimple`, `w:customXml`, text boxes (their paragraphs become paragraphs).
//!
//! A tab stays a tab rather than a space: it is what people put between a label and its value
//! (「申请数量\t12」), a separation a typed space does not always mean, and the recogniser
//! treats both as whitespace anyway.
//!
//! Tables are decided when they close. Their cells' paragraphs go to the output like any others,
//! each cell remembering where its paragraphs begin and end there. A table that turned out to
//! hold another table is a layout table: its contents simply stay where they are, in reading
//! order. A table that holds none takes its cells' paragraphs back as cell text and becomes one
//! [`Block::Table`]. Every paragraph is moved at most once, however deep the nesting.

use super::grid::{self, Merge, WordCell, WordRow};
use super::namespaces::{Namespaces, Vocabulary};
use crate::import::document::Block;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use std::borrow::Cow;

/// Why the document part gives no blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Its root is not `w:document`: the officeDocument of a workbook, a presentation…
    NotWordprocessing { root: String },
    /// Not well-formed XML (or not Unicode): where, and what the parser said.
    Malformed {
        line: usize,
        column: usize,
        reason: String,
    },
}

/// What an element means here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Paragraph,
    Run,
    /// `w:rPr`: a run's properties (or a paragraph mark's, which do not hide the text).
    RunProperties,
    Vanish,
    VerticalAlign,
    Text,
    Tab,
    Break,
    NoBreakHyphen,
    Table,
    Row,
    RowProperties,
    GridBefore,
    Cell,
    CellProperties,
    GridSpan,
    VerticalMerge,
    HorizontalMerge,
    /// `mc:AlternateContent`, and one of its branches.
    Alternatives,
    Branch,
    /// Not shown once changes are accepted, or not the current state.
    Skipped,
    Other,
}

fn tag(vocabulary: Vocabulary, local: &[u8]) -> Tag {
    match vocabulary {
        Vocabulary::Word => word_tag(local),
        Vocabulary::Compatibility => match local {
            b"AlternateContent" => Tag::Alternatives,
            b"Choice" | b"Fallback" => Tag::Branch,
            _ => Tag::Other,
        },
        Vocabulary::Other => Tag::Other,
    }
}

/// The elements of WordprocessingML that matter, told apart by length first: every element
/// of the document passes here, and comparing it with each name in turn is a third of the
/// reader's own time.
fn word_tag(local: &[u8]) -> Tag {
    match local {
        [b'p'] => Tag::Paragraph,
        [b'r'] => Tag::Run,
        [b't'] => Tag::Text,
        [b't', b'r'] => Tag::Row,
        [b't', b'c'] => Tag::Cell,
        [b'b' | b'c', b'r'] => Tag::Break,
        [b't', b'a', b'b'] => Tag::Tab,
        [b't', b'b', b'l'] => Tag::Table,
        [b'r', b'P', b'r'] => Tag::RunProperties,
        [b'd', b'e', b'l'] => Tag::Skipped,
        [b'p', b't', b'a', b'b'] => Tag::Tab,
        [b't', b'r', b'P', b'r'] => Tag::RowProperties,
        [b't', b'c', b'P', b'r'] => Tag::CellProperties,
        [b'v', b'M', b'e', b'r', b'g', b'e'] => Tag::VerticalMerge,
        [b'v', b'a', b'n', b'i', b's', b'h'] => Tag::Vanish,
        [b'h', b'M', b'e', b'r', b'g', b'e'] => Tag::HorizontalMerge,
        [_, _, _, _, _, _, _, _, ..] => match local {
            b"gridSpan" => Tag::GridSpan,
            b"gridBefore" => Tag::GridBefore,
            b"vertAlign" => Tag::VerticalAlign,
            b"moveFrom" => Tag::Skipped,
            b"noBreakHyphen" => Tag::NoBreakHyphen,
            name if name.ends_with(b"PrChange") => Tag::Skipped,
            _ => Tag::Other,
        },
        _ => Tag::Other,
    }
}

/// The blocks of a document part's bytes.
pub fn read(bytes: &[u8]) -> Result<Vec<Block>, Unreadable> {
    let xml = decode(bytes)?;
    let mut reader = Reader::from_str(&xml);
    let mut namespaces = Namespaces::default();
    let mut body = Body::default();
    // Elements open, skipped ones included; None before the root.
    let mut depth: Option<usize> = None;
    loop {
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => return Err(malformed(&xml, reader.error_position(), e.to_string())),
        };
        match &event {
            Event::Start(element) | Event::Empty(element) => {
                let empty = matches!(event, Event::Empty(_));
                let level = depth.unwrap_or(0);
                namespaces.declare(element, level);
                let (local, prefix) = element.name().decompose();
                let vocabulary = namespaces.resolve(prefix.as_ref().map(|p| p.as_ref()));
                if depth.is_none()
                    && (vocabulary != Vocabulary::Word || local.as_ref() != b"document")
                {
                    let root = String::from_utf8_lossy(element.name().as_ref()).into_owned();
                    return Err(Unreadable::NotWordprocessing { root });
                }
                body.open(tag(vocabulary, local.as_ref()), element, empty);
                if empty {
                    namespaces.close(level);
                    depth = Some(level);
                } else {
                    depth = Some(level + 1);
                }
            }
            Event::End(_) => {
                let level = depth.unwrap_or(0).saturating_sub(1);
                namespaces.close(level);
                depth = Some(level);
                body.close();
            }
            Event::Text(text) if body.in_text() => {
                let text = text
                    .unescape()
                    .map_err(|e| malformed(&xml, reader.buffer_position(), e.to_string()))?;
                body.push_str(&text);
            }
            Event::CData(text) if body.in_text() => {
                body.push_str(&String::from_utf8_lossy(text));
            }
            Event::Eof if depth != Some(0) => {
                let reason = "在结尾处中断（元素未闭合）".to_owned();
                return Err(malformed(&xml, reader.buffer_position(), reason));
            }
            Event::Eof => return Ok(body.blocks),
            _ => {}
        }
    }
}

/// The part as text: UTF-8 (with or without a byte-order mark), or UTF-16 with one.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Unreadable> {
    let utf16 = |big_endian: bool, rest: &[u8]| {
        let units = rest.chunks_exact(2).map(|pair| {
            let pair = <[u8; 2]>::try_from(pair).unwrap_or_default();
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(Cow::Owned(utf16(false, rest)));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(Cow::Owned(utf16(true, rest)));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
        let text = String::from_utf8_lossy(bytes);
        malformed(&text, e.valid_up_to() as u64, "不是 UTF-8 编码".to_owned())
    })
}

/// A parse error at byte `offset`, as the line and column (in characters) a person can find.
fn malformed(xml: &str, offset: u64, reason: String) -> Unreadable {
    let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(xml.len());
    let before = xml.as_bytes().get(..offset).unwrap_or_default();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |at| at + 1);
    let line_text = before.get(line_start..).unwrap_or_default();
    Unreadable::Malformed {
        line: before.iter().filter(|&&b| b == b'\n').count() + 1,
        // Characters, not bytes: UTF-8 continuation bytes are not counted.
        column: line_text.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1,
        reason,
    }
}

/// A table being read: where its contents start in the output, its rows so far, the cell being
/// read, and whether it turned out to hold another table.
#[derive(Default)]
struct OpenTable {
    start: usize,
    rows: Vec<OpenRow>,
    cell: Option<OpenCell>,
    holds_table: bool,
}

#[derive(Default)]
struct OpenRow {
    before: usize,
    cells: Vec<OpenCell>,
}

/// A cell's properties and where its paragraphs lie in the output.
#[derive(Default)]
struct OpenCell {
    span: usize,
    vertical: Merge,
    horizontal: Merge,
    first: usize,
    end: usize,
}

#[derive(Default)]
struct Body {
    /// The output so far; the contents of open tables' cells at its end.
    blocks: Vec<Block>,
    /// Open paragraphs: a text box's paragraph sits inside a run of another.
    paragraphs: Vec<String>,
    tables: Vec<OpenTable>,
    /// Open elements, outermost first (those inside a skipped one are not listed).
    stack: Vec<Tag>,
    /// For each open `mc:AlternateContent`, whether one branch was read.
    alternatives: Vec<bool>,
    /// How deep inside a skipped element the reader is; 0 when not.
    skipping: usize,
    /// For each open run, whether its text is left out (hidden, or a marker in a cell).
    runs: Vec<bool>,
}

impl Body {
    fn in_text(&self) -> bool {
        self.skipping == 0 && self.stack.last() == Some(&Tag::Text) && self.run_shown()
    }

    /// Whether the innermost open run's text shows (see the module's notes).
    fn run_shown(&self) -> bool {
        !self.runs.last().copied().unwrap_or(false)
    }

    /// Whether text now goes into a table cell.
    fn in_cell(&self) -> bool {
        self.tables.last().is_some_and(|t| t.cell.is_some())
    }

    fn push_str(&mut self, text: &str) {
        if let Some(paragraph) = self.paragraphs.last_mut() {
            paragraph.push_str(text);
        }
    }

    /// A start tag, or an empty element (opened and closed at once).
    fn open(&mut self, tag: Tag, element: &BytesStart, empty: bool) {
        if self.skipping > 0 || tag == Tag::Skipped || (tag == Tag::Branch && !self.take_branch()) {
            if !empty {
                self.skipping += 1;
            }
            return;
        }
        let parent = self.stack.last().copied();
        let in_run = parent == Some(Tag::Run) && self.run_shown();
        let in_run_properties = parent == Some(Tag::RunProperties)
            && self.stack.len() >= 2
            && self.stack[self.stack.len() - 2] == Tag::Run;
        match tag {
            Tag::Paragraph => self.paragraphs.push(String::new()),
            Tag::Run => self.runs.push(false),
            Tag::Vanish if in_run_properties && on(element) => self.leave_out_run(),
            Tag::VerticalAlign if in_run_properties && self.in_cell() => {
                let script = val(element)
                    .is_some_and(|v| matches!(v.as_ref(), b"superscript" | b"subscript"));
                if script {
                    self.leave_out_run();
                }
            }
            Tag::Tab if in_run => self.push_str("\t"),
            Tag::Break if in_run => self.push_str("\n"),
            Tag::NoBreakHyphen if in_run => self.push_str("-"),
            Tag::Table => self.tables.push(OpenTable {
                start: self.blocks.len(),
                ..OpenTable::default()
            }),
            Tag::Row => {
                if let Some(table) = self.tables.last_mut() {
                    table.rows.push(OpenRow::default());
                }
            }
            Tag::GridBefore if parent == Some(Tag::RowProperties) => {
                if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    row.before = number(element).unwrap_or(0);
                }
            }
            Tag::Cell => {
                let first = self.blocks.len();
                if let Some(table) = self.tables.last_mut() {
                    table.cell = Some(OpenCell {
                        span: 1,
                        first,
                        ..OpenCell::default()
                    });
                }
            }
            Tag::GridSpan | Tag::VerticalMerge | Tag::HorizontalMerge
                if parent == Some(Tag::CellProperties) =>
            {
                if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    match tag {
                        Tag::GridSpan => cell.span = number(element).unwrap_or(1),
                        Tag::VerticalMerge => cell.vertical = merge(element),
                        _ => cell.horizontal = merge(element),
                    }
                }
            }
            Tag::Alternatives => self.alternatives.push(false),
            _ => {}
        }
        if empty {
            self.end(tag);
        } else {
            self.stack.push(tag);
        }
    }

    fn leave_out_run(&mut self) {
        if let Some(left_out) = self.runs.last_mut() {
            *left_out = true;
        }
    }

    /// Whether to read an `mc:Choice`/`mc:Fallback`: yes for the first of its group.
    fn take_branch(&mut self) -> bool {
        match self.alternatives.last_mut() {
            Some(true) => false,
            Some(taken) => {
                *taken = true;
                true
            }
            None => true,
        }
    }

    /// An end tag.
    fn close(&mut self) {
        if self.skipping > 0 {
            self.skipping -= 1;
        } else if let Some(tag) = self.stack.pop() {
            self.end(tag);
        }
    }

    fn end(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => {
                if let Some(text) = self.paragraphs.pop() {
                    let trimmed = text.trim();
                    if !trimmed.is_empty() {
                        let text = if trimmed.len() == text.len() {
                            text
                        } else {
                            trimmed.to_owned()
                        };
                        self.blocks.push(Block::Paragraph(text));
                    }
                }
            }
            Tag::Cell => {
                let end = self.blocks.len();
                if let Some(table) = self.tables.last_mut() {
                    if let Some(mut cell) = table.cell.take() {
                        cell.end = end;
                        if table.rows.is_empty() {
                            table.rows.push(OpenRow::default());
                        }
                        if let Some(row) = table.rows.last_mut() {
                            row.cells.push(cell);
                        }
                    }
                }
            }
            Tag::Table => self.end_table(),
            Tag::Run => {
                self.runs.pop();
            }
            Tag::Alternatives => {
                self.alternatives.pop();
            }
            _ => {}
        }
    }

    /// A table that held another is left as its contents; any other becomes a table block, its
    /// cells' paragraphs taken back from the output.
    fn end_table(&mut self) {
        let Some(table) = self.tables.pop() else {
            return;
        };
        if let Some(parent) = self.tables.last_mut() {
            parent.holds_table = true;
        }
        if table.holds_table {
            return;
        }
        let rows: Vec<WordRow> = table
            .rows
            .into_iter()
            .map(|row| WordRow {
                before: row.before,
                cells: row
                    .cells
                    .into_iter()
                    .map(|cell| WordCell {
                        span: cell.span,
                        vertical: cell.vertical,
                        horizontal: cell.horizontal,
                        text: self.take_text(cell.first, cell.end),
                    })
                    .collect(),
            })
            .collect();
        self.blocks.truncate(table.start);
        let table = grid::place(rows);
        if !table.cells.is_empty() {
            self.blocks.push(Block::Table(table));
        }
    }

    /// The paragraphs of the output from `first` to `end`, joined with '\n' and taken out.
    fn take_text(&mut self, first: usize, end: usize) -> String {
        let mut text = String::new();
        for block in self.blocks.get_mut(first..end).unwrap_or_default() {
            if let Block::Paragraph(paragraph) = block {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&std::mem::take(paragraph));
            }
        }
        text
    }
}

/// Whether a toggle property (`<w:vanish/>`, `<w:vanish w:val="false"/>`) is on.
fn on(element: &BytesStart) -> bool {
    !val(element).is_some_and(|v| matches!(v.as_ref(), b"false" | b"0" | b"off"))
}

/// A `w:val` as a count of grid columns.
fn number(element: &BytesStart) -> Option<usize> {
    std::str::from_utf8(&val(element)?)
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn merge(element: &BytesStart) -> Merge {
    let val = val(element);
    Merge::from_val(val.as_deref().and_then(|v| std::str::from_utf8(v).ok()))
}

/// The raw `w:val` attribute (numbers and keywords need no unescaping).
fn val<'a>(element: &'a BytesStart) -> Option<Cow<'a, [u8]>> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .map(|a| a.value)
}
