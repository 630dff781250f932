//! The report's meta block at the top: 机关名称, 年度, 报告类型 and 标题 (with its default). 落款 and
//! 成文日期 sit at the end, where the printed report has them (signature_block.rs).

use super::marks::Marks;
use super::text_field::TextField;
use crate::state::draft::Draft;
use crate::state::editor::Action;
use crate::store::Dispatch;
use nianbao::layout::{MetaField, ReportKind};
use nianbao::Field;
use std::rc::Rc;
use yew::prelude::*;

/// Which meta fields the embedding portal fixed (state::setup).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Fixed {
    pub agency: bool,
    pub year: bool,
}

/// A callback that sets one meta field from its text.
pub fn meta_setter(dispatch: &Dispatch, field: MetaField) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |text: String| {
        dispatch.dispatch(Action::SetMeta {
            field,
            text,
            at: js_sys::Date::now(),
        })
    })
}

/// A function of the report editor, not a component of its own: it is redrawn with the report
/// anyway, and each component type costs the first load.
pub fn meta_form(draft: &Rc<Draft>, marks: &Marks, fixed: Fixed, dispatch: &Dispatch) -> Html {
    let meta = &draft.report.meta;
    let set = |field: MetaField| meta_setter(dispatch, field);
    let path = |field: MetaField| Field::Meta(field).path();
    let year_text = draft
        .raw_inputs
        .get(&path(MetaField::Year))
        .cloned()
        .or_else(|| meta.year.map(|y| y.to_string()))
        .unwrap_or_default();
    let readonly = draft.is_read_only();
    // What the embedding portal fixed (data-fixed) cannot be edited.
    let locked = |field: MetaField| {
        readonly
            || match field {
                MetaField::Agency => fixed.agency,
                MetaField::Year => fixed.year,
                _ => false,
            }
    };
    let on_kind = {
        let set = set(MetaField::Kind);
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                set.emit(select.value());
            }
        })
    };
    let kind_path = path(MetaField::Kind);
    html! {
        <section class="meta" aria-label="报告信息">
            <div class="meta-grid">
                <TextField path={path(MetaField::Agency)} label={MetaField::Agency.label()} hint={if fixed.agency { "由本页面限定" } else { "必填" }} wide=true readonly={locked(MetaField::Agency)}
                    value={meta.agency.clone()} onchange={set(MetaField::Agency)}
                    mark={marks.get(&path(MetaField::Agency))} placeholder="例如：某某市某某局" />
                <TextField path={path(MetaField::Year)} label={MetaField::Year.label()} hint={if fixed.year { "由本页面限定" } else { "必填" }} readonly={locked(MetaField::Year)}
                    value={year_text} onchange={set(MetaField::Year)}
                    mark={marks.get(&path(MetaField::Year))} placeholder="例如：2025" />
                <div class="field">
                    <label for="field-meta-kind">{ MetaField::Kind.label() }</label>
                    <select id="field-meta-kind" data-path={kind_path} onchange={on_kind} disabled={readonly}>
                        { for ReportKind::ALL.into_iter().map(|kind| html! {
                            <option value={kind.key()} selected={meta.kind == kind}>{ kind.label() }</option>
                        }) }
                    </select>
                </div>
                <TextField path={path(MetaField::Title)} label={MetaField::Title.label()} wide=true {readonly}
                    value={meta.title.clone().unwrap_or_default()} onchange={set(MetaField::Title)}
                    placeholder={draft.report.title()} hint="留空则用默认标题"
                    mark={marks.get(&path(MetaField::Title))} />
            </div>
        </section>
    }
}
