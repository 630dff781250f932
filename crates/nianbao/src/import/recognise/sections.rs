//! Title, 机关, 年度, the six sections, 落款 and 成文日期, from the paragraphs the table recogniser
//! left. The steps, each in its own file:
//! - [`lines`]: the paragraphs that may be report text, printed and squeezed;
//! - [`headings`]: the six section headings by their words ([`words`], [`numbering`]), chosen
//!   together, and sections a body inserted among them;
//! - [`title`]: the title that starts the report, not a portal's title bar or breadcrumb, nor a
//!   wrapped line of the preamble ([`fragment`]);
//! - [`agency`], [`kind`], [`dates`]: who reports on which year, and what kind of report, said
//!   in the notes by [`meta`];
//! - [`closing`]: 落款, 成文日期 and page footer at the end ([`chrome`] knows page furniture);
//! - [`fields`]: the four narrative fields, their text joined as the reference JSON has it
//!   ([`narrative`]).
//!
//! A page holding a second report is read up to it ([`second`]): the tables are the first's.
//!
//! Before all of these, copied text wrapped a printed line a line (a PDF's) is joined back into
//! paragraphs, its layout spaces taken out ([`wrapped`], [`spacing`]).
//!
//! Every step reads each paragraph a bounded number of times: linear in the document.

mod agency;
mod chrome;
mod closing;
mod dates;
mod fields;
mod fragment;
mod headings;
mod kind;
mod lines;
mod meta;
mod narrative;
mod numbering;
mod second;
mod spacing;
mod title;
mod words;
mod wrapped;

#[cfg(test)]
mod tests;

use crate::import::document::Document;
use crate::import::notes::{ImportReport, Note, SourceKind};
use crate::layout::{ReportKind, Section};
use crate::model::Date;
use fields::Narrative;
use headings::Heading;
use lines::{without_spaces, Line};
use meta::{agency_of, kind_of, printed_date, year_of};

/// What the section recogniser read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionsRead {
    pub title: Option<String>,
    pub agency: String,
    pub year: Option<i32>,
    pub kind: ReportKind,
    pub preamble: String,
    pub overview: String,
    pub problems: String,
    pub other_matters: String,
    pub signature: Option<String>,
    pub date: Option<Date>,
    /// How many of the six section headings were found (0–6).
    pub headings: usize,
}

/// Reads the sections of `document` from its paragraphs not `consumed` by the tables.
pub fn read(document: &Document, consumed: &[bool], notes: &mut ImportReport) -> SectionsRead {
    let text = notes.source == SourceKind::Text;
    // Only copied text can be wrapped: a .docx's or a page's paragraphs are the author's.
    let unwrapped = text.then(|| wrapped::unwrap(document, consumed)).flatten();
    let (document, consumed) = match &unwrapped {
        Some(u) => {
            notes.found.push(Note::new(format!(
                "文字是按打印的行复制的（如从 PDF 复制），已把 {} 处折行接回段落",
                u.joins
            )));
            (&u.document, u.consumed.as_slice())
        }
        None => (document, consumed),
    };
    let mut lines = lines::lines(document, consumed, text);
    // The narrative of a second report must not mix with the first's; an inserted section's
    // tables are looked up in the blocks, so the document stops there too.
    let first_only;
    let document = match second::find(&lines) {
        Some(second) => {
            let end_block = lines[second.start].block;
            lines.truncate(second.start);
            notes.doubts.push(Note::new(format!(
                "页面上还有一份报告（{}），只读入了第一份",
                second.name
            )));
            first_only = Document {
                blocks: document.blocks[..end_block].to_vec(),
            };
            &first_only
        }
        None => document,
    };
    let headings = headings::find(&lines);
    let first_heading = headings.first().map(|h| h.line);
    let title = title::find(
        &lines,
        first_heading.unwrap_or(lines.len()),
        first_heading.is_some(),
    );
    let from_title = title
        .as_ref()
        .map(|t| agency::from_title(&t.text))
        .unwrap_or_default();
    let report_start = title.as_ref().map_or(0, |t| t.last_line + 1);
    let last_body = headings.last().map_or(report_start, |h| h.line + 1)..lines.len();
    let closing = closing::read(&lines, last_body, from_title.agency.as_deref());

    let text = Narrative::read(document, &lines, &headings, report_start, &closing, notes);
    let signature = closing.signature.as_ref().map(|(_, s)| without_spaces(s));
    let date = closing.date.map(|(_, d)| d);
    let agency = agency_of(&from_title, signature.as_deref(), notes);
    let year = year_of(from_title.year, &text.preamble, date, notes);
    let kind = kind_of(&agency, notes);

    note_title(title.as_ref().map(|t| t.text.as_str()), notes);
    note_headings(&lines, &headings, notes);
    note_closing(signature.as_deref(), date, notes);
    if let Some(title) = &title {
        if title.first_line > 0 {
            notes.ignored.push(Note::new(format!(
                "标题之前的 {} 段文字（网页导航、栏目名等）未导入",
                title.first_line
            )));
        }
    }
    if closing.footer {
        notes.ignored.push(Note::new(
            "正文之后的网页内容（打印、分享按钮，相关链接，版权信息等）未导入",
        ));
    }

    SectionsRead {
        title: title.map(|t| t.text),
        agency,
        year,
        kind,
        preamble: text.preamble,
        overview: text.overview,
        problems: text.problems,
        other_matters: text.other_matters,
        signature,
        date,
        headings: headings.iter().filter(|h| h.section.is_some()).count(),
    }
}

fn note_title(title: Option<&str>, notes: &mut ImportReport) {
    match title {
        Some(title) => notes.found.push(Note::new(format!("标题：{title}"))),
        None => notes.missing.push(Note::at(
            "meta.title",
            "未找到标题（「……政府信息公开工作年度报告」），将使用默认标题",
        )),
    }
}

/// Each section heading found (as printed), each one missing, and a heading numbered otherwise
/// than the format numbers it.
fn note_headings(lines: &[Line], headings: &[Heading], notes: &mut ImportReport) {
    for section in Section::ALL {
        let Some(heading) = headings.iter().find(|h| h.section == Some(section)) else {
            notes.missing.push(Note::at(
                section.key(),
                format!("未找到「{}」", section.heading()),
            ));
            continue;
        };
        let printed = lines[heading.line].text;
        notes.found.push(Note::new(format!("部分：「{printed}」")));
        let place = words::ordinal(section);
        if heading.number.is_some_and(|n| n != place) {
            notes.doubts.push(Note::at(
                section.key(),
                format!(
                    "「{printed}」按「{}」读入（编号与格式不同），请核对",
                    section.heading()
                ),
            ));
        }
    }
}

fn note_closing(signature: Option<&str>, date: Option<Date>, notes: &mut ImportReport) {
    match signature {
        Some(signature) => notes.found.push(Note::new(format!("落款：{signature}"))),
        None => notes.missing.push(Note::at(
            "meta.signature",
            "未找到落款（报告末尾单独一行的机关名称）",
        )),
    }
    match date {
        Some(date) => notes
            .found
            .push(Note::new(format!("成文日期：{}", printed_date(date)))),
        None => notes.missing.push(Note::at(
            "meta.date",
            "未找到成文日期（报告末尾的「××××年×月×日」）",
        )),
    }
}
