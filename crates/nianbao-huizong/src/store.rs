//! The board behind Yew's reducer: every change is one action.

use crate::board::{Board, Entry, SortKey};
use std::rc::Rc;
use yew::prelude::*;

pub enum Action {
    Reading(usize, usize),
    /// The entries read, and when the reading started (`performance.now()`, ms).
    Read(Vec<Entry>, f64, Option<String>),
    Remove(usize),
    Clear,
    Sort(SortKey),
    Find(String),
    Expected(String),
    Agency(String),
    Year(Option<i32>),
    Select(Option<usize>),
    Say(String),
}

/// The board, and what the view says above it (how long the last reading took, a problem).
#[derive(Default, Clone, PartialEq)]
pub struct State {
    pub board: Board,
    pub said: Option<String>,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::Reading(done, of) => next.board.progress = Some((done, of)),
            Action::Read(entries, started, note) => {
                let count = entries.len();
                next.board.progress = None;
                next.board.add(entries);
                // Read, checked and summed: what the user waited for.
                let seconds = (crate::view::now() - started) / 1000.0;
                next.said = Some(format!(
                    "读取了 {count} 个文件，已检查并汇总，用时 {seconds:.2} 秒。{}",
                    note.unwrap_or_default()
                ));
            }
            Action::Remove(index) => next.board.remove(index),
            Action::Clear => {
                next.board.clear();
                next.said = None;
            }
            Action::Sort(key) => {
                let descending = match next.board.sort {
                    Some((current, descending)) if current == key => !descending,
                    // Numbers: largest first; names: in order.
                    _ => key != SortKey::Name,
                };
                next.board.sort = Some((key, descending));
            }
            Action::Find(text) => next.board.find = text,
            Action::Expected(text) => next.board.expected_text = text,
            Action::Agency(agency) => next.board.set_agency(agency),
            Action::Year(year) => next.board.set_year(year),
            Action::Select(index) => next.board.selected = index,
            Action::Say(text) => next.said = Some(text),
        }
        Rc::new(next)
    }
}
