//! How a draft is written into local storage: an envelope with its own version around JSON v1
//! documents, so that both the envelope and the report format can grow and be migrated (the
//! report through `nianbao::json`, which upgrades older versions as it reads).

use super::draft::Draft;
use nianbao::json::{from_value, to_value, ReadErrors};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

pub const ENVELOPE_KIND: &str = "nianbao-draft";
pub const ENVELOPE_VERSION: u64 = 1;

/// A draft as stored, with the time it was saved (milliseconds since 1970).
pub fn to_stored(draft: &Draft, saved_at: f64) -> String {
    let raw: Map<String, Value> = draft
        .raw_inputs
        .iter()
        .map(|(path, text)| (path.clone(), Value::String(text.clone())))
        .collect();
    json!({
        "kind": ENVELOPE_KIND,
        "version": ENVELOPE_VERSION,
        "id": draft.id,
        "saved_at": saved_at,
        "stated_totals": draft.stated_totals,
        "raw_inputs": raw,
        "label": draft.label,
        "report": to_value(&draft.report),
        "last_year": draft.last_year.as_ref().map(to_value),
    })
    .to_string()
}

/// Why stored text is not a draft this version can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub reason: String,
    /// Written by a newer nianbao: not damaged, only not for this version (so it is left where
    /// it is rather than moved aside).
    pub newer: bool,
}

impl Unreadable {
    fn damaged(reason: String) -> Unreadable {
        Unreadable {
            reason,
            newer: false,
        }
    }
}

fn describe(errors: &ReadErrors, what: &str) -> Unreadable {
    let first = errors
        .iter()
        .next()
        .map(ToString::to_string)
        .unwrap_or_default();
    Unreadable::damaged(format!("{what}无法读取：{first}"))
}

/// Reads a stored draft; the time it was saved comes with it.
pub fn from_stored(text: &str) -> Result<(Draft, f64), Unreadable> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| Unreadable::damaged(format!("存储的数据不是有效的 JSON（{e}）")))?;
    if value.get("kind").and_then(Value::as_str) != Some(ENVELOPE_KIND) {
        return Err(Unreadable::damaged("存储的数据不是年报草稿".to_owned()));
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(ENVELOPE_VERSION) => {}
        Some(newer) if newer > ENVELOPE_VERSION => {
            return Err(Unreadable {
                reason: format!("草稿由更新版本的年报保存（版本 {newer}），请使用新版本打开"),
                newer: true,
            })
        }
        _ => return Err(Unreadable::damaged("草稿的版本号无效".to_owned())),
    }
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| Unreadable::damaged("草稿缺少编号".to_owned()))?
        .to_owned();
    let report_version = value.pointer("/report/version").and_then(Value::as_u64);
    if report_version.is_some_and(|v| v > nianbao::json::VERSION) {
        return Err(Unreadable {
            reason: "草稿中的报告由更新版本的年报保存，请使用新版本打开".to_owned(),
            newer: true,
        });
    }
    let report = from_value(value.get("report").unwrap_or(&Value::Null))
        .map_err(|e| describe(&e, "草稿中的报告"))?;
    let last_year = match value.get("last_year") {
        None | Some(Value::Null) => None,
        Some(doc) => Some(from_value(doc).map_err(|e| describe(&e, "草稿中的上年报告"))?),
    };
    let raw_inputs: BTreeMap<String, String> = value
        .get("raw_inputs")
        .and_then(Value::as_object)
        .map(|raw| {
            raw.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default();
    let draft = Draft {
        id,
        report,
        last_year,
        stated_totals: value.get("stated_totals").and_then(Value::as_bool) == Some(true),
        raw_inputs,
        label: value
            .get("label")
            .and_then(Value::as_str)
            .map(str::to_owned),
    };
    let saved_at = value.get("saved_at").and_then(Value::as_f64).unwrap_or(0.0);
    Ok((draft, saved_at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::layout::{Applicant, RequestRow};
    use nianbao::CountCell;

    fn sample_draft() -> Draft {
        let mut draft = Draft::new("d1".into(), 2025);
        draft.report.meta.agency = "某某局".into();
        draft.report.set_count(
            CountCell::Request(RequestRow::Received, Applicant::Total),
            Some(7),
        );
        draft
            .raw_inputs
            .insert("requests.received.research".into(), "七".into());
        draft.last_year = Some(draft.report.clone());
        draft.stated_totals = true;
        draft.label = Some("我的草稿".into());
        draft
    }

    #[test]
    fn a_stored_draft_reads_back_the_same() {
        let draft = sample_draft();
        let (back, saved_at) = from_stored(&to_stored(&draft, 1234.0)).unwrap();
        assert_eq!(back, draft);
        assert_eq!(saved_at, 1234.0);
    }

    #[test]
    fn damaged_or_foreign_data_is_refused_with_a_reason() {
        assert!(from_stored("{不是").unwrap_err().reason.contains("JSON"));
        assert!(from_stored("{}")
            .unwrap_err()
            .reason
            .contains("不是年报草稿"));
        let newer =
            to_stored(&sample_draft(), 0.0).replace("\"version\":1,\"id\"", "\"version\":9,\"id\"");
        let refused = from_stored(&newer).unwrap_err();
        assert!(
            refused.reason.contains("更新版本") && refused.newer,
            "{newer}"
        );
        let mut value: Value = serde_json::from_str(&to_stored(&sample_draft(), 0.0)).unwrap();
        value["report"]["version"] = json!(7);
        assert!(from_stored(&value.to_string()).unwrap_err().newer);
        let mut value: Value = serde_json::from_str(&to_stored(&sample_draft(), 0.0)).unwrap();
        value["report"]["requests"]["received"]["total"] = json!(-1);
        let error = from_stored(&value.to_string()).unwrap_err().reason;
        assert!(!from_stored(&value.to_string()).unwrap_err().newer);
        assert!(error.contains("requests.received.total"), "{error}");
    }
}
