//! Shared by the integration tests (`mod common;`): the sample documents and proptest strategies
//! for reports and for arbitrary JSON.

// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use nianbao::layout::{ReportKind, Template};
use nianbao::model::{
    Amount, Appeals, Count, CountCell, Date, Meta, Proactive, Report, Requests, MAX_COUNT,
};
use proptest::prelude::*;
use proptest::{collection, option};
use serde_json::{Map, Value};
use std::path::PathBuf;

/// `shared/samples` sits beside the repository root, here and in CI.
pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples")
}

/// Every sample document as (file name, text), sorted by name; panics when there are none, so
/// that a moved folder cannot turn the sample tests into tests of nothing.
pub fn sample_files() -> Vec<(String, String)> {
    let dir = samples_dir();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list the samples at {}: {e}", dir.display()));
    let mut samples: Vec<(String, String)> = entries
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (name, text)
        })
        .collect();
    samples.sort();
    assert!(
        !samples.is_empty(),
        "no *.json samples in {}",
        dir.display()
    );
    samples
}

pub fn arb_template() -> impl Strategy<Value = Template> {
    prop_oneof![Just(Template::Gb2021), Just(Template::Gb2019)]
}

/// Mostly small counts and blanks, as in real reports, with the extremes a report may hold
/// mixed in (up to MAX_COUNT, the largest a JavaScript reader reads exactly).
pub fn arb_count() -> impl Strategy<Value = Count> {
    prop_oneof![
        2 => Just(None),
        5 => (0u64..1000).prop_map(Some),
        1 => (0..=MAX_COUNT).prop_map(Some),
        1 => Just(Some(MAX_COUNT)),
    ]
}

/// A count no report may hold.
pub fn arb_too_large_count() -> impl Strategy<Value = u64> {
    prop_oneof![
        (MAX_COUNT + 1..=u64::MAX),
        Just(MAX_COUNT + 1),
        Just(u64::MAX)
    ]
}

/// Any text: empty, report-like Chinese with paragraphs, or arbitrary Unicode (control
/// characters included, which JSON must escape).
pub fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        3 => "[一-龥（）、，。：；“”0-9a-zA-Z \n]{0,80}",
        2 => any::<String>(),
        1 => collection::vec(any::<char>(), 0..20).prop_map(|chars| chars.into_iter().collect()),
    ]
}

pub fn arb_date() -> impl Strategy<Value = Date> {
    (0i32..=9999, 1u32..=12, 1u32..=31).prop_filter_map("a real date", |(year, month, day)| {
        Date::new(year, month, day)
    })
}

/// Exact amounts, leading zeros and long fractions included.
pub fn arb_amount() -> impl Strategy<Value = Amount> {
    "[0-9]{1,20}(\\.[0-9]{1,10})?".prop_map(|digits| Amount::parse(&digits).expect("digits"))
}

pub fn arb_meta() -> impl Strategy<Value = Meta> {
    (
        arb_text(),
        option::of(any::<i32>()),
        prop_oneof![Just(ReportKind::Department), Just(ReportKind::Government)],
        option::of(arb_text()),
        option::of(arb_text()),
        option::of(arb_date()),
    )
        .prop_map(|(agency, year, kind, title, signature, date)| Meta {
            agency,
            year,
            kind,
            title,
            signature,
            date,
        })
}

/// Any report the model can hold, whether or not it would pass the checks.
pub fn arb_report() -> impl Strategy<Value = Report> {
    let cells = CountCell::all().count();
    (
        arb_template(),
        arb_meta(),
        [arb_text(), arb_text(), arb_text(), arb_text()],
        collection::vec(arb_count(), cells),
        option::of(arb_amount()),
    )
        .prop_map(|(template, meta, texts, counts, fees)| {
            let [preamble, overview, problems, other_matters] = texts;
            let mut report = Report {
                template,
                meta,
                preamble,
                overview,
                proactive: Proactive::default(),
                requests: Requests::default(),
                appeals: Appeals::default(),
                problems,
                other_matters,
            };
            for (cell, count) in CountCell::all().zip(counts) {
                report.set_count(cell, count);
            }
            report.proactive.fees = fees;
            report
        })
}

/// A JSON scalar of any type, with the values a count or a key is likely to meet.
pub fn arb_json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (-3i64..5).prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        "[0-9.,-]{0,8}".prop_map(Value::from),
        Just(Value::from("nianbao-report")),
        Just(Value::from("gb2019")),
        Just(Value::from("2022-02-29")),
    ]
}

/// Arbitrary nested JSON, its object keys often the report's own so the reader goes deep.
pub fn arb_json(keys: Vec<String>) -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        3 => proptest::sample::select(keys),
        1 => any::<String>(),
    ];
    arb_json_leaf().prop_recursive(4, 96, 12, move |inner| {
        prop_oneof![
            collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            collection::vec((key.clone(), inner), 0..12)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every object key that occurs in `value`, at any depth, without repeats.
pub fn keys_of(value: &Value) -> Vec<String> {
    fn walk(value: &Value, keys: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    if !keys.contains(key) {
                        keys.push(key.clone());
                    }
                    walk(child, keys);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, keys)),
            _ => {}
        }
    }
    let mut keys = Vec::new();
    walk(value, &mut keys);
    keys
}

/// The JSON pointer of every value inside `value` (the root excluded), parents before children.
pub fn pointers_of(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: &str, pointers: &mut Vec<String>) {
        let children: Vec<(String, &Value)> = match value {
            Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            _ => Vec::new(),
        };
        for (key, child) in children {
            let escaped = key.replace('~', "~0").replace('/', "~1");
            let pointer = format!("{at}/{escaped}");
            pointers.push(pointer.clone());
            walk(child, &pointer, pointers);
        }
    }
    let mut pointers = Vec::new();
    walk(value, "", &mut pointers);
    pointers
}
