//! Tables 二, 三 and 四, drawn from the library's description of the printed tables
//! (`nianbao::layout::PrintedTable`): the same header cells, labels and spans as the exports, with
//! every value cell an input.

use super::labels::header_lines;
use super::marks::Marks;
use super::table_scroll::TableScroll;
use super::value_input::{shown, ValueInput};
use crate::state::draft::Draft;
use nianbao::layout::{
    CellRole, ColumnRole, DocColumn, PrintedTable, TableCell, TableId, Template, ValueCell,
    TABLE2_ITEM_8,
};
use nianbao::names::{fees_input_name, input_name};
use nianbao::Field;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportTableProps {
    pub table: TableId,
    pub draft: Rc<Draft>,
    pub marks: Rc<Marks>,
}

#[component]
pub fn ReportTable(props: &ReportTableProps) -> Html {
    let template = props.draft.report.template;
    // Built once per table and format, not on every keystroke.
    let table = use_memo((props.table, template), |&(id, template)| {
        PrintedTable::new(id, template)
    });
    let (head, body) = table.rows.split_at(table.head_rows);
    let row = |cells: &Vec<TableCell>| {
        html! { <tr>{ for cells.iter().map(|cell| table_cell(props, cell)) }</tr> }
    };
    let mut labels = 0;
    let columns = table.columns.iter().map(|column| {
        let class = match column.role {
            ColumnRole::Label => {
                labels += 1;
                ["label-a", "label-b", "label-c"][(labels - 1).min(2)]
            }
            ColumnRole::Value => "value",
        };
        html! { <col {class} /> }
    });
    let old = template == Template::Gb2019 && props.table == TableId::Proactive;
    html! {
        <>
            <TableScroll>
                <table class={classes!("report-table", props.table.class(), old.then_some("old-format"))}
                    aria-label={props.table.caption()}>
                    <colgroup>{ for columns }</colgroup>
                    if !head.is_empty() {
                        <thead>{ for head.iter().map(row) }</thead>
                    }
                    <tbody>{ for body.iter().map(row) }</tbody>
                </table>
            </TableScroll>
            if old {
                <p class="table-note">{ old_format_note() }</p>
            }
        </>
    }
}

fn table_cell(props: &ReportTableProps, cell: &TableCell) -> Html {
    let colspan = (cell.colspan > 1).then(|| cell.colspan.to_string());
    let rowspan = (cell.rowspan > 1).then(|| cell.rowspan.to_string());
    let (class, scope) = match cell.role {
        CellRole::Value(value) => {
            return html! { <td {colspan} {rowspan}>{ value_input(props, value) }</td> };
        }
        CellRole::Caption => (Some("caption"), None),
        CellRole::Corner => (Some("corner"), None),
        CellRole::ColumnHead if cell.colspan > 1 => (None, Some("colgroup")),
        CellRole::ColumnHead => (None, Some("col")),
        CellRole::GroupHead => (Some("group"), Some("rowgroup")),
        CellRole::RowHead => (None, Some("row")),
        CellRole::ItemHead => (Some("item"), Some("row")),
    };
    html! { <th {class} {scope} {colspan} {rowspan}>{ header_lines(&cell.lines) }</th> }
}

fn value_input(props: &ReportTableProps, value: ValueCell) -> Html {
    let draft = &props.draft;
    let path = match value {
        ValueCell::Count(cell) => cell.path(),
        ValueCell::Fees => Field::Fees.path(),
    };
    let mark = props.marks.get(&path);
    let raw = draft
        .raw_inputs
        .get(&path)
        .map(|r| AttrValue::from(r.clone()));
    let readonly = draft.is_read_only();
    match value {
        ValueCell::Count(cell) => html! {
            <ValueInput
                target={value}
                value={shown(draft.report.count(cell))}
                {raw}
                // Totals are shown, not typed.
                readonly={cell.is_total() || readonly}
                offer_recompute={mark.sum_mismatch && draft.stated_totals && !readonly}
                template={draft.report.template}
                label={input_name(cell, draft.report.template)}
                {mark}
            />
        },
        ValueCell::Fees => html! {
            <ValueInput
                target={value}
                value={draft.report.proactive.fees.as_ref().map(|a| AttrValue::from(a.to_string())).unwrap_or_default()}
                {raw}
                label={fees_input_name()}
                {mark}
                {readonly}
            />
        },
    }
}

/// What the 2019 表二 had that the interchange format does not hold, named rather than drawn empty.
fn old_format_note() -> String {
    let template = Template::Gb2019;
    format!(
        "旧格式表二中的「{}」「{}」、上一年项目数量、本年增/减，以及{}（收费）和第二十条第（九）项（政府集中采购），不在交换文件中，这里不显示。",
        DocColumn::Repealed.label(template),
        DocColumn::InForce.label(template),
        TABLE2_ITEM_8,
    )
}
