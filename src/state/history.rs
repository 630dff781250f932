//! Undo and redo. Each step is a whole snapshot of the draft: the editor replaces its draft on
//! every edit anyway (it is shared, copy-on-write), so keeping the previous one costs a pointer,
//! and snapshots are simpler and safer than inverse operations. A burst of typing in one field is
//! one step.

use super::draft::Draft;
use std::rc::Rc;

/// Edits of the same field closer together than this are one undo step.
const BURST_MS: f64 = 1500.0;
/// Beyond this many steps the oldest are forgotten.
const DEPTH: usize = 200;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Rc<Draft>>,
    redo: Vec<Rc<Draft>>,
    /// The field and time of the last edit, to merge a burst of typing into one step.
    last_edit: Option<(String, f64)>,
}

impl History {
    /// Call with the draft as it was before an edit. `field` names what is edited (None for an
    /// action that is always its own step, like 空白处填 0); `at` is the time in milliseconds.
    pub fn record(&mut self, previous: Rc<Draft>, field: Option<&str>, at: f64) {
        let same_burst = match (&self.last_edit, field) {
            (Some((last, last_at)), Some(field)) => last == field && at - last_at < BURST_MS,
            _ => false,
        };
        if !same_burst {
            self.undo.push(previous);
            if self.undo.len() > DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last_edit = field.map(|f| (f.to_owned(), at));
    }

    pub fn undo(&mut self, current: Rc<Draft>) -> Option<Rc<Draft>> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        self.last_edit = None;
        Some(previous)
    }

    pub fn redo(&mut self, current: Rc<Draft>) -> Option<Rc<Draft>> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        self.last_edit = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
