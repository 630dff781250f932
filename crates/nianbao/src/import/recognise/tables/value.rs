//! What a value cell says. Blank, 0 and a dash are different things in a source: a blank or a
//! dash is kept blank (never 0), a number is read by `crate::number` as the editor reads it, and
//! anything else is blank with the text quoted in a doubt, never guessed at.

use super::fold::is_ideograph;
use crate::model::Amount;
use crate::number::{parse_amount, parse_count};

/// A value cell, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reading {
    /// Nothing written.
    Blank,
    /// 「-」「/」「—」「无」…: written as not applicable; kept blank.
    Dash,
    Count(u64),
    Amount(Amount),
    /// Not a number: why, quoting the text.
    Unreadable(String),
}

/// What stands in for “nothing” in a cell.
const DASHES: [&str; 13] = [
    "-", "--", "/", "—", "——", "－", "–", "―", "／", "\\", "无", "空", "…",
];

/// The units written after a count (12件) and after the fee amount (9116.36万元).
const COUNT_UNITS: [&str; 4] = ["件", "项", "条", "个"];
const AMOUNT_UNITS: [&str; 1] = ["万元"];

fn trimmed(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}'))
}

fn is_dash(text: &str) -> bool {
    DASHES.contains(&text)
}

fn without_unit<'a>(text: &'a str, units: &[&str]) -> &'a str {
    units
        .iter()
        .find_map(|unit| text.strip_suffix(unit))
        .map_or(text, trimmed)
}

/// Whether a cell's (or a word's) text is a value rather than a label: blank, a dash, or
/// something with digits and no Chinese words (「12」「１２件」「0.00」「raw 007」). A lone unit
/// or bracket is neither, and counts as label text.
pub(super) fn is_value_text(text: &str) -> bool {
    let text = trimmed(text);
    if text.is_empty() || is_dash(text) {
        return true;
    }
    let core = without_unit(without_unit(text, &COUNT_UNITS), &AMOUNT_UNITS);
    let has_digit = core
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    has_digit && !core.chars().any(is_ideograph)
}

/// Whether a whole cell's text (a grid's, or one set apart by separators or a TAB) is a value:
/// anything but Chinese words. 「?」「x」 in a value cell is an unreadable value, not a label.
pub(super) fn is_value_cell(text: &str) -> bool {
    let text = trimmed(text);
    let core = without_unit(without_unit(text, &COUNT_UNITS), &AMOUNT_UNITS);
    text.is_empty() || is_dash(text) || (!core.is_empty() && !core.chars().any(is_ideograph))
}

/// A count cell.
pub(super) fn read_count(text: &str) -> Reading {
    let text = trimmed(text);
    if text.is_empty() {
        return Reading::Blank;
    }
    if is_dash(text) {
        return Reading::Dash;
    }
    match parse_count(without_unit(text, &COUNT_UNITS)) {
        Ok(Some(count)) => Reading::Count(count),
        Ok(None) => Reading::Blank,
        Err(refused) => Reading::Unreadable(refused.message),
    }
}

/// The fee cell (万元), kept exactly as written: 「24252.311082」「0.00」.
pub(super) fn read_amount(text: &str) -> Reading {
    let text = trimmed(text);
    if text.is_empty() {
        return Reading::Blank;
    }
    if is_dash(text) {
        return Reading::Dash;
    }
    match parse_amount(without_unit(text, &AMOUNT_UNITS)) {
        Ok(Some(amount)) => Reading::Amount(amount),
        Ok(None) => Reading::Blank,
        Err(refused) => Reading::Unreadable(refused.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_the_editor_reads_them() {
        assert_eq!(read_count("0"), Reading::Count(0));
        assert_eq!(read_count("\u{a0}12\u{a0}"), Reading::Count(12));
        assert_eq!(read_count("１２"), Reading::Count(12));
        assert_eq!(read_count("3件"), Reading::Count(3));
        assert_eq!(read_count("1,234"), Reading::Count(1234));
        assert!(matches!(read_count("12a"), Reading::Unreadable(why) if why.contains("12a")));
        assert!(matches!(read_count("0.00"), Reading::Unreadable(_)));
    }

    #[test]
    fn blank_and_dashes_stay_blank_and_apart_from_zero() {
        assert_eq!(read_count(""), Reading::Blank);
        assert_eq!(read_count(" \u{3000} "), Reading::Blank);
        for dash in ["-", "/", "—", "－", "无", "空"] {
            assert_eq!(read_count(dash), Reading::Dash, "{dash}");
        }
    }

    #[test]
    fn amounts_keep_their_digits() {
        let amount = |text| match read_amount(text) {
            Reading::Amount(amount) => amount.to_string(),
            other => format!("{other:?}"),
        };
        assert_eq!(amount("24252.311082"), "24252.311082");
        assert_eq!(amount("0.00"), "0.00");
        assert_eq!(amount("9116.36万元"), "9116.36");
        assert_eq!(read_amount("/"), Reading::Dash);
    }

    #[test]
    fn values_and_labels_are_told_apart() {
        for value in [
            "",
            "0",
            "12件",
            "１２",
            "-",
            "无",
            "0.00",
            "raw '007'",
            "-15",
        ] {
            assert!(is_value_text(value), "{value}");
        }
        for label in [
            "规章",
            "（七）总计",
            "件",
            "）",
            "第二十条第（一）项",
            "3.其他",
        ] {
            assert!(!is_value_text(label), "{label}");
        }
        for cell in ["?", "x", "12件", "", "/"] {
            assert!(is_value_cell(cell), "{cell}");
        }
        for cell in ["件", "3.其他", "不适用"] {
            assert!(!is_value_cell(cell), "{cell}");
        }
    }
}
