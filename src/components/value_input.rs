//! One value cell of tables 二, 三 and 四 (and the fee amount): a text input that accepts what
//! people type (see nianbao::number), moves like a spreadsheet, takes a pasted block, and shows
//! its findings. Reached by click, Tab or arrow key, its content is selected, so that typing or
//! pasting one value replaces it as in a spreadsheet.

use super::focus::{active_element, app_of, focus_path, window_height};
use super::marks::{mark_classes, message_id, Mark};
use crate::hooks::use_composition::text_of;
use crate::state::editor::Action;
use crate::state::grid::{is_block, neighbour, Direction};
use crate::store::use_dispatch;
use nianbao::layout::ValueCell;
use nianbao::number::{parse_amount, parse_count};
use nianbao::Field;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The report field a value cell edits.
fn field(target: ValueCell) -> Field {
    match target {
        ValueCell::Count(cell) => Field::Count(cell),
        ValueCell::Fees => Field::Fees,
    }
}

/// How the value read from `text` is shown; None when it cannot be read.
fn read(target: ValueCell, text: &str) -> Option<String> {
    match target {
        ValueCell::Count(_) => parse_count(text)
            .ok()
            .map(|v| v.map(|n| n.to_string()).unwrap_or_default()),
        ValueCell::Fees => parse_amount(text)
            .ok()
            .map(|v| v.map(|a| a.to_string()).unwrap_or_default()),
    }
}

fn action(target: ValueCell, text: String) -> Action {
    let at = js_sys::Date::now();
    match target {
        ValueCell::Count(cell) => Action::SetCount { cell, text, at },
        ValueCell::Fees => Action::SetFees { text, at },
    }
}

#[derive(Properties, PartialEq)]
pub struct ValueInputProps {
    pub target: ValueCell,
    /// The stored value as shown ("" for blank).
    pub value: AttrValue,
    /// Text typed here that is not a number yet.
    #[prop_or_default]
    pub raw: Option<AttrValue>,
    /// A total the editor computes, or a report shown as it is: not typed in.
    #[prop_or_default]
    pub readonly: bool,
    /// A total stated by a source that does not add up: offer to recompute it right here.
    #[prop_or_default]
    pub offer_recompute: bool,
    /// The layout the table is drawn in, for moving between cells.
    #[prop_or(nianbao::Template::Gb2021)]
    pub template: nianbao::Template,
    /// The accessible name, reading like the table (表三 一、本年新收… 自然人).
    pub label: AttrValue,
    #[prop_or_default]
    pub mark: Mark,
}

#[component]
pub fn ValueInput(props: &ValueInputProps) -> Html {
    let dispatch = use_dispatch();
    // While the cell has focus it shows what is being typed ("1,2" stays "1,2"), not the number
    // read from it, so the caret never jumps.
    let typing = use_state(|| None::<String>);
    let target = props.target;
    let template = props.template;
    let path = field(target).path();

    let text = match (&*typing, &props.raw) {
        (Some(t), raw)
            if read(target, t).as_deref() == Some(&*props.value) || raw.as_deref() == Some(t) =>
        {
            t.clone()
        }
        (_, Some(raw)) => raw.to_string(),
        _ => props.value.to_string(),
    };

    let send = {
        let dispatch = dispatch.clone();
        let typing = typing.clone();
        Rc::new(move |text: String| {
            typing.set(Some(text.clone()));
            dispatch.dispatch(action(target, text));
        })
    };
    let oninput = {
        let send = send.clone();
        Callback::from(move |event: InputEvent| {
            // Mid-composition: wait for the characters to be chosen (see use_composition).
            if !event.is_composing() {
                send(text_of(event.target()));
            }
        })
    };
    // A click that focuses the cell selects its content instead of placing the caret (the
    // browser would put the caret where the mouse went up); a click in a cell that already has
    // the focus places the caret, for correcting one digit.
    let onmousedown = Callback::from(|event: MouseEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        let focused = active_element(&input);
        if focused.as_ref() != Some(input.as_ref()) && event.button() == 0 {
            event.prevent_default();
            let _ = input.focus();
            input.select();
        }
    });
    let onfocus = Callback::from(|event: FocusEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        input.select();
        keep_clear_of_message(&input);
    });
    let onblur = {
        let typing = typing.clone();
        Callback::from(move |_: FocusEvent| typing.set(None))
    };
    let onkeydown = {
        Callback::from(move |event: KeyboardEvent| {
            let ValueCell::Count(cell) = target else {
                return;
            };
            if event.is_composing() || event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let value_len = input.value().encode_utf16().count() as u32;
            let start = input.selection_start().ok().flatten().unwrap_or(0);
            let end = input.selection_end().ok().flatten().unwrap_or(value_len);
            let whole = start == 0 && end == value_len;
            let direction = match event.key().as_str() {
                "ArrowUp" => Direction::Up,
                "ArrowDown" => Direction::Down,
                "Enter" if event.shift_key() => Direction::Up,
                "Enter" => Direction::Down,
                // Left and right move the caret inside the text first, then leave the cell.
                "ArrowLeft" if whole || end == 0 => Direction::Left,
                "ArrowRight" if whole || start == value_len => Direction::Right,
                _ => return,
            };
            if let Some(next) = neighbour(cell, direction, template) {
                event.prevent_default();
                if let Some(app) = app_of(event.target()) {
                    focus_path(&app, &next.path());
                }
            }
        })
    };
    let onpaste = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let ValueCell::Count(cell) = target else {
                return;
            };
            let Some(event) = event.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(text) = event
                .clipboard_data()
                .and_then(|data| data.get_data("text/plain").ok())
            else {
                return;
            };
            if is_block(&text) {
                event.prevent_default();
                dispatch.dispatch(Action::Paste { origin: cell, text });
            }
        })
    };

    let mark = &props.mark;
    let described = mark.severity.is_some().then(|| message_id(&path));
    let recompute = props.offer_recompute.then(|| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RecomputeTotals))
    });
    let is_total = matches!(target, ValueCell::Count(cell) if cell.is_total());
    html! {
        <div class={classes!("cell", mark_classes(mark), is_total.then_some("is-total"))}>
            <input
                type="text"
                inputmode={if target == ValueCell::Fees { "decimal" } else { "numeric" }}
                autocomplete="off"
                data-path={path.clone()}
                aria-label={props.label.clone()}
                aria-invalid={mark.severity.is_some().then_some("true")}
                aria-describedby={described.clone()}
                readonly={props.readonly}
                tabindex={is_total.then_some("-1")}
                value={text}
                {oninput}
                {onmousedown}
                {onfocus}
                {onblur}
                {onkeydown}
                {onpaste}
            />
            if let Some(id) = described {
                <div class="cell-message" id={id} role="note">
                    { for mark.message.split('\n').filter(|m| !m.is_empty()).map(|m| html! { <p>{ m.to_owned() }</p> }) }
                    if let Some(onclick) = recompute {
                        <button type="button" class="link" {onclick}>{ RECOMPUTE_LABEL }</button>
                    }
                </div>
            }
        </div>
    }
}

/// Room kept at the foot of the window for a cell's message, where a scrolling table shows it.
const MESSAGE_ROOM: f64 = 150.0;

/// In a table that scrolls sideways a cell's message is shown at the foot of the window (see
/// table_scroll.rs); a cell focused down there would sit under it, so the page moves up.
fn keep_clear_of_message(input: &web_sys::HtmlInputElement) {
    let scrolling = input
        .closest(".table-scroll.scrolls")
        .ok()
        .flatten()
        .is_some();
    let height = window_height();
    let bottom = input.get_bounding_client_rect().bottom();
    if scrolling && bottom > height - MESSAGE_ROOM {
        gloo::utils::window().scroll_by_with_x_and_y(0.0, bottom - (height - MESSAGE_ROOM));
    }
}

/// The fix offered where a stated total does not add up (at the cell, in the panel, the toolbar).
pub const RECOMPUTE_LABEL: &str = "按分项重新计算合计";

/// A count as a cell shows it: blank stays empty, never 0.
pub fn shown(value: nianbao::Count) -> AttrValue {
    value.map_or_else(AttrValue::default, |n| AttrValue::from(n.to_string()))
}
