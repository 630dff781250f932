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

/// The row keys of json-format.md's table, in the order it lists them.
fn spec_row_keys(json: &str) -> Vec<String> {
    let table = json
        .split("| key | label |")
        .nth(1)
        .expect("the row key table of json-format.md");
    table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| line.split('|').nth(1).unwrap_or("").trim().to_owned())
        .collect()
}

#[test]
fn keys_are_in_the_specs_order() {
    let json = spec("json-format.md");
    let rows: Vec<&str> = RequestRow::ALL.iter().map(|row| row.key()).collect();
    assert_eq!(spec_row_keys(&json), rows);
    // "Column keys of table 3, in order: `natural_person` 自然人, …"
    let start = json
        .find("Column keys of table 3")
        .expect("the column key paragraph");
    let paragraph = json[start..].split("\n\n").next().unwrap_or("");
    let columns: Vec<&str> = paragraph.split('`').skip(1).step_by(2).collect();
    let ours: Vec<&str> = Applicant::ALL.iter().map(|a| a.key()).collect();
    assert_eq!(columns, ours);
    // The 21 outcome rows come between 一、二 and （七）总计, in the printed order.
    let format = spec("report-format.md");
    let mut from = format.find(RequestRow::Received.label()).unwrap();
    for row in RequestRow::ALL.into_iter().skip(1) {
        let at = format[from..]
            .find(row.label())
            .unwrap_or_else(|| panic!("{} missing or out of order", row.label()));
        from += at + row.label().len();
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
