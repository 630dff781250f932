//! Hooks that connect the editor to the browser: shortcuts, autosave, other tabs.

pub mod use_autosave;
pub mod use_composition;
pub mod use_shortcuts;
pub mod use_storage_events;
