//! The three tables, found by their labels and words. (Being written: see the brief.)

use crate::import::document::Document;
use crate::import::notes::ImportReport;
use crate::layout::Template;
use crate::model::{Appeals, Proactive, Requests};

/// What the table recogniser read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TablesRead {
    /// Gb2019 when the source's tables are in the 2019 trial format.
    pub template: Template,
    pub proactive: Proactive,
    pub requests: Requests,
    pub appeals: Appeals,
    /// How many of the three tables were found (0–3).
    pub found: usize,
    /// Per block of the document: true when it was read as part of a table (a text's lines),
    /// so the sections leave it out of the narrative.
    pub consumed: Vec<bool>,
}

pub fn read(document: &Document, _notes: &mut ImportReport) -> TablesRead {
    TablesRead {
        template: Template::Gb2021,
        proactive: Proactive::default(),
        requests: Requests::default(),
        appeals: Appeals::default(),
        found: 0,
        consumed: vec![false; document.blocks.len()],
    }
}
