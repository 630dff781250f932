//! Grid tables as a .docx or a page gives them, built by hand: the official layout, then the
//! ways real files depart from it.

use super::support::{
    differences, differences_in, html_table, lines, numbered, printed, printed_document, run,
};
use crate::import::document::{Block, Cell, Document, Table};
use crate::layout::{AppealColumn, AppealGroup, Applicant, RequestRow, TableId, Template};
use crate::model::{CountCell, Report};

fn paths(notes: &[crate::import::notes::Note]) -> Vec<&str> {
    notes.iter().filter_map(|n| n.path.as_deref()).collect()
}

/// Every label cell of `table` rewritten by `edit` (values left alone).
fn relabel(mut table: Table, edit: impl Fn(&str) -> String) -> Table {
    for cell in &mut table.cells {
        if cell.text.chars().any(|c| c > '\u{2e80}') {
            cell.text = edit(&cell.text);
        }
    }
    table
}

fn set_value(table: &mut Table, old: &str, new: &str) {
    let cell = table.cells.iter_mut().find(|c| c.text == old).unwrap();
    cell.text = new.to_owned();
}

#[test]
fn the_official_grids_give_every_cell_in_its_place() {
    let report = numbered();
    let (read, notes) = run(&printed_document(&report));
    assert_eq!(
        differences(&read, &report),
        Vec::<String>::new(),
        "{}",
        lines(&notes)
    );
    assert_eq!(read.found, 3);
    assert_eq!(read.template, Template::Gb2021);
    assert!(
        notes.doubts.is_empty() && notes.missing.is_empty(),
        "{}",
        lines(&notes)
    );
    assert!(read.consumed.iter().filter(|&&c| c).count() == 3);
}

#[test]
fn labels_with_spaces_other_numbering_or_none_are_found_by_their_words() {
    let report = numbered();
    let spaced = |text: &str| text.chars().map(|c| format!("{c} ")).collect::<String>();
    let renumbered = |text: &str| {
        text.replace("（三）", "3、")
            .replace("（一）", "")
            .replace("1.", "①")
            .replace("2.", "")
            .replace("一、", "1、")
            .replace(['“', '”'], "\"")
    };
    for edit in [&spaced as &dyn Fn(&str) -> String, &renumbered] {
        let blocks = TableId::ALL
            .map(|id| Block::Table(relabel(printed(id, &report), edit)))
            .to_vec();
        let (read, notes) = run(&Document { blocks });
        assert_eq!(
            differences(&read, &report),
            Vec::<String>::new(),
            "{}",
            lines(&notes)
        );
    }
}

#[test]
fn a_value_merged_over_rows_fills_them_when_zero_and_is_said_when_not() {
    let mut report = numbered();
    let items = [
        RequestRow::OtherNoCorrection,
        RequestRow::OtherUnpaidFee,
        RequestRow::OtherMisc,
    ];
    // As the 市场监督管理局_2023 page prints it: each column of （六）1–3 one cell over 3 rows.
    let merged = |report: &Report, value: &str| {
        let mut table = printed(TableId::Requests, report);
        let first = 3 + RequestRow::OtherNoCorrection.index();
        table
            .cells
            .retain(|c| !(c.row > first && c.row < first + 3 && c.column >= 3));
        for cell in table
            .cells
            .iter_mut()
            .filter(|c| c.row == first && c.column >= 3)
        {
            cell.rowspan = 3;
            cell.text = value.to_owned();
        }
        Document {
            blocks: vec![Block::Table(table)],
        }
    };
    let (read, notes) = run(&merged(&report, "0"));
    for row in items {
        for column in Applicant::ALL {
            report.requests.set(row, column, Some(0));
        }
    }
    assert_eq!(
        differences_in(&read, &report, TableId::Requests),
        Vec::<String>::new(),
        "{}",
        lines(&notes)
    );
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));

    let (read, notes) = run(&merged(&report, "5"));
    for column in Applicant::ALL {
        report.requests.set(items[0], column, Some(5));
        report.requests.set(items[1], column, None);
        report.requests.set(items[2], column, None);
    }
    assert_eq!(
        differences_in(&read, &report, TableId::Requests),
        Vec::<String>::new(),
        "{}",
        lines(&notes)
    );
    assert_eq!(notes.doubts.len(), 14, "{}", lines(&notes));
    assert_eq!(
        notes.doubts[0].path.as_deref(),
        Some("requests.other_unpaid_fee.natural_person")
    );
    assert!(
        notes.doubts[0].message.contains("（5）"),
        "{}",
        lines(&notes)
    );
    assert_eq!(paths(&notes.missing), ["proactive", "appeals"]);
}

#[test]
fn blank_zero_and_dashes_stay_apart() {
    let mut report = numbered();
    let mut table = printed(TableId::Requests, &report);
    let cells = [
        (RequestRow::Granted, "0", Some(0)),
        (RequestRow::PartlyGranted, "", None),
        (RequestRow::RefusedStateSecret, "-", None),
        (RequestRow::RefusedLawProhibited, "/", None),
        (RequestRow::RefusedSecurityStability, "—", None),
        (RequestRow::RefusedThirdParty, "无", None),
        (RequestRow::RefusedInternalAffairs, "\u{a0}0\u{a0}", Some(0)),
        (RequestRow::RefusedProcessInfo, "１２", Some(12)),
        (RequestRow::RefusedEnforcementFile, "3件", Some(3)),
        (RequestRow::RefusedQueryMatter, "1,234", Some(1234)),
    ];
    for (row, text, value) in cells {
        let cell = CountCell::Request(row, Applicant::Research);
        set_value(&mut table, &report.count(cell).unwrap().to_string(), text);
        report.set_count(cell, value);
    }
    let (read, notes) = run(&Document {
        blocks: vec![Block::Table(table)],
    });
    let diff = differences_in(&read, &report, TableId::Requests);
    assert_eq!(diff, Vec::<String>::new(), "{}", lines(&notes));
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));
    let found = &notes.found[0].message;
    assert!(found.contains("另有 4 个格写的是"), "{found}");
}

#[test]
fn units_and_full_width_digits_are_read_and_the_fee_kept_exact() {
    let mut report = numbered();
    let mut table = printed(TableId::Proactive, &report);
    set_value(&mut table, "1", "１件");
    set_value(&mut table, "24252.311082", "0.00万元");
    report.proactive.fees = crate::model::Amount::parse("0.00");
    let (read, notes) = run(&Document {
        blocks: vec![Block::Table(table)],
    });
    let diff = differences_in(&read, &report, TableId::Proactive);
    assert_eq!(diff, Vec::<String>::new(), "{}", lines(&notes));
    assert_eq!(read.proactive.fees.unwrap().to_string(), "0.00");
}

#[test]
fn a_table_three_with_the_organisation_columns_left_blank_keeps_its_rows() {
    let mut report = numbered();
    for row in RequestRow::ALL {
        for column in Applicant::PARTS.into_iter().filter(|c| c.is_organisation()) {
            report.requests.set(row, column, None);
        }
    }
    let (read, notes) = run(&printed_document(&report));
    assert_eq!(
        differences(&read, &report),
        Vec::<String>::new(),
        "{}",
        lines(&notes)
    );
    assert!(
        notes.doubts.is_empty() && notes.missing.is_empty(),
        "{}",
        lines(&notes)
    );
    assert_eq!(
        read.requests
            .get(RequestRow::UnhandledExcessive, Applicant::NaturalPerson),
        report
            .requests
            .get(RequestRow::UnhandledExcessive, Applicant::NaturalPerson)
    );
}

#[test]
fn a_table_two_in_four_small_tables_is_one_table() {
    let report = numbered();
    let whole = printed(TableId::Proactive, &report);
    // Its four blocks start at rows 0, 4, 7, 11 (caption, head, rows).
    let starts = [0, 4, 7, 11, usize::MAX];
    let blocks = starts
        .windows(2)
        .map(|w| {
            let cells = whole
                .cells
                .iter()
                .filter(|c| c.row >= w[0] && c.row < w[1])
                .map(|c| Cell {
                    row: c.row - w[0],
                    ..c.clone()
                })
                .collect();
            Block::Table(Table { cells })
        })
        .collect();
    let (read, notes) = run(&Document { blocks });
    assert_eq!(read.proactive, report.proactive, "{}", lines(&notes));
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));
}

#[test]
fn a_table_split_by_a_page_break_with_its_header_repeated_is_one_table() {
    let report = numbered();
    let whole = printed(TableId::Requests, &report);
    let header: Vec<Cell> = whole.cells.iter().filter(|c| c.row < 3).cloned().collect();
    let split = 3 + RequestRow::UnhandledDuplicate.index();
    let first = whole
        .cells
        .iter()
        .filter(|c| c.row < split)
        .cloned()
        .map(|mut c| {
            // Word ends the merged 三、本年度办理结果 and （五） cells at the page break.
            c.rowspan = c.rowspan.min(split - c.row);
            c
        });
    let second = whole.cells.iter().filter(|c| c.row >= split).map(|c| Cell {
        row: c.row - split + 3,
        ..c.clone()
    });
    let blocks = vec![
        Block::Table(Table {
            cells: first.collect(),
        }),
        Block::Paragraph("— 5 —".into()),
        Block::Table(Table {
            cells: header.into_iter().chain(second).collect(),
        }),
    ];
    let (read, notes) = run(&Document { blocks });
    assert_eq!(read.requests, report.requests, "{}", lines(&notes));
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));
    assert!(read.consumed.iter().all(|&c| c), "{:?}", read.consumed);
}

#[test]
fn a_pages_metadata_table_is_left_out_and_said() {
    let report = numbered();
    let metadata = html_table(&[
        vec![("索引号", 1, 1), ("FJ00101-0200-2022-00001", 1, 1)],
        vec![("发布机构", 1, 1), ("平潭综合实验区管委会办公室", 1, 1)],
        vec![("生成日期", 1, 1), ("2023-02-20", 1, 1)],
    ]);
    let mut document = printed_document(&report);
    document.blocks.insert(0, Block::Table(metadata));
    let (read, notes) = run(&document);
    assert_eq!(
        differences(&read, &report),
        Vec::<String>::new(),
        "{}",
        lines(&notes)
    );
    assert!(!read.consumed[0]);
    assert_eq!(notes.ignored.len(), 1, "{}", lines(&notes));
    assert!(
        notes.ignored[0].message.contains("1 个表格"),
        "{}",
        lines(&notes)
    );
}

/// An HTML row with one `<td>` left out: its cells slide left, so which one is missing cannot
/// be known — the whole row is blank and said, whichever cell it was.
#[test]
fn a_grid_row_short_of_a_cell_is_left_blank_whole() {
    let report = numbered();
    for (row, applicant) in [
        (RequestRow::CarriedForward, Applicant::Total),
        (RequestRow::RefusedInternalAffairs, Applicant::NaturalPerson),
        (RequestRow::UnhandledDuplicate, Applicant::Commercial),
    ] {
        let mut rows = html_rows(&report);
        let at = 3 + row.index();
        let label_cells = rows[at].iter().filter(|(_, text)| !is_number(text)).count();
        rows[at].remove(label_cells + applicant as usize);
        let (read, notes) = run(&Document {
            blocks: vec![Block::Table(html_from_rows(&rows))],
        });
        let mut expected = report.clone();
        for column in Applicant::ALL {
            expected.requests.set(row, column, None);
        }
        let diff = differences_in(&read, &expected, TableId::Requests);
        assert_eq!(diff, Vec::<String>::new(), "{row:?}: {}", lines(&notes));
        let path = format!("requests.{}", row.key());
        assert_eq!(paths(&notes.doubts), [path.as_str()], "{}", lines(&notes));
        assert!(
            notes.doubts[0].message.contains("整行已留空"),
            "{}",
            lines(&notes)
        );
    }
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}

/// 表三 as HTML writes it: per row, its cells left to right as (spans, text).
fn html_rows(report: &Report) -> Vec<Vec<((usize, usize), String)>> {
    let table = printed(TableId::Requests, report);
    let mut rows = vec![Vec::new(); table.row_count()];
    let mut cells = table.cells.clone();
    cells.sort_by_key(|c| (c.row, c.column));
    for cell in cells {
        rows[cell.row].push(((cell.rowspan, cell.colspan), cell.text));
    }
    rows
}

fn html_from_rows(rows: &[Vec<((usize, usize), String)>]) -> Table {
    let rows: Vec<Vec<(&str, usize, usize)>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|((rowspan, colspan), text)| (text.as_str(), *rowspan, *colspan))
                .collect()
        })
        .collect();
    html_table(&rows)
}

/// 表三 split into two HTML tables after `split` rows, the second without the label cells
/// merged over rows that began in the first (as a page cut out of a long table is), with or
/// without a header of its own.
fn split_requests(report: &Report, split: usize, header: bool) -> Document {
    let rows = html_rows(report);
    let mut first: Vec<_> = rows[..split].to_vec();
    for (at, row) in first.iter_mut().enumerate() {
        for ((rowspan, _), _) in row.iter_mut() {
            *rowspan = (*rowspan).min(split - at);
        }
    }
    let mut second: Vec<_> = if header {
        rows[..3].to_vec()
    } else {
        Vec::new()
    };
    second.extend(rows[split..].iter().cloned());
    Document {
        blocks: vec![
            Block::Paragraph("三、收到和处理政府信息公开申请情况".into()),
            Block::Table(html_from_rows(&first)),
            Block::Paragraph("（续表）".into()),
            Block::Table(html_from_rows(&second)),
        ],
    }
}

/// A table continued without its merged label cells has other label columns than the first:
/// its values are found from its own rows, never at the first table's columns.
#[test]
fn a_table_split_without_its_merged_label_cells_never_shifts_a_value() {
    let report = numbered();
    for split in [5, 8, 11, 14, 20, 24, 26] {
        let (read, notes) = run(&split_requests(&report, split, false));
        let diff = differences_in(&read, &report, TableId::Requests);
        assert_eq!(
            diff,
            Vec::<String>::new(),
            "split at {split}: {}",
            lines(&notes)
        );
        assert!(
            notes.doubts.is_empty(),
            "split at {split}: {}",
            lines(&notes)
        );
    }
    // With the first table's header repeated over rows that lack its label columns, the
    // header's columns do not fit the rows: every such row is blank and said, none shifted.
    for split in [8, 14, 20] {
        let (read, notes) = run(&split_requests(&report, split, true));
        let doubted = paths(&notes.doubts);
        for row in RequestRow::ALL {
            let path = format!("requests.{}", row.key());
            for column in Applicant::ALL {
                let got = read.requests.get(row, column);
                let want = report.requests.get(row, column);
                assert!(
                    got == want || (got.is_none() && doubted.contains(&path.as_str())),
                    "split at {split}, {row:?} {column:?}: {got:?} ≠ {want:?}\n{}",
                    lines(&notes)
                );
            }
        }
    }
}

#[test]
fn table_four_is_read_by_its_head_words_wherever_they_stand() {
    let heads = ["结果纠正", "结果维持", "其他结果", "尚未审结", "总计"];
    let mut rows = vec![
        vec![("行政复议", 2, 5), ("行政诉讼", 1, 10)],
        vec![("复议后起诉", 1, 5), ("未经复议直接起诉", 1, 5)],
        Vec::new(),
        Vec::new(),
    ];
    let numbers: Vec<String> = (1..=15).map(|n| n.to_string()).collect();
    for _group in AppealGroup::ALL {
        rows[2].extend(heads.map(|h| (h, 1, 1)));
    }
    rows[3] = numbers.iter().map(|n| (n.as_str(), 1, 1)).collect();
    let (read, notes) = run(&Document {
        blocks: vec![Block::Table(html_table(&rows))],
    });
    let at = |group, column| read.appeals.get(group, column);
    assert_eq!(at(AppealGroup::Review, AppealColumn::Corrected), Some(1));
    assert_eq!(at(AppealGroup::Review, AppealColumn::Upheld), Some(2));
    assert_eq!(
        at(AppealGroup::LitigationAfterReview, AppealColumn::Corrected),
        Some(6)
    );
    assert_eq!(
        at(AppealGroup::LitigationDirect, AppealColumn::Total),
        Some(15)
    );
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));
}

#[test]
fn a_2019_format_report_fills_the_slots_its_conversion_expects() {
    let caption = |text| vec![(text, 1, 4)];
    let old_proactive = html_table(&[
        caption("第二十条第（一）项"),
        vec![
            ("信息内容", 1, 1),
            ("本年新制作数量", 1, 1),
            ("本年新公开数量", 1, 1),
            ("对外公开总数量", 1, 1),
        ],
        vec![("规章", 1, 1), ("1", 1, 1), ("2", 1, 1), ("3", 1, 1)],
        vec![("规范性文件", 1, 1), ("4", 1, 1), ("5", 1, 1), ("6", 1, 1)],
        caption("第二十条第（五）项"),
        vec![
            ("信息内容", 1, 1),
            ("上一年项目数量", 1, 1),
            ("本年增/减", 1, 1),
            ("处理决定数量", 1, 1),
        ],
        vec![("行政许可", 1, 1), ("40", 1, 1), ("-3", 1, 1), ("7", 1, 1)],
        vec![
            ("其他对外管理服务事项", 1, 1),
            ("10", 1, 1),
            ("0", 1, 1),
            ("99", 1, 1),
        ],
        caption("第二十条第（六）项"),
        vec![
            ("信息内容", 1, 1),
            ("上一年项目数量", 1, 1),
            ("本年增/减", 1, 1),
            ("处理决定数量", 1, 1),
        ],
        vec![("行政处罚", 1, 1), ("26", 1, 1), ("48", 1, 1), ("8", 1, 1)],
        vec![("行政强制", 1, 1), ("12", 1, 1), ("6", 1, 1), ("9", 1, 1)],
        caption("第二十条第（八）项"),
        vec![
            ("信息内容", 1, 1),
            ("上一年项目数量", 1, 1),
            ("本年增/减", 2, 1),
        ],
        vec![("行政事业性收费", 1, 1), ("35", 1, 1), ("-15", 1, 1)],
        caption("第二十条第（九）项"),
        vec![
            ("信息内容", 1, 1),
            ("采购项目数量", 1, 1),
            ("采购总金额", 2, 1),
        ],
        vec![("政府集中采购", 1, 1), ("395", 1, 1), ("2895.90", 1, 1)],
    ]);
    let mut report = numbered();
    report.template = Template::Gb2019;
    for row in [RequestRow::OtherNoCorrection, RequestRow::OtherUnpaidFee] {
        for column in Applicant::ALL {
            report.requests.set(row, column, None);
        }
    }
    let document = Document {
        blocks: vec![
            Block::Table(old_proactive),
            Block::Table(printed(TableId::Requests, &report)),
            Block::Table(printed(TableId::Appeals, &report)),
        ],
    };
    let (read, notes) = run(&document);
    assert_eq!(read.template, Template::Gb2019, "{}", lines(&notes));
    let proactive = &read.proactive;
    assert_eq!(proactive.regulations.issued, Some(1));
    assert_eq!(proactive.normative_documents.issued, Some(4));
    assert_eq!(
        (
            proactive.regulations.repealed,
            proactive.regulations.in_force
        ),
        (None, None)
    );
    assert_eq!(
        (
            proactive.licensing,
            proactive.punishment,
            proactive.coercion
        ),
        (Some(7), Some(8), Some(9))
    );
    assert_eq!(proactive.fees, None);
    assert_eq!(
        differences_in(&read, &report, TableId::Requests),
        Vec::<String>::new()
    );
    assert_eq!(
        differences_in(&read, &report, TableId::Appeals),
        Vec::<String>::new()
    );
    assert!(
        notes.doubts.is_empty() && notes.missing.is_empty(),
        "{}",
        lines(&notes)
    );
    let report_text = lines(&notes);
    assert!(
        report_text.contains("表二（旧格式）：5 个格中读到 5 个"),
        "{report_text}"
    );
    assert!(
        report_text.contains("表三（旧格式）：161 个格中读到 161 个"),
        "{report_text}"
    );
    assert!(report_text.contains("政府集中采购"), "{report_text}");
}

/// A Word table whose single values were never merged: the number is typed into any of the
/// three cells under 「本年处理决定数量」.
#[test]
fn a_single_value_typed_into_any_cell_under_its_head_is_found() {
    let caption = |text| vec![(text, 1, 4)];
    let head = |text| vec![("信息内容", 1, 1), (text, 1, 3)];
    let row = |label, cells: [&'static str; 3]| {
        let mut row = vec![(label, 1, 1)];
        row.extend(cells.map(|c| (c, 1, 1)));
        row
    };
    let table = html_table(&[
        caption("第二十条第（五）项"),
        head("本年处理决定数量"),
        row("行政许可", ["", "2293", ""]),
        caption("第二十条第（六）项"),
        head("本年处理决定数量"),
        row("行政处罚", ["5", "6", ""]),
        row("行政强制", ["", "", "0"]),
        caption("第二十条第（八）项"),
        head("本年收费金额（单位：万元）"),
        row("行政事业性收费", ["/", "", ""]),
    ]);
    let (read, notes) = run(&Document {
        blocks: vec![Block::Table(table)],
    });
    let proactive = &read.proactive;
    assert_eq!(proactive.licensing, Some(2293), "{}", lines(&notes));
    assert_eq!(proactive.punishment, None);
    assert_eq!(proactive.coercion, Some(0));
    assert_eq!(proactive.fees, None);
    assert_eq!(
        paths(&notes.doubts),
        ["proactive.punishment"],
        "{}",
        lines(&notes)
    );
    assert!(
        notes.doubts[0].message.contains("不止一个数"),
        "{}",
        lines(&notes)
    );
}
