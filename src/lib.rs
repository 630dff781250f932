//! nianbao's browser app (Yew). The report itself lives in the `nianbao` crate; this crate draws
//! it, keeps drafts in the browser, and talks to the browser through services/ and hooks/.

mod app;
pub mod components;
pub mod hooks;
pub mod mount;
pub mod services;
pub mod state;
pub mod store;

pub use app::{App, AppProps};
