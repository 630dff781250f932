//! The tables as grids of cells, the way a spreadsheet user sees them: for arrow keys, Enter, and
//! pasting a block copied from Excel or WPS. Positions follow the printed layout.

use nianbao::layout::{
    AppealColumn, AppealGroup, Applicant, DecisionKind, DocColumn, DocKind, RequestRow,
};
use nianbao::{CountCell, Template};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Proactive,
    Requests,
    Appeals,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

/// The rows of table 3 a report of `template` shows (the 2019 format lacks two of （六）'s).
fn request_rows(template: Template) -> impl Iterator<Item = RequestRow> {
    RequestRow::ALL
        .into_iter()
        .filter(move |&row| CountCell::Request(row, Applicant::Total).in_template(template))
}

/// Table, row and column of a cell, as the table of a `template` report shows it.
pub fn position(cell: CountCell, template: Template) -> (Table, usize, usize) {
    match cell {
        CountCell::Doc(kind, column) => (Table::Proactive, kind as usize, column as usize),
        CountCell::Decision(kind) => (Table::Proactive, DocKind::ALL.len() + kind as usize, 0),
        CountCell::Request(row, column) => (
            Table::Requests,
            request_rows(template)
                .position(|r| r == row)
                .unwrap_or(row.index()),
            column.index(),
        ),
        CountCell::Appeal(group, column) => (
            Table::Appeals,
            0,
            group.index() * AppealColumn::ALL.len() + column.index(),
        ),
    }
}

/// The cell at a position, if the table of a `template` report has one there.
pub fn cell_at(table: Table, row: usize, column: usize, template: Template) -> Option<CountCell> {
    match table {
        Table::Proactive if row < DocKind::ALL.len() => Some(CountCell::Doc(
            DocKind::ALL[row],
            *DocColumn::ALL.get(column)?,
        )),
        Table::Proactive => {
            let kind = *DecisionKind::ALL.get(row - DocKind::ALL.len())?;
            (column == 0).then_some(CountCell::Decision(kind))
        }
        Table::Requests => Some(CountCell::Request(
            request_rows(template).nth(row)?,
            *Applicant::ALL.get(column)?,
        )),
        Table::Appeals if row == 0 => {
            let width = AppealColumn::ALL.len();
            Some(CountCell::Appeal(
                *AppealGroup::ALL.get(column / width)?,
                AppealColumn::ALL[column % width],
            ))
        }
        Table::Appeals => None,
    }
}

/// Where an arrow key (or Enter, which is Down) goes from `cell`.
pub fn neighbour(cell: CountCell, direction: Direction, template: Template) -> Option<CountCell> {
    let (table, row, column) = position(cell, template);
    let at = |row, column| cell_at(table, row, column, template);
    match direction {
        Direction::Up => {
            let row = row.checked_sub(1)?;
            // Moving up from a one-column row into a wider one keeps the column it can.
            at(row, column).or_else(|| at(row, 0))
        }
        Direction::Down => at(row + 1, column).or_else(|| at(row + 1, 0)),
        Direction::Left => at(row, column.checked_sub(1)?),
        Direction::Right => at(row, column + 1),
    }
}

/// Splits text copied from a spreadsheet into rows of cells (tab between cells, newline between
/// rows; a trailing newline, which Excel always adds, is not a row).
pub fn split_block(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    text.split('\n')
        .map(|line| {
            line.strip_suffix('\r')
                .unwrap_or(line)
                .split('\t')
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// Whether pasted text is a block (several cells) rather than one value.
pub fn is_block(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['\n', '\r']);
    trimmed.contains('\t') || trimmed.contains('\n')
}

/// The cells a block lands on from `origin`, row by row, or the size it would need when it does
/// not fit in the table.
pub fn block_targets(
    origin: CountCell,
    block: &[Vec<String>],
    template: Template,
) -> Result<Vec<(CountCell, String)>, BlockDoesNotFit> {
    let (table, row0, column0) = position(origin, template);
    let mut targets = Vec::new();
    for (i, values) in block.iter().enumerate() {
        for (j, value) in values.iter().enumerate() {
            match cell_at(table, row0 + i, column0 + j, template) {
                Some(cell) => targets.push((cell, value.clone())),
                None => {
                    return Err(BlockDoesNotFit {
                        rows: block.len(),
                        columns: block.iter().map(Vec::len).max().unwrap_or(0),
                    })
                }
            }
        }
    }
    Ok(targets)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockDoesNotFit {
    pub rows: usize,
    pub columns: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Template = Template::Gb2021;

    #[test]
    fn positions_round_trip_for_every_cell() {
        for template in [Template::Gb2021, Template::Gb2019] {
            for cell in CountCell::all().filter(|c| c.in_template(template)) {
                let (table, row, column) = position(cell, template);
                assert_eq!(
                    cell_at(table, row, column, template),
                    Some(cell),
                    "{cell:?}"
                );
            }
        }
    }

    #[test]
    fn the_2019_layout_skips_the_rows_it_lacks() {
        let last_unhandled =
            CountCell::Request(RequestRow::UnhandledConfirmation, Applicant::NaturalPerson);
        assert_eq!(
            neighbour(last_unhandled, Direction::Down, Template::Gb2019),
            Some(CountCell::Request(
                RequestRow::OtherMisc,
                Applicant::NaturalPerson
            ))
        );
        assert_eq!(
            neighbour(last_unhandled, Direction::Down, Template::Gb2021),
            Some(CountCell::Request(
                RequestRow::OtherNoCorrection,
                Applicant::NaturalPerson
            ))
        );
        let block = split_block("1\n2");
        let targets = block_targets(last_unhandled, &block, Template::Gb2019).unwrap();
        assert_eq!(
            targets[1].0,
            CountCell::Request(RequestRow::OtherMisc, Applicant::NaturalPerson)
        );
    }

    #[test]
    fn arrows_move_like_a_spreadsheet() {
        let received = CountCell::Request(RequestRow::Received, Applicant::NaturalPerson);
        let carried = CountCell::Request(RequestRow::CarriedOver, Applicant::NaturalPerson);
        assert_eq!(neighbour(received, Direction::Down, T), Some(carried));
        assert_eq!(neighbour(carried, Direction::Up, T), Some(received));
        assert_eq!(neighbour(received, Direction::Up, T), None);
        assert_eq!(neighbour(received, Direction::Left, T), None);
        assert_eq!(
            neighbour(received, Direction::Right, T),
            Some(CountCell::Request(
                RequestRow::Received,
                Applicant::Commercial
            ))
        );
        let last = CountCell::Request(RequestRow::CarriedForward, Applicant::Total);
        assert_eq!(neighbour(last, Direction::Down, T), None);
        assert_eq!(neighbour(last, Direction::Right, T), None);
        // Table 4 is one row: the review total's right is the first litigation cell.
        let review_total = CountCell::Appeal(AppealGroup::Review, AppealColumn::Total);
        assert_eq!(
            neighbour(review_total, Direction::Right, T),
            Some(CountCell::Appeal(
                AppealGroup::LitigationDirect,
                AppealColumn::Upheld
            ))
        );
        // Table 2: from 行政规范性文件 现行有效件数 down to 行政许可.
        let in_force = CountCell::Doc(DocKind::NormativeDocuments, DocColumn::InForce);
        assert_eq!(
            neighbour(in_force, Direction::Down, T),
            Some(CountCell::Decision(DecisionKind::Licensing))
        );
    }

    #[test]
    fn blocks_from_excel_split_into_rows_and_cells() {
        assert_eq!(
            split_block("1\t2\r\n3\t4\r\n"),
            vec![vec!["1", "2"], vec!["3", "4"]]
        );
        assert!(is_block("1\t2"));
        assert!(is_block("1\n2\n"));
        assert!(!is_block("12\n"));
    }

    #[test]
    fn a_block_lands_from_the_origin_or_is_refused_whole() {
        let origin = CountCell::Request(RequestRow::Received, Applicant::NaturalPerson);
        let block = split_block("1\t2\n3\t4\n5\t6");
        let targets = block_targets(origin, &block, T).unwrap();
        assert_eq!(targets.len(), 6);
        assert_eq!(
            targets[5].0,
            CountCell::Request(RequestRow::Granted, Applicant::Commercial)
        );
        let corner = CountCell::Request(RequestRow::CarriedForward, Applicant::Total);
        assert_eq!(
            block_targets(corner, &block, T),
            Err(BlockDoesNotFit {
                rows: 3,
                columns: 2
            })
        );
    }
}
