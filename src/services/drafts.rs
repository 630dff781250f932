//! Drafts in local storage. Each draft is one key, so that two tabs on two different drafts never
//! touch each other's data; deleted drafts go to a trash key first, and data that cannot be read
//! is moved aside (quarantine) instead of being deleted.

use crate::state::draft::Draft;
use crate::state::stored::{from_stored, to_stored};
use wasm_bindgen::JsCast;

const DRAFT_PREFIX: &str = "nianbao.draft.";
const TRASH_PREFIX: &str = "nianbao.trash.";
const QUARANTINE_PREFIX: &str = "nianbao.quarantine.";
const CURRENT_KEY: &str = "nianbao.current";

/// What went wrong with storage, said for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// No local storage at all (private mode, a portal that forbids it, a sandboxed frame).
    Unavailable,
    /// The quota is used up.
    Full,
    /// Anything else the browser refused.
    Failed(String),
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Unavailable => {
                "浏览器的本地存储不可用（可能处于隐私模式或被网站设置禁止）。".to_owned()
            }
            StorageProblem::Full => "浏览器的本地存储空间已满，草稿未能保存。".to_owned(),
            StorageProblem::Failed(why) => format!("草稿未能保存（{why}）。"),
        }
    }
}

/// A draft in the list, without its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub year: Option<i32>,
    pub saved_at: f64,
}

/// Stored data that could not be read: moved aside under `key`, offered as a download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub reason: String,
}

impl Listed {
    pub fn of(draft: &Draft, saved_at: f64) -> Listed {
        Listed {
            id: draft.id.clone(),
            name: draft.display_name(),
            year: draft.report.meta.year,
            saved_at,
        }
    }
}

fn storage() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)
}

fn problem(error: wasm_bindgen::JsValue) -> StorageProblem {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageProblem::Full
    } else if name == "SecurityError" {
        StorageProblem::Unavailable
    } else {
        StorageProblem::Failed(format!("{error:?}"))
    }
}

fn keys_with(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// Saves a draft, stamped with `saved_at`; returns the exact text written (to tell our own
/// writes from another tab's).
pub fn save(draft: &Draft, saved_at: f64) -> Result<String, StorageProblem> {
    let storage = storage()?;
    let text = to_stored(draft, saved_at);
    storage
        .set_item(&draft_key(&draft.id), &text)
        .map_err(problem)?;
    Ok(text)
}

/// Notes which draft to reopen on the next visit. A convenience: failing to note it loses nothing.
pub fn set_current(id: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.set_item(CURRENT_KEY, id);
    }
}

/// Every readable draft, newest first, and the unreadable ones moved aside.
pub fn list() -> Result<(Vec<Listed>, Vec<Quarantined>), StorageProblem> {
    let storage = storage()?;
    let mut listed = Vec::new();
    let mut quarantined = Vec::new();
    for key in keys_with(&storage, DRAFT_PREFIX) {
        let Ok(Some(text)) = storage.get_item(&key) else {
            continue;
        };
        match from_stored(&text) {
            Ok((draft, saved_at)) => listed.push(Listed::of(&draft, saved_at)),
            // A newer version's draft is not damaged: leave it for that version.
            Err(unreadable) if unreadable.newer => {}
            Err(unreadable) => {
                quarantined.push(quarantine(&storage, &key, &text, unreadable.reason))
            }
        }
    }
    listed.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    Ok((listed, quarantined))
}

fn quarantine(storage: &web_sys::Storage, key: &str, text: &str, reason: String) -> Quarantined {
    let aside = format!(
        "{QUARANTINE_PREFIX}{}.{}",
        key.trim_start_matches(DRAFT_PREFIX),
        js_sys::Date::now() as u64
    );
    // Only remove the original once its copy is safely aside.
    if storage.set_item(&aside, text).is_ok() {
        let _ = storage.remove_item(key);
        Quarantined { key: aside, reason }
    } else {
        Quarantined {
            key: key.to_owned(),
            reason,
        }
    }
}

/// The raw text of data moved aside, for download.
pub fn quarantined_text(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok().flatten()
}

pub fn load(id: &str) -> Result<Option<(Draft, f64)>, StorageProblem> {
    let storage = storage()?;
    let text = storage.get_item(&draft_key(id)).map_err(problem)?;
    Ok(text.and_then(|text| from_stored(&text).ok()))
}

/// The draft opened last, if any.
pub fn current_id() -> Option<String> {
    storage().ok()?.get_item(CURRENT_KEY).ok().flatten()
}

/// Moves a draft to the trash, from where [`restore`] brings it back.
pub fn delete(id: &str) -> Result<(), StorageProblem> {
    let storage = storage()?;
    if let Some(text) = storage.get_item(&draft_key(id)).map_err(problem)? {
        storage
            .set_item(&format!("{TRASH_PREFIX}{id}"), &text)
            .map_err(problem)?;
    }
    storage.remove_item(&draft_key(id)).map_err(problem)
}

pub fn restore(id: &str) -> Result<(), StorageProblem> {
    let storage = storage()?;
    let trash = format!("{TRASH_PREFIX}{id}");
    if let Some(text) = storage.get_item(&trash).map_err(problem)? {
        storage.set_item(&draft_key(id), &text).map_err(problem)?;
        storage.remove_item(&trash).map_err(problem)?;
    }
    Ok(())
}

/// Drafts in the trash, newest first.
pub fn trash() -> Vec<Listed> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let mut listed: Vec<Listed> = keys_with(&storage, TRASH_PREFIX)
        .into_iter()
        .filter_map(|key| {
            let (draft, saved_at) = from_stored(&storage.get_item(&key).ok()??).ok()?;
            Some(Listed::of(&draft, saved_at))
        })
        .collect();
    listed.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    listed
}
