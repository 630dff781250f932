//! Starting and stopping the app from JavaScript. The app's own page (boot.js) and a portal's
//! `<nianbao-editor>` (embed.js) both call [`mount`] with the element to draw into; the handle it
//! returns saves on demand (before a new version is loaded) and takes the app down (the element
//! was removed) without losing the draft.

use crate::app::{App, AppProps};
use crate::hooks::use_page_exit::Flush;
use crate::hooks::use_session::Place;
use crate::state::setup::Setup;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Whether the app has drawn itself yet. Yew draws on its scheduler, after `mount` returns: a
/// page that takes the app down before then (an element removed at once) must not leave it to
/// be drawn afterwards, alive and unseen.
#[derive(Clone, Default)]
pub struct Lifecycle(Rc<LifecycleState>);

#[derive(Default)]
struct LifecycleState {
    drawn: Cell<bool>,
    /// The teardown asked for before the first drawing, done right after it.
    doomed: RefCell<Option<Box<dyn FnOnce()>>>,
}

impl Lifecycle {
    /// Called by the app once it is drawn: a teardown asked for meanwhile happens now. True when
    /// the app lives on (and may say it is ready).
    pub fn drawn(&self) -> bool {
        self.0.drawn.set(true);
        let doomed = self.0.doomed.borrow_mut().take();
        match doomed {
            Some(destroy) => {
                destroy();
                false
            }
            None => true,
        }
    }

    fn destroy(&self, app: yew::AppHandle<App>) {
        if self.0.drawn.get() {
            app.destroy();
        } else {
            *self.0.doomed.borrow_mut() = Some(Box::new(move || app.destroy()));
        }
    }
}

impl PartialEq for Lifecycle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A running app.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<yew::AppHandle<App>>,
    flush: Flush,
    lifecycle: Lifecycle,
}

#[wasm_bindgen]
impl Mounted {
    /// Writes to storage what autosave has not written yet.
    pub fn save(&self) {
        self.flush.run();
    }

    /// Saves and takes the app down: its listeners and timers go, its element is left empty.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            self.lifecycle.destroy(app);
        }
        // The app's own teardown saved too; this covers a teardown that never ran its effects.
        self.flush.run();
    }
}

/// Draws the app into `root`. `host` is the element to send `nianbao-change` and `nianbao-export`
/// from (the portal's `<nianbao-editor>`; null on the app's own page); `options` holds the
/// embedding's options by name (`storage-prefix`, `agency`, `year`, `fixed`, `hide`: state::setup)
/// `base`, the URL of the folder the app's files are in, and `worker`, the name of the export
/// worker's loader in this build.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, host: Option<web_sys::Element>, options: JsValue) -> Mounted {
    let option = |name: &str| {
        js_sys::Reflect::get(&options, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.as_string())
    };
    if let Some(base) = option("base") {
        crate::services::export_worker::set_loader(&base, option("worker").as_deref());
    }
    let setup = Setup::read(option);
    let flush = Flush::default();
    let lifecycle = Lifecycle::default();
    let props = AppProps {
        place: Place {
            setup: Rc::new(setup),
            host,
        },
        flush: flush.clone(),
        lifecycle: lifecycle.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Mounted {
        app: Some(app),
        flush,
        lifecycle,
    }
}
