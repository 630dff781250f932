//! The editor's state, as plain Rust with no browser types: unit-tested natively.

pub mod draft;
pub mod editor;
pub mod export;
pub mod grid;
pub mod history;
pub mod import;
pub mod review;
pub mod session;
pub mod setup;
pub mod shelf;
pub mod storage;
pub mod stored;

#[cfg(test)]
mod editor_tests;
#[cfg(test)]
mod session_tests;
