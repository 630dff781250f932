//! JSON v1 → Report: the text, the header (format and version), then the body.

use super::body::{read_body, Object};
use super::encoding::decode;
use super::error::{ReadError, ReadErrors};
use super::migrate::upgrade;
use super::place::describe;
use super::syntax::syntax_error;
use super::{FORMAT, KEY_FORMAT, KEY_VERSION, VERSION};
use crate::model::Report;
use serde_json::Value;

/// Reads a JSON v1 document; any problem refuses the whole document.
pub fn read_report(text: &str) -> Result<Report, ReadErrors> {
    from_value(&parse_value(text)?)
}

/// Reads a JSON v1 document from a file's bytes, refusing a file that is not UTF-8 (a GBK file
/// read as UTF-8 would import as garbled text) with a message naming the encoding.
pub fn read_report_bytes(bytes: &[u8]) -> Result<Report, ReadErrors> {
    read_report(&decode(bytes)?)
}

/// Any JSON text, its syntax errors told in Chinese with the line and column.
pub fn parse_value(text: &str) -> Result<Value, ReadError> {
    // Windows editors (记事本 among them) save UTF-8 with a byte-order mark, which JSON forbids
    // but which says nothing about the content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<Value>(text).map_err(|error| syntax_error(text, &error))
}

/// Reads a parsed JSON v1 document (or an older version, upgraded first).
pub fn from_value(value: &Value) -> Result<Report, ReadErrors> {
    let Some(root) = value.as_object() else {
        return Err(ReadError::new(
            "",
            format!(
                "这不是年报（{FORMAT}）文件：整个文件应为一个 JSON 对象（{{…}}），实际是{}",
                describe(value)
            ),
        )
        .into());
    };
    check_format(root)?;
    let version = check_version(root)?;
    let doc = upgrade(value, version)?;
    let Some(root) = doc.as_object() else {
        return Err(ReadError::new("", "升级旧版本文件后不再是 JSON 对象（程序错误）").into());
    };
    read_body(root).map_err(ReadErrors)
}

/// A foreign file is refused on its own: listing its hundreds of "missing" keys would bury the
/// one thing the user needs to hear.
fn check_format(root: &Object) -> Result<(), ReadError> {
    let refuse = |what: String| {
        Err(ReadError::new(
            KEY_FORMAT,
            format!("这不是年报（{FORMAT}）文件：{what}"),
        ))
    };
    match root.get(KEY_FORMAT) {
        Some(Value::String(format)) if format == FORMAT => Ok(()),
        Some(other) => refuse(format!(
            "\"{KEY_FORMAT}\" 应为 \"{FORMAT}\"，实际是{}",
            describe(other)
        )),
        None => refuse(format!("缺少 \"{KEY_FORMAT}\": \"{FORMAT}\"")),
    }
}

/// Without a version the shape of the rest is unknown, so nothing else is read.
fn check_version(root: &Object) -> Result<u64, ReadError> {
    let refuse = |message: String| Err(ReadError::new(KEY_VERSION, message));
    match root.get(KEY_VERSION) {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(version) => Ok(version),
            None => refuse(format!(
                "文件版本应为不小于 1 的整数（本程序支持到 {VERSION}），实际是数字 {n}"
            )),
        },
        Some(other) => refuse(format!(
            "文件版本应为整数（本程序支持到 {VERSION}），实际是{}",
            describe(other)
        )),
        None => refuse(format!(
            "缺少文件版本（键 \"{KEY_VERSION}\"），应为整数（本程序支持到 {VERSION}）"
        )),
    }
}
