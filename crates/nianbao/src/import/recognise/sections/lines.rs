//! The paragraphs the sections are read from; tables are never running text. Each is kept twice:
//! as printed (trimmed, for the narrative) and squeezed (for recognising words whatever spaces
//! or full-width forms it has). A paragraph the table recogniser consumed is never narrative, but
//! may still be a section heading: a recogniser taking 「三、收到和处理…」 as its table's caption
//! must not make the section go missing.

use crate::import::document::{Block, Document};

/// One paragraph of the document that may be report text.
#[derive(Debug, Clone)]
pub(super) struct Line<'a> {
    /// Where it is in the document's blocks.
    pub block: usize,
    /// As printed, without leading or trailing white space (U+00A0 and U+3000 included).
    pub text: &'a str,
    /// Every space removed and full-width ASCII folded (「６、」→「6、」, 「（」→「(」), for
    /// matching words: labels and headings arrive with spaces typed into them.
    pub squeezed: String,
    /// A table cell of copied text, not a paragraph (see [`lines`]).
    pub cell: bool,
    /// Read by the table recogniser as part of a table.
    pub consumed: bool,
}

impl<'a> Line<'a> {
    /// A paragraph of a test: neither cell nor consumed.
    #[cfg(test)]
    pub fn plain(block: usize, text: &'a str) -> Line<'a> {
        Line {
            block,
            text,
            squeezed: squeeze(text),
            cell: false,
            consumed: false,
        }
    }

    /// A test's paragraphs, one a line, numbered in order.
    #[cfg(test)]
    pub fn plain_all(texts: &[&'a str]) -> Vec<Line<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(block, text)| Line::plain(block, text))
            .collect()
    }

    /// Whether the line is running text: not a table's.
    pub fn is_text(&self) -> bool {
        !self.cell && !self.consumed
    }

    /// Length in characters of the squeezed form: what "short" means for a heading or a title.
    pub fn width(&self) -> usize {
        self.squeezed.chars().count()
    }
}

/// The non-empty lines of the paragraphs, in order. A paragraph's line breaks (Word's manual
/// break, a page's <br>) separate lines here: a portal often prints 落款 and date, or a heading
/// and its first paragraph, in one <p> with a <br> between.
///
/// In copied text (`cells_lead_with_tab`) a table cell arrives as a line starting with a TAB; such
/// a line is a cell unless it reads as a sentence, since a paragraph indented with a TAB ends with
/// 「。」 while a cell is a label or a number.
pub(super) fn lines<'a>(
    document: &'a Document,
    consumed: &[bool],
    cells_lead_with_tab: bool,
) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    for (block, content) in document.blocks.iter().enumerate() {
        let Block::Paragraph(paragraph) = content else {
            continue;
        };
        let consumed = consumed.get(block).copied().unwrap_or(false);
        for raw in paragraph.split('\n') {
            let text = trim(raw);
            if text.is_empty() {
                continue;
            }
            lines.push(Line {
                block,
                text,
                squeezed: squeeze(text),
                cell: cells_lead_with_tab && raw.starts_with('\t') && !ends_sentence(text),
                consumed,
            });
        }
    }
    lines
}

/// Without white space or invisible marks at either end.
pub(super) fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || invisible(c))
}

/// Without any white space, full-width ASCII folded to ASCII.
pub(super) fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !invisible(*c))
        .map(fold)
        .collect()
}

/// Every white space removed, nothing else changed: a title as printed.
pub(super) fn without_spaces(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !invisible(*c))
        .collect()
}

/// Full-width ASCII (U+FF01–U+FF5E) as ASCII: ６ → 6, （ → (, ， → ",", ： → ":".
pub(super) fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    }
}

/// Zero-width marks pasted text carries (BOM, zero-width space and joiners).
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{2060}')
}

/// Whether squeezed text reads as (part of) a sentence: it has a comma, full stop or semicolon.
/// Headings, titles, names and dates have none.
pub(super) fn has_sentence_marks(squeezed: &str) -> bool {
    squeezed.contains(['。', ',', ';', '!', '?', '，', '；'])
}

/// Whether printed text ends like a sentence.
pub(super) fn ends_sentence(text: &str) -> bool {
    trim(text).ends_with(['。', '；', '！', '？', '：', '.', ';', '…'])
}
