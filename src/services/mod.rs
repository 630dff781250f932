//! Everything that talks to the browser's I/O: local storage, files, the clock. Components call
//! these and never touch `web_sys::Storage` directly.

pub mod clock;
pub mod files;
pub mod storage;
