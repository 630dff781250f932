//! Bringing an older document up to [`VERSION`] before it is read, so that the reader only ever
//! knows the current shape. Each released version gets exactly one step to the next; a step is
//! never changed once released, because files of that version exist in the field.

use super::error::ReadError;
use super::{KEY_VERSION, VERSION};
use serde_json::Value;
use std::borrow::Cow;

/// Turns a document of one version into the next version, `version` key included.
pub type Step = fn(Value) -> Value;

/// `STEPS[i]` upgrades version `i + 1` to `i + 2`. The length is tied to [`VERSION`] so that
/// bumping the version does not compile until the step for the old files exists.
const STEPS: [Step; (VERSION - 1) as usize] = [];

/// The document of version `from`, upgraded to [`VERSION`]; untouched (and not copied) when it
/// already is. A version outside 1..=VERSION is refused with the message for the user.
pub fn upgrade(doc: &Value, from: u64) -> Result<Cow<'_, Value>, ReadError> {
    upgrade_with(doc, from, &STEPS)
}

fn upgrade_with<'v>(
    doc: &'v Value,
    from: u64,
    steps: &[Step],
) -> Result<Cow<'v, Value>, ReadError> {
    let newest = steps.len() as u64 + 1;
    if from == 0 {
        return Err(ReadError::new(
            KEY_VERSION,
            format!("文件版本 0 不存在（版本从 1 开始），应为 1 到 {newest} 之间的整数"),
        ));
    }
    if from > newest {
        return Err(ReadError::new(
            KEY_VERSION,
            format!("文件版本 {from} 比本程序支持的版本 {newest} 新，请升级本程序后再打开"),
        ));
    }
    let pending = &steps[(from - 1) as usize..];
    if pending.is_empty() {
        return Ok(Cow::Borrowed(doc));
    }
    let upgraded = pending.iter().fold(doc.clone(), |doc, step| step(doc));
    Ok(Cow::Owned(upgraded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_current_version_passes_untouched() {
        let doc = json!({ "version": VERSION, "x": 1 });
        let upgraded = upgrade(&doc, VERSION).unwrap();
        assert!(matches!(upgraded, Cow::Borrowed(_)));
        assert_eq!(*upgraded, doc);
    }

    #[test]
    fn version_zero_and_future_versions_are_refused() {
        let doc = json!({});
        let zero = upgrade(&doc, 0).unwrap_err();
        assert_eq!(zero.path, "version");
        assert!(zero.message.contains("文件版本 0 不存在"), "{zero}");
        let future = upgrade(&doc, VERSION + 1).unwrap_err();
        assert_eq!(
            future.message,
            format!(
                "文件版本 {} 比本程序支持的版本 {VERSION} 新，请升级本程序后再打开",
                VERSION + 1
            )
        );
    }

    // Today there is no older version, so the chain is exercised with made-up steps: a v1 file
    // must pass through both, in order, and a v2 file through the second only.
    fn v1_to_v2(mut doc: Value) -> Value {
        doc["version"] = json!(2);
        doc["trail"] = json!("a");
        doc
    }

    fn v2_to_v3(mut doc: Value) -> Value {
        doc["version"] = json!(3);
        let trail = doc["trail"].as_str().unwrap_or("").to_owned();
        doc["trail"] = json!(trail + "b");
        doc
    }

    #[test]
    fn steps_run_in_order_from_the_file_version() {
        let steps: [Step; 2] = [v1_to_v2, v2_to_v3];
        let v1 = json!({ "version": 1 });
        let from_v1 = upgrade_with(&v1, 1, &steps).unwrap();
        assert_eq!(*from_v1, json!({ "version": 3, "trail": "ab" }));

        let v2 = json!({ "version": 2, "trail": "a" });
        let from_v2 = upgrade_with(&v2, 2, &steps).unwrap();
        assert_eq!(*from_v2, json!({ "version": 3, "trail": "ab" }));

        let v3 = json!({ "version": 3 });
        assert!(matches!(upgrade_with(&v3, 3, &steps), Ok(Cow::Borrowed(_))));
        assert!(upgrade_with(&v3, 4, &steps).is_err());
    }
}
