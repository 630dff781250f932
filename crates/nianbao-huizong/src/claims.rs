//! 「文字与表格核对」: each number claim the narrative makes that the checker recognised — the
//! words, what they were compared with, the table's value, agrees or not, or why it could not
//! be compared — so a clerk sees which sentences were checked, not only the failures.

use nianbao::rules::{claims, Verdict};
use nianbao::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    pub report: Report,
}

#[component]
pub fn Claims(props: &ClaimsProps) -> Html {
    let checks = claims(&props.report);
    let disagree = checks
        .iter()
        .filter(|c| c.verdict == Verdict::Disagrees)
        .count();
    let rows = checks.iter().map(|check| {
        let (class, verdict, table) = match (&check.verdict, check.table) {
            (Verdict::Agrees, table) => ("agrees", "一致".to_owned(), table),
            (Verdict::Disagrees, table) => ("disagrees", "不一致".to_owned(), table),
            (Verdict::NotCompared(why), _) => ("not-compared", format!("未比较：{why}"), None),
        };
        html! {
            <tr class={class}>
                <td>{ check.field.label() }</td>
                <td>{ format!("“{}”", check.quote) }</td>
                <td>{ &check.against }</td>
                <td class="num">{ table.map(|v| v.to_string()).unwrap_or_default() }</td>
                <td>{ verdict }</td>
            </tr>
        }
    });
    html! {
        <div class="sum-claims">
            <h3>{ "文字与表格核对" }</h3>
            if checks.is_empty() {
                <p>{ "文字部分没有识别到可以与表格核对的数字说法。" }</p>
            } else {
                <p role="status">{ format!("识别到 {} 处数字说法，{} 处与表格不一致。", checks.len(), disagree) }</p>
                <table class="sum-list">
                    <thead><tr>
                        <th scope="col">{ "部分" }</th><th scope="col">{ "文字" }</th>
                        <th scope="col">{ "与表格中比较" }</th><th scope="col">{ "表格" }</th><th scope="col">{ "结论" }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </div>
    }
}
