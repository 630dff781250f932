//! Chinese names for the places of a document and for the values found there, so that a message
//! can be understood by someone who knows the printed report but not its JSON keys.

use crate::layout::{AppealGroup, DocKind, RequestRow, Section, Template};
use serde_json::Value;

/// The short name by which people refer to a section's table (表三).
fn table(section: Section) -> &'static str {
    match section {
        Section::Proactive => "表二",
        Section::Requests => "表三",
        Section::Appeals => "表四",
        _ => "",
    }
}

/// A whole section's object: 「二、主动公开政府信息情况」.
pub fn section(section: Section) -> String {
    format!("「{}」", section.heading())
}

pub fn doc_row(kind: DocKind, template: Template) -> String {
    format!("{}「{}」", table(Section::Proactive), kind.label(template))
}

pub fn request_row(row: RequestRow) -> String {
    format!("{}「{}」", table(Section::Requests), row.full_label())
}

pub fn appeal_group(group: AppealGroup) -> String {
    format!("{}「{}」", table(Section::Appeals), group.full_label())
}

pub use crate::names::{cell, fees};

/// Longest text quoted back in a message; a whole overview pasted into one would bury the point.
const QUOTE_CHARS: usize = 30;

/// What was found, as a message continues after 实际是.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null（空）".to_owned(),
        Value::Bool(b) => format!("布尔值 {b}"),
        Value::Number(n) => format!("数字 {n}"),
        Value::String(s) => format!("字符串 {}", quote(s)),
        Value::Array(items) => format!("数组（{} 项）", items.len()),
        Value::Object(map) => format!("对象（{} 个键）", map.len()),
    }
}

/// A string in double quotes with `"` and `\` escaped (as JSON writes it, but for control
/// characters), shortened when long. Not serde_json's writer: in the editor that would bring
/// std's I/O error texts into the first load for this one message.
pub fn quote(text: &str) -> String {
    if text.chars().count() <= QUOTE_CHARS {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(QUOTE_CHARS).collect();
        format!("{head:?}…")
    }
}
