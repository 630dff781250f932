//! 「粘贴上年报告」: a box to paste last year's report into, copied out of Word, WPS, a PDF reader
//! or the portal's page. The paste itself is taken (its HTML when there is some, since that keeps
//! the tables; else its text) and read by the worker; nothing is put in the box, so a 100-page
//! paste does not have to be drawn first.

use yew::prelude::*;

const PROMPT: &str = "在此处按 Ctrl+V 粘贴";

#[derive(Properties, PartialEq)]
pub struct PasteDialogProps {
    /// What the clipboard held: its HTML and its plain text.
    pub on_pasted: Callback<(Option<String>, Option<String>)>,
    pub on_close: Callback<()>,
}

#[component]
pub fn PasteDialog(props: &PasteDialogProps) -> Html {
    let dialog = use_node_ref();
    let target = use_node_ref();
    {
        let (dialog, target) = (dialog.clone(), target.clone());
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
            if let Some(target) = target.cast::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        });
    }
    let onpaste = {
        let on_pasted = props.on_pasted.clone();
        Callback::from(move |event: Event| {
            let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::ClipboardEvent>(&event)
            else {
                return;
            };
            event.prevent_default();
            let Some(data) = event.clipboard_data() else {
                return;
            };
            let get = |kind: &str| data.get_data(kind).ok().filter(|t| !t.trim().is_empty());
            on_pasted.emit((get("text/html"), get("text/plain")));
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let oncancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: Event| {
            event.prevent_default();
            on_close.emit(());
        })
    };
    // Typing into the box is undone: only a paste is taken.
    let oninput = Callback::from(|event: InputEvent| {
        if let Some(target) = event.target_dyn_into::<web_sys::HtmlElement>() {
            target.set_text_content(Some(PROMPT));
        }
    });
    html! {
        <dialog ref={dialog} class="question paste" aria-labelledby="paste-title" {oncancel} data-testid="paste-dialog">
            <h2 id="paste-title">{ "粘贴上年报告" }</h2>
            <p>{ "在 Word、WPS、PDF 阅读器或网页中打开上年的年报，全选（Ctrl+A）并复制（Ctrl+C），再在下面的方框中粘贴（Ctrl+V）。表格和数字会被读出，读完先给您看导入报告，不会改动任何草稿。" }</p>
            <div ref={target} class="paste-target" contenteditable="true" role="textbox" aria-multiline="true"
                aria-label="在此粘贴上年报告" tabindex="0" {onpaste} {oninput} data-testid="paste-target">
                { PROMPT }
            </div>
            <div class="choices">
                <button type="button" onclick={close}>{ "取消" }</button>
            </div>
        </dialog>
    }
}
