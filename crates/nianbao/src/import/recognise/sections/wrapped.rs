//! Paragraphs of text copied out of a PDF. A PDF viewer or `pdftotext -layout` gives a line for
//! each printed line: a paragraph arrives wrapped over many lines, cut anywhere
//! (「…（以下简」「称《条例》）…」), and a wrapped line of the preamble that mentions 「年度报告」
//! reads like a title. The lines are joined back into paragraphs before the sections are read.
//! Text copied from Word (a paragraph a line) is told apart and left alone.
//!
//! A line runs on from the line above when that one is full (as wide as most lines of the
//! text). `pdftotext -layout` keeps each paragraph's first-line indent: where the text shows
//! indents, a paragraph starts exactly at an indented line, whatever the line above ends with (a
//! paragraph's line often ends with 「。」 in its middle). Without indents a paragraph ends where a
//! line ends a sentence (「。」「；」「：」「”」…), and a numbered item (「一、」「（一）」「1.」
//! 「第二十条」) starts one. Table lines (consumed by the table recogniser, or with columns set
//! apart by runs of spaces) and cells are never joined.
//!
//! Text copied from a web page is a block a line: paragraphs of any length, and many short lines
//! around them (navigation, table cells, related links, a footer). Those short lines must not
//! set the width of a "full" line, nor their runs pass for wrapping: the width is taken from the
//! distinct lines that are not page furniture, and the text reads as wrapped only when its lines
//! cut mid-sentence are a real share of its lines and hardly any text stands on lines far wider
//! than a full one (a PDF's lines never are; a page's paragraphs are). A title or heading line is
//! never joined with the metadata under it (「来源：」「时间：」).

use super::chrome;
use super::lines::{ends_sentence, squeeze, trim};
use super::numbering::starts_item;
use super::spacing::{close_up, columns, run_on, wide};
use crate::import::document::{Block, Document};

/// Fewer full lines than this is too little text to tell wrapping from paragraphs.
const FEW: usize = 4;

/// A run of this many lines broken mid-sentence, one after the other, is wrapped text: a
/// paragraph a line (text copied from Word) has at most an odd heading or label without a mark.
const RUN: usize = 3;

/// Wrapped text has at least one line in this many of its own cut mid-sentence (a PDF's
/// paragraphs: most lines); a page's block-a-line text has a few, in its navigation.
const CUT_SHARE: usize = 5;

/// Wrapped text has at most one column in this many on lines half as wide again as a full one
/// (a title a PDF viewer put on one line); a page's paragraphs hold most of its text.
const OVER_WIDE_SHARE: usize = 5;

/// A first-line indent is 1 to 4 Chinese characters (columns); a centred or right-aligned line is
/// further in.
const MOST_INDENT: usize = 8;

/// Wrapped text as paragraphs: a document of them, which of its blocks the tables took, and how
/// many line breaks were taken out.
pub(super) struct Unwrapped {
    pub document: Document,
    pub consumed: Vec<bool>,
    pub joins: usize,
}

/// One block as printed.
struct Printed<'a> {
    /// Trimmed.
    text: &'a str,
    /// Columns of white space before the text (a page's form feed is no indent).
    indent: usize,
    /// Column where the text ends.
    edge: usize,
    /// Running text: not a table's line, not a cell, not consumed.
    running: bool,
    /// Page furniture: a footer's or a button's line, or an article's metadata.
    furniture: bool,
}

impl Printed<'_> {
    fn read(text: &str, consumed: bool) -> Printed<'_> {
        let without_feed = text.trim_start_matches('\u{c}');
        let trimmed = trim(without_feed);
        let indent = columns(&without_feed[..without_feed.len() - without_feed.trim_start().len()]);
        let table_line = trimmed.contains("  ") || trimmed.contains(['\t', '|', '\u{3000}']);
        let squeezed = squeeze(trimmed);
        Printed {
            furniture: chrome::is_footer(&squeezed) || chrome::is_metadata(&squeezed),
            text: trimmed,
            indent,
            edge: indent + columns(trimmed),
            running: !consumed && !table_line && !text.starts_with('\t') && !text.contains('\n'),
        }
    }
}

/// The text's geometry: how wide a full line is, where paragraphs' continuation lines start, and
/// whether first lines are indented.
struct Page {
    full: usize,
    margin: usize,
    indented: bool,
}

impl Page {
    fn of(printed: &[Option<Printed>]) -> Option<Page> {
        // A footer repeats its lines, a page its links: each text counts once.
        let mut seen = std::collections::HashSet::new();
        let mut edges: Vec<usize> = running(printed)
            .filter(|p| columns(p.text) >= 10 && !p.furniture && seen.insert(p.text))
            .map(|p| p.edge)
            .collect();
        if edges.len() < FEW {
            return None;
        }
        edges.sort_unstable();
        // Most lines of wrapped text are full; headings, last lines and labels are shorter.
        let full = edges[edges.len() * 3 / 4];
        let mut page = Page {
            full,
            margin: 0,
            indented: false,
        };
        let mut counts = std::collections::HashMap::new();
        for p in running(printed).filter(|p| page.is_full(p)) {
            *counts.entry(p.indent).or_insert(0usize) += 1;
        }
        page.margin = counts
            .iter()
            .max_by_key(|(indent, count)| (**count, std::cmp::Reverse(**indent)))
            .map_or(0, |(indent, _)| *indent);
        // A full line indented a little is a paragraph's first line.
        let first_lines = running(printed)
            .filter(|p| {
                page.is_full(p) && (1..=MOST_INDENT).contains(&p.indent.saturating_sub(page.margin))
            })
            .count();
        page.indented = first_lines >= 2;
        Some(page)
    }

    /// As wide as most lines: the line was wrapped, or is a paragraph's last line that happens
    /// to fill the width.
    fn is_full(&self, line: &Printed) -> bool {
        line.edge * 5 >= self.full * 4
    }

    /// Further in than continuation lines: a first line, or a centred or right-aligned one.
    fn is_indented(&self, line: &Printed) -> bool {
        line.indent > self.margin
    }

    /// Whether `line` continues the paragraph whose last printed line is `above`.
    fn runs_on(&self, above: &Printed, line: &Printed) -> bool {
        let item = starts_item(&squeeze(line.text));
        let starts = if self.indented {
            // A heading at the margin is short; a full line there that starts 「（二）」 is a
            // sentence running on (「…加强。」「（二）改进措施：一是…」 is one paragraph).
            self.is_indented(line) || (item && !self.is_full(line))
        } else {
            item || ends_paragraph(above.text)
        };
        above.running
            && line.running
            && !above.furniture
            && !line.furniture
            && self.is_full(above)
            && !starts
    }

    /// Whether `above` is cut mid-sentence before `line`: full, no mark ending it, and Chinese
    /// on both sides of the cut. What tells wrapped text from a paragraph a line.
    fn cut_mid_sentence(&self, above: &Printed, line: &Printed) -> bool {
        let chinese = |c: Option<char>| c.is_some_and(|c| wide(c) || c.is_ascii_digit());
        above.running
            && line.running
            && !above.furniture
            && !line.furniture
            && self.is_full(above)
            && !ends_sentence(above.text)
            && !starts_item(&squeeze(line.text))
            && chinese(above.text.chars().last())
            && chinese(line.text.chars().next())
    }
}

/// Whether a line ends like a paragraph: with a sentence's mark, or a closing quote.
fn ends_paragraph(text: &str) -> bool {
    ends_sentence(text) || text.ends_with(['」', '”', '!', '?'])
}

fn running<'p, 'a>(printed: &'p [Option<Printed<'a>>]) -> impl Iterator<Item = &'p Printed<'a>> {
    printed.iter().flatten().filter(|p| p.running)
}

/// The paragraphs of wrapped copied text, or None when `document` does not read as wrapped.
pub(super) fn unwrap(document: &Document, consumed: &[bool]) -> Option<Unwrapped> {
    let printed: Vec<Option<Printed>> = document
        .blocks
        .iter()
        .enumerate()
        .map(|(block, content)| match content {
            Block::Paragraph(text) if !trim(text).is_empty() => Some(Printed::read(
                text,
                consumed.get(block).copied().unwrap_or(false),
            )),
            _ => None,
        })
        .collect();
    let page = Page::of(&printed)?;
    if !is_wrapped(&page, &printed) {
        return None;
    }
    let mut out = Unwrapped {
        document: Document::default(),
        consumed: Vec::new(),
        joins: 0,
    };
    // The paragraph being joined, and its last printed line.
    let mut open: Option<(String, &Printed)> = None;
    for (block, (content, line)) in document.blocks.iter().zip(&printed).enumerate() {
        let Some(line) = line else {
            // Blank lines are page breaks as often as paragraph breaks; tables go as they are.
            if let Block::Table(_) = content {
                close(&mut out, open.take());
                out.push(
                    content.clone(),
                    consumed.get(block).copied().unwrap_or(false),
                );
            }
            continue;
        };
        match &mut open {
            Some((paragraph, above)) if page.runs_on(above, line) => {
                run_on(paragraph, line.text);
                *above = line;
                out.joins += 1;
            }
            _ => {
                close(&mut out, open.take());
                if line.running {
                    open = Some((line.text.to_owned(), line));
                } else {
                    out.push(
                        content.clone(),
                        consumed.get(block).copied().unwrap_or(false),
                    );
                }
            }
        }
    }
    close(&mut out, open);
    Some(out)
}

/// Whether the text has a run of lines each cut mid-sentence, those lines are a real share of
/// its lines, and little of its text stands on lines far wider than a full one.
fn is_wrapped(page: &Page, printed: &[Option<Printed>]) -> bool {
    let lines: Vec<&Printed> = printed.iter().flatten().collect();
    let mut run = 0;
    let mut longest_run = 0;
    let mut cut = 0;
    for pair in lines.windows(2) {
        run = if page.cut_mid_sentence(pair[0], pair[1]) {
            cut += 1;
            run + 1
        } else {
            0
        };
        longest_run = longest_run.max(run);
    }
    // The report's own lines: running text of some length, not page furniture.
    let own = running(printed).filter(|p| columns(p.text) >= 10 && !p.furniture);
    let (mut count, mut text, mut over_wide) = (0usize, 0usize, 0usize);
    for p in own {
        count += 1;
        let width = columns(p.text);
        text += width;
        if p.edge * 2 > page.full * 3 {
            over_wide += width;
        }
    }
    longest_run >= RUN && cut * CUT_SHARE >= count && over_wide * OVER_WIDE_SHARE <= text
}

impl Unwrapped {
    fn push(&mut self, block: Block, consumed: bool) {
        self.document.blocks.push(block);
        self.consumed.push(consumed);
    }
}

fn close(out: &mut Unwrapped, open: Option<(String, &Printed)>) {
    if let Some((paragraph, _)) = open {
        out.push(Block::Paragraph(close_up(&paragraph)), false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(document: &Document) -> Vec<&str> {
        document
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(text) => text.as_str(),
                Block::Table(_) => "table",
            })
            .collect()
    }

    #[test]
    fn table_lines_and_consumed_lines_keep_their_place_and_flag() {
        let lines = [
            "  本报告根据《中华人民共和国政府信息公开条例》（以下简",
            "称《条例》）、《国务院办公厅政府信息与政务公开办公室关于",
            "印发<中华人民共和国政府信息公开工作年度报告格式>的通",
            "知》（国办公开办函〔2021〕30 号）等文件要求编制而成。",
            "   一、总体情况",
            "   2022 年，平潭综合实验区坚持以习近平新时代中国特色社",
            "会主义思想为指导，深入学习贯彻党的二十大精神，在省委省政",
            "       信息内容    本年制发件数             本年废止件数",
            "规章                 0                    0               0",
            "第二十条第（一）项表头说明文字较长但被表格识别读走了的一行",
            "府坚强领导下。",
        ];
        let document = Document {
            blocks: lines
                .iter()
                .map(|l| Block::Paragraph((*l).to_owned()))
                .collect(),
        };
        let mut consumed = vec![false; lines.len()];
        consumed[9] = true;
        let unwrapped = unwrap(&document, &consumed).expect("wrapped text");
        assert_eq!(
            texts(&unwrapped.document),
            [
                "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）等文件要求编制而成。",
                "一、总体情况",
                "2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，在省委省政",
                lines[7],
                lines[8],
                lines[9],
                "府坚强领导下。",
            ]
        );
        assert_eq!(
            unwrapped.consumed,
            [false, false, false, false, false, true, false]
        );
        assert_eq!(unwrapped.joins, 4);
    }

    #[test]
    fn a_paragraph_a_line_is_not_wrapped_text() {
        let document = Document {
            blocks: [
                "某局2022年政府信息公开工作年度报告",
                "根据《中华人民共和国政府信息公开条例》规定，编制本报告。",
                "一、总体情况",
                "2022年，某局认真执行《条例》相关规定，加强信息公开平台建设，扎实推进政务公开工作。",
                "（一）主动公开方面",
                "某局持续推进基础信息公开、深化重点领域信息公开，全年主动公开政府信息100条。",
            ]
            .iter()
            .map(|l| Block::Paragraph((*l).to_owned()))
            .collect(),
        };
        assert!(unwrap(&document, &[]).is_none());
    }
}
