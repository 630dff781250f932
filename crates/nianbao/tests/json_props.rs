//! Properties of the JSON v1 reader and writer over generated reports and generated damage.

mod common;

use nianbao::json::{from_value, read_report, to_value, write_report, ReadErrors};
use nianbao::model::{CountCell, Report};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use std::sync::OnceLock;

fn samples() -> &'static [Value] {
    static SAMPLES: OnceLock<Vec<Value>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        common::sample_files()
            .into_iter()
            .map(|(_, text)| serde_json::from_str(&text).unwrap())
            .collect()
    })
}

fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// What any outcome of a read must satisfy: a refusal says something, in Chinese, for each
/// problem; an acceptance is a report that writes and reads back as itself.
fn assert_sound(result: Result<Report, ReadErrors>) -> Result<(), TestCaseError> {
    match result {
        Ok(report) => {
            prop_assert_eq!(read_report(&write_report(&report)), Ok(report));
        }
        Err(errors) => {
            prop_assert!(!errors.is_empty());
            for error in &errors {
                prop_assert!(is_chinese(&error.message), "{}", error);
            }
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Damage {
    Delete(Index),
    Replace(Index, Value),
}

fn arb_damage() -> impl Strategy<Value = Damage> {
    let keys = common::keys_of(&samples()[0]);
    prop_oneof![
        any::<Index>().prop_map(Damage::Delete),
        (any::<Index>(), common::arb_json_leaf()).prop_map(|(at, v)| Damage::Replace(at, v)),
        (any::<Index>(), common::arb_json(keys)).prop_map(|(at, v)| Damage::Replace(at, v)),
    ]
}

/// Applies `damage` at places picked among the sample's own paths, so that it lands inside
/// the report rather than beside it.
fn damaged(mut doc: Value, damage: &[Damage]) -> Value {
    let pointers = common::pointers_of(&doc);
    for hit in damage {
        match hit {
            Damage::Delete(at) => {
                let pointer = at.get(&pointers);
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                let key = key.replace("~1", "/").replace("~0", "~");
                if let Some(Value::Object(map)) = doc.pointer_mut(parent) {
                    map.shift_remove(&key);
                }
            }
            Damage::Replace(at, value) => {
                if let Some(slot) = doc.pointer_mut(at.get::<String>(&pointers)) {
                    *slot = value.clone();
                }
            }
        }
    }
    doc
}

proptest! {
    #[test]
    fn write_then_read_is_the_identity(report in common::arb_report()) {
        let text = write_report(&report);
        prop_assert_eq!(read_report(&text), Ok(report.clone()));
        prop_assert_eq!(from_value(&to_value(&report)), Ok(report));
    }

    #[test]
    fn a_count_above_max_count_is_refused_at_its_cell(
        report in common::arb_report(),
        cell in any::<Index>(),
        count in common::arb_too_large_count(),
    ) {
        let cells: Vec<CountCell> = CountCell::all().collect();
        let cell = *cell.get(&cells);
        let mut doc = to_value(&report);
        let pointer = format!("/{}", cell.path().replace('.', "/"));
        *doc.pointer_mut(&pointer).unwrap() = count.into();
        let errors = from_value(&doc).unwrap_err();
        prop_assert!(errors.iter().any(|e| e.path == cell.path() && e.message.contains("上限")), "{}", errors);
    }

    #[test]
    fn arbitrary_json_never_panics(value in common::arb_json(common::keys_of(&samples()[0]))) {
        assert_sound(from_value(&value))?;
        // The same tree behind a valid header reaches the body checks.
        let mut doc = value;
        if let Value::Object(map) = &mut doc {
            map.insert("format".into(), "nianbao-report".into());
            map.insert("version".into(), 1.into());
        }
        assert_sound(from_value(&doc))?;
    }

    #[test]
    fn a_damaged_sample_never_panics(
        sample in any::<Index>(),
        damage in proptest::collection::vec(arb_damage(), 1..6),
    ) {
        let doc = damaged(sample.get(samples()).clone(), &damage);
        assert_sound(from_value(&doc))?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        assert_sound(read_report(&text))?;
    }

    #[test]
    fn a_cut_or_spliced_document_never_panics(
        report in common::arb_report(),
        cut in any::<Index>(),
        splice in "[\\[\\]{}\",:0-9a-z\\\\ \n-]{0,3}",
    ) {
        let text = write_report(&report);
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let at = *cut.get(&boundaries);
        let spliced = format!("{}{}{}", &text[..at], splice, &text[at..]);
        assert_sound(read_report(&spliced))?;
        assert_sound(read_report(&text[..at]))?;
    }
}
