//! 表三 收到和处理政府信息公开申请情况: 25 rows × 7 columns. Rows are told by their words; the
//! columns of a grid by the header cells 自然人 … 总计. The 2019 format printed （六）其他处理 as
//! one row of numbers: it is kept in （六）3.其他, where the conversion expects it.

use super::fold::is_ideograph;
use super::row::ValueColumns;
use super::rows::Walk;
use super::say;
use super::spec::Spec;
use super::store::{store, Tables, Tally, Target};
use super::stream::{Layout, Piece, Stream};
use super::Outcome;
use crate::import::notes::Note;
use crate::layout::{Applicant, RequestRow, TableId, Template};
use crate::model::CountCell;

/// The group labels fused to item labels in copies (「三、本年度办理结果/（三）不予公开/1.…」).
const GROUPS: [&str; 5] = [
    "本年度办理结果",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
];

/// The words that tell each row from every other row of 表三. Two per row where a PDF line may
/// break one of them.
fn words(row: RequestRow) -> &'static [&'static str] {
    use RequestRow::*;
    match row {
        Received => &["本年新收", "新收政府信息公开申请"],
        CarriedOver => &["上年结转"],
        Granted => &["予以公开"],
        PartlyGranted => &["部分公开"],
        RefusedStateSecret => &["国家秘密"],
        RefusedLawProhibited => &["禁止公开", "法律行政法规"],
        RefusedSecurityStability => &["三安全", "一稳定"],
        RefusedThirdParty => &["第三方"],
        RefusedInternalAffairs => &["内部事务"],
        RefusedProcessInfo => &["过程性"],
        RefusedEnforcementFile => &["执法案卷"],
        RefusedQueryMatter => &["查询事项"],
        UnavailableNotHeld => &["不掌握"],
        UnavailableNeedsCreation => &["另行制作", "没有现成"],
        UnavailableUnclear => &["仍不明确", "补正后申请"],
        UnhandledComplaint => &["信访", "举报投诉"],
        UnhandledDuplicate => &["重复申请"],
        UnhandledPublication => &["出版物"],
        UnhandledExcessive => &["大量反复"],
        UnhandledConfirmation => &["重新出具", "确认或"],
        OtherNoCorrection => &["逾期不补正", "不补正"],
        OtherUnpaidFee => &["缴纳费用", "收费通知"],
        OtherMisc => &["其他"],
        ClosedTotal => &["总计"],
        CarriedForward => &["结转下年"],
    }
}

fn rows(template: Template) -> Vec<RequestRow> {
    RequestRow::ALL
        .into_iter()
        .filter(|row| template == Template::Gb2021 || row.in_gb2019())
        .collect()
}

fn spec(row: RequestRow) -> Spec {
    Spec {
        words: words(row),
        label: row.label(),
        weak: matches!(row, RequestRow::OtherMisc | RequestRow::ClosedTotal),
        slots: Applicant::ALL.len(),
    }
}

/// What reading 表三 came to, beyond the values stored.
pub(super) struct RequestsRead {
    pub outcome: Outcome,
    /// Its （六）其他处理 was one row of numbers, as in the 2019 format.
    pub single_other_handling: bool,
}

/// Reads 表三 from the pieces `owned` by it. `template` is what 表二 said (Gb2021 when it said
/// nothing); `proactive_is_current` whether 表二 showed words only the current format has.
pub(super) fn read(
    stream: &Stream,
    owned: &dyn Fn(usize) -> bool,
    template: Template,
    proactive_is_current: bool,
    tables: &mut Tables,
    notes: &mut Vec<Note>,
    missing: &mut Vec<Note>,
) -> RequestsRead {
    let rows = rows(template);
    let specs: Vec<Spec> = rows.iter().map(|&row| spec(row)).collect();
    let other = rows.iter().position(|&r| r == RequestRow::OtherMisc);
    let columns = |piece: &Piece, _spec: usize| {
        piece
            .place
            .and_then(|place| applicant_columns(&stream.grids[place.grid]))
    };
    let alias =
        |at: usize, core: &str| other.filter(|_| is_single_other_handling(stream, at, core));
    let matched = Walk {
        stream,
        owned,
        specs: &specs,
        groups: &GROUPS,
        columns: &columns,
        alias: &alias,
    }
    .run();
    let single_other_handling = matched.iter().any(|m| {
        rows[m.spec] == RequestRow::OtherMisc
            && is_single_other_handling(stream, m.label, &stream.pieces[m.label].folded)
    });
    // The 2019 format is what a single （六） row means — unless 表二 was in the current one.
    let template = if single_other_handling && !proactive_is_current {
        Template::Gb2019
    } else {
        template
    };
    let mut tally = Tally::default();
    for found in &matched {
        let row = rows[found.spec];
        say::shortfall(notes, &row_path(row), &say::request_row(row), &found.read);
        let targets: Vec<Target> = Applicant::ALL
            .map(|column| Target::Count(CountCell::Request(row, column)))
            .to_vec();
        store(
            stream,
            &found.read.slots,
            &targets,
            template,
            tables,
            notes,
            &mut tally,
        );
    }
    if single_other_handling && template == Template::Gb2021 {
        notes.push(Note::at(
            row_path(RequestRow::OtherMisc),
            "表三（六）其他处理只有一行数字（旧格式的写法），已记在（六）3.其他；（六）1、2 已留空，请补填",
        ));
    }
    if !matched.is_empty() {
        say::missing_rows(missing, &matched, rows.len(), |spec| {
            let row = rows[spec];
            let absent = single_other_handling
                && matches!(
                    row,
                    RequestRow::OtherNoCorrection | RequestRow::OtherUnpaidFee
                );
            (!absent).then(|| (row_path(row), say::request_row(row)))
        });
    }
    let cells = rows.len() * Applicant::ALL.len();
    RequestsRead {
        outcome: Outcome::of(TableId::Requests, &matched, cells, tally),
        single_other_handling,
    }
}

fn row_path(row: RequestRow) -> String {
    format!("requests.{}", row.key())
}

/// The grid columns under 自然人 … 总计, from the header cells above the first number.
fn applicant_columns(grid: &super::grid::Grid) -> Option<ValueColumns> {
    let mut columns = Vec::with_capacity(Applicant::ALL.len());
    for applicant in Applicant::ALL {
        let cell = grid
            .header_cells()
            .find(|cell| cell.head == applicant.label())?;
        columns.push(cell.column..cell.column + cell.colspan);
    }
    let in_order = columns.windows(2).all(|w| w[0].end <= w[1].start);
    in_order.then_some(columns)
}

/// Whether the label at `at` is （六）其他处理 standing alone with numbers right after it, as
/// the 2019 format printed it (in the current format its items follow it instead).
fn is_single_other_handling(stream: &Stream, at: usize, core: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let piece = &stream.pieces[at];
    let rest = super::spec::without_groups(core, &GROUPS);
    let words_left = rest
        .chars()
        .any(|c| is_ideograph(c) && !NUMERALS.contains(c));
    let Some(next) = stream.pieces.get(at + 1) else {
        return false;
    };
    let same_row = matches!(piece.layout, Layout::Line | Layout::Stream) || next.row == piece.row;
    piece.folded.contains("其他处理") && !words_left && next.value && same_row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_words_and_no_other_row_of_the_table_holds_them() {
        for row in RequestRow::ALL {
            let label = crate::import::recognise::tables::fold::fold(row.label());
            assert!(spec(row).matches(&label), "{row:?}");
            for other in RequestRow::ALL
                .into_iter()
                .filter(|&o| o != row && !spec(o).weak)
            {
                assert!(
                    !spec(other).matches(&label),
                    "{other:?} matches {row:?}'s label"
                );
            }
        }
    }
}
