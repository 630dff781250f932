//! Title, 机关, 年度, the six sections, 落款 and 成文日期. (Being written: see the brief.)

use crate::import::document::Document;
use crate::import::notes::ImportReport;
use crate::layout::ReportKind;
use crate::model::Date;

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

pub fn read(_document: &Document, _consumed: &[bool], _notes: &mut ImportReport) -> SectionsRead {
    SectionsRead {
        title: None,
        agency: String::new(),
        year: None,
        kind: ReportKind::Department,
        preamble: String::new(),
        overview: String::new(),
        problems: String::new(),
        other_matters: String::new(),
        signature: None,
        date: None,
        headings: 0,
    }
}
