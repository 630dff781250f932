//! The drafts kept in storage. Each draft is one key, so that two tabs on two different drafts
//! never touch each other's data; deleted drafts go to a trash key first, data that cannot be read
//! is moved aside (quarantine) instead of being deleted, and a newer version's draft is listed
//! and left where it is.

use super::draft::Draft;
use super::storage::{Storage, StorageProblem};
use super::stored::{from_stored, peek, to_stored};

const DRAFT_PREFIX: &str = "nianbao.draft.";
const TRASH_PREFIX: &str = "nianbao.trash.";
const QUARANTINE_PREFIX: &str = "nianbao.quarantine.";

/// A draft in the list, without its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub year: Option<i32>,
    pub saved_at: f64,
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

/// Stored data that could not be read: moved aside under `key`, offered as a download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub reason: String,
}

/// Everything on the shelf, as the drafts list shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shelf {
    /// Readable drafts, newest first.
    pub drafts: Vec<Listed>,
    /// Drafts saved by a newer nianbao: listed, left in place, not opened.
    pub newer: Vec<Listed>,
    pub trash: Vec<Listed>,
    /// Data moved aside by this listing.
    pub quarantined: Vec<Quarantined>,
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub fn trash_key(id: &str) -> String {
    format!("{TRASH_PREFIX}{id}")
}

/// Whether a key is one of nianbao's (another tab's change to it concerns this one).
pub fn is_ours(key: &str) -> bool {
    key.starts_with("nianbao.")
}

/// The draft id a draft key names.
pub fn draft_id(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT_PREFIX)
}

/// Reads the whole shelf; unreadable drafts are moved aside on the way.
pub fn list(storage: &dyn Storage) -> Result<Shelf, StorageProblem> {
    let mut shelf = Shelf::default();
    for key in storage.keys()? {
        if let Some(id) = key.strip_prefix(DRAFT_PREFIX) {
            let Ok(Some(text)) = storage.get(&key) else {
                continue;
            };
            match from_stored(&text) {
                Ok((draft, saved_at)) => shelf.drafts.push(Listed::of(&draft, saved_at)),
                // Not damaged, only not for this version: leave it for that version to open.
                Err(unreadable) if unreadable.newer => shelf.newer.push(peek(id, &text)),
                Err(unreadable) => {
                    shelf
                        .quarantined
                        .push(quarantine(storage, &key, &text, unreadable.reason))
                }
            }
        } else if let Some(id) = key.strip_prefix(TRASH_PREFIX) {
            if let Ok(Some(text)) = storage.get(&key) {
                if let Ok((draft, saved_at)) = from_stored(&text) {
                    shelf.trash.push(Listed {
                        id: id.to_owned(),
                        ..Listed::of(&draft, saved_at)
                    });
                }
            }
        }
    }
    for list in [&mut shelf.drafts, &mut shelf.newer, &mut shelf.trash] {
        list.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    }
    Ok(shelf)
}

fn quarantine(storage: &dyn Storage, key: &str, text: &str, reason: String) -> Quarantined {
    // A free key beside any earlier copy, so that nothing set aside before is overwritten.
    let id = key.trim_start_matches(DRAFT_PREFIX);
    let aside = (1..)
        .map(|n| format!("{QUARANTINE_PREFIX}{id}.{n}"))
        .find(|aside| !matches!(storage.get(aside), Ok(Some(_))))
        .unwrap_or_default();
    // Only remove the original once its copy is safely aside.
    if storage.set(&aside, text).is_ok() {
        let _ = storage.remove(key);
        Quarantined { key: aside, reason }
    } else {
        Quarantined {
            key: key.to_owned(),
            reason,
        }
    }
}

/// The raw text under a key (data moved aside, a newer version's draft), for download.
pub fn raw_text(storage: &dyn Storage, key: &str) -> Option<String> {
    storage.get(key).ok().flatten()
}

/// A stored draft, with its text exactly as stored (to notice when another tab changes it).
pub struct Loaded {
    pub draft: Draft,
    pub text: String,
}

/// The draft stored under `id`: None when there is none (or it is not readable by this version).
pub fn load(storage: &dyn Storage, id: &str) -> Result<Option<Loaded>, StorageProblem> {
    let Some(text) = storage.get(&draft_key(id))? else {
        return Ok(None);
    };
    Ok(from_stored(&text)
        .ok()
        .map(|(draft, _)| Loaded { draft, text }))
}

/// Writes a draft, stamped `saved_at`; returns the exact text written.
pub fn write(
    storage: &dyn Storage,
    draft: &Draft,
    saved_at: f64,
) -> Result<String, StorageProblem> {
    let text = to_stored(draft, saved_at);
    storage.set(&draft_key(&draft.id), &text)?;
    Ok(text)
}

/// Moves a stored draft to the trash, from where [`restore`] brings it back. Nothing is removed
/// unless its copy is in the trash.
pub fn to_trash(storage: &dyn Storage, id: &str) -> Result<(), StorageProblem> {
    if let Some(text) = storage.get(&draft_key(id))? {
        storage.set(&trash_key(id), &text)?;
    }
    storage.remove(&draft_key(id))
}

/// Removes a stored draft for good (when there is no room left even for its copy in the trash).
pub fn remove(storage: &dyn Storage, id: &str) -> Result<(), StorageProblem> {
    storage.remove(&draft_key(id))
}

/// How a draft came back from the trash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// Back under its own id.
    InPlace,
    /// A draft with its id exists (another tab saved it after the delete): never overwritten, so
    /// the trash copy came back as a new draft, under this id and name.
    AsCopy { id: String, name: String },
    /// Nothing of that id was in the trash (another tab restored it already).
    Gone,
}

/// Brings a draft back from the trash. A draft stored under the same id is never overwritten:
/// the trash copy is restored beside it as a new draft with `copy_id`.
pub fn restore(storage: &dyn Storage, id: &str, copy_id: &str) -> Result<Restored, StorageProblem> {
    let trash = trash_key(id);
    let Some(text) = storage.get(&trash)? else {
        return Ok(Restored::Gone);
    };
    if storage.get(&draft_key(id))?.is_none() {
        storage.set(&draft_key(id), &text)?;
        storage.remove(&trash)?;
        return Ok(Restored::InPlace);
    }
    let Ok((mut draft, saved_at)) = from_stored(&text) else {
        return Ok(Restored::Gone);
    };
    let name = format!("{}（删除前的版本）", draft.display_name());
    draft.id = copy_id.to_owned();
    draft.label = Some(name.clone());
    write(storage, &draft, saved_at)?;
    storage.remove(&trash)?;
    Ok(Restored::AsCopy {
        id: copy_id.to_owned(),
        name,
    })
}
