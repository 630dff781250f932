//! 表四 政府信息公开行政复议、行政诉讼情况: 行政复议 and the two kinds of 行政诉讼, fifteen cells in
//! one row, under the official three-row header.

use super::labels::header_lines;
use super::table_cell::{count_input, scrolling, TableProps};
use nianbao::layout::{AppealColumn, AppealGroup, TABLE4_LITIGATION, TABLE4_REVIEW};
use nianbao::CountCell;
use yew::prelude::*;

#[component]
pub fn Table4(props: &TableProps) -> Html {
    let draft = &props.draft;
    let columns = AppealColumn::ALL.len().to_string();
    let litigation = AppealGroup::ALL.len() - 1;
    scrolling(html! {
        <table class="report-table table4" aria-label="表四 政府信息公开行政复议、行政诉讼情况">
            <thead>
                <tr>
                    <th colspan={columns.clone()} scope="colgroup">{ TABLE4_REVIEW }</th>
                    <th colspan={(litigation * AppealColumn::ALL.len()).to_string()} scope="colgroup">{ TABLE4_LITIGATION }</th>
                </tr>
                <tr>
                    { for AppealColumn::ALL.into_iter().map(|c| html! { <th rowspan="2" scope="col">{ header_lines(c.header_lines()) }</th> }) }
                    { for AppealGroup::ALL[1..].iter().map(|g| html! { <th colspan={columns.clone()} scope="colgroup">{ g.label() }</th> }) }
                </tr>
                <tr>
                    { for AppealGroup::ALL[1..].iter().flat_map(|_| AppealColumn::ALL).map(|c| html! {
                        <th scope="col">{ header_lines(c.header_lines()) }</th>
                    }) }
                </tr>
            </thead>
            <tbody>
                <tr>
                    { for AppealGroup::ALL.into_iter().flat_map(|g| AppealColumn::ALL.map(move |c| (g, c))).map(|(group, column)| {
                        let cell = CountCell::Appeal(group, column);
                        html! {
                            <td key={cell.path()}>{ count_input(draft, &props.marks, cell) }</td>
                        }
                    }) }
                </tr>
            </tbody>
        </table>
    })
}
