//! The whole report, editable, in the order and look of the printed report: title, meta,
//! preamble, then the six sections with their fixed headings.

use super::marks::Marks;
use super::meta_form::{meta_form, Fixed};
use super::report_table::ReportTable;
use super::signature_block::signature_block;
use super::text_field::TextField;
use crate::state::draft::Draft;
use crate::state::editor::Action;
use crate::store::use_dispatch;
use nianbao::layout::{Section, TableId, TextField as Narrative};
use std::rc::Rc;

fn title_lines(title: &str) -> Html {
    super::labels::header_lines(&nianbao::export::title_lines(title))
}
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportEditorProps {
    pub draft: Rc<Draft>,
    pub marks: Rc<Marks>,
    /// 机关名称 and 年度 fixed by an embedding portal (state::setup): shown, not editable.
    #[prop_or_default]
    pub fixed: Fixed,
    /// 「转换为 2021 格式的草稿」, offered on a 2019-format report.
    pub on_convert: Callback<()>,
}

fn placeholder(field: Narrative) -> &'static str {
    match field {
        Narrative::Preamble => "法律依据、统计期限（1月1日至12月31日）、报告发布网址、联系方式等（可不填）。",
        Narrative::Overview => "（一）主动公开\n（二）依申请公开\n（三）政府信息管理\n（四）政府信息公开平台建设\n（五）监督保障",
        Narrative::Problems => "存在的主要问题……\n改进措施……",
        Narrative::OtherMatters => "本年度信息处理费收取情况（例如：本年度未收取信息处理费。）及其他需要报告的事项。",
    }
}

#[component]
pub fn ReportEditor(props: &ReportEditorProps) -> Html {
    let dispatch = use_dispatch();
    let report = &props.draft.report;
    let narrative = |field: Narrative, label_hidden: bool| {
        let dispatch = dispatch.clone();
        let onchange = Callback::from(move |text: String| {
            dispatch.dispatch(Action::SetText {
                field,
                text,
                at: js_sys::Date::now(),
            })
        });
        html! {
            <TextField multiline=true path={field.key()} label={field.label()} {label_hidden} readonly={props.draft.is_read_only()}
                value={report.text(field).to_owned()} {onchange}
                placeholder={placeholder(field)} mark={props.marks.get(field.key())} />
        }
    };
    let content = |section: Section| match (TableId::of_section(section), section) {
        (Some(table), _) => html! {
            <ReportTable {table} draft={props.draft.clone()} marks={props.marks.clone()} />
        },
        (None, Section::Problems) => narrative(Narrative::Problems, true),
        (None, Section::OtherMatters) => narrative(Narrative::OtherMatters, true),
        (None, _) => narrative(Narrative::Overview, true),
    };
    html! {
        <article class="report">
            <header class="report-title">
                // Broken where the exports break it (before 「政府信息公开工作年度报告」).
                <h1>{ title_lines(&report.title()) }</h1>
                if props.draft.is_read_only() {
                    <div class="template-note" role="note">
                        <p>{ format!("本报告采用{}，按原样只读显示：它的表二栏目与现行格式不同，不能直接在现行表格中填写。", nianbao::Template::Gb2019.label()) }</p>
                        <p>{ "要在此基础上修改，请转换为 2021 格式的新草稿：能对应的数字会带过去，不能对应的留空并逐项说明；原报告保持不变。" }</p>
                        <button type="button" class="primary" onclick={props.on_convert.reform(|_: MouseEvent| ())}>{ "转换为 2021 格式的草稿" }</button>
                    </div>
                }
            </header>
            { meta_form(&props.draft, &props.marks, props.fixed, &dispatch) }
            <section class="report-section preamble" id="preamble">
                { narrative(Narrative::Preamble, false) }
            </section>
            { for Section::ALL.into_iter().map(|section| html! {
                <section class="report-section" id={section.key()} key={section.key()}>
                    <h2>{ section.heading() }</h2>
                    { content(section) }
                </section>
            }) }
            { signature_block(&props.draft, &props.marks, &dispatch) }
        </article>
    }
}
