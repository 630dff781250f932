//! The 汇总 view: reports added from files, a folder or this browser's drafts; one row per unit
//! with its checks and key figures; the list of expected units; the reports listed apart; the
//! consolidated tables and the pictures; and the way back to the editor.

use crate::board::Board;
use crate::current::Current;
use crate::detail::Detail;
use crate::drafts::stored_drafts;
use crate::expected::{load_expected, save_expected, Expected};
use crate::handover::open_in_editor;
use crate::page::summary_page;
use crate::pictures::Pictures;
use crate::reading::{files_of, is_report_file, read_all};
use crate::store::{Action, State};
use crate::tables::SumTables;
use crate::units::Units;
use nianbao::charts;
use nianbao::export::docx::docx_with_charts;
use nianbao::json::write_report;
use nianbao::names::place;
use nianbao_app::services::files::{download, download_bytes};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct HuizongProps {
    /// "" on the app's own page; the embedded editor's storage prefix otherwise.
    #[prop_or_default]
    pub prefix: AttrValue,
    /// The editor's `.app` element: reports are handed to it. None: nothing to hand to.
    #[prop_or_default]
    pub editor: Option<web_sys::Element>,
    /// The layer the view is drawn in, hidden by 「返回编辑」 (the view stays as it was).
    #[prop_or_default]
    pub layer: Option<web_sys::Element>,
}

#[component]
pub fn Huizong(props: &HuizongProps) -> Html {
    let state = use_reducer(|| State {
        board: Board {
            expected_text: load_expected(&props.prefix),
            ..Board::default()
        },
        said: None,
    });
    let board = &state.board;

    let add_files = {
        let dispatch = state.dispatcher();
        // `note`: said with the result (files of a folder skipped).
        move |files: Vec<web_sys::File>, note: Option<String>| {
            let dispatch = dispatch.clone();
            let total = files.len();
            if total == 0 {
                if let Some(note) = note {
                    dispatch.dispatch(Action::Say(note));
                }
                return;
            }
            dispatch.dispatch(Action::Reading(0, total));
            wasm_bindgen_futures::spawn_local(async move {
                let start = now();
                let progress = {
                    let dispatch = dispatch.clone();
                    move |done, of| dispatch.dispatch(Action::Reading(done, of))
                };
                let entries = read_all(files, progress).await;
                dispatch.dispatch(Action::Read(entries, start, note));
            });
        }
    };
    let on_files = {
        let add_files = add_files.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            add_files(files_of(input.files()), None);
            input.set_value("");
        })
    };
    let on_folder = {
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let (reports, others): (Vec<_>, Vec<_>) = files_of(input.files())
                .into_iter()
                .partition(|file| is_report_file(&file.name()));
            input.set_value("");
            let note = (!others.is_empty()).then(|| {
                format!(
                    "文件夹中另有 {} 个文件不是报告（只读 .json、.docx、.html、.htm、.txt），已跳过。",
                    others.len()
                )
            });
            add_files(reports, note);
        })
    };
    let on_drafts = {
        let dispatch = state.dispatcher();
        let prefix = props.prefix.clone();
        Callback::from(move |_: MouseEvent| match stored_drafts(&prefix) {
            Ok(entries) if entries.is_empty() => {
                dispatch.dispatch(Action::Say("本浏览器中没有可读的草稿。".to_owned()))
            }
            Ok(entries) => dispatch.dispatch(Action::Read(entries, now(), None)),
            Err(message) => dispatch.dispatch(Action::Say(message)),
        })
    };
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Clear))
    };
    let on_open_sum = {
        let state = state.clone();
        let editor = props.editor.clone();
        let layer = props.layer.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some(editor), Some(total)) = (&editor, &state.board.consolidation) else {
                return;
            };
            let name = format!("{}.json", sum_name(&state.board));
            match open_in_editor(editor, &total.report, &name, None) {
                Ok(()) => hide(&layer),
                Err(_) => state.dispatch(Action::Say(
                    "无法把合计表交给编辑器，请导出后再导入。".to_owned(),
                )),
            }
        })
    };
    let on_open_unit = {
        let state = state.clone();
        let editor = props.editor.clone();
        let layer = props.layer.clone();
        Callback::from(move |(index, path): (usize, Option<String>)| {
            let (Some(editor), Some(entry)) = (&editor, state.board.entries.get(index)) else {
                return;
            };
            let Ok(checked) = &entry.read else { return };
            let name = format!("{}.json", entry.name);
            if open_in_editor(editor, &checked.report, &name, path).is_ok() {
                hide(&layer);
            }
        })
    };
    let on_save_page = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(page) = summary_page(&state.board) else {
                return;
            };
            let name = format!("{}.html", sum_name(&state.board));
            if let Err(message) = download(&name, "text/html", &page) {
                state.dispatch(Action::Say(message));
            }
        })
    };
    let on_save_json = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(total) = &state.board.consolidation else {
                return;
            };
            let name = format!("{}.json", sum_name(&state.board));
            if let Err(message) = download(&name, "application/json", &write_report(&total.report))
            {
                state.dispatch(Action::Say(message));
            }
        })
    };
    let on_save_docx = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(total) = &state.board.consolidation else {
                return;
            };
            let units: Vec<(String, &nianbao::Report)> = state
                .board
                .summed()
                .map(|(_, entry, checked)| (entry.name.clone(), &checked.report))
                .collect();
            let pictures = charts::consolidation_beside_tables(&total.report, &units, "");
            let bytes = docx_with_charts(&total.report, &pictures);
            let name = format!("{}.docx", sum_name(&state.board));
            if let Err(message) = download_bytes(&name, DOCX_TYPE, &bytes) {
                state.dispatch(Action::Say(message));
            }
        })
    };
    let on_back = {
        let layer = props.layer.clone();
        Callback::from(move |_: MouseEvent| hide(&layer))
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_expected = {
        let dispatch = state.dispatcher();
        let prefix = props.prefix.clone();
        Callback::from(move |text: String| {
            if let Err(message) = save_expected(&prefix, &text) {
                dispatch.dispatch(Action::Say(message));
            }
            dispatch.dispatch(Action::Expected(text));
        })
    };
    let on_agency = {
        let dispatch = state.dispatcher();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Action::Agency(input.value()));
        })
    };
    let on_year = {
        let dispatch = state.dispatcher();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Action::Year(input.value().trim().parse().ok()));
        })
    };

    let progress = board.progress.map(|(done, of)| {
        html! {
            <div class="sum-progress" role="status">
                <progress max={of.to_string()} value={done.to_string()}></progress>
                { format!("正在读取并检查：{done} / {of}") }
            </div>
        }
    });
    let summed = board.consolidation.as_ref().map_or(0, |c| c.summed.len());
    let year = board
        .consolidation
        .as_ref()
        .and_then(|c| c.report.meta.year)
        .map_or("（未定）".to_owned(), |y| y.to_string());
    let apart = board.apart_rows();
    let has_editor = props.editor.is_some();
    // The sum goes out under the office's own name, never a placeholder.
    let unnamed = board.agency.trim().is_empty();

    html! {
        <div class="huizong" lang="zh-CN">
            <header class="sum-bar">
                <h1>{ "汇总" }</h1>
                <label class="btn">
                    { "添加报告文件" }
                    <input type="file" multiple=true class="visually-hidden"
                        accept=".json,.docx,.html,.htm,.txt,application/json" onchange={on_files} />
                </label>
                <label class="btn">
                    { "添加文件夹" }
                    <input type="file" class="visually-hidden" webkitdirectory=true onchange={on_folder} />
                </label>
                <button type="button" class="btn" onclick={on_drafts}>{ "加入本浏览器中的草稿" }</button>
                <button type="button" class="btn" onclick={on_clear} disabled={board.entries.is_empty()}>{ "清空" }</button>
                <button type="button" class="btn" onclick={on_print}>{ "打印" }</button>
                if has_editor {
                    <button type="button" class="btn" onclick={on_back}>{ "返回编辑" }</button>
                }
            </header>
            { for progress }
            if let Some(said) = &state.said {
                <p class="sum-said" role="status">{ said }</p>
            }
            <p class="sum-lead">
                { format!("{} 份报告：汇总 {year} 年度 {summed} 份", board.entries.len()) }
                { if apart.is_empty() { String::new() } else { format!("，另列 {} 份（见下）", apart.len()) } }
                { "。检查与编辑器相同；报告只在本浏览器中读取，不上传。" }
            </p>
            <div class="sum-columns">
                <Units board={board.clone()} dispatch={state.dispatcher()} />
                <Expected board={board.clone()} on_change={on_expected} on_select={state.dispatcher().to_callback().reform(|index: usize| Action::Select(Some(index)))} />
            </div>
            if !apart.is_empty() {
                <section class="sum-apart" aria-label="未汇总的报告">
                    <h2>{ "未汇总的报告" }</h2>
                    <ul>
                        { for apart.iter().map(|(index, entry, reason)| {
                            let index = *index;
                            let remove = state.dispatcher().to_callback().reform(move |_: MouseEvent| Action::Remove(index));
                            html! {
                                <li>
                                    <strong>{ &entry.name }</strong>{ format!("（{}）：{reason}", entry.source) }
                                    { " " }<button type="button" class="link" onclick={remove}
                                        aria-label={format!("移除{}（{}）", entry.name, entry.source)}>{ "移除" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if let Some(index) = board.selected {
                if let Some(entry) = board.entries.get(index) {
                    <Detail entry={entry.clone()} {index} {has_editor} on_open={on_open_unit.clone()}
                        last_year={board.last_year_of(index)}
                        on_close={state.dispatcher().to_callback().reform(|_: ()| Action::Select(None))} />
                }
            }
            if let Some(total) = &board.consolidation {
                <section class="sum-total" aria-label="合计表">
                    <h2>{ format!("合计表（{year} 年度，{summed} 个单位）") }</h2>
                    <div class="sum-settings">
                        <label>{ "本级政府名称 " }
                            <input type="text" value={board.agency.clone()} oninput={on_agency} placeholder="如：某某县人民政府" />
                        </label>
                        <label>{ "汇总年度 " }
                            <input type="number" value={board.year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year} placeholder={year.clone()} />
                        </label>
                        if has_editor {
                            <button type="button" class="btn primary" onclick={on_open_sum} disabled={unnamed || summed == 0}>
                                { "作为新草稿打开（政府年报）" }
                            </button>
                        }
                        <button type="button" class="btn" onclick={on_save_docx} disabled={unnamed}
                            title="合计表与图表（Word 图表）；文字部分空着，由本级补写">{ "导出合计表 .docx（含图表）" }</button>
                        <button type="button" class="btn" onclick={on_save_page} disabled={unnamed}>{ "导出汇总网页（含图表）" }</button>
                        <button type="button" class="btn" onclick={on_save_json} disabled={unnamed}>{ "导出合计表（JSON）" }</button>
                        if unnamed {
                            <span class="sum-hint">{ "先填写本级政府名称，才能打开或导出合计表。" }</span>
                        }
                    </div>
                    if !total.blanks.is_empty() {
                        <details class="sum-blanks">
                            <summary>{ format!("{} 个单元格有单位留空（合计只计填写的单位；标黄的格，鼠标停留可见单位）", total.blanks.len()) }</summary>
                            <ul>
                                { for total.blanks.iter().map(|b| html! {
                                    <li>{ place(&b.path, total.report.template) }{ "：" }{ b.units.join("、") }</li>
                                }) }
                            </ul>
                        </details>
                    }
                    <SumTables report={total.report.clone()} blanks={total.blanks.clone()} />
                    <h2>{ "图表" }</h2>
                    <Pictures charts={sum_charts(board)} />
                </section>
            }
            if has_editor {
                <Current prefix={props.prefix.clone()} />
            }
        </div>
    }
}

/// The consolidation's pictures: how requests ended, who asked, reviews and lawsuits; the
/// units ranked by requests received.
pub fn sum_charts(board: &Board) -> Vec<charts::BarChart> {
    let Some(total) = &board.consolidation else {
        return Vec::new();
    };
    let units: Vec<(String, &nianbao::Report)> = board
        .summed()
        .map(|(_, entry, checked)| (entry.name.clone(), &checked.report))
        .collect();
    charts::consolidation_beside_tables(&total.report, &units, "汇总：")
        .into_iter()
        .map(|(_, chart)| chart)
        .collect()
}

/// A .docx file's media type.
pub const DOCX_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The name of the files the sum is saved as: 「某县人民政府2025年度汇总」.
fn sum_name(board: &Board) -> String {
    let Some(total) = &board.consolidation else {
        return "汇总".to_owned();
    };
    let year = total
        .report
        .meta
        .year
        .map_or(String::new(), |y| format!("{y}年度"));
    let name = format!("{}{year}汇总", total.report.meta.agency);
    name.replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "_")
}

fn hide(layer: &Option<web_sys::Element>) {
    if let Some(layer) = layer {
        let _ = layer.set_attribute("hidden", "");
    }
}

pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
