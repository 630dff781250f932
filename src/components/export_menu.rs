//! 「导出」: one menu for every way the report leaves the editor (see state/export.rs). A
//! `<details>` so that it opens with the keyboard and without script; Esc closes it and gives the
//! focus back to its button, and it closes when the focus leaves it (a click elsewhere). No
//! listener on the document: the editor may be one of several on a portal's page.

use crate::state::export::ExportKind;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub on_export: Callback<ExportKind>,
    /// The menu was opened: what is written in the background can start.
    pub on_open: Callback<()>,
    /// False in a portal's page: the browser would print the whole portal around the report.
    #[prop_or(true)]
    pub can_print: bool,
}

fn close(menu: &NodeRef) {
    if let Some(details) = menu.cast::<web_sys::HtmlDetailsElement>() {
        details.set_open(false);
    }
}

/// Gives the focus back to the menu's button (the item that had it is hidden now).
fn focus_button(menu: &NodeRef) {
    let summary = menu
        .cast::<web_sys::Element>()
        .and_then(|details| details.query_selector("summary").ok().flatten());
    if let Some(summary) = summary {
        let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let menu = use_node_ref();
    let item = |kind: ExportKind| {
        let on_export = props.on_export.clone();
        let menu = menu.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            // Closed first, so that printing does not show the open menu.
            close(&menu);
            focus_button(&menu);
            on_export.emit(kind);
        });
        html! {
            <li>
                <button type="button" class="menu-item" {onclick} data-export={format!("{kind:?}")}>
                    <span class="menu-label">{ kind.label() }</span>
                    <span class="menu-hint">{ kind.hint() }</span>
                </button>
            </li>
        }
    };
    // Opening the menu starts the export worker, so it has loaded by the time a format is chosen.
    let ontoggle = {
        let menu = menu.clone();
        let on_open = props.on_open.clone();
        Callback::from(move |_: Event| {
            let open = menu
                .cast::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            if open {
                crate::services::export_worker::warm_up();
                on_open.emit(());
            }
        })
    };
    let onkeydown = {
        let menu = menu.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                if let Some(details) = menu.cast::<web_sys::HtmlDetailsElement>() {
                    if details.open() {
                        event.prevent_default();
                        close(&menu);
                        focus_button(&menu);
                    }
                }
            }
        })
    };
    let onfocusout = {
        let menu = menu.clone();
        Callback::from(move |event: FocusEvent| {
            let inside = match (menu.cast::<web_sys::Node>(), event.related_target()) {
                (Some(details), Some(next)) => details.contains(next.dyn_ref::<web_sys::Node>()),
                _ => false,
            };
            if !inside {
                close(&menu);
            }
        })
    };
    html! {
        <details class="export-menu" ref={menu.clone()} {ontoggle} {onkeydown} {onfocusout}>
            <summary class="button">{ "导出" }</summary>
            <ul class="menu" aria-label="导出">
                { for ExportKind::ALL
                    .into_iter()
                    .filter(|kind| props.can_print || *kind != ExportKind::Print)
                    .map(item) }
            </ul>
        </details>
    }
}
