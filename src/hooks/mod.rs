//! Hooks that connect the editor to the browser: drafts and autosave, leaving the page, other
//! tabs, shortcuts, Chinese input.

pub mod use_composition;
pub mod use_page_exit;
pub mod use_session;
pub mod use_shortcuts;
pub mod use_storage_events;
