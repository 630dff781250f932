//! The toolbar: undo and redo, the two bulk fixes, and files in and out.

use super::export_menu::ExportMenu;
use super::value_input::RECOMPUTE_LABEL;
use crate::state::editor::Action;
use crate::state::export::ExportKind;
use crate::store::use_dispatch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub stated_totals: bool,
    pub has_last_year: bool,
    pub on_export: Callback<ExportKind>,
    /// 「导出」 was opened.
    pub on_export_opened: Callback<()>,
    /// A 2019-format report shown as it is: nothing to fill or recompute.
    pub read_only: bool,
    /// Called with the chosen file (import as a new draft).
    pub on_import: Callback<web_sys::File>,
    /// Called with the chosen file (attach as last year's report).
    pub on_import_last_year: Callback<web_sys::File>,
    /// 「粘贴上年报告」 was pressed.
    pub on_paste: Callback<()>,
    /// False when a portal page hides the import buttons (`data-hide="import"`).
    #[prop_or(true)]
    pub show_import: bool,
    /// False when embedded in a portal's page (see ExportMenu).
    #[prop_or(true)]
    pub can_print: bool,
}

/// What the pickers offer: JSON, and what the importer reads (its kind is then told by content).
const ACCEPTED: &str = ".json,.docx,.html,.htm,.txt,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain";

fn file_picker(
    id: &'static str,
    label: &'static str,
    title: &'static str,
    on_file: Callback<web_sys::File>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            // Choosing the same file again must fire again.
            input.set_value("");
        }
    });
    // The file chooser is open for seconds: the worker gets its readers ready meanwhile.
    let onclick = Callback::from(|_: MouseEvent| crate::services::export_worker::warm_up_import());
    html! {
        <label class="button file" for={id} {title}>
            { label }
            <input type="file" id={id} accept={ACCEPTED} class="visually-hidden" {onchange} {onclick} />
        </label>
    }
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let dispatch = use_dispatch();
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label="编辑工具">
            <div class="group">
                <button type="button" onclick={send(Action::Undo)} disabled={!props.can_undo} title="Ctrl+Z">{ "撤销" }</button>
                <button type="button" onclick={send(Action::Redo)} disabled={!props.can_redo} title="Ctrl+Y">{ "重做" }</button>
            </div>
            if !props.read_only {
                <div class="group">
                    <button type="button" onclick={send(Action::FillBlanksWithZero)}>{ "空白处填 0" }</button>
                    if props.stated_totals {
                        <button type="button" onclick={send(Action::RecomputeTotals)}
                            title="导入的报告保留原文的合计数；按此按钮按分项重新计算">{ RECOMPUTE_LABEL }</button>
                    }
                </div>
            }
            <div class="group">
                <ExportMenu on_export={props.on_export.clone()} on_open={props.on_export_opened.clone()} can_print={props.can_print} />
            </div>
            if props.show_import {
            <div class="group">
                { file_picker("import-json", "导入报告", "JSON、Word 文档、网页或文字，也可拖到页面上；已有草稿不受影响", props.on_import.clone()) }
                { file_picker(
                    "import-last-year",
                    if props.has_last_year { "更换上年报告（核对用）" } else { "载入上年报告（核对用）" },
                    "上年报告（JSON、Word 文档、网页或文字），用于跨年度核对或据此新建本年度报告",
                    props.on_import_last_year.clone(),
                ) }
                <button type="button" onclick={props.on_paste.reform(|_: MouseEvent| ())}
                    title="从 Word、WPS、PDF 或网页复制的上年报告">{ "粘贴上年报告" }</button>
                // No handler here: boot.js loads the 汇总 view (a module of its own) on a click.
                <button type="button" data-huizong="" title="汇总多个单位的报告：合计表、应报名单与图表">{ "汇总" }</button>
                <button type="button" data-huizong="claims" title="文字部分的每个数字与表格的核对结果，以及本报告的图表">{ "文字与表格核对" }</button>
            </div>
            }
        </div>
    }
}
