//! Everything that talks to the browser's I/O: local storage, files, the clipboard, printing, the clock. Components call
//! these and never touch `web_sys::Storage` directly.

pub mod clock;
pub mod export;
pub mod export_worker;
pub mod files;
pub mod host;
pub mod storage;
