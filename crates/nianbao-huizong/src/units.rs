//! The units summed, one row each: 年度, kind, its checks (openable), and its key figures;
//! sorted by a column's header, found by name.

use crate::board::{Board, Checked, Entry, SortKey};
use crate::store::{Action, State};
use nianbao::Count;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnitsProps {
    pub board: Board,
    pub dispatch: UseReducerDispatcher<State>,
}

const COLUMNS: [(SortKey, &str); 9] = [
    (SortKey::Name, "单位"),
    (SortKey::Findings, "检查"),
    (SortKey::Received, "本年新收"),
    (SortKey::Closed, "办结"),
    (SortKey::CarriedForward, "结转"),
    (SortKey::Reviews, "复议"),
    (SortKey::Lawsuits, "诉讼"),
    (SortKey::Fees, "收费（万元）"),
    (SortKey::Added, "年度 · 类型"),
];

#[component]
pub fn Units(props: &UnitsProps) -> Html {
    let board = &props.board;
    let on_find = props.dispatch.to_callback().reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Action::Find(input.value())
    });
    let head = COLUMNS.iter().map(|(key, label)| {
        let sorted = board.sort.filter(|(current, _)| current == key);
        let aria_sort = sorted.map(|(_, descending)| if descending { "descending" } else { "ascending" });
        let key = *key;
        let onclick = props.dispatch.to_callback().reform(move |_: MouseEvent| Action::Sort(key));
        if key == SortKey::Added {
            return html! { <th scope="col">{ *label }</th> };
        }
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" {onclick} title="点击排序">
                    { *label }{ match sorted { Some((_, true)) => " ▼", Some((_, false)) => " ▲", None => "" } }
                </button>
            </th>
        }
    });
    let rows = board.summed_rows();
    let shown = rows.len();
    let body = rows
        .into_iter()
        .map(|(index, entry, checked)| row(props, index, entry, checked));
    html! {
        <section class="sum-units" aria-label="各单位报告">
            <div class="sum-units-head">
                <h2>{ "各单位报告" }</h2>
                <label>{ "查找单位 " }<input type="search" value={board.find.clone()} oninput={on_find} placeholder="输入单位名称" /></label>
            </div>
            if board.entries.is_empty() {
                <p class="sum-empty">{ "还没有报告。添加各单位报送的 JSON、.docx、网页或文字文件，或整个文件夹，也可以加入本浏览器中的草稿。" }</p>
            } else {
                <div class="sum-scroll">
                    <table class="sum-list">
                        <thead><tr>{ for head }<th scope="col"><span class="visually-hidden">{ "操作" }</span></th></tr></thead>
                        <tbody>{ for body }</tbody>
                    </table>
                </div>
                if shown == 0 && !board.find.trim().is_empty() {
                    <p class="sum-empty">{ format!("没有名称含「{}」的单位。", board.find.trim()) }</p>
                }
            }
        </section>
    }
}

fn row(props: &UnitsProps, index: usize, entry: &Entry, checked: &Checked) -> Html {
    let figures = &checked.figures;
    let select = props
        .dispatch
        .to_callback()
        .reform(move |_: MouseEvent| Action::Select(Some(index)));
    let remove = props
        .dispatch
        .to_callback()
        .reform(move |_: MouseEvent| Action::Remove(index));
    let status = match (checked.errors, checked.warnings) {
        (0, 0) => {
            html! { <button type="button" class="status ok" onclick={select}>{ "无问题" }</button> }
        }
        (0, warnings) => html! {
            <button type="button" class="status warn" onclick={select}>{ format!("提醒 {warnings}") }</button>
        },
        (errors, warnings) => html! {
            <button type="button" class="status error" onclick={select}>
                { format!("错误 {errors}") }{ if warnings > 0 { format!(" · 提醒 {warnings}") } else { String::new() } }
            </button>
        },
    };
    let report = &checked.report;
    let year = report.meta.year.map_or("—".to_owned(), |y| y.to_string());
    html! {
        <tr>
            <th scope="row" title={entry.source.clone()}>{ &entry.name }</th>
            <td>{ status }</td>
            <td class="num">{ count(figures.received) }</td>
            <td class="num">{ count(figures.closed) }</td>
            <td class="num">{ count(figures.carried_forward) }</td>
            <td class="num">{ count(figures.reviews) }</td>
            <td class="num">{ count(figures.lawsuits) }</td>
            <td class="num">{ figures.fees.as_ref().map_or("空白".to_owned(), |a| a.to_string()) }</td>
            <td>{ format!("{year} · {}", report.meta.kind.label()) }</td>
            <td><button type="button" class="link" onclick={remove} aria-label={format!("移除{}", entry.name)}>{ "移除" }</button></td>
        </tr>
    }
}

fn count(value: Count) -> String {
    value.map_or("空白".to_owned(), |n| n.to_string())
}
