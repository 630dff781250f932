//! How a draft is written into local storage: an envelope with its own version around JSON v1
//! documents, so that both the envelope and the report format can grow and be migrated (the
//! report through `nianbao::json`, which upgrades older versions as it reads).

use super::draft::Draft;
use super::review::Review;
use super::shelf::Listed;
use nianbao::json::{from_value, parse_value, to_value, ReadErrors};
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
        "review": draft.review.to_value(),
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
    let value: Value = parse_value(text).map_err(|e| {
        Unreadable::damaged(format!(
            "存储的数据已损坏，不是完整的草稿（{}）",
            e.message.trim_start_matches("不是有效的 JSON：")
        ))
    })?;
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
        review: Review::default(),
    };
    // Drafts stored before the review was kept count the tables already typed in as worked in.
    let draft = Draft {
        review: value
            .get("review")
            .map_or_else(|| Review::guessed(&draft), Review::from_value),
        ..draft
    };
    let saved_at = value.get("saved_at").and_then(Value::as_f64).unwrap_or(0.0);
    Ok((draft, saved_at))
}

/// What the list can say of a draft this version cannot open (a newer version's): its name and
/// time, read leniently from wherever they are.
pub fn peek(id: &str, text: &str) -> Listed {
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let text_at = |pointer: &str| {
        value
            .pointer(pointer)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let year = value
        .pointer("/report/meta/year")
        .and_then(Value::as_i64)
        .and_then(|y| i32::try_from(y).ok());
    let name = match (text_at("/label"), text_at("/report/meta/agency"), year) {
        (Some(label), _, _) => label.to_owned(),
        (None, Some(agency), Some(year)) => format!("{agency} · {year}年度"),
        (None, Some(agency), None) => agency.to_owned(),
        (None, None, _) => "（名称无法读取）".to_owned(),
    };
    Listed {
        id: id.to_owned(),
        name,
        year,
        saved_at: value.get("saved_at").and_then(Value::as_f64).unwrap_or(0.0),
    }
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
        let damaged = from_stored("{不是").unwrap_err().reason;
        assert!(
            damaged.contains("已损坏") && damaged.contains("第 1 行"),
            "{damaged}"
        );
        // Said in Chinese only: no parser text in English reaches the user.
        assert!(
            !damaged.chars().any(|c| c.is_ascii_alphabetic()),
            "{damaged}"
        );
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
