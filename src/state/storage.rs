//! Where drafts are kept, as the state sees it: a store of texts under keys, which may refuse.
//! The browser's local storage is one (services::storage); the native tests use
//! [`MemoryStorage`], which can be made to fail the ways a browser does.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// What went wrong with storage, said for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// No local storage at all (private mode, a portal that forbids it, a sandboxed frame).
    Unavailable,
    /// The quota is used up.
    Full,
    /// Anything else the browser refused; the browser's name for the error, if it gave one.
    Failed(String),
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Unavailable => {
                "浏览器的本地存储不可用（可能处于隐私模式或被网站设置禁止）。".to_owned()
            }
            StorageProblem::Full => "浏览器的本地存储空间已满，草稿未能保存。".to_owned(),
            StorageProblem::Failed(name) if name.is_empty() => {
                "浏览器拒绝保存草稿（原因不明）。".to_owned()
            }
            StorageProblem::Failed(name) => format!("浏览器拒绝保存草稿（错误类型：{name}）。"),
        }
    }
}

/// Texts under keys, as local storage keeps them. Every call may fail.
pub trait Storage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageProblem>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageProblem>;
    fn remove(&self, key: &str) -> Result<(), StorageProblem>;
    fn keys(&self) -> Result<Vec<String>, StorageProblem>;
    /// The draft this tab had open, kept where a reload of this tab finds it; a convenience, so
    /// failing to note it loses nothing.
    fn remember_open(&self, id: &str);
    /// The draft to reopen: this tab's after a reload, else the one opened last in any tab.
    fn remembered_open(&self) -> Option<String>;
}

/// How a [`MemoryStorage`] fails, to test what the user sees when the browser lets them down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Failure {
    #[default]
    None,
    /// Every call fails: private mode, a forbidding portal.
    Unavailable,
    /// Writes fail once the texts stored add up to more than this many bytes.
    QuotaBytes(usize),
}

/// Storage in memory, for tests; a clone is a second tab on the same storage.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    pub items: RefCell<BTreeMap<String, String>>,
    pub failure: RefCell<Failure>,
    remembered: RefCell<Option<String>>,
}

impl MemoryStorage {
    pub fn failing(failure: Failure) -> MemoryStorage {
        MemoryStorage {
            failure: RefCell::new(failure),
            ..MemoryStorage::default()
        }
    }

    fn check(&self) -> Result<(), StorageProblem> {
        match *self.failure.borrow() {
            Failure::Unavailable => Err(StorageProblem::Unavailable),
            _ => Ok(()),
        }
    }
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageProblem> {
        self.check()?;
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageProblem> {
        self.check()?;
        if let Failure::QuotaBytes(quota) = *self.failure.borrow() {
            let others: usize = self
                .items
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StorageProblem::Full);
            }
        }
        self.items
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageProblem> {
        self.check()?;
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageProblem> {
        self.check()?;
        Ok(self.items.borrow().keys().cloned().collect())
    }

    fn remember_open(&self, id: &str) {
        *self.remembered.borrow_mut() = Some(id.to_owned());
    }

    fn remembered_open(&self) -> Option<String> {
        self.remembered.borrow().clone()
    }
}
