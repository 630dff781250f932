//! The browser's local storage, as the drafts' [`Storage`]. web-sys directly rather than
//! gloo-storage: gloo's `LocalStorage::raw()` throws when storage is blocked (private mode, a
//! portal's policy), and a blocked storage is exactly the case that must keep working in memory.
//! The draft a tab has open is also noted in session storage, which belongs to the tab and
//! survives its reloads, so two tabs on two drafts each reopen their own.
//!
//! An editor embedded with `data-storage-prefix` keeps every key under its prefix and sees no
//! other: two editors on one portal never share drafts. The state above never sees prefixes.

use crate::state::storage::{Storage, StorageProblem};
use wasm_bindgen::JsCast;

/// Which draft to reopen when a tab has noted none (a new tab): the one opened last anywhere.
const CURRENT_KEY: &str = "nianbao.current";

pub struct BrowserStorage {
    /// "" on the app's own page; `<prefix>:` for an embedded editor (state::setup).
    prefix: String,
}

impl BrowserStorage {
    pub fn new(prefix: &str) -> BrowserStorage {
        BrowserStorage {
            prefix: prefix.to_owned(),
        }
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// A key as the state knows it, when `key` (from a storage event) is this editor's.
    pub fn own<'a>(&self, key: &'a str) -> Option<&'a str> {
        key.strip_prefix(self.prefix.as_str())
    }
}

fn local() -> Result<web_sys::Storage, StorageProblem> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        Some(Err(error)) => Err(problem(error)),
        _ => Err(StorageProblem::Unavailable),
    }
}

fn tab() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The browser's refusal, by the error's name (never its English message).
fn problem(error: wasm_bindgen::JsValue) -> StorageProblem {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageProblem::Full,
        "SecurityError" => StorageProblem::Unavailable,
        _ => StorageProblem::Failed(name),
    }
}

impl Storage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageProblem> {
        local()?.get_item(&self.key(key)).map_err(problem)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageProblem> {
        local()?.set_item(&self.key(key), value).map_err(problem)
    }

    fn remove(&self, key: &str) -> Result<(), StorageProblem> {
        local()?.remove_item(&self.key(key)).map_err(problem)
    }

    fn keys(&self) -> Result<Vec<String>, StorageProblem> {
        let storage = local()?;
        let count = storage.length().map_err(problem)?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter_map(|key| self.own(&key).map(str::to_owned))
            .collect())
    }

    fn remember_open(&self, id: &str) {
        let key = self.key(CURRENT_KEY);
        if let Some(tab) = tab() {
            let _ = tab.set_item(&key, id);
        }
        if let Ok(local) = local() {
            let _ = local.set_item(&key, id);
        }
    }

    fn remembered_open(&self) -> Option<String> {
        let key = self.key(CURRENT_KEY);
        let noted = |storage: web_sys::Storage| storage.get_item(&key).ok().flatten();
        tab()
            .and_then(noted)
            .or_else(|| local().ok().and_then(noted))
    }
}
