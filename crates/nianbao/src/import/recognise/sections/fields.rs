//! The four narrative fields from the sections found: the preamble between title and first
//! heading, the bodies of 一、五、六 (and of sections a body inserted, into 六), up to where the
//! closing ends the report. Sections 二、三、四 are their tables: a sentence under one of them is
//! noted as left out.

use super::chrome;
use super::closing::Closing;
use super::headings::Heading;
use super::lines::{ends_sentence, Line};
use super::narrative::{self, excerpt, push_paragraph};
use crate::import::document::Document;
use crate::import::notes::{ImportReport, Note};
use crate::layout::Section;
use std::ops::Range;

/// The four narrative fields.
#[derive(Debug, Default)]
pub(super) struct Narrative {
    pub preamble: String,
    pub overview: String,
    pub problems: String,
    pub other_matters: String,
}

impl Narrative {
    pub(super) fn read(
        document: &Document,
        lines: &[Line],
        headings: &[Heading],
        report_start: usize,
        closing: &Closing,
        notes: &mut ImportReport,
    ) -> Narrative {
        let mut text = Narrative::default();
        let preamble_end = headings.first().map_or(closing.narrative_end, |h| h.line);
        text.preamble = preamble(lines, report_start..preamble_end, notes);
        if headings.is_empty() && !text.preamble.is_empty() {
            notes.doubts.push(Note::at(
                "preamble",
                "没有找到「一、总体情况」等部分的标题：标题之后的文字都放进了前言，请分到各部分",
            ));
        }
        for (i, heading) in headings.iter().enumerate() {
            let next = headings.get(i + 1);
            let end = next.map_or(closing.narrative_end, |n| n.line);
            let body = heading.line + 1..end.max(heading.line + 1);
            match heading.section {
                Some(Section::Overview) => {
                    push_paragraph(&mut text.overview, &narrative::join(lines, body))
                }
                Some(Section::Problems) => {
                    push_paragraph(&mut text.problems, &narrative::join(lines, body))
                }
                Some(Section::OtherMatters) => {
                    push_paragraph(&mut text.other_matters, &narrative::join(lines, body))
                }
                Some(table @ (Section::Proactive | Section::Requests | Section::Appeals)) => {
                    note_explanations(lines, body, table, notes)
                }
                None => {
                    let first_block = lines[heading.line].block;
                    let end_block = lines
                        .get(end)
                        .map_or(document.blocks.len(), |line| line.block);
                    let inserted = narrative::inserted(
                        document,
                        lines,
                        heading.line,
                        body,
                        first_block..end_block,
                    );
                    push_paragraph(&mut text.other_matters, &inserted);
                    notes.doubts.push(Note::at(
                        Section::OtherMatters.key(),
                        format!(
                            "「{}」不是格式规定的六个部分之一，其内容已放入「{}」，请核对",
                            lines[heading.line].text,
                            Section::OtherMatters.heading()
                        ),
                    ));
                }
            }
        }
        let after: Vec<&str> = (closing.narrative_end..closing.report_end)
            .filter(|i| closing.signature.as_ref().is_none_or(|s| s.0 != *i))
            .filter(|i| closing.date.is_none_or(|d| d.0 != *i))
            .filter_map(|i| lines.get(i))
            .map(|line| line.text)
            .collect();
        if let Some(first) = after.first() {
            notes.ignored.push(Note::new(format!(
                "落款、成文日期之后的 {} 段文字未导入（「{}」）",
                after.len(),
                excerpt(first)
            )));
        }
        text
    }
}

/// The preamble: the sentences between the title and the first heading. A portal prints its
/// article metadata and share buttons there (「来源：」「时间：」「微信」); those are left out.
fn preamble(lines: &[Line], range: Range<usize>, notes: &mut ImportReport) -> String {
    let mut out = String::new();
    let mut furniture = Vec::new();
    for line in lines.get(range).unwrap_or_default() {
        if !line.is_text() {
            continue;
        }
        if chrome::is_page_furniture(&line.squeezed) {
            furniture.push(line.text);
        } else {
            push_paragraph(&mut out, line.text);
        }
    }
    if let Some(first) = furniture.first() {
        notes.ignored.push(Note::at(
            "preamble",
            format!(
                "标题与正文之间 {} 段不是前言的句子（网页的来源、时间、分享按钮，或副标题等，如「{}」），未导入",
                furniture.len(),
                excerpt(first)
            ),
        ));
    }
    out
}

/// Sections 二、三、四 are their tables; a sentence under one of them is noted as left out.
fn note_explanations(
    lines: &[Line],
    body: Range<usize>,
    section: Section,
    notes: &mut ImportReport,
) {
    let sentences = lines
        .get(body)
        .unwrap_or_default()
        .iter()
        .filter(|line| line.is_text() && line.width() > 10 && ends_sentence(line.text));
    for line in sentences {
        notes.ignored.push(Note::at(
            section.key(),
            format!(
                "「{}」下的说明文字未导入：「{}」",
                section.heading(),
                excerpt(line.text)
            ),
        ));
    }
}
