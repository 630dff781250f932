//! The three tables, found by their labels and words — never by their place in the document or
//! their numbering, which Word's auto-numbering removes — whatever the source: a grid from a
//! .docx or a page, cells copied one a line out of Word, rows copied out of a PDF viewer, or a
//! transcription with 「 | 」 between cells.
//!
//! Every source becomes one stream of pieces (labels and values, `stream`); the anchors
//! (captions, column heads) split it into the three tables' regions (`regions`); in each region
//! the rows are matched in order by their words (`rows`, `spec`) and their values gathered as
//! the source allows (`row`): at their columns in a grid, exactly as many as the row has in a
//! text, else the row is left blank and said. Numbers are read as the editor reads them
//! (`value`), and stored as printed (`store`): nothing is shifted, guessed or made to balance.

mod appeals;
mod consumed;
mod fold;
mod grid;
mod lines;
mod proactive;
mod regions;
mod requests;
mod row;
mod rows;
mod say;
mod spec;
mod store;
mod stream;
mod value;
mod vocabulary;

#[cfg(test)]
mod tests;

use crate::import::document::{Block, Document};
use crate::import::notes::{ImportReport, Note};
use crate::layout::{TableId, Template};
use crate::model::{Appeals, Proactive, Requests};
use rows::Matched;
use store::{Tables, Tally};
use stream::Stream;

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

/// What reading one table came to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Outcome {
    id: TableId,
    found: bool,
    /// The first and last piece the table used.
    span: Option<(usize, usize)>,
    /// How many cells the table has in its format.
    cells: usize,
    tally: Tally,
}

impl Outcome {
    fn of(id: TableId, matched: &[Matched], cells: usize, tally: Tally) -> Outcome {
        let span = matched.first().map(|first| {
            let last = matched.iter().map(|m| m.read.last.max(m.label)).max();
            (first.label, last.unwrap_or(first.label))
        });
        Outcome {
            id,
            found: !matched.is_empty(),
            span,
            cells,
            tally,
        }
    }
}

/// Finds and reads the three tables of `document`, saying in `notes` what was found, what was
/// not, and every doubt at its place.
pub fn read(document: &Document, notes: &mut ImportReport) -> TablesRead {
    let stream = Stream::new(document);
    let owners = regions::owners(&stream);
    let owners = owners.as_slice();
    let owned_by = |table: TableId| move |at: usize| owners[at] == Some(table);
    let mut tables = Tables::default();

    let proactive = proactive::read(
        &stream,
        &owned_by(TableId::Proactive),
        &mut tables,
        &mut notes.doubts,
        &mut notes.missing,
        &mut notes.ignored,
    );
    let requests = requests::read(
        &stream,
        &owned_by(TableId::Requests),
        proactive.template,
        proactive.is_current,
        &mut tables,
        &mut notes.doubts,
        &mut notes.missing,
    );
    let appeals = appeals::read(
        &stream,
        &owned_by(TableId::Appeals),
        &mut tables,
        &mut notes.doubts,
        &mut notes.missing,
    );

    let template = if proactive.template == Template::Gb2019
        || (requests.single_other_handling && !proactive.is_current)
    {
        Template::Gb2019
    } else {
        Template::Gb2021
    };
    if requests.single_other_handling && template == Template::Gb2019 {
        notes.found.push(Note::new(
            "表三（六）其他处理是旧格式的单独一行，其数字记在（六）3.其他",
        ));
    }
    let outcomes = [proactive.outcome, requests.outcome, appeals];
    for outcome in &outcomes {
        say_found(outcome, template, notes);
    }
    let spans: Vec<(usize, usize)> = outcomes.iter().filter_map(|o| o.span).collect();
    let consumed = consumed::blocks(document, &stream, &spans);
    say_other_tables(document, &stream, &consumed, notes);
    TablesRead {
        template,
        proactive: tables.proactive,
        requests: tables.requests,
        appeals: tables.appeals,
        found: outcomes.iter().filter(|o| o.found).count(),
        consumed,
    }
}

fn say_found(outcome: &Outcome, template: Template, notes: &mut ImportReport) {
    let name = outcome.id.name();
    if !outcome.found {
        notes.missing.push(Note::at(
            outcome.id.section().key(),
            format!("没有找到{}，其中各格已留空", say::table(outcome.id)),
        ));
        return;
    }
    let old = match (template, outcome.id) {
        (Template::Gb2019, TableId::Proactive | TableId::Requests) => "（旧格式）",
        _ => "",
    };
    let mut line = format!(
        "{name}{old}：{} 个格中读到 {} 个",
        outcome.cells, outcome.tally.numbers
    );
    if outcome.tally.dashes > 0 {
        line.push_str(&format!(
            "（另有 {} 个格写的是「-」「/」「无」之类，按空白读入）",
            outcome.tally.dashes
        ));
    }
    notes.found.push(Note::new(line));
}

/// Tables of the page that are none of the report's (a CMS's 索引号/发布机构 box, a layout
/// table): said once, so the clerk knows nothing was overlooked.
fn say_other_tables(
    document: &Document,
    stream: &Stream,
    consumed: &[bool],
    notes: &mut ImportReport,
) {
    let mut anchored = vec![false; document.blocks.len()];
    for piece in stream.pieces.iter().filter(|p| p.is_label()) {
        if vocabulary::anchor(&piece.folded).is_some() {
            anchored[piece.block] = true;
        }
    }
    let others = document
        .blocks
        .iter()
        .enumerate()
        .filter(|&(block, content)| {
            matches!(content, Block::Table(table) if !table.cells.is_empty())
                && !consumed[block]
                && !anchored[block]
        })
        .count();
    if others > 0 {
        notes.ignored.push(Note::new(format!(
            "另有 {others} 个表格不是年报的统计表（如页面上的索引号、发布机构信息），未导入"
        )));
    }
}
