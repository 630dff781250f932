//! Hand-written tables for each way Word writes a merge, and tables inside tables.

use super::*;
use crate::import::document::Cell;

const RESTART: &str = "<w:vMerge w:val=\"restart\"/>";

#[test]
fn vertical_merges_grid_spans_and_grid_before_place_cells_on_the_grid() {
    let body = tbl(&[
        tr(
            "",
            &[
                tc(RESTART, &p("三、本年度办理结果")),
                tc("<w:gridSpan w:val=\"2\"/>", &p("（一）予以公开")),
                tc("", &p("5")),
            ],
        ),
        // A continuation without a value, as Word writes it.
        tr(
            "",
            &[
                tc("<w:vMerge/>", ""),
                tc("", &p("（二）部分公开")),
                tc("", &p("说明")),
                tc("", &p("6")),
            ],
        ),
        // The same with the value spelled out, as some writers do.
        tr(
            "",
            &[
                tc("<w:vMerge w:val=\"continue\"/>", ""),
                tc("<w:gridSpan w:val=\"2\"/>", &p("（三）不予公开")),
                tc("", &p("7")),
            ],
        ),
        // Row with its first column left empty.
        tr(
            "<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>",
            &[tc("<w:gridSpan w:val=\"2\"/>", &p("合计"))],
        ),
    ]);
    let document = read_ok(&docx(&body));
    assert_eq!(outline(&document), ["表"]);
    assert_eq!(
        tables(&document)[0].cells,
        vec![
            Cell::new(0, 0, "三、本年度办理结果").spans(3, 1),
            Cell::new(0, 1, "（一）予以公开").spans(1, 2),
            Cell::new(0, 3, "5"),
            Cell::new(1, 1, "（二）部分公开"),
            Cell::new(1, 2, "说明"),
            Cell::new(1, 3, "6"),
            Cell::new(2, 1, "（三）不予公开").spans(1, 2),
            Cell::new(2, 3, "7"),
            Cell::new(3, 1, "合计").spans(1, 2),
        ]
    );
}

#[test]
fn a_merge_down_ends_where_a_cell_has_no_vmerge() {
    let body = tbl(&[
        tr("", &[tc(RESTART, &p("甲")), tc("", &p("1"))]),
        tr("", &[tc("", &p("乙")), tc("", &p("2"))]),
        // Nothing above continues any more: a cell of its own.
        tr("", &[tc("<w:vMerge/>", &p("丙")), tc("", &p("3"))]),
    ]);
    let table = tables(&read_ok(&docx(&body)))[0].clone();
    assert!(table.cells.iter().all(|c| c.rowspan == 1));
    assert_eq!(table.cells.len(), 6);
    assert_eq!(table.cells[4], Cell::new(2, 0, "丙"));
}

#[test]
fn legacy_horizontal_merges_are_one_cell() {
    let body = tbl(&[
        tr(
            "",
            &[
                tc("<w:hMerge w:val=\"restart\"/>", &p("申请人情况")),
                tc("<w:hMerge/>", ""),
                tc("<w:hMerge w:val=\"continue\"/>", ""),
                tc("", &p("总计")),
            ],
        ),
        tr(
            "",
            &[
                tc("", &p("自然人")),
                tc("", &p("法人")),
                tc("", &p("其他")),
                tc("", &p("9")),
            ],
        ),
    ]);
    let table = tables(&read_ok(&docx(&body)))[0].clone();
    assert_eq!(table.cells[0], Cell::new(0, 0, "申请人情况").spans(1, 3));
    assert_eq!(table.cells[1], Cell::new(0, 3, "总计"));
    assert_eq!(table.cells[5], Cell::new(1, 3, "9"));
}

#[test]
fn a_cell_keeps_its_paragraphs_and_line_breaks() {
    let cell = format!(
        "{}<w:p/>{}",
        p("1.属于国家秘密"),
        "<w:p><w:r><w:t>行政</w:t><w:br/><w:t>复议</w:t></w:r></w:p>"
    );
    let body = tbl(&[tr("", &[tc("", &cell)])]);
    let table = tables(&read_ok(&docx(&body)))[0].clone();
    assert_eq!(table.cells[0].text, "1.属于国家秘密\n行政\n复议");
}

#[test]
fn old_cell_properties_of_a_tracked_change_do_not_count() {
    let properties = "<w:gridSpan w:val=\"2\"/><w:tcPrChange w:id=\"1\" w:author=\"某\"><w:tcPr><w:gridSpan w:val=\"5\"/><w:vMerge w:val=\"restart\"/></w:tcPr></w:tcPrChange>";
    let body = tbl(&[tr("", &[tc(properties, &p("宽")), tc("", &p("窄"))])]);
    let table = tables(&read_ok(&docx(&body)))[0].clone();
    assert_eq!(
        table.cells,
        vec![Cell::new(0, 0, "宽").spans(1, 2), Cell::new(0, 2, "窄")]
    );
}

#[test]
fn a_layout_table_gives_its_contents_in_reading_order() {
    let inner = tbl(&[tr("", &[tc("", &p("规章")), tc("", &p("0"))])]);
    let body = format!(
        "{}{}{}",
        p("前言"),
        tbl(&[tr(
            "",
            &[
                tc("", &format!("{}{inner}{}", p("二、主动公开"), p("说明"))),
                tc("", &p("右栏")),
            ]
        )]),
        p("结尾")
    );
    let document = read_ok(&docx(&body));
    assert_eq!(
        outline(&document),
        ["前言", "二、主动公开", "表", "说明", "右栏", "结尾"]
    );
    assert_eq!(
        tables(&document)[0].cells,
        vec![Cell::new(0, 0, "规章"), Cell::new(0, 1, "0")]
    );
}

#[test]
fn only_the_innermost_of_three_nested_tables_is_a_table() {
    let innermost = tbl(&[tr("", &[tc("", &p("内")), tc("", &p("1"))])]);
    let middle = tbl(&[tr("", &[tc("", &format!("{}{innermost}", p("中")))])]);
    let outer = tbl(&[tr(
        "",
        &[tc("", &format!("{}{middle}", p("外"))), tc("", &p("旁"))],
    )]);
    let document = read_ok(&docx(&outer));
    assert_eq!(outline(&document), ["外", "中", "表", "旁"]);
    assert_eq!(tables(&document)[0].cells.len(), 2);
}

#[test]
fn a_table_in_a_text_box_is_read_too() {
    let table = tbl(&[tr("", &[tc("", &p("框中表"))])]);
    let body = format!(
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{table}</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>锚</w:t></w:r></w:p>"
    );
    let document = read_ok(&docx(&body));
    assert_eq!(outline(&document), ["表", "锚"]);
}
