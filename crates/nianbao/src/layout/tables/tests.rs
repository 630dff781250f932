use super::*;
use std::collections::HashSet;

fn every_table() -> impl Iterator<Item = PrintedTable> {
    [Template::Gb2021, Template::Gb2019]
        .into_iter()
        .flat_map(|t| TableId::ALL.map(|id| PrintedTable::new(id, t)))
}

#[test]
fn every_grid_is_the_width_of_the_text_block() {
    for table in every_table() {
        let total: u32 = table.columns.iter().map(|c| c.twips).sum();
        assert_eq!(
            total, TEXT_BLOCK_TWIPS,
            "{:?} {:?}",
            table.id, table.template
        );
    }
}

#[test]
fn the_spans_of_every_row_fill_the_grid_exactly() {
    for table in every_table() {
        let width = table.columns.len();
        for (i, row) in table.placed().iter().enumerate() {
            let mut next = 0;
            for placed in row {
                assert_eq!(
                    placed.column, next,
                    "{:?} row {i}: a gap or an overlap",
                    table.id
                );
                next += placed.cell.colspan;
            }
            assert_eq!(next, width, "{:?} {:?} row {i}", table.id, table.template);
        }
        // No rowspan runs past the last row.
        for (i, row) in table.rows.iter().enumerate() {
            for cell in row {
                assert!(
                    i + cell.rowspan <= table.rows.len(),
                    "{:?} row {i}",
                    table.id
                );
            }
        }
    }
}

#[test]
fn a_cell_spanning_rows_continues_in_each_row_it_covers() {
    let table = PrintedTable::new(TableId::Requests, Template::Gb2021);
    let grid = table.placed();
    // 三、本年度办理结果 starts on （一）予以公开 and covers the 22 outcome rows down to （七）总计.
    let outcome_rows: Vec<usize> = grid
        .iter()
        .enumerate()
        .filter(|(_, row)| row.iter().any(|p| p.cell.text() == TABLE3_OUTCOMES))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(outcome_rows.len(), 22);
    assert_eq!(outcome_rows.first(), Some(&5));
    let starts: Vec<bool> = outcome_rows
        .iter()
        .map(|&i| {
            grid[i]
                .iter()
                .find(|p| p.cell.text() == TABLE3_OUTCOMES)
                .unwrap()
                .starts
        })
        .collect();
    assert!(starts[0] && starts[1..].iter().all(|s| !s));
    // The corner covers three header rows and three columns; each row below it continues it once.
    assert!(grid[1][0].cell.role == CellRole::Corner && !grid[1][0].starts);
    assert_eq!(grid[2][0].cell.colspan, 3);
    assert_eq!(grid[2].len(), 1 + 5 + 2);
}

#[test]
fn every_count_cell_of_the_format_is_in_a_table_once() {
    for template in [Template::Gb2021, Template::Gb2019] {
        let mut seen = HashSet::new();
        let mut fees = 0;
        for id in TableId::ALL {
            for value in PrintedTable::new(id, template).values() {
                match value {
                    ValueCell::Count(cell) => assert!(seen.insert(cell), "{cell:?} twice"),
                    ValueCell::Fees => fees += 1,
                }
            }
        }
        // The 2019 表二 held only 本年新制作数量 of 第二十条第（一）项.
        let in_table = |c: &CountCell| {
            template == Template::Gb2021
                || !matches!(c, CountCell::Doc(_, column) if *column != DocColumn::Issued)
        };
        let expected: HashSet<CountCell> = CountCell::all()
            .filter(|c| c.in_template(template))
            .filter(in_table)
            .collect();
        assert_eq!(seen, expected, "{template:?}");
        assert_eq!(fees, usize::from(template == Template::Gb2021));
    }
}

/// The labels of the cells of `role`, in printed order.
fn labels(table: &PrintedTable, role: CellRole) -> Vec<String> {
    table
        .rows
        .iter()
        .flatten()
        .filter(|c| c.role == role)
        .map(TableCell::text)
        .collect()
}

#[test]
fn the_tables_read_as_the_official_ones() {
    let texts = |cells: &[TableCell]| cells.iter().map(TableCell::text).collect::<Vec<_>>();
    let table3 = PrintedTable::new(TableId::Requests, Template::Gb2021);
    assert_eq!(table3.rows.len(), 3 + 25);
    assert_eq!(table3.rows[0][0].text(), TABLE3_CORNER);
    assert_eq!(
        texts(&table3.rows[2]),
        [
            "商业企业",
            "科研机构",
            "社会公益组织",
            "法律服务机构",
            "其他"
        ]
    );
    assert_eq!(
        labels(&table3, CellRole::GroupHead),
        [
            TABLE3_OUTCOMES,
            "（三）不予公开",
            "（四）无法提供",
            "（五）不予处理",
            "（六）其他处理"
        ]
    );

    let table4 = PrintedTable::new(TableId::Appeals, Template::Gb2021);
    assert_eq!(texts(&table4.rows[0]), [TABLE4_REVIEW, TABLE4_LITIGATION]);
    assert_eq!(texts(&table4.rows[1]), ["未经复议直接起诉", "复议后起诉"]);
    assert_eq!(table4.rows[2].len(), 15);
    assert_eq!(table4.rows[3].len(), 15);
    assert_eq!(table4.head_rows, 3);

    let table2 = PrintedTable::new(TableId::Proactive, Template::Gb2021);
    assert_eq!(
        labels(&table2, CellRole::Caption),
        [TABLE2_ITEM_1, TABLE2_ITEM_5, TABLE2_ITEM_6, TABLE2_ITEM_8]
    );
    assert_eq!(
        texts(&table2.rows[1]),
        [
            TABLE2_CONTENT,
            "本年制发件数",
            "本年废止件数",
            "现行有效件数"
        ]
    );
    assert_eq!(
        TableId::Requests.caption(),
        "表三 收到和处理政府信息公开申请情况"
    );
}

#[test]
fn the_2019_table_three_has_one_row_for_other_handling() {
    let table = PrintedTable::new(TableId::Requests, Template::Gb2019);
    assert_eq!(table.rows.len(), 3 + 23);
    let labels: Vec<String> = table.rows.iter().flatten().map(TableCell::text).collect();
    assert!(labels.contains(&"（六）其他处理".to_owned()));
    assert!(!labels.iter().any(|l| l.starts_with("1.申请人无正当理由")));
}
