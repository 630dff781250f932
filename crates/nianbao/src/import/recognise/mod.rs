//! One recogniser for every source: finds the three tables by their labels and words, then the
//! title, 机关, 年度 and the six sections in what is left, and builds the report. Every doubt is
//! noted at its place; nothing is shifted or guessed to make the arithmetic balance.

pub mod sections;
pub mod tables;

use super::document::Document;
use super::notes::{ImportReport, Note};
use super::Imported;
use crate::layout::Template;
use crate::model::{Meta, Report};

/// Reads `document` into a report. Err (in Chinese) when it holds no report at all: no table of
/// the report and no section heading.
pub fn recognise(document: &Document, mut notes: ImportReport) -> Result<Imported, String> {
    // Every report says 信息公开 somewhere (its title, its headings, 表三's labels): a document
    // that never does is refused at once, not after reading 50 MB of something else.
    if !mentions_disclosure(document) {
        return Err(not_a_report(document));
    }
    let tables = tables::read(document, &mut notes);
    let sections = sections::read(document, &tables.consumed, &mut notes);
    if tables.found == 0 && sections.headings == 0 {
        return Err(not_a_report(document));
    }
    let report = Report {
        template: tables.template,
        meta: Meta {
            agency: sections.agency,
            year: sections.year,
            kind: sections.kind,
            title: sections.title,
            signature: sections.signature,
            date: sections.date,
        },
        preamble: sections.preamble,
        overview: sections.overview,
        proactive: tables.proactive,
        requests: tables.requests,
        appeals: tables.appeals,
        problems: sections.problems,
        other_matters: sections.other_matters,
    };
    Ok(in_current_format(report, notes))
}

/// A report read in the 2019 format, converted to the current one as report-format.md says: the
/// losses are doubts the clerk reads, and no number is invented.
fn in_current_format(report: Report, mut notes: ImportReport) -> Imported {
    if report.template != Template::Gb2019 {
        return Imported { report, notes };
    }
    match crate::convert::to_gb2021(&report) {
        Some(conversion) => {
            notes.doubts.push(Note::new(
                "来源是 2019 年的旧格式（国办公开办函〔2019〕60号），已按现行格式转换：",
            ));
            notes
                .doubts
                .extend(conversion.notes.into_iter().map(Note::new));
            Imported {
                report: conversion.report,
                notes,
            }
        }
        None => Imported { report, notes },
    }
}

fn mentions_disclosure(document: &Document) -> bool {
    use super::document::Block;
    document.blocks.iter().any(|block| match block {
        Block::Paragraph(text) => says_disclosure(text),
        Block::Table(table) => table.cells.iter().any(|cell| says_disclosure(&cell.text)),
    })
}

/// Whether `text` holds 信息公开, spaces inside it allowed (a PDF's justified title, labels with
/// spaces typed into them).
fn says_disclosure(text: &str) -> bool {
    const WORD: [char; 4] = ['信', '息', '公', '开'];
    let mut matched = 0;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        matched = match c {
            _ if c == WORD[matched] => matched + 1,
            '信' => 1,
            _ => 0,
        };
        if matched == WORD.len() {
            return true;
        }
    }
    false
}

/// Why a document that holds no report is refused, in the words that fit what it holds.
fn not_a_report(document: &Document) -> String {
    let text = document.text();
    let visible: usize = text.chars().filter(|c| !c.is_whitespace()).count();
    if visible == 0 {
        "没有找到任何文字：文件或页面是空的，或正文要靠脚本才显示（请在浏览器中打开年报正文页，全选复制后用「粘贴上年报告」粘贴）。".to_owned()
    } else if text.contains("年度报告") || text.contains("年报") {
        "没有找到年报正文：这里只提到了年度报告（可能是栏目列表页，或年报只以附件提供）。请打开年报正文页，或下载附件后导入。".to_owned()
    } else {
        "没有找到年报：既没有“一、总体情况”等六个部分的标题，也没有表二、表三、表四。".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_that_never_says_disclosure_is_refused_at_once() {
        assert!(says_disclosure("政府信息公开工作年度报告"));
        assert!(says_disclosure("政 府 信 息 公 开"));
        assert!(says_disclosure("信信息公开"));
        assert!(!says_disclosure("信息化建设与公开招标"));
        let text = crate::import::text::read("这是一行与年报无关的文字。\n又一行。");
        let refused = recognise(&text, ImportReport::new(crate::import::SourceKind::Text));
        assert!(refused.unwrap_err().contains("没有找到年报"));
    }
}
