//! The layout's labels and keys, held against the specification they come from
//! (shared/spec/report-format.md and json-format.md): a typo in a label fails here.

use nianbao::layout::*;
use std::path::PathBuf;

fn spec(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/spec")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_in(spec: &str, label: &str) {
    assert!(
        spec.contains(label),
        "「{label}」 is not in the specification"
    );
}

#[test]
fn section_headings_are_the_specs_in_order() {
    let format = spec("report-format.md");
    let mut from = 0;
    for section in Section::ALL {
        let at = format[from..]
            .find(section.heading())
            .unwrap_or_else(|| panic!("{} missing or out of order", section.heading()));
        from += at + section.heading().len();
    }
}

#[test]
fn table_two_labels_are_the_specs() {
    let format = spec("report-format.md");
    for label in [
        TABLE2_ITEM_1,
        TABLE2_ITEM_5,
        TABLE2_ITEM_6,
        TABLE2_ITEM_8,
        TABLE2_CONTENT,
        TABLE2_DECISIONS,
        TABLE2_FEES_ROW,
        TABLE2_FEES_COLUMN,
    ] {
        assert_in(&format, label);
    }
    for template in [Template::Gb2021, Template::Gb2019] {
        for kind in DocKind::ALL {
            assert_in(&format, kind.label(template));
        }
    }
    for column in DocColumn::ALL {
        assert_in(&format, column.label(Template::Gb2021));
    }
    // The 2019 format's columns, as the spec names them for import.
    assert_in(&format, DocColumn::Issued.label(Template::Gb2019));
    assert_in(&format, DocColumn::InForce.label(Template::Gb2019));
    for kind in DecisionKind::ALL {
        assert_in(&format, kind.label());
    }
}

#[test]
fn table_three_labels_and_keys_are_the_specs() {
    let format = spec("report-format.md");
    let json = spec("json-format.md");
    for label in [
        TABLE3_CORNER,
        TABLE3_APPLICANTS,
        TABLE3_ORGANISATIONS,
        TABLE3_OUTCOMES,
    ] {
        assert_in(&format, label);
    }
    for row in RequestRow::ALL {
        assert_in(&format, row.label());
        // json-format.md lists each key beside its full label: | received | 一、本年新收… |
        assert_in(&json, &format!("| {} | {} |", row.key(), row.full_label()));
    }
    for group in OutcomeGroup::ALL {
        assert_in(&format, group.label());
    }
    assert_eq!(RequestRow::outcomes().count(), 21);
    for applicant in Applicant::ALL {
        assert_in(&format, applicant.label());
        assert_in(
            &json,
            &format!("`{}` {}", applicant.key(), applicant.label()),
        );
    }
}

#[test]
fn table_four_labels_and_keys_are_the_specs() {
    let format = spec("report-format.md");
    let json = spec("json-format.md");
    assert_in(&format, TABLE4_REVIEW);
    assert_in(&format, TABLE4_LITIGATION);
    for group in AppealGroup::ALL {
        assert_in(&format, group.label());
        assert_in(&json, &format!("`{}` {}", group.key(), group.full_label()));
    }
    for column in AppealColumn::ALL {
        assert_in(&format, column.label());
        assert_in(&json, &format!("`{}` {}", column.key(), column.label()));
    }
}
