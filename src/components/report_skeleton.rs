//! The report as printed: a title area, then the six sections with their fixed headings, each
//! taken from the library's one list of labels.

use nianbao::layout::{default_title, Section};
use yew::prelude::*;

/// What each section will hold, said in the user's terms until its editor is built.
fn section_hint(section: Section) -> &'static str {
    match section {
        Section::Overview => {
            "主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作的总体情况。"
        }
        Section::Proactive => {
            "表二：规章和行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费。"
        }
        Section::Requests => {
            "表三：本年新收、上年结转、办理结果和结转下年度的申请数量，按申请人分列。"
        }
        Section::Appeals => "表四：因政府信息公开被申请行政复议、提起行政诉讼的情况。",
        Section::Problems => "存在的主要问题，以及已采取或拟采取的改进措施。",
        Section::OtherMatters => "须说明本年度实际收取信息处理费的情况。",
    }
}

#[component]
pub fn ReportSkeleton() -> Html {
    let title = default_title("（机关名称）", None);
    html! {
        <article class="report">
            <header class="report-title">
                <p class="app-name">{ "年报 · 政府信息公开工作年度报告编辑器" }</p>
                <h1>{ title }</h1>
            </header>
            { for Section::ALL.into_iter().map(|section| html! {
                <section class="report-section" id={section.key()}>
                    <h2>{ section.heading() }</h2>
                    <p class="hint">{ section_hint(section) }</p>
                </section>
            }) }
        </article>
    }
}
