//! nianbao's browser app (Yew). The report itself lives in the `nianbao` crate; this crate only
//! draws it and talks to the browser.

mod app;
pub mod components;

pub use app::App;
