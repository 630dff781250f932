//! 表三 收到和处理政府信息公开申请情况, drawn like the official table: the three header rows with
//! the 勾稽关系 corner, the outcome groups spanning their items, every value cell an input.

use super::labels::header_lines;
use super::table_cell::{count_input, scrolling, TableProps};
use nianbao::layout::{
    Applicant, OutcomeGroup, RequestRow, Template, TABLE3_APPLICANTS, TABLE3_CORNER,
    TABLE3_ORGANISATIONS, TABLE3_OUTCOMES,
};
use nianbao::CountCell;
use yew::prelude::*;

/// The label cells in front of a row's values: how many columns they take depends on how deep
/// the row sits (一、 spans all three; （三）1. sits under two group labels).
fn row_labels(row: RequestRow, template: Template) -> Html {
    let visible = |row: &RequestRow| template == Template::Gb2021 || row.in_gb2019();
    let outcomes = RequestRow::outcomes().filter(visible).count() + 1; // + （七）总计
    let first_outcome = row == RequestRow::Granted;
    let outcome_label = first_outcome.then(|| {
        html! { <th scope="rowgroup" rowspan={outcomes.to_string()} class="group">{ TABLE3_OUTCOMES }</th> }
    });
    match row.group() {
        None if row.is_outcome() || row == RequestRow::ClosedTotal => html! {
            <>{ outcome_label }<th scope="row" colspan="2">{ row.label() }</th></>
        },
        None => html! { <th scope="row" colspan="3">{ row.label() }</th> },
        Some(OutcomeGroup::OtherHandling) if template == Template::Gb2019 => html! {
            <th scope="row" colspan="2">{ row.label_in(template) }</th>
        },
        Some(group) => {
            let first = group.rows().next() == Some(row);
            let span = group.rows().count();
            html! {
                <>
                    if first {
                        <th scope="rowgroup" rowspan={span.to_string()} class="group">{ group.label() }</th>
                    }
                    <th scope="row" class="item">{ row.label() }</th>
                </>
            }
        }
    }
}

#[component]
pub fn Table3(props: &TableProps) -> Html {
    let report = &props.draft.report;
    let template = report.template;
    let rows = RequestRow::ALL
        .into_iter()
        .filter(|row| template == Template::Gb2021 || row.in_gb2019());
    scrolling(html! {
        <table class="report-table table3" aria-label="表三 收到和处理政府信息公开申请情况">
            <colgroup>
                <col class="label-a" /><col class="label-b" /><col class="label-c" />
                { for Applicant::ALL.iter().map(|_| html! { <col class="value" /> }) }
            </colgroup>
            <thead>
                <tr>
                    <th rowspan="3" colspan="3" class="corner">{ TABLE3_CORNER }</th>
                    <th colspan="7">{ TABLE3_APPLICANTS }</th>
                </tr>
                <tr>
                    <th rowspan="2" scope="col">{ header_lines(Applicant::NaturalPerson.header_lines()) }</th>
                    <th colspan="5" scope="colgroup">{ TABLE3_ORGANISATIONS }</th>
                    <th rowspan="2" scope="col">{ header_lines(Applicant::Total.header_lines()) }</th>
                </tr>
                <tr>
                    { for Applicant::ALL.into_iter().filter(|a| a.is_organisation()).map(|a| html! {
                        <th scope="col">{ header_lines(a.header_lines()) }</th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for rows.map(|row| html! {
                    <tr key={row.key()}>
                        { row_labels(row, template) }
                        { for Applicant::ALL.into_iter().map(|column| {
                            let cell = CountCell::Request(row, column);
                            html! {
                                <td key={column.key()}>{ count_input(&props.draft, &props.marks, cell) }</td>
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    })
}
