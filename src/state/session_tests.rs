//! The session driven the way the app drives it, over storage that fails the ways a browser's
//! does: full, blocked, or changed by another tab (a second session on the same storage).

use super::draft::Draft;
use super::session::{Answer, Conflict, SaveState, Session};
use super::shelf::{draft_key, trash_key};
use super::storage::{Failure, MemoryStorage, Storage, StorageProblem};
use super::stored::to_stored;
use std::rc::Rc;

fn draft(id: &str, agency: &str) -> Draft {
    let mut draft = Draft::new(id.into(), 2025);
    draft.report.meta.agency = agency.into();
    draft
}

fn fresh() -> Draft {
    Draft::new("fresh".into(), 2025)
}

/// A tab: a session on `storage`, its editor showing the open draft.
fn tab(storage: &Rc<MemoryStorage>) -> Session {
    Session::start(Rc::clone(storage) as Rc<dyn Storage>, fresh())
}

/// What the editor does on a keystroke: a changed copy of the open draft.
fn type_agency(session: &mut Session, agency: &str) {
    let mut edited = (*session.open_draft()).clone();
    edited.report.meta.agency = agency.into();
    session.edited(Rc::new(edited));
}

fn stored_agency(storage: &MemoryStorage, id: &str) -> Option<String> {
    let text = storage.get(&draft_key(id)).unwrap()?;
    let (draft, _) = super::stored::from_stored(&text).unwrap();
    Some(draft.report.meta.agency)
}

fn seeded(drafts: &[(&str, &str, f64)]) -> Rc<MemoryStorage> {
    let storage = Rc::new(MemoryStorage::default());
    for (id, agency, at) in drafts {
        storage
            .set(&draft_key(id), &to_stored(&draft(id, agency), *at))
            .unwrap();
    }
    storage
}

#[test]
fn a_first_visit_opens_a_new_draft_and_stores_nothing_until_an_edit() {
    let storage = Rc::new(MemoryStorage::default());
    let mut session = tab(&storage);
    assert_eq!(session.open_draft().id, "fresh");
    assert_eq!(session.save_state(), SaveState::Opened);
    assert!(!session.has_unstored_work());
    assert!(session.save(1.0));
    assert!(storage.keys().unwrap().is_empty());
    type_agency(&mut session, "甲局");
    assert_eq!(session.save_state(), SaveState::Pending);
    assert!(session.has_unstored_work());
    assert!(session.save(2.0));
    assert_eq!(session.save_state(), SaveState::Saved(2.0));
    assert_eq!(stored_agency(&storage, "fresh").as_deref(), Some("甲局"));
    assert_eq!(session.shelf.drafts[0].name, "甲局 · 2025年度");
}

#[test]
fn the_draft_opened_last_opens_again() {
    let storage = seeded(&[("a", "甲局", 1.0), ("b", "乙局", 2.0)]);
    let mut session = tab(&storage);
    assert_eq!(session.open_draft().id, "b", "the newest, at first");
    let opened = session.open_stored("a", 3.0).unwrap();
    assert_eq!(opened.id, "a");
    // Opening is not editing: nothing was written, and yet a reload opens it again.
    assert_eq!(tab(&storage).open_draft().id, "a");
}

#[test]
fn with_storage_full_switching_drafts_keeps_the_unsaved_one_in_memory() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut session = tab(&storage);
    *storage.failure.borrow_mut() = Failure::QuotaBytes(0);
    type_agency(&mut session, "甲局（改）");
    assert!(!session.save(2.0));
    assert_eq!(session.problem, Some(StorageProblem::Full));
    assert_eq!(session.save_state(), SaveState::NotSaved);

    // 新建空白报告: the unsaved work is held, listed, and said to be.
    let blank = session.open_new(Draft::new("new".into(), 2025), false, 3.0);
    assert_eq!(blank.id, "new");
    let held = session.held();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].name, "甲局（改） · 2025年度");
    assert!(session.notice.as_ref().unwrap().text.contains("暂存在本页"));
    assert!(session.has_unstored_work(), "the page asks before closing");
    assert_eq!(stored_agency(&storage, "a").as_deref(), Some("甲局"));

    // Opening it again brings the work back, and it is stored once storage has room.
    let back = session.open_held("a", 4.0).unwrap();
    assert_eq!(back.report.meta.agency, "甲局（改）");
    assert!(session.held().is_empty());
    *storage.failure.borrow_mut() = Failure::None;
    assert!(session.save(5.0));
    assert_eq!(stored_agency(&storage, "a").as_deref(), Some("甲局（改）"));
    assert!(!session.has_unstored_work());
}

#[test]
fn with_no_storage_at_all_every_draft_made_stays_reachable() {
    let storage = Rc::new(MemoryStorage::failing(Failure::Unavailable));
    let mut session = tab(&storage);
    assert_eq!(session.problem, Some(StorageProblem::Unavailable));
    assert_eq!(session.save_state(), SaveState::NotSaved);
    type_agency(&mut session, "第一份");
    let import = draft("imported", "导入的局");
    session.open_new(import, true, 1.0);
    type_agency(&mut session, "导入的局（改）");
    session.open_new(Draft::new("third".into(), 2025), false, 2.0);
    let names: Vec<String> = session.held().into_iter().map(|d| d.name).collect();
    assert_eq!(names, ["导入的局（改） · 2025年度", "第一份 · 2025年度"]);
    // Back to the first: it leaves the held list for the editor; the untouched third draft was
    // not worth holding.
    let first = session.open_held("fresh", 3.0).unwrap();
    assert_eq!(first.report.meta.agency, "第一份");
    let names: Vec<String> = session.held().into_iter().map(|d| d.name).collect();
    assert_eq!(names, ["导入的局（改） · 2025年度"]);
}

#[test]
fn deleting_a_draft_only_in_memory_asks_first() {
    let storage = Rc::new(MemoryStorage::failing(Failure::Unavailable));
    let mut session = tab(&storage);
    type_agency(&mut session, "甲局");
    session.open_new(Draft::new("b".into(), 2025), false, 1.0);
    session.delete_held("fresh");
    let question = session.question.clone().unwrap();
    assert!(
        question.text.contains("删除后无法恢复"),
        "{}",
        question.text
    );
    assert!(question
        .choices
        .iter()
        .any(|(label, _)| label.contains("导出 JSON")));
    assert_eq!(session.held().len(), 1, "nothing dropped before the answer");
    session.answer(&Answer::Cancel, 3.0, fresh);
    assert_eq!(session.held().len(), 1);
    assert!(session.held_draft("fresh").is_some());
    session.delete_held("fresh");
    session.answer(
        &Answer::Discard {
            id: "fresh".into(),
            export: true,
        },
        5.0,
        fresh,
    );
    assert!(session.held().is_empty());
}

#[test]
fn delete_with_storage_full_offers_to_delete_for_good() {
    let storage = seeded(&[("a", "甲局", 1.0), ("b", "乙局", 2.0)]);
    let mut session = tab(&storage);
    // No room for the trash copy (the quota is what is stored now).
    let used: usize = storage
        .items
        .borrow()
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum();
    *storage.failure.borrow_mut() = Failure::QuotaBytes(used);
    assert_eq!(session.delete("a", 3.0, fresh), None);
    let question = session.question.clone().unwrap();
    assert!(question.text.contains("空间已满"), "{}", question.text);
    assert!(
        storage.get(&draft_key("a")).unwrap().is_some(),
        "not before the answer"
    );
    session.answer(
        &Answer::DeleteForever {
            id: "a".into(),
            export: false,
        },
        4.0,
        fresh,
    );
    assert!(storage.get(&draft_key("a")).unwrap().is_none());
    assert!(session.notice.as_ref().unwrap().text.contains("已永久删除"));
}

#[test]
fn renaming_what_cannot_be_stored_says_so() {
    let storage = seeded(&[("a", "甲局", 1.0), ("b", "乙局", 2.0)]);
    let mut session = tab(&storage);
    *storage.failure.borrow_mut() = Failure::QuotaBytes(0);
    assert!(!session.rename("a", "新名字", 3.0), "not the open draft");
    let notice = session.notice.clone().unwrap();
    assert!(
        notice.error && notice.text.contains("未能改名"),
        "{notice:?}"
    );
    *storage.failure.borrow_mut() = Failure::None;
    assert!(!session.rename("a", "新名字", 4.0));
    assert_eq!(
        session
            .shelf
            .drafts
            .iter()
            .find(|d| d.id == "a")
            .unwrap()
            .name,
        "新名字"
    );
    // The open draft is renamed through the editor; a known storage problem is said at once.
    *storage.failure.borrow_mut() = Failure::Unavailable;
    session.save(5.0);
    type_agency(&mut session, "乙局改");
    session.save(6.0);
    assert!(session.rename("b", "乙", 7.0));
    assert!(session.notice.as_ref().unwrap().text.contains("暂未保存"));
}

#[test]
fn a_save_never_overwrites_another_tabs_version() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut first = tab(&storage);
    let mut second = tab(&storage);
    type_agency(&mut second, "第二个标签页");
    assert!(second.save(2.0));
    // The first tab has not heard of it (its storage event is late): its save still checks.
    type_agency(&mut first, "第一个标签页");
    assert!(!first.save(3.0));
    assert_eq!(first.conflict(), Some(Conflict::Changed));
    assert_eq!(first.save_state(), SaveState::Paused);
    assert_eq!(
        stored_agency(&storage, "a").as_deref(),
        Some("第二个标签页")
    );
    // Kept as a new draft, nothing of either tab is lost.
    let mine = first.keep_mine("mine".into(), 4.0);
    assert_eq!(mine.report.meta.agency, "第一个标签页");
    assert_eq!(
        stored_agency(&storage, "mine").as_deref(),
        Some("第一个标签页")
    );
    assert_eq!(
        stored_agency(&storage, "a").as_deref(),
        Some("第二个标签页")
    );
    assert_eq!(first.conflict(), None);
}

#[test]
fn a_tab_that_merely_re_saves_the_same_content_is_no_conflict() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut first = tab(&storage);
    let mut second = tab(&storage);
    // Both make the same change; the second saves first.
    type_agency(&mut first, "甲局改");
    type_agency(&mut second, "甲局改");
    assert!(second.save(2.0));
    let event = storage.get(&draft_key("a")).unwrap();
    first.storage_changed(Some(&draft_key("a")), event);
    assert_eq!(first.conflict(), None);
    assert!(
        !first.dirty(),
        "what the other tab stored is what this page shows"
    );
}

#[test]
fn a_draft_deleted_in_another_tab_is_not_brought_back_silently() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut first = tab(&storage);
    let mut second = tab(&storage);
    second.delete("a", 2.0, fresh);
    assert!(storage.get(&trash_key("a")).unwrap().is_some());
    // The first tab keeps typing; its autosave must not resurrect the draft.
    type_agency(&mut first, "甲局（第一个标签页）");
    assert!(!first.save(3.0));
    assert_eq!(first.conflict(), Some(Conflict::Deleted));
    assert_eq!(storage.get(&draft_key("a")).unwrap(), None);
    // Told by the storage event, a tab with nothing unsaved pauses too.
    let mut third = tab(&storage);
    assert_ne!(third.open_draft().id, "a");
    third.storage_changed(Some("nianbao.draft.x"), None);
    assert_eq!(third.conflict(), None);
}

#[test]
fn restore_never_overwrites_a_newer_copy_and_says_so() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut first = tab(&storage);
    let mut second = tab(&storage);
    second.delete("a", 2.0, fresh);
    // The first tab chooses to keep working on the draft, so it is stored again.
    type_agency(&mut first, "甲局（较新）");
    first.save(3.0);
    first.store_again(4.0);
    assert_eq!(
        stored_agency(&storage, "a").as_deref(),
        Some("甲局（较新）")
    );
    // Later, the second tab restores the deleted version from its (stale) trash list.
    second.restore("a", "copy");
    assert_eq!(
        stored_agency(&storage, "a").as_deref(),
        Some("甲局（较新）")
    );
    assert_eq!(stored_agency(&storage, "copy").as_deref(), Some("甲局"));
    let notice = second.notice.clone().unwrap();
    assert!(notice.text.contains("不会覆盖"), "{}", notice.text);
    assert!(storage.get(&trash_key("a")).unwrap().is_none());
    // Without a newer copy, restore puts it back in place.
    second.delete("copy", 5.0, fresh);
    second.restore("copy", "unused");
    assert!(storage.get(&draft_key("copy")).unwrap().is_some());
    assert!(storage.get(&draft_key("unused")).unwrap().is_none());
}

#[test]
fn opening_a_draft_deleted_meanwhile_says_where_it_went() {
    let storage = seeded(&[("a", "甲局", 1.0), ("b", "乙局", 2.0)]);
    let mut first = tab(&storage);
    let mut second = tab(&storage);
    second.delete("a", 3.0, fresh);
    // The first tab's list is stale: it still offers 「甲局」.
    assert!(first.open_stored("a", 4.0).is_none());
    assert!(first.notice.as_ref().unwrap().text.contains("已删除"));
    assert_eq!(first.open_draft().id, "b");
}

#[test]
fn a_newer_versions_draft_is_listed_and_left_alone() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let newer =
        to_stored(&draft("n", "新版本局"), 5.0).replacen("\"version\":1", "\"version\":9", 1);
    storage.set(&draft_key("n"), &newer).unwrap();
    storage.set(&draft_key("bad"), "{\"kind\":").unwrap();
    let session = tab(&storage);
    assert_eq!(session.shelf.newer.len(), 1);
    assert_eq!(session.shelf.newer[0].name, "新版本局 · 2025年度");
    assert_eq!(
        storage.get(&draft_key("n")).unwrap().as_deref(),
        Some(newer.as_str())
    );
    assert_eq!(session.open_draft().id, "a");
    // The damaged one is set aside, in Chinese.
    assert_eq!(session.quarantined.len(), 1);
    assert!(session.quarantined[0].reason.contains("已损坏"));
    assert!(storage.get(&draft_key("bad")).unwrap().is_none());
    assert_eq!(
        storage.get(&session.quarantined[0].key).unwrap().as_deref(),
        Some("{\"kind\":")
    );
}

#[test]
fn a_save_pending_when_the_page_goes_is_written_at_once() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut session = tab(&storage);
    type_agency(&mut session, "最后一次修改");
    // pagehide: the flush is the same synchronous save.
    assert!(session.save(2.0));
    assert!(!session.has_unstored_work());
    assert_eq!(
        tab(&storage).open_draft().report.meta.agency,
        "最后一次修改"
    );
}

#[test]
fn a_held_copy_and_the_stored_copy_of_one_draft_are_never_confused() {
    let storage = seeded(&[("a", "甲局", 1.0), ("b", "乙局", 2.0)]);
    let mut session = tab(&storage);
    *storage.failure.borrow_mut() = Failure::QuotaBytes(0);
    type_agency(&mut session, "乙局（未保存的修改）");
    session.open_stored("a", 3.0).unwrap();
    assert_eq!(session.held()[0].id, "b");
    // 打开 on the stored row opens the stored copy; the held one stays held.
    let stored = session.open_stored("b", 4.0).unwrap();
    assert_eq!(stored.report.meta.agency, "乙局");
    assert_eq!(session.held().len(), 1);
    assert_eq!(
        session.held_draft("b").unwrap().report.meta.agency,
        "乙局（未保存的修改）"
    );
    // 删除 on the stored row is about the stored copy (here: no room for the trash, so it asks
    // to delete that one for good), never about the held work.
    session.open_stored("a", 5.0).unwrap();
    assert_eq!(session.delete("b", 6.0, fresh), None);
    let question = session.question.clone().unwrap();
    assert!(question.text.contains("空间已满"), "{}", question.text);
    session.answer(
        &Answer::DeleteForever {
            id: "b".into(),
            export: false,
        },
        7.0,
        fresh,
    );
    assert_eq!(stored_agency(&storage, "b"), None);
    assert_eq!(
        session.held_draft("b").unwrap().report.meta.agency,
        "乙局（未保存的修改）",
        "the held work is untouched"
    );
}

#[test]
fn deleting_the_open_draft_whose_changes_cannot_be_stored_asks_then_deletes_what_is_stored() {
    let storage = seeded(&[("a", "甲局", 1.0), ("b", "乙局", 2.0)]);
    let mut session = tab(&storage);
    *storage.failure.borrow_mut() = Failure::QuotaBytes(0);
    type_agency(&mut session, "乙局（改）");
    assert_eq!(session.delete("b", 3.0, fresh), None);
    assert!(session
        .question
        .as_ref()
        .unwrap()
        .text
        .contains("删除后无法恢复"));
    // No room for the trash either: asked again, to delete for good; nothing reopens silently.
    assert_eq!(
        session.answer(&Answer::DiscardOpen { export: false }, 4.0, fresh),
        None
    );
    assert!(session.question.as_ref().unwrap().text.contains("永久删除"));
    let opened = session.answer(
        &Answer::DeleteForever {
            id: "b".into(),
            export: false,
        },
        5.0,
        fresh,
    );
    assert_eq!(
        opened.unwrap().id,
        "a",
        "the other draft opens, not the deleted one"
    );
    assert_eq!(stored_agency(&storage, "b"), None);
    assert!(!session.has_unstored_work());
}

#[test]
fn only_looking_is_not_work() {
    // 检查全部 on an untouched new draft: nothing to store, nothing to ask about on leaving.
    let storage = Rc::new(MemoryStorage::default());
    let mut session = tab(&storage);
    let mut looked = (*session.open_draft()).clone();
    looked.review = super::review::Review::everything();
    session.edited(Rc::new(looked));
    assert!(!session.dirty());
    assert!(!session.has_unstored_work());
    assert!(session.save(1.0));
    assert!(storage.keys().unwrap().is_empty());
}

#[test]
fn another_tabs_check_all_is_no_conflict() {
    let storage = seeded(&[("a", "甲局", 1.0)]);
    let mut first = tab(&storage);
    let mut second = tab(&storage);
    let mut looked = (*second.open_draft()).clone();
    looked.review = super::review::Review::everything();
    second.edited(Rc::new(looked));
    assert!(
        second.save(2.0),
        "stored, so that it is still on after a reload"
    );
    let event = storage.get(&draft_key("a")).unwrap();
    first.storage_changed(Some(&draft_key("a")), event);
    assert_eq!(first.conflict(), None);
    type_agency(&mut first, "甲局改");
    assert!(first.save(3.0));
    assert_eq!(stored_agency(&storage, "a").as_deref(), Some("甲局改"));
}
