//! The shared sample documents against the JSON v1 reader and writer: each one reads, and
//! writing it back loses nothing the format can express.

mod common;

use nianbao::json::{from_value, read_report, to_value, write_report};
use nianbao::layout::Template;
use serde_json::Value;

#[test]
fn every_sample_reads() {
    for (name, text) in common::sample_files() {
        if let Err(errors) = read_report(&text) {
            panic!("{name} is refused:\n{errors}");
        }
    }
}

#[test]
fn every_sample_survives_write_then_read() {
    for (name, text) in common::sample_files() {
        let report = read_report(&text).unwrap();
        let written = write_report(&report);
        assert_eq!(read_report(&written).as_ref(), Ok(&report), "{name}");
        assert_eq!(
            written,
            write_report(&report),
            "{name}: output must not vary"
        );
    }
}

/// The writer emits exactly what the sample holds, no key lost, added or retyped.
#[test]
fn every_sample_is_its_own_value_again() {
    for (name, text) in common::sample_files() {
        let original: Value = serde_json::from_str(&text).unwrap();
        let report = from_value(&original).unwrap();
        assert_eq!(to_value(&report), original, "{name}");
    }
}

#[test]
fn the_samples_include_an_old_format_report() {
    let old = common::sample_files()
        .into_iter()
        .filter(|(_, text)| read_report(text).unwrap().template == Template::Gb2019)
        .count();
    assert!(
        old > 0,
        "no gb2019 sample: the old layout would go untested"
    );
}
