//! The findings panel: how far the report is, then every finding shown, errors before warnings.
//! Choosing one scrolls to and focuses its cell or field and lights up the other cells of its
//! equation. Blank cells are gathered under one entry with the 「空白处填 0」 fix: listed one by
//! one they would bury the findings that need thought. Gaps of tables not worked in yet are only
//! counted, until 「检查全部」 (see state::review).

use super::focus::{app_of, reveal, FINDINGS_HEADING};
use super::marks::is_sum_mismatch;
use super::status_line::{checks_text, progress_text};
use super::value_input::RECOMPUTE_LABEL;
use crate::hooks::use_shortcuts::{LastPlace, JUMP_KEY};
use crate::state::editor::Action;
use crate::state::review::Progress;
use crate::store::use_dispatch;
use nianbao::rules::{Finding, Rule, Severity};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsPanelProps {
    pub findings: Rc<Vec<Finding>>,
    pub selected: Option<usize>,
    pub errors: usize,
    pub warnings: usize,
    pub progress: Progress,
    /// The totals are as a source stated them: a wrong one can be recomputed from its finding.
    pub stated_totals: bool,
    /// A report shown as it is: no fix is offered, since nothing in it can change.
    pub read_only: bool,
    /// Where F8 or 「回到单元格」 goes back to.
    pub last_place: LastPlace,
}

#[component]
pub fn FindingsPanel(props: &FindingsPanelProps) -> Html {
    let dispatch = use_dispatch();
    let (errors, warnings) = (props.errors, props.warnings);
    let progress = props.progress;
    let blanks = props
        .findings
        .iter()
        .filter(|f| f.rule == Rule::CellBlank)
        .count();
    let blanks_open = use_state(|| false);
    let on_blanks_toggle = {
        let blanks_open = blanks_open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                blanks_open.set(details.open());
            }
        })
    };
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let back = {
        let last_place = props.last_place.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(app) = app_of(event.target()) {
                last_place.go_back(&app);
            }
        })
    };
    let item = |(index, finding): (usize, &Finding)| {
        let onclick = {
            let dispatch = dispatch.clone();
            let path = finding.path.clone();
            let related = finding.related.clone();
            Callback::from(move |event: MouseEvent| {
                dispatch.dispatch(Action::SelectFinding(Some(index)));
                if let Some(app) = app_of(event.target()) {
                    reveal(&app, &path, &related);
                }
            })
        };
        let kind = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let recompute = props.stated_totals && !props.read_only && is_sum_mismatch(finding.rule);
        html! {
            <li key={format!("{index}-{}", finding.path)} class={classes!("finding", kind, (props.selected == Some(index)).then_some("selected"))}>
                <button type="button" {onclick} data-rule={finding.rule.id()} data-target={finding.path.clone()}>
                    <span class="badge">{ finding.severity.label() }</span>
                    <span class="rule">{ finding.rule.title() }</span>
                    <span class="message">{ finding.message.clone() }</span>
                </button>
                if recompute {
                    <button type="button" class="fix" onclick={send(Action::RecomputeTotals)}>{ RECOMPUTE_LABEL }</button>
                }
            </li>
        }
    };
    html! {
        <aside class="findings" aria-labelledby={FINDINGS_HEADING}>
            <h2 id={FINDINGS_HEADING} tabindex="-1">{ "检查结果" }</h2>
            <p class="progress-line">
                { progress_text(&progress) }
                <progress max={progress.cells.to_string()} value={progress.cells_filled.to_string()} aria-label="已填单元格" />
            </p>
            <p class="counts">
                <span class={classes!("count", "error", (errors == 0).then_some("none"))}>{ format!("{errors} 个错误") }</span>
                <span class={classes!("count", "warning", (warnings == 0).then_some("none"))}>{ format!("{warnings} 个提醒") }</span>
            </p>
            if progress.hidden > 0 {
                <div class="to-do">
                    <p>{ format!(
                        "还有 {} 处待填写（空白单元格、未写的部分等）：在填写过的表格里和「检查全部」之后，它们才标为错误。",
                        progress.hidden
                    ) }</p>
                    <button type="button" onclick={send(Action::CheckAll)}>{ "检查全部" }</button>
                </div>
            }
            if props.findings.is_empty() {
                <p class="all-clear">{ checks_text(0, 0, &progress) }</p>
            } else {
                <ol>{ for props.findings.iter().enumerate().filter(|(_, f)| f.severity == Severity::Error && f.rule != Rule::CellBlank).map(item) }</ol>
                if blanks > 0 {
                    <details class="blank-cells" open={*blanks_open} ontoggle={on_blanks_toggle}>
                        <summary>
                            <span class="badge">{ Severity::Error.label() }</span>
                            { format!("{} 个单元格是空的", blanks) }
                        </summary>
                        <p class="hint">{ "已公布的表格不能留空：没有发生的请填 0。" }</p>
                        if !props.read_only {
                            <button type="button" class="primary" onclick={send(Action::FillBlanksWithZero)}>{ "空白处填 0" }</button>
                        }
                        // Listed only when opened: a new report has ~200 of them, and drawing them
                        // all would slow the first paint and every keystroke.
                        if *blanks_open {
                            <ol>{ for props.findings.iter().enumerate().filter(|(_, f)| f.rule == Rule::CellBlank).map(item) }</ol>
                        }
                    </details>
                }
                <ol>{ for props.findings.iter().enumerate().filter(|(_, f)| f.severity == Severity::Warning).map(item) }</ol>
            }
            <p class="keys">
                <button type="button" class="link" onclick={back}>{ format!("回到刚才的单元格（{JUMP_KEY}）") }</button>
                { format!("　在报告中按 {JUMP_KEY} 可随时跳到这里。") }
            </p>
        </aside>
    }
}
