//! The one store of the app: Yew's reducer around the plain-Rust [`Editor`], and the context
//! through which components reach its dispatcher.

use crate::state::editor::{Action, Editor};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The app's handle still holds the previous state, so this clones the editor; that is a
        // handful of reference counts, since the draft, the findings and the history are shared.
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

pub type Dispatch = UseReducerDispatcher<Editor>;

/// The dispatcher, for components deep in the tree.
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().expect("the editor's dispatcher is provided by App")
}
