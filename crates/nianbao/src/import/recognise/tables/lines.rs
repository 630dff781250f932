//! Text lines as pieces. A line says by its shape what kind of copy it comes from: a leading TAB
//! and nothing else is one cell of a table copied out of Word; separators (「 | 」 or TABs
//! between words) give a row's cells; anything else is plain text, where a row's label and its
//! numbers are told apart word by word, and a number glued to its label (「行政许可2293」, as PDF
//! viewers copy) is cut off it.

use super::fold::is_ideograph;
use super::stream::{Layout, Stream};
use super::value::is_value_text;

/// Pushes the pieces of one paragraph (its lines) from `block`.
pub(super) fn push(stream: &mut Stream, block: usize, paragraph: &str) {
    for line in paragraph.split('\n') {
        push_line(stream, block, line.trim_end_matches('\r'));
    }
}

fn push_line(stream: &mut Stream, block: usize, line: &str) {
    let body = line.trim_start_matches('\t');
    let tabbed = body.len() < line.len();
    if line.contains('|') {
        push_cells(stream, block, line, '|');
    } else if body.contains('\t') {
        // TABs between cells (a browser's or a spreadsheet's copy), trailing blank cells too.
        push_cells(stream, block, line, '\t');
    } else if tabbed {
        // One cell copied out of Word: a TAB alone is a blank cell.
        stream.next_row();
        stream.push(block, Layout::Stream, body, None);
    } else if !line.trim().is_empty() && !is_page_number(line) {
        push_words(stream, block, line);
    }
}

/// A page number as a PDF copy keeps it between rows: 「- 4 -」「—12—」「第 3 页」, with at most
/// one space inside (a row's cells 「-   3   -」 stand further apart). Its number is no row's,
/// and would stand between a row's label and the numbers before it.
fn is_page_number(line: &str) -> bool {
    let line = line.trim();
    let is_dash = |c: char| matches!(c, '-' | '—' | '–' | '－' | '―');
    let inner = match line.strip_prefix('第').and_then(|r| r.strip_suffix('页')) {
        Some(inner) => inner,
        None => {
            let inner = line.trim_start_matches(is_dash);
            let dashes = (
                line.len() - inner.len(),
                inner.len() - inner.trim_end_matches(is_dash).len(),
            );
            if dashes.0 == 0 || dashes.1 == 0 {
                return false;
            }
            inner.trim_end_matches(is_dash)
        }
    };
    let digits = inner.strip_prefix(' ').unwrap_or(inner);
    let digits = digits.strip_suffix(' ').unwrap_or(digits);
    (1..=4).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
}

/// A row with separated cells. A markdown row (「| a | b |」) has a separator at both ends;
/// otherwise a last empty cell is a blank cell whose spaces the copy trimmed.
fn push_cells(stream: &mut Stream, block: usize, line: &str, separator: char) {
    // Spaces around the row go; TABs are separators, and a trailing one ends a blank cell.
    let line = line.trim_matches(|c: char| c.is_whitespace() && c != '\t');
    let mut cells: Vec<&str> = line.split(separator).collect();
    if separator == '|' && line.starts_with('|') && line.ends_with('|') && cells.len() >= 2 {
        cells.remove(0);
        cells.pop();
    }
    stream.next_row();
    for cell in cells {
        stream.push(block, Layout::Cells, cell, None);
    }
}

/// A line of plain text: runs of label words become one label piece, each number a value.
fn push_words(stream: &mut Stream, block: usize, line: &str) {
    stream.next_row();
    let mut label = String::new();
    for word in line.split_whitespace() {
        let (word, glued) = glued_number(word);
        if is_value_text(word) {
            flush_label(stream, block, &mut label);
            stream.push(block, Layout::Line, word, None);
            continue;
        }
        if !label.is_empty() {
            label.push(' ');
        }
        label.push_str(word);
        if let Some(number) = glued {
            flush_label(stream, block, &mut label);
            stream.push(block, Layout::Line, number, None);
        }
    }
    flush_label(stream, block, &mut label);
}

fn flush_label(stream: &mut Stream, block: usize, label: &mut String) {
    if !label.is_empty() {
        stream.push(block, Layout::Line, label, None);
        label.clear();
    }
}

/// A word split into its label and the number glued after it: 「行政许可2293」 → 「行政许可」
/// and 「2293」. Only after a Chinese character or a closing bracket or quote, so 「1.」 and
/// 「2021年」 stay as they are.
fn glued_number(word: &str) -> (&str, Option<&str>) {
    let digits = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '.';
    let head = word.trim_end_matches(digits);
    let tail = &word[head.len()..];
    let glued = head
        .chars()
        .last()
        .is_some_and(|c| is_ideograph(c) || matches!(c, '）' | ')' | '”' | '"' | '’'));
    if glued && tail.chars().any(|c| c != '.') && !tail.starts_with('.') {
        (head, Some(tail))
    } else {
        (word, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text;

    fn pieces(text: &str) -> Vec<(Layout, String, bool)> {
        let stream = Stream::new(&text::read(text));
        stream
            .pieces
            .iter()
            .map(|p| (p.layout, p.text.clone(), p.value))
            .collect()
    }

    #[test]
    fn a_word_cell_line_is_one_cell_and_a_lone_tab_a_blank_one() {
        let got = pieces("\t（一）予以公开\n\t\n\t0\n");
        assert_eq!(
            got,
            [
                (Layout::Stream, "（一）予以公开".to_owned(), false),
                (Layout::Stream, String::new(), true),
                (Layout::Stream, "0".to_owned(), true),
            ]
        );
    }

    #[test]
    fn separated_cells_keep_their_blanks() {
        let got = pieces("3.其他 |  |  | 0\n| 规章 | 1 |\n规章\t\t2");
        let texts: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(texts, ["3.其他", "", "", "0", "规章", "1", "规章", "", "2"]);
        assert!(got.iter().all(|(layout, ..)| *layout == Layout::Cells));
    }

    #[test]
    fn a_plain_line_splits_label_words_from_numbers() {
        let got = pieces("（四）无法提供 1.本机关不掌握相关政府信息 22 0 0 0 0 3 25\n行政许可2293");
        let texts: Vec<(&str, bool)> = got.iter().map(|(_, t, v)| (t.as_str(), *v)).collect();
        assert_eq!(
            texts[0],
            ("（四）无法提供 1.本机关不掌握相关政府信息", false)
        );
        assert_eq!(texts.len(), 1 + 7 + 2);
        assert_eq!(texts[8], ("行政许可", false));
        assert_eq!(texts[9], ("2293", true));
        assert_eq!(glued_number("2021年"), ("2021年", None));
        assert!(pieces("- 4 -\n— 12 —\n第 3 页").is_empty());
        assert_eq!(pieces("规章 -   3   -").len(), 4);
        assert_eq!(
            glued_number("3.危及“三安全一稳定”0"),
            ("3.危及“三安全一稳定”", Some("0"))
        );
    }
}
