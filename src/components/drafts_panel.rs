//! The list of drafts kept in this browser, by 机关 and 年度: open, duplicate, rename, delete
//! (with a way back), and start next year's report from one of them.

use crate::services::drafts::Listed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsPanelProps {
    pub drafts: Vec<Listed>,
    pub trash: Vec<Listed>,
    pub open_id: AttrValue,
    pub on_open: Callback<String>,
    pub on_new: Callback<()>,
    pub on_duplicate: Callback<String>,
    pub on_next_year: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_delete: Callback<String>,
    pub on_restore: Callback<String>,
}

fn time_label(ms: f64) -> String {
    if ms <= 0.0 {
        return String::new();
    }
    let date = js_sys::Date::new(&ms.into());
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

#[component]
pub fn DraftsPanel(props: &DraftsPanelProps) -> Html {
    let with_id = |callback: &Callback<String>, id: &str| {
        let id = id.to_owned();
        callback.reform(move |_: MouseEvent| id.clone())
    };
    // Every row has the same buttons; their accessible names say which draft they act on.
    let name_of = |verb: &str, draft: &str| format!("{verb}「{draft}」");
    let rename = |id: &str, name: &str| {
        let id = id.to_owned();
        let name = name.to_owned();
        // Cancelling the dialog leaves the name as it was.
        let on_rename = props.on_rename.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(asked) =
                gloo::dialogs::prompt("草稿的新名称（留空则按机关和年度显示）：", Some(&name))
            {
                on_rename.emit((id.clone(), asked));
            }
        })
    };
    html! {
        <details class="drafts">
            <summary>{ format!("草稿（{}）", props.drafts.len()) }</summary>
            <div class="drafts-body">
                <button type="button" class="primary" onclick={props.on_new.reform(|_: MouseEvent| ())}>{ "新建空白报告" }</button>
                <ul class="draft-list">
                    { for props.drafts.iter().map(|d| html! {
                        <li key={d.id.clone()} class={classes!((props.open_id == d.id).then_some("open"))}>
                            <span class="name">{ d.name.clone() }</span>
                            <span class="time">{ time_label(d.saved_at) }</span>
                            <span class="actions">
                                if props.open_id != d.id {
                                    <button type="button" aria-label={name_of("打开", &d.name)} onclick={with_id(&props.on_open, &d.id)}>{ "打开" }</button>
                                }
                                <button type="button" aria-label={name_of("复制", &d.name)} onclick={with_id(&props.on_duplicate, &d.id)}>{ "复制" }</button>
                                <button type="button" aria-label={name_of("改名", &d.name)} onclick={rename(&d.id, &d.name)}>{ "改名" }</button>
                                <button type="button" aria-label={name_of("以上年报告为基础新建", &d.name)} onclick={with_id(&props.on_next_year, &d.id)}>{ "以上年报告为基础新建" }</button>
                                <button type="button" class="danger" aria-label={name_of("删除", &d.name)} onclick={with_id(&props.on_delete, &d.id)}>{ "删除" }</button>
                            </span>
                        </li>
                    }) }
                </ul>
                if !props.trash.is_empty() {
                    <h3>{ "已删除（可恢复）" }</h3>
                    <ul class="draft-list trash">
                        { for props.trash.iter().map(|d| html! {
                            <li key={d.id.clone()}>
                                <span class="name">{ d.name.clone() }</span>
                                <span class="actions">
                                    <button type="button" aria-label={name_of("恢复", &d.name)} onclick={with_id(&props.on_restore, &d.id)}>{ "恢复" }</button>
                                </span>
                            </li>
                        }) }
                    </ul>
                }
            </div>
        </details>
    }
}
