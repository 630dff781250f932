//! Banners for what the user must know about their data: storage that does not work, the same
//! draft changed in another tab, stored data that could not be read, an import that was refused.

use crate::state::session::Conflict;
use crate::state::shelf::Quarantined;
use crate::state::storage::StorageProblem;
use yew::prelude::*;

pub struct BannersProps {
    pub storage_problem: Option<StorageProblem>,
    pub conflict: Option<Conflict>,
    pub quarantined: Vec<Quarantined>,
    /// The file name and one line per problem.
    pub import_errors: Option<(String, Vec<String>)>,
    pub on_export_json: Callback<()>,
    pub on_take_theirs: Callback<()>,
    pub on_keep_mine: Callback<()>,
    /// The open draft was deleted in another tab: keep working on it, stored again.
    pub on_store_again: Callback<()>,
    pub on_download_quarantined: Callback<String>,
    pub on_dismiss_quarantined: Callback<()>,
    pub on_dismiss_import: Callback<()>,
}

/// A function, not a component: it is redrawn with the app anyway, and each component type costs
/// the first load.
pub fn banners(props: &BannersProps) -> Html {
    let unit = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    html! {
        <div class="banners">
            if let Some(problem) = &props.storage_problem {
                <div class="banner error" role="alert" data-testid="storage-banner">
                    <p>{ problem.message() }{ "您的修改仍保留在本页中，可以继续编辑；打开别的草稿时，未保存的草稿留在「草稿」列表的「未保存的草稿」中，直到关闭页面。关闭页面前请导出 JSON 文件保存。" }</p>
                    <button type="button" onclick={unit(&props.on_export_json)}>{ "导出 JSON 文件" }</button>
                </div>
            }
            if let Some(conflict) = props.conflict {
                // Either way, this page's content can be kept as a draft of its own.
                <div class="banner warning" role="alert" data-testid="conflict-banner">
                    <p>{ match conflict {
                        Conflict::Changed => "此草稿已在另一个标签页中修改。为避免互相覆盖，本页已暂停自动保存。",
                        Conflict::Deleted => "此草稿已在另一个标签页中删除（可在「草稿」的「已删除」中找回）。为免误存，本页已暂停自动保存。",
                    } }</p>
                    { match conflict {
                        Conflict::Changed => html! {
                            <button type="button" onclick={unit(&props.on_take_theirs)}>{ "载入另一标签页的版本（放弃本页的修改）" }</button>
                        },
                        Conflict::Deleted => html! {
                            <button type="button" onclick={unit(&props.on_store_again)}>{ "保留本页内容，继续编辑" }</button>
                        },
                    } }
                    <button type="button" onclick={unit(&props.on_keep_mine)}>{ "把本页内容另存为新草稿" }</button>
                </div>
            }
            if !props.quarantined.is_empty() {
                <div class="banner warning" role="alert" data-testid="quarantine-banner">
                    <p>{ format!("浏览器中有 {} 份草稿数据无法读取，已移到一旁，没有删除：", props.quarantined.len()) }</p>
                    <ul>
                        { for props.quarantined.iter().map(|q| {
                            let key = q.key.clone();
                            html! {
                                <li key={q.key.clone()}>
                                    { q.reason.clone() }
                                    <button type="button" onclick={props.on_download_quarantined.reform(move |_: MouseEvent| key.clone())}>{ "下载这份数据" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                    <button type="button" onclick={unit(&props.on_dismiss_quarantined)}>{ "知道了" }</button>
                </div>
            }
            if let Some((file, problems)) = &props.import_errors {
                <div class="banner error" role="alert" data-testid="import-banner">
                    <p>{ match problems.len() {
                        1 => format!("未导入「{file}」，已有草稿没有任何改动："),
                        n => format!("未导入「{file}」：发现 {n} 个问题，已有草稿没有任何改动。"),
                    } }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                    <button type="button" onclick={unit(&props.on_dismiss_import)}>{ "知道了" }</button>
                </div>
            }
        </div>
    }
}
