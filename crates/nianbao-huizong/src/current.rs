//! The draft open in the editor, up close: 「文字与表格核对」, every number claim its narrative
//! makes with what it was compared with and the verdict (issue 12), and its pictures — how its
//! requests ended, who asked, reviews and lawsuits, and this year against last when last
//! year's report is attached. Read from the draft as autosaved, each time it is drawn.

use crate::claims::Claims;
use crate::pictures::Pictures;
use crate::view::DOCX_TYPE;
use nianbao::charts;
use nianbao::export::docx::docx_with_charts;
use nianbao::export::file_name;
use nianbao_app::services::files::download_bytes;
use nianbao_app::services::storage::BrowserStorage;
use nianbao_app::state::draft::Draft;
use nianbao_app::state::shelf::load;
use nianbao_app::state::storage::Storage;
use yew::prelude::*;

/// The draft this tab has open, as last saved.
fn open_draft(prefix: &str) -> Option<Draft> {
    let storage = BrowserStorage::new(prefix);
    let id = storage.remembered_open()?;
    Some(load(&storage, &id).ok()??.draft)
}

/// One report's pictures; with last year's beside this year's when there is one.
pub fn report_charts(draft: &Draft) -> Vec<charts::BarChart> {
    let report = &draft.report;
    let mut pictures = vec![
        charts::outcome_mix(report, ""),
        charts::applicants(report, ""),
        charts::appeals(report, ""),
    ];
    if let Some(last_year) = &draft.last_year {
        pictures.push(charts::year_on_year(report, last_year, ""));
    }
    pictures
}

#[derive(Properties, PartialEq)]
pub struct CurrentProps {
    pub prefix: AttrValue,
}

#[component]
pub fn Current(props: &CurrentProps) -> Html {
    // None: not drawn yet; Some(None): no draft open.
    let draft = use_state(|| None::<Option<Draft>>);
    let draw = {
        let draft = draft.clone();
        let prefix = props.prefix.clone();
        Callback::from(move |_: MouseEvent| draft.set(Some(open_draft(&prefix))))
    };
    let save_docx = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(Some(draft)) = &*draft {
                let report = &draft.report;
                let pictures = charts::beside_tables(report, draft.last_year.as_ref());
                let bytes = docx_with_charts(report, &pictures);
                let name = file_name(&format!("{}（含图表）", report.title()), "docx");
                let _ = download_bytes(&name, DOCX_TYPE, &bytes);
            }
        })
    };
    let label = if draft.is_some() {
        "按当前内容重新核对"
    } else {
        "核对当前草稿并绘制图表"
    };
    let body = match &*draft {
        None => html! {},
        Some(None) => html! { <p>{ "没有找到编辑器中打开的草稿。" }</p> },
        Some(Some(draft)) => html! {
            <>
                <p>
                    { format!("{}，按自动保存的内容绘制。", draft.display_name()) }
                    if draft.last_year.is_none() { { "载入上年报告后，另有本年与上年的对比图。" } }
                </p>
                <Claims report={draft.report.clone()} />
                <h3>{ "图表" }</h3>
                <Pictures charts={report_charts(draft)} />
                <p>
                    <button type="button" class="btn" onclick={save_docx}>{ "导出 .docx（图表在表三、表四之后）" }</button>
                    { " 图表为 Word 图表，可在 Word、WPS 中修改样式。" }
                </p>
            </>
        },
    };
    html! {
        <section class="sum-current" aria-label="当前草稿：文字与表格核对、图表" tabindex="-1">
            <div class="sum-detail-head">
                <h2>{ "当前草稿：文字与表格核对、图表" }</h2>
                <button type="button" class="btn" onclick={draw}>{ label }</button>
            </div>
            { body }
        </section>
    }
}
