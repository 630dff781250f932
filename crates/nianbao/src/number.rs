//! What a clerk types (or a source prints) into a number cell, read the forgiving way where it is
//! unambiguous: full-width digits (１２), thousands separators (1,234 · 1，234 · 1 234) and spaces
//! around the number are fine; anything else (1,2 · 12a · 9116，36) is refused with a message,
//! never guessed at, dropped or turned into 0. The editor, the importers and the command line
//! all read numbers here.

use crate::model::{Amount, MAX_COUNT};

/// What is wrong with text that should be a number, for a program to act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not a number at all (12a, /, 1,2).
    NotANumber,
    Negative,
    /// A count with a fractional part.
    Fraction,
    /// Above [`MAX_COUNT`].
    TooLarge,
}

/// Why typed text is not a number, with the message a person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotANumber {
    pub text: String,
    pub problem: Problem,
    /// In Chinese, quoting the text: what is wrong and what to type instead.
    pub message: String,
}

/// Folds full-width digits and the full-width point to ASCII, and trims the ends.
fn fold(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            c => c,
        })
        .collect()
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '，' | ' ' | '\u{3000}' | '\'' | '_')
}

/// The digits of a whole number as people write it: plain (1234), or grouped by thousands with
/// commas or spaces (1,234 · 1，234 · 1 234). Any other use of a separator (1,2 · 12,34) is
/// refused rather than guessed at.
fn whole_digits(text: &str) -> Option<String> {
    let groups: Vec<&str> = text.split(is_group_separator).collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let grouped = groups.len() > 1;
    let well_formed = groups
        .iter()
        .enumerate()
        .all(|(i, g)| digits(g) && (!grouped || if i == 0 { g.len() <= 3 } else { g.len() == 3 }));
    well_formed.then(|| groups.concat())
}

fn refusal(text: &str, problem: Problem, why: &str) -> NotANumber {
    NotANumber {
        text: text.to_owned(),
        problem,
        message: format!("「{}」{}", text.trim(), why),
    }
}

/// A count cell: empty is blank; otherwise a whole number from 0 to [`MAX_COUNT`].
pub fn parse_count(text: &str) -> Result<Option<u64>, NotANumber> {
    let plain = fold(text);
    if plain.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = plain.strip_prefix('-') {
        if whole_digits(rest).is_some() {
            return Err(refusal(text, Problem::Negative, "是负数：件数不能小于 0"));
        }
    }
    if plain.contains('.') && plain.split('.').all(|part| whole_digits(part).is_some()) {
        return Err(refusal(text, Problem::Fraction, "带小数：件数应为整数"));
    }
    let Some(digits) = whole_digits(&plain) else {
        return Err(refusal(
            text,
            Problem::NotANumber,
            "不是数字：只能填写阿拉伯数字，例如 12 或 1,234",
        ));
    };
    match digits.parse::<u64>() {
        Ok(count) if count <= MAX_COUNT => Ok(Some(count)),
        _ => Err(refusal(
            text,
            Problem::TooLarge,
            &format!("太大：件数最多为 {MAX_COUNT}，请核对是否多打了数字"),
        )),
    }
}

/// The fee cell (万元): empty is blank; otherwise an exact decimal ≥ 0, its whole part written
/// plain or grouped by thousands.
pub fn parse_amount(text: &str) -> Result<Option<Amount>, NotANumber> {
    let plain = fold(text);
    if plain.is_empty() {
        return Ok(None);
    }
    let (whole, fraction) = match plain.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (plain.as_str(), None),
    };
    let exact = whole_digits(whole).and_then(|whole| match fraction {
        Some(fraction) => Amount::parse(&format!("{whole}.{fraction}")),
        None => Amount::parse(&whole),
    });
    exact.map(Some).ok_or_else(|| {
        refusal(
            text,
            Problem::NotANumber,
            "不是金额：请填写以万元为单位的数字，例如 12.5（小数点用“.”）",
        )
    })
}

/// 报告年度: empty is blank; otherwise four digits, with 「年」 or 「年度」 after them accepted as
/// people write the year (2021年 · ２０２１年度).
pub fn parse_year(text: &str) -> Result<Option<i32>, NotANumber> {
    let plain = fold(text);
    let digits = plain
        .strip_suffix("年度")
        .or_else(|| plain.strip_suffix('年'))
        .unwrap_or(&plain)
        .trim();
    if plain.is_empty() {
        return Ok(None);
    }
    match digits.parse::<i32>() {
        Ok(year) if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(Some(year))
        }
        _ => Err(refusal(
            text,
            Problem::NotANumber,
            "不是年份：只需填写四位数字的年份，例如 2025",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_accept_what_people_type() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("  "), Ok(None));
        assert_eq!(parse_count("0"), Ok(Some(0)));
        assert_eq!(parse_count("１２"), Ok(Some(12)));
        assert_eq!(parse_count("1,234"), Ok(Some(1234)));
        assert_eq!(parse_count("1，234"), Ok(Some(1234)));
        assert_eq!(parse_count(" 12 "), Ok(Some(12)));
        assert_eq!(parse_count("1 000"), Ok(Some(1000)));
        assert_eq!(parse_count("12,345,678"), Ok(Some(12_345_678)));
        assert_eq!(parse_count("\u{3000}７\u{3000}"), Ok(Some(7)));
        assert_eq!(parse_count("０"), Ok(Some(0)));
    }

    #[test]
    fn counts_refuse_the_rest_and_keep_the_text() {
        for (text, problem, why) in [
            ("12a", Problem::NotANumber, "不是数字"),
            ("-3", Problem::Negative, "负数"),
            ("1.5", Problem::Fraction, "小数"),
            ("/", Problem::NotANumber, "不是数字"),
            ("—", Problem::NotANumber, "不是数字"),
            ("99999999999999999999999", Problem::TooLarge, "太大"),
            ("1,2", Problem::NotANumber, "不是数字"),
            ("1、2", Problem::NotANumber, "不是数字"),
            ("12,34", Problem::NotANumber, "不是数字"),
            ("1 2", Problem::NotANumber, "不是数字"),
            ("1。5", Problem::NotANumber, "不是数字"),
        ] {
            let error = parse_count(text).unwrap_err();
            assert_eq!(error.text, text);
            assert_eq!(error.problem, problem, "{text}");
            assert!(error.message.contains(why), "{text}: {}", error.message);
        }
    }

    #[test]
    fn counts_stop_where_javascript_stops_counting_exactly() {
        assert_eq!(parse_count("9007199254740991"), Ok(Some(MAX_COUNT)));
        assert_eq!(parse_count("9,007,199,254,740,991"), Ok(Some(MAX_COUNT)));
        let refused = parse_count("9007199254740992").unwrap_err();
        assert_eq!(refused.problem, Problem::TooLarge);
        assert!(
            refused.message.contains("9007199254740991"),
            "{}",
            refused.message
        );
        assert_eq!(
            parse_count("18446744073709551616").unwrap_err().problem,
            Problem::TooLarge
        );
    }

    #[test]
    fn years_take_the_number_with_or_without_its_unit() {
        for text in ["2021", "2021年", "2021年度", " ２０２１ 年度", "2021 年"] {
            assert_eq!(parse_year(text), Ok(Some(2021)), "{text}");
        }
        assert_eq!(parse_year(""), Ok(None));
        for text in ["二〇二一年", "21", "2021-2022", "12021", "年度", "abc"] {
            let refused = parse_year(text).unwrap_err();
            assert!(refused.message.contains("只需填写四位数字"), "{text}");
        }
    }

    #[test]
    fn amounts_take_decimals() {
        assert_eq!(
            parse_amount("9116.36").unwrap().unwrap().to_string(),
            "9116.36"
        );
        assert_eq!(
            parse_amount("１２．５").unwrap().unwrap().to_string(),
            "12.5"
        );
        assert_eq!(
            parse_amount("1,234.5").unwrap().unwrap().to_string(),
            "1234.5"
        );
        assert_eq!(parse_amount(""), Ok(None));
        assert!(parse_amount("12元").is_err());
        // A comma typed for the point must not become 911636 万元.
        assert!(parse_amount("9116，36").is_err());
        assert!(parse_amount("1.2.3").is_err());
        assert_eq!(
            parse_amount("24,252.311082").unwrap().unwrap().to_string(),
            "24252.311082"
        );
        assert!(parse_amount("-1").is_err());
    }
}
