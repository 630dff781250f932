//! 落款 and 成文日期, at the end of the report and to the right, as the printed report has them.

use super::marks::{mark_classes, message_id, Marks};
use super::meta_form::meta_setter;
use super::text_field::TextField;
use crate::state::draft::Draft;
use crate::store::Dispatch;
use nianbao::layout::MetaField;
use nianbao::Field;
use std::rc::Rc;
use yew::prelude::*;

/// A function of the report editor, not a component of its own: it is redrawn with the report
/// anyway, and each component type costs the first load.
pub fn signature_block(draft: &Rc<Draft>, marks: &Marks, dispatch: &Dispatch) -> Html {
    let meta = &draft.report.meta;
    let signature_path = Field::Meta(MetaField::Signature).path();
    let date_path = Field::Meta(MetaField::Date).path();
    let date_mark = marks.get(&date_path);
    let on_date = {
        let set = meta_setter(dispatch, MetaField::Date);
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                set.emit(input.value());
            }
        })
    };
    let readonly = draft.is_read_only();
    html! {
        <section class="signature" aria-label="落款和成文日期">
            // What prints: 落款 (the agency when none is given) and the date, as the exports set them.
            <div class="print-text" aria-hidden="true">
                <p>{ nianbao::export::signature(&draft.report) }</p>
                <p>{ meta.date.map(|d| d.chinese()).unwrap_or_default() }</p>
            </div>
            <TextField path={signature_path.clone()} label={MetaField::Signature.label()} {readonly}
                value={meta.signature.clone().unwrap_or_default()}
                onchange={meta_setter(dispatch, MetaField::Signature)}
                mark={marks.get(&signature_path)} placeholder="发布机关名称" />
            <div class={classes!("field", mark_classes(&date_mark))}>
                <label for="field-meta-date">{ MetaField::Date.label() }</label>
                <input type="date" id="field-meta-date" data-path={date_path.clone()}
                    value={meta.date.map(|d| d.iso()).unwrap_or_default()}
                    {readonly}
                    aria-invalid={date_mark.severity.is_some().then_some("true")}
                    aria-describedby={date_mark.severity.is_some().then(|| message_id(&date_path))}
                    onchange={on_date} />
                if date_mark.severity.is_some() {
                    <div class="field-message" id={message_id(&date_path)} role="note">
                        { for date_mark.message.split('\n').map(|m| html! { <p>{ m.to_owned() }</p> }) }
                    </div>
                }
            </div>
        </section>
    }
}
