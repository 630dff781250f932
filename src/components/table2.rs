//! 表二 主动公开政府信息情况: four blocks, each under a caption spanning the table, as printed.

use super::table_cell::{count_input, TableProps};
use super::value_input::{Target, ValueInput};
use nianbao::layout::{
    DecisionKind, DocColumn, DocKind, TABLE2_CONTENT, TABLE2_DECISIONS, TABLE2_FEES_COLUMN,
    TABLE2_FEES_ROW, TABLE2_ITEM_1, TABLE2_ITEM_5, TABLE2_ITEM_6, TABLE2_ITEM_8,
};
use nianbao::names::fees_input_name;
use nianbao::{CountCell, Field};
use yew::prelude::*;

#[component]
pub fn Table2(props: &TableProps) -> Html {
    let draft = &props.draft;
    let report = &draft.report;
    let template = report.template;
    let input = |cell: CountCell| count_input(draft, &props.marks, cell);
    let decisions = |kinds: &[DecisionKind]| {
        kinds
            .iter()
            .map(|&kind| {
                html! {
                    <tr key={kind.key()}>
                        <th scope="row">{ kind.label() }</th>
                        <td colspan="3">{ input(CountCell::Decision(kind)) }</td>
                    </tr>
                }
            })
            .collect::<Html>()
    };
    let fees_path = Field::Fees.path();
    html! {
        <table class="report-table table2" aria-label="表二 主动公开政府信息情况">
            <colgroup><col class="label" /><col class="value" /><col class="value" /><col class="value" /></colgroup>
            <tbody>
                <tr><th colspan="4" class="caption">{ TABLE2_ITEM_1 }</th></tr>
                <tr>
                    <th scope="col">{ TABLE2_CONTENT }</th>
                    { for DocColumn::ALL.into_iter().map(|c| html! { <th scope="col">{ c.label(template) }</th> }) }
                </tr>
                { for DocKind::ALL.into_iter().map(|kind| html! {
                    <tr key={kind.key()}>
                        <th scope="row">{ kind.label(template) }</th>
                        { for DocColumn::ALL.into_iter().map(|column| html! {
                            <td>{ input(CountCell::Doc(kind, column)) }</td>
                        }) }
                    </tr>
                }) }
                <tr><th colspan="4" class="caption">{ TABLE2_ITEM_5 }</th></tr>
                <tr><th scope="col">{ TABLE2_CONTENT }</th><th scope="col" colspan="3">{ TABLE2_DECISIONS }</th></tr>
                { decisions(&[DecisionKind::Licensing]) }
                <tr><th colspan="4" class="caption">{ TABLE2_ITEM_6 }</th></tr>
                <tr><th scope="col">{ TABLE2_CONTENT }</th><th scope="col" colspan="3">{ TABLE2_DECISIONS }</th></tr>
                { decisions(&[DecisionKind::Punishment, DecisionKind::Coercion]) }
                <tr><th colspan="4" class="caption">{ TABLE2_ITEM_8 }</th></tr>
                <tr><th scope="col">{ TABLE2_CONTENT }</th><th scope="col" colspan="3">{ TABLE2_FEES_COLUMN }</th></tr>
                <tr>
                    <th scope="row">{ TABLE2_FEES_ROW }</th>
                    <td colspan="3">
                        <ValueInput
                            target={Target::Fees}
                            value={report.proactive.fees.as_ref().map(|a| AttrValue::from(a.to_string())).unwrap_or_default()}
                            raw={draft.raw_inputs.get(&fees_path).map(|r| AttrValue::from(r.clone()))}
                            label={fees_input_name()}
                            mark={props.marks.get(&fees_path)}
                        />
                    </td>
                </tr>
            </tbody>
        </table>
    }
}
