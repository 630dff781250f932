//! A question that must be answered before work is lost or something odd is done (deleting a
//! draft that exists only in this page, loading a report that does not look like last year's).
//! A modal `<dialog>`: the browser keeps the focus inside it and Esc cancels it.

use crate::state::session::{Answer, Question};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionDialogProps {
    pub question: Question,
    pub on_answer: Callback<Answer>,
}

#[component]
pub fn QuestionDialog(props: &QuestionDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.question.clone(), move |_| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
        });
    }
    // Esc cancels, wherever 取消 stands among the choices.
    let choices = &props.question.choices;
    let last = choices
        .iter()
        .map(|(_, answer)| answer)
        .find(|answer| **answer == Answer::Cancel)
        .or_else(|| choices.last().map(|(_, answer)| answer))
        .cloned()
        .unwrap_or(Answer::Cancel);
    let oncancel = {
        let on_answer = props.on_answer.clone();
        let dialog = dialog.clone();
        Callback::from(move |event: Event| {
            // Esc: answered as 取消. Closed here, as a chosen answer closes it, so that the browser
            // gives the focus back to where it was before the question.
            event.prevent_default();
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
            on_answer.emit(last.clone());
        })
    };
    let choose = |answer: &Answer| {
        let answer = answer.clone();
        let on_answer = props.on_answer.clone();
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
            on_answer.emit(answer.clone());
        })
    };
    // 「粘贴上年报告」: the paste itself is taken (its HTML when there is some, since that keeps
    // the tables; else its text) and nothing is put in the box, so a 100-page paste is never drawn.
    let onpaste = {
        let on_answer = props.on_answer.clone();
        let dialog = dialog.clone();
        Callback::from(move |event: Event| {
            let Some(data) = wasm_bindgen::JsCast::dyn_ref::<web_sys::ClipboardEvent>(&event)
                .and_then(|e| e.clipboard_data())
            else {
                return;
            };
            event.prevent_default();
            let get = |kind: &str| data.get_data(kind).ok().filter(|t| !t.trim().is_empty());
            let (html, text) = (get("text/html"), get("text/plain"));
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
            on_answer.emit(Answer::Pasted { html, text });
        })
    };
    let question = &props.question;
    html! {
        <dialog ref={dialog.clone()} class="question" aria-labelledby="question-title" aria-describedby="question-text" {oncancel}
            data-testid="question">
            <h2 id="question-title">{ question.title.clone() }</h2>
            <p id="question-text">{ question.text.clone() }</p>
            if !question.details.is_empty() {
                <ul>{ for question.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
            }
            if question.paste {
                <div class="paste-target" contenteditable="true" role="textbox" aria-label="在此粘贴上年报告"
                    tabindex="0" autofocus=true {onpaste} data-testid="paste-target">{ "在此处按 Ctrl+V 粘贴" }</div>
            }
            <div class="choices">
                { for question.choices.iter().enumerate().map(|(i, (label, answer))| html! {
                    <button type="button" class={classes!((i == 0).then_some("primary"))} onclick={choose(answer)}>{ label.clone() }</button>
                }) }
            </div>
        </dialog>
    }
}
