//! The report's meta block: 机关名称, 年度, 报告类型, 标题 (with its default), 落款, 成文日期.

use super::marks::{mark_classes, message_id, Marks};
use super::text_field::TextField;
use crate::state::draft::Draft;
use crate::state::editor::Action;
use crate::store::use_dispatch;
use nianbao::layout::{MetaField, ReportKind};
use nianbao::Field;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MetaFormProps {
    pub draft: Rc<Draft>,
    pub marks: Rc<Marks>,
}

#[component]
pub fn MetaForm(props: &MetaFormProps) -> Html {
    let dispatch = use_dispatch();
    let meta = &props.draft.report.meta;
    let set = |field: MetaField| {
        let dispatch = dispatch.clone();
        Callback::from(move |text: String| {
            dispatch.dispatch(Action::SetMeta {
                field,
                text,
                at: js_sys::Date::now(),
            })
        })
    };
    let path = |field: MetaField| Field::Meta(field).path();
    let year_text = props
        .draft
        .raw_inputs
        .get(&path(MetaField::Year))
        .cloned()
        .or_else(|| meta.year.map(|y| y.to_string()))
        .unwrap_or_default();
    let on_kind = {
        let set = set(MetaField::Kind);
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                set.emit(select.value());
            }
        })
    };
    let on_date = {
        let set = set(MetaField::Date);
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                set.emit(input.value());
            }
        })
    };
    let date_path = path(MetaField::Date);
    let date_mark = props.marks.get(&date_path);
    let kind_path = path(MetaField::Kind);
    html! {
        <section class="meta" aria-label="报告信息">
            <div class="meta-grid">
                <TextField path={path(MetaField::Agency)} label={MetaField::Agency.label()} hint="必填"
                    value={meta.agency.clone()} onchange={set(MetaField::Agency)}
                    mark={props.marks.get(&path(MetaField::Agency))} placeholder="例如：某某市某某局" />
                <TextField path={path(MetaField::Year)} label={MetaField::Year.label()} hint="必填"
                    value={year_text} onchange={set(MetaField::Year)}
                    mark={props.marks.get(&path(MetaField::Year))} placeholder="例如：2025" />
                <div class="field">
                    <label for="field-meta-kind">{ MetaField::Kind.label() }</label>
                    <select id="field-meta-kind" data-path={kind_path} onchange={on_kind}>
                        { for ReportKind::ALL.into_iter().map(|kind| html! {
                            <option value={kind.key()} selected={meta.kind == kind}>{ kind.label() }</option>
                        }) }
                    </select>
                </div>
                <TextField path={path(MetaField::Title)} label={MetaField::Title.label()}
                    value={meta.title.clone().unwrap_or_default()} onchange={set(MetaField::Title)}
                    placeholder={props.draft.report.title()} hint="留空则用默认标题"
                    mark={props.marks.get(&path(MetaField::Title))} />
                <TextField path={path(MetaField::Signature)} label={MetaField::Signature.label()}
                    value={meta.signature.clone().unwrap_or_default()} onchange={set(MetaField::Signature)}
                    mark={props.marks.get(&path(MetaField::Signature))} placeholder="发布机关名称" />
                <div class={classes!("field", mark_classes(&date_mark))}>
                    <label for="field-meta-date">{ MetaField::Date.label() }</label>
                    <input type="date" id="field-meta-date" data-path={date_path.clone()}
                        value={meta.date.map(|d| d.iso()).unwrap_or_default()}
                        aria-invalid={date_mark.severity.is_some().then_some("true")}
                        aria-describedby={date_mark.severity.is_some().then(|| message_id(&date_path))}
                        onchange={on_date} />
                    if date_mark.severity.is_some() {
                        <div class="field-message" id={message_id(&date_path)} role="note">
                            { for date_mark.message.split('\n').map(|m| html! { <p>{ m.to_owned() }</p> }) }
                        </div>
                    }
                </div>
            </div>
        </section>
    }
}
