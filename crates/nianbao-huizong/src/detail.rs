//! One unit's report up close: its findings, each openable at its cell in the editor, and its
//! pictures (how its requests ended, who asked, reviews and lawsuits).

use crate::board::{Checked, Entry};
use crate::pictures::Pictures;
use nianbao::charts;
use nianbao::rules::Severity;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub entry: Entry,
    pub index: usize,
    pub has_editor: bool,
    /// Opens the report in the editor, at a finding's cell when one is given.
    pub on_open: Callback<(usize, Option<String>)>,
    pub on_close: Callback<()>,
    /// The same unit's report of the year before, when it was added too.
    #[prop_or_default]
    pub last_year: Option<Rc<Checked>>,
}

#[component]
pub fn Detail(props: &DetailProps) -> Html {
    let Ok(checked) = &props.entry.read else {
        return html! {};
    };
    let index = props.index;
    // Shown below the lists: brought into view, and the keyboard with it, when a unit is chosen.
    let section = use_node_ref();
    {
        let section = section.clone();
        use_effect_with(index, move |_| {
            if let Some(section) = section.cast::<web_sys::HtmlElement>() {
                section.scroll_into_view();
                let _ = section.focus();
            }
        });
    }
    let open = props.on_open.reform(move |_: MouseEvent| (index, None));
    let close = props.on_close.reform(|_: MouseEvent| ());
    let findings = checked.findings.iter().map(|finding| {
        let path = finding.path.clone();
        let onclick = props
            .on_open
            .reform(move |_: MouseEvent| (index, Some(path.clone())));
        let class = match finding.severity {
            Severity::Error => "finding error",
            Severity::Warning => "finding warn",
        };
        html! {
            <li {class}>
                <span class="severity">{ finding.severity.label() }</span>
                { &finding.message }
                if props.has_editor {
                    { " " }<button type="button" class="link" {onclick}>{ "到此单元格" }</button>
                }
            </li>
        }
    });
    let whose = format!("{}：", props.entry.name);
    let mut pictures = vec![
        charts::outcome_mix(&checked.report, &whose),
        charts::applicants(&checked.report, &whose),
        charts::appeals(&checked.report, &whose),
    ];
    if let Some(last_year) = &props.last_year {
        pictures.push(charts::year_on_year(
            &checked.report,
            &last_year.report,
            &whose,
        ));
    }
    html! {
        <section class="sum-detail" aria-label={format!("{}的检查结果", props.entry.name)}
            ref={section} tabindex="-1">
            <div class="sum-detail-head">
                <h2>{ format!("{}（{}）", props.entry.name, props.entry.source) }</h2>
                if props.has_editor {
                    <button type="button" class="btn" onclick={open}>{ "在编辑器中打开" }</button>
                }
                <button type="button" class="btn" onclick={close}>{ "收起" }</button>
            </div>
            if checked.findings.is_empty() {
                <p>{ "检查未发现问题。" }</p>
            } else {
                <ul class="sum-findings">{ for findings }</ul>
            }
            <Pictures charts={pictures} />
        </section>
    }
}
