//! What the three tables share: their props, and a value cell drawn from the draft (its value,
//! any unreadable text typed into it, its accessible name and its findings).

use super::marks::Marks;
use super::table_scroll::TableScroll;
use super::value_input::{shown, Target, ValueInput};
use crate::state::draft::Draft;
use nianbao::names::input_name;
use nianbao::CountCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub draft: Rc<Draft>,
    pub marks: Rc<Marks>,
}

/// The input of one count cell; totals are shown, not typed.
pub fn count_input(draft: &Draft, marks: &Marks, cell: CountCell) -> Html {
    let path = cell.path();
    let mark = marks.get(&path);
    html! {
        <ValueInput
            target={Target::Count(cell)}
            value={shown(draft.report.count(cell))}
            raw={draft.raw_inputs.get(&path).map(|r| AttrValue::from(r.clone()))}
            readonly={cell.is_total() || draft.is_read_only()}
            offer_recompute={mark.sum_mismatch && draft.stated_totals && !draft.is_read_only()}
            template={draft.report.template}
            label={input_name(cell, draft.report.template)}
            {mark}
        />
    }
}

/// A table in a box that scrolls sideways when the screen is narrower than the table, so that no
/// cell is squeezed until its digits are cut.
pub fn scrolling(table: Html) -> Html {
    html! { <TableScroll>{ table }</TableScroll> }
}
