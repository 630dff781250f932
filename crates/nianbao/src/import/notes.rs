//! The import report: what an import recognised, what it did not find, each doubt with the place
//! it concerns, and what it left out. Every import ends in one, shown to the clerk before the
//! result is used; nothing is shifted or guessed to make the arithmetic work, so this is where
//! an importer says what it was unsure of.

use serde_json::{json, Value};

/// What the bytes were read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Json,
    Docx,
    Html,
    Text,
}

impl SourceKind {
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Json => "JSON 文件",
            SourceKind::Docx => "Word 文档（.docx）",
            SourceKind::Html => "网页",
            SourceKind::Text => "文字",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Json => "json",
            SourceKind::Docx => "docx",
            SourceKind::Html => "html",
            SourceKind::Text => "text",
        }
    }
}

/// One line of the import report, about one place of the report when `path` is set (a JSON
/// path of json-format.md § Paths, so the app can open the cell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub path: Option<String>,
    /// In Chinese, naming the place as printed: 「表三（三）2 只找到 6 个数，已留空」.
    pub message: String,
}

impl Note {
    pub fn new(message: impl Into<String>) -> Note {
        Note {
            path: None,
            message: message.into(),
        }
    }

    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Note {
        Note {
            path: Some(path.into()),
            message: message.into(),
        }
    }
}

/// The whole import report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub source: SourceKind,
    /// The charset a page or text was decoded from, when it was not UTF-8 (GB18030…).
    pub charset: Option<String>,
    /// What was recognised: title, 机关, 年度, each section, each table with its count of values.
    pub found: Vec<Note>,
    /// What the report should have and the source did not give (a section, a table, 落款…).
    pub missing: Vec<Note>,
    /// Each doubt, at its place: a row with fewer numbers than cells, an unreadable cell, a
    /// label not matched, a conversion from the 2019 format.
    pub doubts: Vec<Note>,
    /// What was in the source and deliberately left out (navigation, other tables, 第（九）项).
    pub ignored: Vec<Note>,
}

impl ImportReport {
    pub fn new(source: SourceKind) -> ImportReport {
        ImportReport {
            source,
            charset: None,
            found: Vec::new(),
            missing: Vec::new(),
            doubts: Vec::new(),
            ignored: Vec::new(),
        }
    }

    /// The report as plain text for the command line, one note a line under four headings.
    pub fn to_text(&self) -> String {
        let mut out = format!("来源：{}", self.source.label());
        if let Some(charset) = &self.charset {
            out.push_str(&format!("（编码 {charset}）"));
        }
        out.push('\n');
        for (heading, notes) in [
            ("已识别", &self.found),
            ("未找到", &self.missing),
            ("存疑，请核对", &self.doubts),
            ("未导入", &self.ignored),
        ] {
            if notes.is_empty() {
                continue;
            }
            out.push_str(&format!("{heading}（{}）：\n", notes.len()));
            for note in notes {
                out.push_str("  · ");
                out.push_str(&note.message);
                if let Some(path) = &note.path {
                    out.push_str(&format!("  [{path}]"));
                }
                out.push('\n');
            }
        }
        out
    }

    /// The report as JSON, for the worker's reply and `nianbao import --json`.
    pub fn to_json(&self) -> Value {
        let notes = |notes: &[Note]| -> Value {
            notes
                .iter()
                .map(|n| json!({ "path": n.path, "message": n.message }))
                .collect()
        };
        json!({
            "source": self.source.key(),
            "charset": self.charset,
            "found": notes(&self.found),
            "missing": notes(&self.missing),
            "doubts": notes(&self.doubts),
            "ignored": notes(&self.ignored),
        })
    }
}
