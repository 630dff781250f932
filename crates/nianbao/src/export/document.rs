//! The report as the run of blocks every writer typesets, in printed order: title, preamble, the
//! six sections with their headings, narratives or tables, then 落款 and 成文日期. Writers only
//! decide how a block looks; what is printed, and in which order, is decided here once.

use crate::layout::{PrintedTable, Section, TableId, TextField, ValueCell};
use crate::model::Report;

/// One printed block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'r> {
    Title(String),
    /// A section's fixed heading (一、总体情况).
    Heading(&'static str),
    /// A paragraph that is a sub-heading of its own (（一）主动公开).
    SubHeading(&'r str),
    /// A body paragraph; `lead` is a sub-heading that opens it and ends at its first 。
    /// (「（一）主动公开。」 then the text), printed like a sub-heading.
    Paragraph {
        lead: &'r str,
        text: &'r str,
    },
    Table(PrintedTable),
    /// 落款: the stated one, or the agency's name.
    Signature(String),
    /// 成文日期 as printed (2022年1月14日); absent when the report has none.
    Date(String),
}

/// The report's blocks in printed order.
pub fn blocks(report: &Report) -> Vec<Block<'_>> {
    let mut out = vec![Block::Title(report.title())];
    paragraphs(report.text(TextField::Preamble), &mut out);
    for section in Section::ALL {
        out.push(Block::Heading(section.heading()));
        match (TableId::of_section(section), section) {
            (Some(table), _) => out.push(Block::Table(PrintedTable::new(table, report.template))),
            (None, Section::Problems) => paragraphs(report.text(TextField::Problems), &mut out),
            (None, Section::OtherMatters) => {
                paragraphs(report.text(TextField::OtherMatters), &mut out)
            }
            (None, _) => paragraphs(report.text(TextField::Overview), &mut out),
        }
    }
    let signature = signature(report);
    if !signature.is_empty() {
        out.push(Block::Signature(signature));
    }
    if let Some(date) = report.meta.date {
        out.push(Block::Date(date.chinese()));
    }
    out
}

/// Characters of 二号 on one line of the text block (442 pt / 22 pt).
const TITLE_LINE_CHARS: usize = 20;

/// The ending every title shares, where a title too long for one line is broken: GB/T 9704 asks
/// that a title's lines keep words whole (not 「…政 / 府信息公开…」).
const TITLE_ENDING: &str = "政府信息公开工作年度报告";

/// The title's printed lines: one when it fits, else broken before 「政府信息公开工作年度报告」.
pub fn title_lines(title: &str) -> Vec<&str> {
    match title.strip_suffix(TITLE_ENDING) {
        Some(head) if title.chars().count() > TITLE_LINE_CHARS && !head.trim().is_empty() => {
            vec![head.trim_end(), &title[head.len()..]]
        }
        _ => vec![title],
    }
}

/// 落款 as printed: the stated one, or the agency's name.
pub fn signature(report: &Report) -> String {
    match report.meta.signature.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => s.to_owned(),
        _ => report.meta.agency.trim().to_owned(),
    }
}

/// A narrative as printed: its sub-headings and paragraphs (the editor's print view uses this).
pub fn narrative(text: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    paragraphs(text, &mut out);
    out
}

/// A narrative's paragraphs: one a line, blank lines and the spaces people type for an indent
/// dropped (the indent is the typesetter's).
fn paragraphs<'r>(text: &'r str, out: &mut Vec<Block<'r>>) {
    for line in text
        .split(LINE_BREAKS)
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        out.push(match sub_heading(line) {
            Some(lead) if lead.len() == line.len() => Block::SubHeading(line),
            Some(lead) => Block::Paragraph {
                lead,
                text: &line[lead.len()..],
            },
            None => Block::Paragraph {
                lead: "",
                text: line,
            },
        });
    }
}

/// What ends a paragraph: line feeds and carriage returns alone or together (a JSON file may hold
/// either), the Unicode line and paragraph separators, NEL, and the vertical tab and form feed
/// Word writes for manual breaks.
const LINE_BREAKS: [char; 7] = [
    '\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{b}', '\u{c}',
];

/// Longest a sub-heading may be, in characters: longer, it is a sentence that happens to start
/// with a number.
const SUB_HEADING_CHARS: usize = 24;

/// The sub-heading a line starts with: 「（一）主动公开」 alone, or 「（一）主动公开。」 opening a
/// paragraph. None when the line does not start with a numbered heading.
fn sub_heading(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('（')?;
    let number = rest.find('）')?;
    let numerals = &rest[..number];
    if numerals.is_empty() || !numerals.chars().all(|c| "一二三四五六七八九十".contains(c))
    {
        return None;
    }
    let lead = match line.find('。') {
        Some(stop) => &line[..stop + '。'.len_utf8()],
        None => line,
    };
    (lead.chars().count() <= SUB_HEADING_CHARS).then_some(lead)
}

/// A value cell as printed: the number, or nothing for a blank cell (never 0).
pub fn value_text(report: &Report, value: ValueCell) -> String {
    match value {
        ValueCell::Count(cell) => report.count(cell).map(|n| n.to_string()),
        ValueCell::Fees => report.proactive.fees.as_ref().map(|a| a.to_string()),
    }
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::ReportKind;
    use crate::layout::{Applicant, RequestRow};
    use crate::model::{Amount, CountCell, Date};

    #[test]
    fn the_blocks_follow_the_printed_order() {
        let mut report = Report::blank("某局", 2024, ReportKind::Department);
        report.preamble = "　　根据条例编制。\n\n".into();
        report.overview =
            "（一）主动公开\n本年度主动公开信息。\n（二）依申请公开。本年度收到申请。".into();
        report.meta.date = Date::new(2025, 1, 20);
        let blocks = blocks(&report);
        let headings: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => Some(*h),
                _ => None,
            })
            .collect();
        assert_eq!(headings, Section::ALL.map(Section::heading));
        assert_eq!(
            blocks[0],
            Block::Title("某局2024年政府信息公开工作年度报告".into())
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                lead: "",
                text: "根据条例编制。"
            }
        );
        assert_eq!(blocks[3], Block::SubHeading("（一）主动公开"));
        assert_eq!(
            blocks[5],
            Block::Paragraph {
                lead: "（二）依申请公开。",
                text: "本年度收到申请。"
            }
        );
        assert_eq!(blocks[blocks.len() - 2], Block::Signature("某局".into()));
        assert_eq!(
            blocks[blocks.len() - 1],
            Block::Date("2025年1月20日".into())
        );
        assert_eq!(
            blocks
                .iter()
                .filter(|b| matches!(b, Block::Table(_)))
                .count(),
            3
        );
    }

    #[test]
    fn a_long_title_breaks_before_its_common_ending() {
        assert_eq!(
            title_lines("平潭综合实验区2022年度政府信息公开工作年度报告"),
            ["平潭综合实验区2022年度", "政府信息公开工作年度报告"]
        );
        assert_eq!(
            title_lines("某局2024年政府信息公开工作年度报告"),
            ["某局2024年政府信息公开工作年度报告"]
        );
        let other = "关于某某市某某区人民政府二〇二四年度工作情况的一份很长的报告";
        assert_eq!(title_lines(other), [other]);
    }

    #[test]
    fn every_kind_of_line_break_starts_a_paragraph() {
        let text = "甲\r乙\r\n丙\u{2028}丁\u{2029}戊\u{85}己\u{b}庚\u{c}辛";
        let texts: Vec<&str> = narrative(text)
            .into_iter()
            .map(|b| match b {
                Block::Paragraph { text, .. } => text,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(texts, ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]);
    }

    #[test]
    fn a_long_numbered_sentence_is_a_paragraph() {
        assert_eq!(sub_heading("（一）主动公开"), Some("（一）主动公开"));
        assert_eq!(sub_heading("（十二）其他"), Some("（十二）其他"));
        assert_eq!(sub_heading("（注）说明"), None);
        assert_eq!(sub_heading("1.主动公开"), None);
        let long = "（一）本年度本机关认真贯彻落实条例的各项规定并在门户网站主动公开各类政府信息共计一百余条";
        assert_eq!(sub_heading(long), None);
    }

    #[test]
    fn blank_cells_print_blank_and_fees_exact() {
        let mut report = Report::blank("某局", 2024, ReportKind::Department);
        let cell = CountCell::Request(RequestRow::Received, Applicant::Total);
        assert_eq!(value_text(&report, ValueCell::Count(cell)), "");
        report.set_count(cell, Some(0));
        assert_eq!(value_text(&report, ValueCell::Count(cell)), "0");
        report.proactive.fees = Amount::parse("5949.088667");
        assert_eq!(value_text(&report, ValueCell::Fees), "5949.088667");
    }
}
