//! A narrative field (前言, 一, 五, 六) or a one-line meta field that is safe for Chinese input
//! methods: while a pinyin composition is under way nothing is sent to the store, so nothing
//! re-renders the field and the composition is never broken; the text is committed when the
//! composition ends.

use super::marks::{mark_classes, message_id, Mark};
use crate::hooks::use_composition::text_of;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub path: AttrValue,
    pub value: AttrValue,
    pub label: AttrValue,
    /// Called with the whole text after each committed change.
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub mark: Mark,
    /// Shown in the field's label line (e.g. 「必填」).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Takes two columns of the meta grid (long names and titles).
    #[prop_or_default]
    pub wide: bool,
    /// The label is read out but not shown (the section heading already says it).
    #[prop_or_default]
    pub label_hidden: bool,
    /// A report shown as it is (2019 format).
    #[prop_or_default]
    pub readonly: bool,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let onchange = props.onchange.clone();
        Callback::from(move |event: InputEvent| {
            // Mid-composition: wait for the characters to be chosen (see use_composition).
            if !event.is_composing() {
                onchange.emit(text_of(event.target()));
            }
        })
    };
    let mark = &props.mark;
    let id = format!("field-{}", props.path.replace('.', "-"));
    let has_message = mark.severity.is_some();
    let described = has_message.then(|| message_id(&props.path));
    let invalid = has_message.then_some("true");
    let field = if props.multiline {
        html! {
            <textarea
                id={id.clone()}
                data-path={props.path.clone()}
                aria-invalid={invalid}
                aria-describedby={described.clone()}
                placeholder={props.placeholder.clone()}
                readonly={props.readonly}
                value={props.value.clone()}
                {oninput}
            />
        }
    } else {
        html! {
            <input
                type="text"
                id={id.clone()}
                data-path={props.path.clone()}
                aria-invalid={invalid}
                aria-describedby={described.clone()}
                placeholder={props.placeholder.clone()}
                readonly={props.readonly}
                value={props.value.clone()}
                {oninput}
            />
        }
    };
    html! {
        <div class={classes!("field", props.multiline.then_some("narrative"), props.wide.then_some("wide"), mark_classes(mark))}>
            <label for={id} class={classes!(props.label_hidden.then_some("visually-hidden"))}>
                { props.label.clone() }
                if let Some(hint) = &props.hint { <span class="hint">{ hint.clone() }</span> }
            </label>
            { field }
            if props.multiline {
                { print_text(&props.value) }
            }
            if let Some(described) = described {
                <div class="field-message" id={described} role="note">
                    { for mark.message.split('\n').filter(|m| !m.is_empty()).map(|m| html! { <p>{ m.to_owned() }</p> }) }
                </div>
            }
        </div>
    }
}

/// The narrative as it prints: a textarea cannot indent each paragraph, so the print style sheet
/// (styles/print.css) shows this instead, paragraphs and sub-headings as the exports set them.
fn print_text(text: &str) -> Html {
    use nianbao::export::{narrative, Block};
    let blocks = narrative(text);
    html! {
        <div class="print-text" aria-hidden="true">
            { for blocks.into_iter().map(|block| match block {
                Block::SubHeading(text) => html! { <p class="sub-heading">{ text }</p> },
                Block::Paragraph { lead, text } => html! {
                    <p>
                        if !lead.is_empty() { <span class="sub-heading">{ lead }</span> }
                        { text }
                    </p>
                },
                _ => html! {},
            }) }
        </div>
    }
}
