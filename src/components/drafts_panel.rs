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
    /// The verbs of a draft held in this page: they act on the held copy, never on a stored
    /// copy of the same draft listed above it.
    pub on_open_held: Callback<String>,
    pub on_export_held: Callback<String>,
    pub on_rename_held: Callback<(String, String)>,
    pub on_delete_held: Callback<String>,
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

/// One button of a row: what it says, its accessible name (which says the draft it acts on),
/// what it does, and whether it destroys something.
struct Verb {
    label: &'static str,
    name: String,
    onclick: Callback<MouseEvent>,
    danger: bool,
}

/// One row of a list: the draft's name, when it was saved, a word on its state, its buttons.
fn row(draft: &Listed, open: bool, status: Option<&str>, verbs: Vec<Verb>) -> Html {
    html! {
        <li key={draft.id.clone()} class={classes!(open.then_some("open"))}>
            <span class="name">{ draft.name.clone() }</span>
            <span class="time">{ time_label(draft.saved_at) }</span>
            if let Some(status) = status {
                <span class="status">{ status.to_owned() }</span>
            }
            <span class="actions">
                { for verbs.into_iter().map(|verb| html! {
                    <button type="button" class={classes!(verb.danger.then_some("danger"))}
                        aria-label={verb.name} onclick={verb.onclick}>{ verb.label }</button>
                }) }
            </span>
        </li>
    }
}

#[component]
pub fn DraftsPanel(props: &DraftsPanelProps) -> Html {
    // A button acting on one draft, named after the draft it acts on.
    let verb = |label: &'static str, callback: &Callback<String>, d: &Listed| {
        let id = d.id.clone();
        Verb {
            label,
            name: format!("{label}「{}」", d.name),
            onclick: callback.reform(move |_: MouseEvent| id.clone()),
            danger: label == "删除",
        }
    };
    let rename = |on_rename: &Callback<(String, String)>, d: &Listed| {
        let (id, name) = (d.id.clone(), d.name.clone());
        // Cancelling the dialog leaves the name as it was.
        let on_rename = on_rename.clone();
        Verb {
            label: "改名",
            name: format!("改名「{}」", d.name),
            onclick: Callback::from(move |_: MouseEvent| {
                if let Some(asked) =
                    gloo::dialogs::prompt("草稿的新名称（留空则按机关和年度显示）：", Some(&name))
                {
                    on_rename.emit((id.clone(), asked));
                }
            }),
            danger: false,
        }
    };
    let next_year = |d: &Listed| Verb {
        name: match d.year {
            Some(year) => format!(
                "{NEXT_YEAR_LABEL}：以「{}」为上年报告，新建 {} 年度的报告",
                d.name,
                year + 1
            ),
            None => format!("{NEXT_YEAR_LABEL}：以「{}」为上年报告", d.name),
        },
        ..verb(NEXT_YEAR_LABEL, &props.on_next_year, d)
    };
    let stored = |d: &Listed| {
        let open = props.open_id == d.id;
        let mut verbs = Vec::with_capacity(5);
        if !open {
            verbs.push(verb("打开", &props.on_open, d));
        }
        verbs.extend([
            verb("复制", &props.on_duplicate, d),
            rename(&props.on_rename, d),
            next_year(d),
            verb("删除", &props.on_delete, d),
        ]);
        row(d, open, None, verbs)
    };
    let held = |d: &Listed| {
        let verbs = vec![
            verb("打开", &props.on_open_held, d),
            verb("导出 JSON", &props.on_export_held, d),
            rename(&props.on_rename_held, d),
            verb("删除", &props.on_delete_held, d),
        ];
        row(d, false, None, verbs)
    };
    let newer = |d: &Listed| {
        let verbs = vec![verb("下载这份数据", &props.on_download, d)];
        row(d, false, Some(NEWER), verbs)
    };
    let trash = |d: &Listed| row(d, false, None, vec![verb("恢复", &props.on_restore, d)]);
    let count = props.drafts.len() + props.held.len();
    let summary = if props.newer.is_empty() {
        format!("草稿（{count}）")
    } else {
        format!(
            "草稿（{count}，另有 {} 份需更新版本才能打开）",
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
                    <ul class="draft-list held">{ for props.held.iter().map(held) }</ul>
                }
                <ul class="draft-list stored">{ for props.drafts.iter().map(stored) }</ul>
                <p class="explain">
                    { format!("「{NEXT_YEAR_LABEL}」：以这份报告为上年报告，新建下一年度的报告，带入机关名称、落款和上年结转数，并开启跨年度核对。") }
                    { "工具栏的「载入上年报告（核对用）」则是为正在编辑的报告附上上年报告（JSON、Word 文档、网页或文字），用于核对；本报告只在上年结转一行为空时由它填上。" }
                </p>
                if !props.newer.is_empty() {
                    <h3>{ NEWER }</h3>
                    <ul class="draft-list newer">{ for props.newer.iter().map(newer) }</ul>
                }
                if !props.trash.is_empty() {
                    <h3>{ "已删除（可恢复）" }</h3>
                    <ul class="draft-list trash">{ for props.trash.iter().map(trash) }</ul>
                }
            </div>
        </details>
    }
}

/// What a newer version's draft is listed as.
const NEWER: &str = "由更新版本保存，暂不能打开";
