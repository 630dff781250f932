//! 表二 主动公开政府信息情况: four blocks, each under its own caption and column heads, so a
//! grid row's value columns are those of the nearest head row above it. The 2019 format is told
//! by its own columns and rows (本年新制作数量, 上一年项目数量, 政府集中采购…): its rows have
//! other columns, and only 本年新制作数量 and 处理决定数量 are kept (json-format.md).

use super::grid::Grid;
use super::row::ValueColumns;
use super::rows::Walk;
use super::say;
use super::spec::Spec;
use super::store::{store, Tables, Tally, Target};
use super::stream::{Piece, Stream};
use super::vocabulary::{is_gb2019_mark, is_gb2021_mark, is_proactive_column};
use super::Outcome;
use crate::import::notes::Note;
use crate::layout::{DecisionKind, DocColumn, DocKind, TableId, Template};
use crate::model::CountCell;

/// The rows of 表二 in both formats, in printed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Docs(DocKind),
    Decision(DecisionKind),
    /// 其他对外管理服务事项 (2019 only).
    OtherServices,
    Fees,
    /// 第二十条第（九）项 政府集中采购 (2019 only).
    Procurement,
}

impl Row {
    fn words(self) -> &'static [&'static str] {
        match self {
            Row::Docs(DocKind::Regulations) => &["规章"],
            // 「规范性文件」 in the 2019 format and in many current reports.
            Row::Docs(DocKind::NormativeDocuments) => &["规范性文件"],
            Row::Decision(kind) => match kind {
                DecisionKind::Licensing => &["行政许可"],
                DecisionKind::Punishment => &["行政处罚"],
                DecisionKind::Coercion => &["行政强制"],
            },
            Row::OtherServices => &["对外管理服务"],
            Row::Fees => &["事业性收费"],
            Row::Procurement => &["集中采购"],
        }
    }

    fn label(self) -> &'static str {
        match self {
            Row::Docs(kind) => kind.label(Template::Gb2021),
            Row::Decision(kind) => kind.label(),
            Row::OtherServices => "其他对外管理服务事项",
            Row::Fees => crate::layout::TABLE2_FEES_ROW,
            Row::Procurement => "政府集中采购",
        }
    }

    /// Where each of the row's values goes, in the layout of `template`.
    fn targets(self, template: Template) -> Vec<Target> {
        let docs = |kind| DocColumn::ALL.map(|column| Target::Count(CountCell::Doc(kind, column)));
        match (self, template) {
            (Row::Docs(kind), Template::Gb2021) => docs(kind).to_vec(),
            (Row::Decision(kind), Template::Gb2021) => {
                vec![Target::Count(CountCell::Decision(kind))]
            }
            (Row::Fees, Template::Gb2021) => vec![Target::Fees],
            (Row::OtherServices | Row::Procurement, Template::Gb2021) => Vec::new(),
            // 本年新制作数量 | 本年新公开数量 | 对外公开总数量: only the first is kept.
            (Row::Docs(kind), Template::Gb2019) => vec![
                Target::Count(CountCell::Doc(kind, DocColumn::Issued)),
                Target::Ignored,
                Target::Ignored,
            ],
            // 上一年项目数量 | 本年增/减 | 处理决定数量.
            (Row::Decision(kind), Template::Gb2019) => vec![
                Target::Ignored,
                Target::Ignored,
                Target::Count(CountCell::Decision(kind)),
            ],
            (Row::OtherServices, Template::Gb2019) => vec![Target::Ignored; 3],
            // 上一年项目数量 | 本年增/减; 采购项目数量 | 采购总金额.
            (Row::Fees | Row::Procurement, Template::Gb2019) => vec![Target::Ignored; 2],
        }
    }

    fn path(self) -> String {
        match self {
            Row::Docs(kind) => format!("proactive.{}", kind.key()),
            Row::Decision(kind) => format!("proactive.{}", kind.key()),
            Row::OtherServices | Row::Fees | Row::Procurement => "proactive.fees".to_owned(),
        }
    }

    fn name(self, template: Template) -> String {
        match self {
            Row::Docs(kind) => say::doc_row(kind, template),
            Row::Decision(kind) => say::decision_row(kind),
            Row::Fees => say::fees_row(),
            Row::OtherServices | Row::Procurement => format!("表二 {}", self.label()),
        }
    }

    /// Whether the report keeps any of the row's values in `template`.
    fn kept(self, template: Template) -> bool {
        self.targets(template).iter().any(|t| *t != Target::Ignored)
    }
}

const ROWS: [Row; 8] = [
    Row::Docs(DocKind::Regulations),
    Row::Docs(DocKind::NormativeDocuments),
    Row::Decision(DecisionKind::Licensing),
    Row::OtherServices,
    Row::Decision(DecisionKind::Punishment),
    Row::Decision(DecisionKind::Coercion),
    Row::Fees,
    Row::Procurement,
];

/// What reading 表二 came to.
pub(super) struct ProactiveRead {
    pub outcome: Outcome,
    pub template: Template,
    /// Whether it showed words only the current format has (本年制发件数, 本年收费金额).
    pub is_current: bool,
}

pub(super) fn read(
    stream: &Stream,
    owned: &dyn Fn(usize) -> bool,
    tables: &mut Tables,
    doubts: &mut Vec<Note>,
    missing: &mut Vec<Note>,
    ignored: &mut Vec<Note>,
) -> ProactiveRead {
    let labels = || {
        (0..stream.pieces.len())
            .filter(|&i| owned(i) && stream.pieces[i].is_label())
            .map(|i| &stream.pieces[i].folded)
    };
    let template = if labels().any(|l| is_gb2019_mark(l)) {
        Template::Gb2019
    } else {
        Template::Gb2021
    };
    let is_current = labels().any(|l| is_gb2021_mark(l));
    let rows: Vec<Row> = ROWS
        .into_iter()
        .filter(|row| !row.targets(template).is_empty())
        .collect();
    let specs: Vec<Spec> = rows
        .iter()
        .map(|row| Spec {
            words: row.words(),
            label: row.label(),
            weak: false,
            slots: row.targets(template).len(),
        })
        .collect();
    let columns = |piece: &Piece, spec: usize| {
        let place = piece.place?;
        head_columns(&stream.grids[place.grid], place.row, specs[spec].slots)
    };
    let matched = Walk {
        stream,
        owned,
        specs: &specs,
        groups: &[],
        columns: &columns,
        alias: &|_, _| None,
    }
    .run();
    let mut tally = Tally::default();
    for found in &matched {
        let row = rows[found.spec];
        if row.kept(template) {
            say::shortfall(doubts, &row.path(), &row.name(template), &found.read);
        }
        let targets = row.targets(template);
        store(
            stream,
            &found.read.slots,
            &targets,
            template,
            tables,
            doubts,
            &mut tally,
        );
        if row == Row::Procurement {
            ignored.push(Note::new(
                "表二 第二十条第（九）项（政府集中采购）是旧格式才有的内容，现行格式没有，未导入",
            ));
        }
    }
    if !matched.is_empty() {
        say::missing_rows(missing, &matched, rows.len(), |spec| {
            let row = rows[spec];
            row.kept(template).then(|| (row.path(), row.name(template)))
        });
    }
    let cells = rows
        .iter()
        .flat_map(|row| row.targets(template))
        .filter(|t| *t != Target::Ignored)
        .count();
    ProactiveRead {
        outcome: Outcome::of(TableId::Proactive, &matched, cells, tally),
        template,
        is_current,
    }
}

/// The columns under each value head of the nearest head row above grid row `row`
/// (「信息内容 | 本年制发件数 | …」), when it has `slots` of them: each block of 表二 has its
/// own, and a single value's head spans the three columns its value may be typed in.
fn head_columns(grid: &Grid, row: usize, slots: usize) -> Option<ValueColumns> {
    let heads = || {
        grid.cells
            .iter()
            .filter(move |c| c.row < row && is_proactive_column(&c.head))
    };
    let head_row = heads().map(|c| c.row).max()?;
    let mut columns: ValueColumns = heads()
        .filter(|c| c.row == head_row)
        .map(|c| c.column..c.column + c.colspan)
        .collect();
    columns.sort_unstable_by_key(|range| range.start);
    (columns.len() == slots).then_some(columns)
}
