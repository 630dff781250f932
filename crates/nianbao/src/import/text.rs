//! Copied text as paragraphs, one a line. Text has no tables: a cell copied out of Word arrives
//! as a line of its own (starting with a TAB in the seed's format), a row copied out of a PDF
//! viewer as one line of labels and numbers; the recogniser matches them by their labels. Lines
//! are kept as they are, leading TABs and empty lines included, since both carry the table's
//! shape; only what is never the report's text is dropped.

use super::document::{Block, Document};

/// The paragraphs of `text`.
pub fn read(text: &str) -> Document {
    let blocks = text
        .lines()
        .map(|line| line.replace("[bookmark: _GoBack]", ""))
        .map(|line| {
            line.trim_end_matches([' ', '\r', '\u{a0}', '\u{3000}'])
                .to_owned()
        })
        .filter(|line| !is_page_number(line))
        .map(Block::Paragraph)
        .collect();
    Document { blocks }
}

/// A page number as a PDF viewer copies it: 「- 4 -」「— 12 —」「第 3 页」「3/12」.
fn is_page_number(line: &str) -> bool {
    let core: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = core
        .trim_start_matches(['-', '—', '－', '–'])
        .trim_end_matches(['-', '—', '－', '–']);
    let dashed = inner.len() < core.len() && !inner.is_empty() && digits(inner);
    let chinese = core
        .strip_prefix('第')
        .and_then(|r| r.strip_suffix('页'))
        .is_some_and(digits);
    let fraction = core
        .split_once('/')
        .is_some_and(|(a, b)| digits(a) && digits(b));
    dashed || chinese || fraction
}

fn digits(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_paragraphs_with_their_tabs_and_page_numbers_go() {
        let document =
            read("一、总体情况\r\n\t规章\n\t\n- 4 -\n第 5 页\n[bookmark: _GoBack]六、其他\n");
        let lines: Vec<&str> = document
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(text) => text.as_str(),
                Block::Table(_) => "table",
            })
            .collect();
        assert_eq!(lines, ["一、总体情况", "\t规章", "\t", "六、其他"]);
    }
}
