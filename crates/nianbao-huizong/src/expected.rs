//! The list of units expected to report, pasted one a line and kept in this browser: who is
//! missing, who has errors, who is ready; and the reports no line names.

use crate::board::{Board, Standing};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

const KEY: &str = "nianbao.huizong.expected";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The list kept from last time ("" when none, or when storage cannot be read).
pub fn load_expected(prefix: &str) -> String {
    storage()
        .and_then(|s| s.get_item(&format!("{prefix}{KEY}")).ok().flatten())
        .unwrap_or_default()
}

/// Keeps the list; a message in Chinese when the browser refuses (the list stays on screen).
pub fn save_expected(prefix: &str, text: &str) -> Result<(), String> {
    storage()
        .and_then(|s| s.set_item(&format!("{prefix}{KEY}"), text).ok())
        .ok_or_else(|| {
            "应报单位名单未能保存在浏览器中（本地存储不可用或已满），关闭页面前请另行保存。"
                .to_owned()
        })
}

#[derive(Properties, PartialEq)]
pub struct ExpectedProps {
    pub board: Board,
    pub on_change: Callback<String>,
    /// Shows the unit's findings.
    pub on_select: Callback<usize>,
}

#[component]
pub fn Expected(props: &ExpectedProps) -> Html {
    let on_input = props.on_change.reform(|event: InputEvent| {
        let area: HtmlTextAreaElement = event.target_unchecked_into();
        area.value()
    });
    let (lines, unexpected) = props.board.roster();
    let count = |class: &str| lines.iter().filter(|l| l.standing.class() == class).count();
    let summary = (!lines.is_empty()).then(|| {
        format!(
            "应报 {} 个：未报送 {}，有错误 {}，未汇总 {}，就绪 {}。",
            lines.len(),
            count("missing"),
            count("errors"),
            count("apart"),
            count("ready")
        )
    });
    let items = lines.iter().map(|line| {
        let (unit, standing, found) = (&line.unit, &line.standing, &line.entry);
        let label = standing.label();
        let class = classes!("roster-line", standing.class());
        match (found, standing) {
            (Some(index), Standing::Errors(_) | Standing::Warnings(_)) => {
                let index = *index;
                let onclick = props.on_select.reform(move |_: MouseEvent| index);
                html! { <li {class}><span class="unit">{ unit }</span><button type="button" class="link" {onclick}>{ label }</button></li> }
            }
            _ => html! { <li {class}><span class="unit">{ unit }</span><span>{ label }</span></li> },
        }
    });
    html! {
        <aside class="sum-expected" aria-label="应报单位">
            <h2>{ "应报单位" }</h2>
            <label for="sum-expected-list">{ "名单（一行一个单位，自动保存在本浏览器）" }</label>
            <textarea id="sum-expected-list" rows="6" value={props.board.expected_text.clone()} oninput={on_input}
                placeholder={"某某县教育局\n某某县公安局\n……"} />
            if let Some(summary) = summary {
                <p class="roster-summary" role="status">{ summary }</p>
                <ul class="roster">{ for items }</ul>
            }
            if !lines.is_empty() && !unexpected.is_empty() {
                <p class="roster-extra">{ format!("名单外的报告：{}", unexpected.iter().map(|&i| props.board.entries[i].name.as_str()).collect::<Vec<_>>().join("、")) }</p>
            }
        </aside>
    }
}
