//! 表二 主动公开政府信息情况: four blocks, each under a caption spanning the table, as printed.

use super::table_cell::{count_input, scrolling, TableProps};
use super::value_input::{Target, ValueInput};
use nianbao::layout::{
    DecisionKind, DocColumn, DocKind, Template, TABLE2_CONTENT, TABLE2_DECISIONS,
    TABLE2_DECISIONS_2019, TABLE2_FEES_COLUMN, TABLE2_FEES_ROW, TABLE2_ITEM_1, TABLE2_ITEM_5,
    TABLE2_ITEM_6, TABLE2_ITEM_8,
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
    if template == Template::Gb2019 {
        return scrolling(old_format(props));
    }
    let fees_path = Field::Fees.path();
    scrolling(html! {
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
                            readonly={draft.is_read_only()}
                        />
                    </td>
                </tr>
            </tbody>
        </table>
    })
}

/// Table 二 of a 2019-format report, as far as the interchange format holds it: 本年新制作数量 and
/// the 处理决定数量. Its other columns were never data, so they are named, not drawn empty.
fn old_format(props: &TableProps) -> Html {
    let draft = &props.draft;
    let template = Template::Gb2019;
    let input = |cell: CountCell| count_input(draft, &props.marks, cell);
    let block = |caption: &str, column: &str, rows: Html| {
        html! {
            <>
                <tr><th colspan="2" class="caption">{ caption.to_owned() }</th></tr>
                <tr><th scope="col">{ TABLE2_CONTENT }</th><th scope="col">{ column.to_owned() }</th></tr>
                { rows }
            </>
        }
    };
    let decisions = |kinds: &[DecisionKind]| -> Html {
        kinds
            .iter()
            .map(|&kind| html! {
                <tr key={kind.key()}><th scope="row">{ kind.label() }</th><td>{ input(CountCell::Decision(kind)) }</td></tr>
            })
            .collect()
    };
    let docs: Html = DocKind::ALL
        .into_iter()
        .map(|kind| {
            html! {
                <tr key={kind.key()}>
                    <th scope="row">{ kind.label(template) }</th>
                    <td>{ input(CountCell::Doc(kind, DocColumn::Issued)) }</td>
                </tr>
            }
        })
        .collect();
    let issued = DocColumn::Issued.label(template);
    html! {
        <>
            <table class="report-table table2 old-format" aria-label="表二 主动公开政府信息情况（旧格式）">
                <colgroup><col class="label" /><col class="value" /></colgroup>
                <tbody>
                    { block(TABLE2_ITEM_1, issued, docs) }
                    { block(TABLE2_ITEM_5, TABLE2_DECISIONS_2019, decisions(&[DecisionKind::Licensing])) }
                    { block(TABLE2_ITEM_6, TABLE2_DECISIONS_2019, decisions(&[DecisionKind::Punishment, DecisionKind::Coercion])) }
                </tbody>
            </table>
            <p class="table-note">
                { format!(
                    "旧格式表二中的「{}」「{}」、上一年项目数量、本年增/减，以及{}（收费）和第二十条第（九）项（政府集中采购），不在交换文件中，这里不显示。",
                    DocColumn::Repealed.label(template),
                    DocColumn::InForce.label(template),
                    TABLE2_ITEM_8,
                ) }
            </p>
        </>
    }
}
