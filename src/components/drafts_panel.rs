//! The drafts kept in this browser, by 机关 and 年度: open, duplicate, rename, delete (with a way
//! back), and start next year's report from one of them; the drafts whose work could not be
//! stored, kept in this page; and the drafts a newer nianbao saved, which this one cannot open.

use crate::state::shelf::Listed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsPanelProps {
    pub drafts: Vec<Listed>,
    /// Drafts held in this page's memory: storage refused them.
    pub held: Vec<Listed>,
    pub newer: Vec<Listed>,
    pub trash: Vec<Listed>,
    pub open_id: AttrValue,
    pub on_open: Callback<String>,
    pub on_new: Callback<()>,
    pub on_duplicate: Callback<String>,
    pub on_next_year: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_delete: Callback<String>,
    pub on_restore: Callback<String>,
    /// Exports a held draft as JSON.
    pub on_export: Callback<String>,
    /// Downloads a newer version's draft as it is stored.
    pub on_download: Callback<String>,
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

/// The button that starts next year's report from a draft.
pub const NEXT_YEAR_LABEL: &str = "据此新建下一年度报告";

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
    let next_year_name = |d: &Listed| match d.year {
        Some(year) => format!(
            "{NEXT_YEAR_LABEL}：以「{}」为上年报告，新建 {} 年度的报告",
            d.name,
            year + 1
        ),
        None => format!("{NEXT_YEAR_LABEL}：以「{}」为上年报告", d.name),
    };
    let summary = if props.newer.is_empty() {
        format!("草稿（{}）", props.drafts.len() + props.held.len())
    } else {
        format!(
            "草稿（{}，另有 {} 份需更新版本才能打开）",
            props.drafts.len() + props.held.len(),
            props.newer.len()
        )
    };
    html! {
        <details class="drafts">
            <summary>{ summary }<span class="where">{ " · 草稿保存在本浏览器中，请用「导出 JSON」另存副本" }</span></summary>
            <div class="drafts-body">
                <button type="button" class="primary" onclick={props.on_new.reform(|_: MouseEvent| ())}>{ "新建空白报告" }</button>
                if !props.held.is_empty() {
                    <h3>{ "未保存的草稿（只在本页中，关闭页面即丢失）" }</h3>
                    <ul class="draft-list held">
                        { for props.held.iter().map(|d| html! {
                            <li key={d.id.clone()}>
                                <span class="name">{ d.name.clone() }</span>
                                <span class="actions">
                                    <button type="button" aria-label={name_of("打开", &d.name)} onclick={with_id(&props.on_open, &d.id)}>{ "打开" }</button>
                                    <button type="button" aria-label={name_of("导出 JSON", &d.name)} onclick={with_id(&props.on_export, &d.id)}>{ "导出 JSON" }</button>
                                    <button type="button" aria-label={name_of("改名", &d.name)} onclick={rename(&d.id, &d.name)}>{ "改名" }</button>
                                    <button type="button" class="danger" aria-label={name_of("删除", &d.name)} onclick={with_id(&props.on_delete, &d.id)}>{ "删除" }</button>
                                </span>
                            </li>
                        }) }
                    </ul>
                }
                <ul class="draft-list stored">
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
                                <button type="button" aria-label={next_year_name(d)} onclick={with_id(&props.on_next_year, &d.id)}>{ NEXT_YEAR_LABEL }</button>
                                <button type="button" class="danger" aria-label={name_of("删除", &d.name)} onclick={with_id(&props.on_delete, &d.id)}>{ "删除" }</button>
                            </span>
                        </li>
                    }) }
                </ul>
                <p class="explain">
                    { format!("「{NEXT_YEAR_LABEL}」：以这份报告为上年报告，新建下一年度的报告，带入机关名称、落款和上年结转数，并开启跨年度核对。") }
                    { "工具栏的「载入上年报告（核对用）」则是为正在编辑的报告选一份上年报告的 JSON 文件，只用于核对，不改变本报告的内容。" }
                </p>
                if !props.newer.is_empty() {
                    <h3>{ "由更新版本保存，暂不能打开" }</h3>
                    <ul class="draft-list newer">
                        { for props.newer.iter().map(|d| html! {
                            <li key={d.id.clone()}>
                                <span class="name">{ d.name.clone() }</span>
                                <span class="time">{ time_label(d.saved_at) }</span>
                                <span class="status">{ "由更新版本保存，暂不能打开" }</span>
                                <span class="actions">
                                    <button type="button" aria-label={name_of("下载这份数据", &d.name)} onclick={with_id(&props.on_download, &d.id)}>{ "下载这份数据" }</button>
                                </span>
                            </li>
                        }) }
                    </ul>
                }
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
