//! The findings panel: every finding, errors before warnings, with counts. Choosing one scrolls to
//! and focuses its cell or field and lights up the other cells of its equation. Blank cells are
//! gathered under one entry with the 「空白处填 0」 fix: a new report has two hundred of them, and
//! listed one by one they would bury the findings that need thought.

use super::focus::reveal;
use crate::state::editor::Action;
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
}

#[component]
pub fn FindingsPanel(props: &FindingsPanelProps) -> Html {
    let dispatch = use_dispatch();
    let (errors, warnings) = (props.errors, props.warnings);
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
    let fill_zero = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::FillBlanksWithZero))
    };
    let item = |(index, finding): (usize, &Finding)| {
        let onclick = {
            let dispatch = dispatch.clone();
            let path = finding.path.clone();
            let related = finding.related.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.dispatch(Action::SelectFinding(Some(index)));
                reveal(&path, &related);
            })
        };
        let kind = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        html! {
            <li key={format!("{index}-{}", finding.path)} class={classes!("finding", kind, (props.selected == Some(index)).then_some("selected"))}>
                <button type="button" {onclick} data-rule={finding.rule.id()} data-target={finding.path.clone()}>
                    <span class="badge">{ finding.severity.label() }</span>
                    <span class="rule">{ finding.rule.title() }</span>
                    <span class="message">{ finding.message.clone() }</span>
                </button>
            </li>
        }
    };
    html! {
        <aside class="findings" aria-label="检查结果">
            <h2>{ "检查结果" }</h2>
            <p class="counts">
                <span class="count error">{ format!("{errors} 个错误") }</span>
                <span class="count warning">{ format!("{warnings} 个提醒") }</span>
            </p>
            if props.findings.is_empty() {
                <p class="all-clear">{ "没有发现问题，可以导出。" }</p>
            } else {
                <ol>{ for props.findings.iter().enumerate().filter(|(_, f)| f.severity == Severity::Error && f.rule != Rule::CellBlank).map(item) }</ol>
                if blanks > 0 {
                    <details class="blank-cells" open={*blanks_open} ontoggle={on_blanks_toggle}>
                        <summary>
                            <span class="badge">{ Severity::Error.label() }</span>
                            { format!("{} 个单元格是空的", blanks) }
                        </summary>
                        <p class="hint">{ "已公布的表格不能留空：没有发生的请填 0。" }</p>
                        <button type="button" class="primary" onclick={fill_zero}>{ "空白处填 0" }</button>
                        // Listed only when opened: a new report has ~200 of them, and drawing them
                        // all would slow the first paint and every keystroke.
                        if *blanks_open {
                            <ol>{ for props.findings.iter().enumerate().filter(|(_, f)| f.rule == Rule::CellBlank).map(item) }</ol>
                        }
                    </details>
                }
                <ol>{ for props.findings.iter().enumerate().filter(|(_, f)| f.severity == Severity::Warning).map(item) }</ol>
            }
        </aside>
    }
}
