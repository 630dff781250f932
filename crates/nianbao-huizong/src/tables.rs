//! The consolidated tables 二, 三 and 四, drawn from the same description of the printed tables
//! as the editor and the exports (`nianbao::layout::PrintedTable`), values as text. A cell that
//! some units left blank is marked, and names them.

use nianbao::consolidate::Blanks;
use nianbao::layout::{CellRole, PrintedTable, TableCell, TableId, ValueCell};
use nianbao::{Field, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SumTablesProps {
    pub report: Report,
    pub blanks: Vec<Blanks>,
}

#[component]
pub fn SumTables(props: &SumTablesProps) -> Html {
    let tables = TableId::ALL.into_iter().map(|id| {
        let table = PrintedTable::new(id, props.report.template);
        let (head, body) = table.rows.split_at(table.head_rows);
        let row = |cells: &Vec<TableCell>| {
            html! { <tr>{ for cells.iter().map(|cell| table_cell(props, cell)) }</tr> }
        };
        html! {
            <table class={classes!("sum-table", id.class())} aria-label={id.caption()}>
                <caption>{ id.caption() }</caption>
                if !head.is_empty() {
                    <thead>{ for head.iter().map(row) }</thead>
                }
                <tbody>{ for body.iter().map(row) }</tbody>
            </table>
        }
    });
    html! { <div class="sum-tables">{ for tables }</div> }
}

fn table_cell(props: &SumTablesProps, cell: &TableCell) -> Html {
    let colspan = (cell.colspan > 1).then(|| cell.colspan.to_string());
    let rowspan = (cell.rowspan > 1).then(|| cell.rowspan.to_string());
    let CellRole::Value(value) = cell.role else {
        let lines = cell.lines.iter().enumerate().map(|(at, line)| {
            html! { <>{ if at > 0 { html! { <br /> } } else { html! {} } }{ *line }</> }
        });
        return html! { <th {colspan} {rowspan}>{ for lines }</th> };
    };
    let (path, shown) = match value {
        ValueCell::Count(count) => (
            count.path(),
            props
                .report
                .count(count)
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        ValueCell::Fees => (
            Field::Fees.path(),
            props
                .report
                .proactive
                .fees
                .as_ref()
                .map(|a| a.to_string())
                .unwrap_or_default(),
        ),
    };
    let blanks = props.blanks.iter().find(|b| b.path == path);
    let title = blanks.map(|b| format!("以下单位此格空白，未计入：{}", b.units.join("、")));
    let class = classes!("sum-value", blanks.map(|_| "has-blanks"));
    html! { <td {colspan} {rowspan} {class} {title} data-cell={path}>{ shown }</td> }
}
