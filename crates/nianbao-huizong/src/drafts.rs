//! The drafts kept in this browser by the editor, read as the editor stores them, without
//! changing anything (the editor's own listing may move unreadable data aside; this does not).

use crate::board::Entry;
use nianbao_app::services::storage::BrowserStorage;
use nianbao_app::state::shelf::{draft_id, load};
use nianbao_app::state::storage::Storage;

/// Where an entry read from a draft came from.
pub const FROM_DRAFTS: &str = "本浏览器草稿";

/// Every readable draft under `prefix` ("" on the app's own page), as entries.
pub fn stored_drafts(prefix: &str) -> Result<Vec<Entry>, String> {
    let storage = BrowserStorage::new(prefix);
    let keys = storage.keys().map_err(|problem| problem.message())?;
    let mut entries = Vec::new();
    for key in keys {
        let Some(id) = draft_id(&key) else { continue };
        if let Ok(Some(loaded)) = load(&storage, id) {
            let name = loaded.draft.display_name();
            let mut entry = Entry::read(FROM_DRAFTS, Ok(loaded.draft.report));
            if entry.name == FROM_DRAFTS {
                entry.name = name;
            }
            entries.push(entry);
        }
    }
    Ok(entries)
}
