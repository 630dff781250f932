//! The three statistical tables as printed, described as data: their columns and widths, header
//! rows, row labels and value cells, each with its spans. The editor draws its inputs from this,
//! and the HTML and .docx writers typeset it, so the three can never disagree on a label or a span.

use super::{
    AppealColumn, AppealGroup, Applicant, DecisionKind, DocColumn, DocKind, OutcomeGroup,
    RequestRow, Section, Template, TABLE2_CONTENT, TABLE2_DECISIONS, TABLE2_DECISIONS_2019,
    TABLE2_FEES_COLUMN, TABLE2_FEES_ROW, TABLE2_ITEM_1, TABLE2_ITEM_5, TABLE2_ITEM_6,
    TABLE2_ITEM_8, TABLE3_APPLICANTS, TABLE3_CORNER, TABLE3_ORGANISATIONS, TABLE3_OUTCOMES,
    TABLE4_LITIGATION, TABLE4_REVIEW,
};
use crate::model::CountCell;

/// Width of the text block of an A4 page with GB/T 9704 margins (156 mm), in twips: every table
/// is exactly this wide.
pub const TEXT_BLOCK_TWIPS: u32 = 8844;

/// Which of the report's three tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableId {
    /// 表二 主动公开政府信息情况
    Proactive,
    /// 表三 收到和处理政府信息公开申请情况
    Requests,
    /// 表四 政府信息公开行政复议、行政诉讼情况
    Appeals,
}

impl TableId {
    pub const ALL: [TableId; 3] = [TableId::Proactive, TableId::Requests, TableId::Appeals];

    /// The section the table belongs to.
    pub fn section(self) -> Section {
        match self {
            TableId::Proactive => Section::Proactive,
            TableId::Requests => Section::Requests,
            TableId::Appeals => Section::Appeals,
        }
    }

    /// The table of a section, if it has one.
    pub fn of_section(section: Section) -> Option<TableId> {
        TableId::ALL.into_iter().find(|t| t.section() == section)
    }

    /// A short name (表二) for messages and a class name (table2) for style sheets.
    pub fn name(self) -> &'static str {
        match self {
            TableId::Proactive => "表二",
            TableId::Requests => "表三",
            TableId::Appeals => "表四",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            TableId::Proactive => "table2",
            TableId::Requests => "table3",
            TableId::Appeals => "table4",
        }
    }

    /// The table's accessible name: its short name and the section's heading without its number.
    pub fn caption(self) -> String {
        let heading = self.section().heading();
        let name = heading.split_once('、').map_or(heading, |(_, name)| name);
        format!("{} {}", self.name(), name)
    }
}

/// What a value cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueCell {
    Count(CountCell),
    /// 本年收费金额（单位：万元）, an exact decimal.
    Fees,
}

/// What a cell of a printed table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellRole {
    /// A block's caption across the whole table (第二十条第（一）项).
    Caption,
    /// Table 三's top-left cell, with the 勾稽关系 note.
    Corner,
    /// A column's (or a group of columns') label.
    ColumnHead,
    /// A label spanning several rows (三、本年度办理结果, （三）不予公开).
    GroupHead,
    /// A row's label.
    RowHead,
    /// An item's label under a group (1.属于国家秘密).
    ItemHead,
    Value(ValueCell),
}

/// One cell as printed: what it is, its text (one entry a printed line) and its spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCell {
    pub role: CellRole,
    pub lines: Vec<&'static str>,
    pub colspan: usize,
    pub rowspan: usize,
}

impl TableCell {
    fn label(role: CellRole, text: &'static str) -> TableCell {
        TableCell::wrapped(role, &[text])
    }

    fn wrapped(role: CellRole, lines: &[&'static str]) -> TableCell {
        TableCell {
            role,
            lines: lines.to_vec(),
            colspan: 1,
            rowspan: 1,
        }
    }

    fn value(value: ValueCell) -> TableCell {
        TableCell::wrapped(CellRole::Value(value), &[])
    }

    fn count(cell: CountCell) -> TableCell {
        TableCell::value(ValueCell::Count(cell))
    }

    fn across(mut self, columns: usize) -> TableCell {
        self.colspan = columns;
        self
    }

    fn down(mut self, rows: usize) -> TableCell {
        self.rowspan = rows;
        self
    }

    /// The label on one line (header lines joined).
    pub fn text(&self) -> String {
        self.lines.concat()
    }

    pub fn is_header(&self) -> bool {
        !matches!(self.role, CellRole::Value(_))
    }
}

/// Whether a column holds labels or values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnRole {
    Label,
    Value,
}

/// One column of the table's grid and its printed width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub role: ColumnRole,
    pub twips: u32,
}

/// A printed table: the grid's columns, then its rows, the first `head_rows` of them the header
/// that is repeated on every page the table runs onto.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedTable {
    pub id: TableId,
    pub template: Template,
    pub columns: Vec<Column>,
    pub head_rows: usize,
    pub rows: Vec<Vec<TableCell>>,
}

/// Where a row of the grid meets a cell: the cell starts here, or continues from a row above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed<'a> {
    /// The first grid column the cell covers.
    pub column: usize,
    pub cell: &'a TableCell,
    /// False on the rows below a cell's first that its rowspan covers.
    pub starts: bool,
}

impl PrintedTable {
    /// The printed table `id` in the layout of `template`.
    pub fn new(id: TableId, template: Template) -> PrintedTable {
        match id {
            TableId::Proactive if template == Template::Gb2019 => proactive_2019(),
            TableId::Proactive => proactive(),
            TableId::Requests => requests(template),
            TableId::Appeals => appeals(template),
        }
    }

    /// Every value cell, in printed order.
    pub fn values(&self) -> impl Iterator<Item = ValueCell> + '_ {
        self.rows
            .iter()
            .flatten()
            .filter_map(|cell| match cell.role {
                CellRole::Value(value) => Some(value),
                _ => None,
            })
    }

    /// The rows as a grid: for each row, the cells that cover it from left to right — the ones
    /// starting in it and the ones continuing from above through a rowspan. A .docx writes a
    /// continuing cell as a `vMerge` cell of its own; HTML leaves it out.
    pub fn placed(&self) -> Vec<Vec<Placed<'_>>> {
        let width = self.columns.len();
        // Rows still covered below, per column: (rows left, the cell, its first column).
        let mut covering: Vec<Option<(usize, &TableCell, usize)>> = vec![None; width];
        let mut grid = Vec::with_capacity(self.rows.len());
        for row in &self.rows {
            let mut placed = Vec::new();
            let mut column = 0;
            let mut cells = row.iter();
            while column < width {
                if let Some((left, cell, first)) = covering[column] {
                    if first == column {
                        placed.push(Placed {
                            column,
                            cell,
                            starts: false,
                        });
                    }
                    covering[column] = (left > 1).then_some((left - 1, cell, first));
                    column += 1;
                    continue;
                }
                let Some(cell) = cells.next() else { break };
                placed.push(Placed {
                    column,
                    cell,
                    starts: true,
                });
                for slot in covering.iter_mut().skip(column).take(cell.colspan) {
                    *slot = (cell.rowspan > 1).then_some((cell.rowspan - 1, cell, column));
                }
                column += cell.colspan;
            }
            grid.push(placed);
        }
        grid
    }

    /// The width in twips of `span` columns from `column` on.
    pub fn span_twips(&self, column: usize, span: usize) -> u32 {
        self.columns[column..column + span]
            .iter()
            .map(|c| c.twips)
            .sum()
    }
}

fn columns(labels: &[u32], values: usize) -> Vec<Column> {
    let label_twips: u32 = labels.iter().sum();
    let values_twips = TEXT_BLOCK_TWIPS - label_twips;
    let each = values_twips / values as u32;
    let mut out: Vec<Column> = labels
        .iter()
        .map(|&twips| Column {
            role: ColumnRole::Label,
            twips,
        })
        .collect();
    for i in 0..values {
        // The last value column takes what division left, so the grid is exactly the text block.
        let twips = if i + 1 == values {
            values_twips - each * (values as u32 - 1)
        } else {
            each
        };
        out.push(Column {
            role: ColumnRole::Value,
            twips,
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// 表二: four blocks, each under a caption across the table; single values span the three value
// columns.

fn proactive() -> PrintedTable {
    let template = Template::Gb2021;
    let caption = |text| vec![TableCell::label(CellRole::Caption, text).across(4)];
    let single_head = |column| {
        vec![
            TableCell::label(CellRole::ColumnHead, TABLE2_CONTENT),
            TableCell::label(CellRole::ColumnHead, column).across(3),
        ]
    };
    let decision = |kind: DecisionKind| {
        vec![
            TableCell::label(CellRole::RowHead, kind.label()),
            TableCell::count(CountCell::Decision(kind)).across(3),
        ]
    };
    let mut rows = vec![caption(TABLE2_ITEM_1)];
    let mut head = vec![TableCell::label(CellRole::ColumnHead, TABLE2_CONTENT)];
    head.extend(DocColumn::ALL.map(|c| TableCell::label(CellRole::ColumnHead, c.label(template))));
    rows.push(head);
    for kind in DocKind::ALL {
        let mut row = vec![TableCell::label(CellRole::RowHead, kind.label(template))];
        row.extend(DocColumn::ALL.map(|c| TableCell::count(CountCell::Doc(kind, c))));
        rows.push(row);
    }
    rows.push(caption(TABLE2_ITEM_5));
    rows.push(single_head(TABLE2_DECISIONS));
    rows.push(decision(DecisionKind::Licensing));
    rows.push(caption(TABLE2_ITEM_6));
    rows.push(single_head(TABLE2_DECISIONS));
    rows.push(decision(DecisionKind::Punishment));
    rows.push(decision(DecisionKind::Coercion));
    rows.push(caption(TABLE2_ITEM_8));
    rows.push(single_head(TABLE2_FEES_COLUMN));
    rows.push(vec![
        TableCell::label(CellRole::RowHead, TABLE2_FEES_ROW),
        TableCell::value(ValueCell::Fees).across(3),
    ]);
    PrintedTable {
        id: TableId::Proactive,
        template,
        columns: columns(&[2844], 3),
        head_rows: 0,
        rows,
    }
}

/// 表二 of a 2019-format report, as far as the interchange format holds it: 本年新制作数量 and the
/// 处理决定数量. Its other columns were never data, so they are not drawn empty.
fn proactive_2019() -> PrintedTable {
    let template = Template::Gb2019;
    let mut rows = Vec::new();
    let mut block = |caption, column, cells: Vec<(&'static str, CountCell)>| {
        rows.push(vec![TableCell::label(CellRole::Caption, caption).across(2)]);
        rows.push(vec![
            TableCell::label(CellRole::ColumnHead, TABLE2_CONTENT),
            TableCell::label(CellRole::ColumnHead, column),
        ]);
        for (label, cell) in cells {
            rows.push(vec![
                TableCell::label(CellRole::RowHead, label),
                TableCell::count(cell),
            ]);
        }
    };
    let issued = DocColumn::Issued;
    block(
        TABLE2_ITEM_1,
        issued.label(template),
        DocKind::ALL
            .map(|k| (k.label(template), CountCell::Doc(k, issued)))
            .to_vec(),
    );
    let decision = |k: DecisionKind| (k.label(), CountCell::Decision(k));
    block(
        TABLE2_ITEM_5,
        TABLE2_DECISIONS_2019,
        vec![decision(DecisionKind::Licensing)],
    );
    block(
        TABLE2_ITEM_6,
        TABLE2_DECISIONS_2019,
        vec![
            decision(DecisionKind::Punishment),
            decision(DecisionKind::Coercion),
        ],
    );
    PrintedTable {
        id: TableId::Proactive,
        template,
        columns: columns(&[4422], 1),
        head_rows: 0,
        rows,
    }
}

// ---------------------------------------------------------------------------------------------
// 表三: the 勾稽关系 corner over three label columns, 申请人情况 over seven value columns; the
// outcome rows under 三、本年度办理结果, the groups （三）–（六） spanning their items.

fn requests(template: Template) -> PrintedTable {
    let organisations = Applicant::ALL.iter().filter(|a| a.is_organisation());
    let column_head = |a: Applicant| TableCell::wrapped(CellRole::ColumnHead, a.header_lines());
    let mut rows = vec![
        vec![
            TableCell::label(CellRole::Corner, TABLE3_CORNER)
                .across(3)
                .down(3),
            TableCell::label(CellRole::ColumnHead, TABLE3_APPLICANTS).across(7),
        ],
        vec![
            column_head(Applicant::NaturalPerson).down(2),
            TableCell::label(CellRole::ColumnHead, TABLE3_ORGANISATIONS)
                .across(organisations.clone().count()),
            column_head(Applicant::Total).down(2),
        ],
        organisations.map(|&a| column_head(a)).collect(),
    ];
    let shown = |row: &RequestRow| template == Template::Gb2021 || row.in_gb2019();
    // + （七）总计, which is no outcome of its own but sits under the same label.
    let outcomes = RequestRow::outcomes().filter(shown).count() + 1;
    for row in RequestRow::ALL.into_iter().filter(shown) {
        let mut cells = Vec::new();
        if row == RequestRow::Granted {
            cells.push(TableCell::label(CellRole::GroupHead, TABLE3_OUTCOMES).down(outcomes));
        }
        match row.group() {
            None if row.is_outcome() || row == RequestRow::ClosedTotal => {
                cells.push(TableCell::label(CellRole::RowHead, row.label()).across(2))
            }
            None => cells.push(TableCell::label(CellRole::RowHead, row.label()).across(3)),
            // The 2019 format had （六）其他处理 as one row with no items.
            Some(OutcomeGroup::OtherHandling) if template == Template::Gb2019 => {
                cells.push(TableCell::label(CellRole::RowHead, row.label_in(template)).across(2))
            }
            Some(group) => {
                if group.rows().next() == Some(row) {
                    let items = group.rows().count();
                    cells.push(TableCell::label(CellRole::GroupHead, group.label()).down(items));
                }
                cells.push(TableCell::label(CellRole::ItemHead, row.label()));
            }
        }
        cells.extend(Applicant::ALL.map(|a| TableCell::count(CountCell::Request(row, a))));
        rows.push(cells);
    }
    PrintedTable {
        id: TableId::Requests,
        template,
        // Each value column 36 pt: 「自然人」 on one line at 10.5 pt, as printed.
        columns: columns(&[560, 1000, 2244], Applicant::ALL.len()),
        head_rows: 3,
        rows,
    }
}

// ---------------------------------------------------------------------------------------------
// 表四: 行政复议 and the two kinds of 行政诉讼, five columns each, one row of fifteen values.

fn appeals(template: Template) -> PrintedTable {
    let per_group = AppealColumn::ALL.len();
    let litigation = AppealGroup::ALL.len() - 1;
    let labels =
        || AppealColumn::ALL.map(|c| TableCell::wrapped(CellRole::ColumnHead, c.header_lines()));
    let mut third: Vec<TableCell> = labels().to_vec();
    for _ in 0..litigation {
        third.extend(labels());
    }
    let rows = vec![
        vec![
            TableCell::label(CellRole::ColumnHead, TABLE4_REVIEW)
                .across(per_group)
                .down(2),
            TableCell::label(CellRole::ColumnHead, TABLE4_LITIGATION)
                .across(per_group * litigation),
        ],
        AppealGroup::ALL[1..]
            .iter()
            .map(|g| TableCell::label(CellRole::ColumnHead, g.label()).across(per_group))
            .collect(),
        third,
        AppealGroup::ALL
            .into_iter()
            .flat_map(|g| AppealColumn::ALL.map(|c| TableCell::count(CountCell::Appeal(g, c))))
            .collect(),
    ];
    PrintedTable {
        id: TableId::Appeals,
        template,
        columns: columns(&[], per_group * AppealGroup::ALL.len()),
        head_rows: 3,
        rows,
    }
}

#[cfg(test)]
mod tests;
