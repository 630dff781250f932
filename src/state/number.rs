//! What a clerk types into a number cell, read the forgiving way: full-width digits (１２),
//! thousands separators (1,234 and 1，234) and spaces are fine; anything else is kept visible with a
//! message, never dropped or turned into 0.

use nianbao::Amount;

/// Why typed text is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotANumber {
    pub text: String,
    pub message: String,
}

/// Folds full-width digits and punctuation to ASCII and removes what only separates digits.
fn normalise(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' | '。' => Some('.'),
            ',' | '，' | '、' | '\'' | '_' => None,
            c if c.is_whitespace() || c == '\u{3000}' => None,
            c => Some(c),
        })
        .collect()
}

/// A count cell: empty is blank; otherwise a whole number ≥ 0.
pub fn parse_count(text: &str) -> Result<Option<u64>, NotANumber> {
    let plain = normalise(text);
    if plain.is_empty() {
        return Ok(None);
    }
    let refuse = |why: &str| NotANumber {
        text: text.to_owned(),
        message: format!("「{}」{}", text.trim(), why),
    };
    if plain.starts_with('-') && plain[1..].bytes().all(|b| b.is_ascii_digit()) {
        return Err(refuse("是负数：件数不能小于 0"));
    }
    if plain.contains('.') {
        return Err(refuse("带小数：件数应为整数"));
    }
    if !plain.bytes().all(|b| b.is_ascii_digit()) {
        return Err(refuse("不是数字：只能填写阿拉伯数字，例如 12"));
    }
    plain
        .parse::<u64>()
        .map(Some)
        .map_err(|_| refuse("太大，无法作为件数"))
}

/// The fee cell (万元): empty is blank; otherwise an exact decimal ≥ 0.
pub fn parse_amount(text: &str) -> Result<Option<Amount>, NotANumber> {
    let plain = normalise(text);
    if plain.is_empty() {
        return Ok(None);
    }
    Amount::parse(&plain).map(Some).ok_or_else(|| NotANumber {
        text: text.to_owned(),
        message: format!(
            "「{}」不是金额：请填写以万元为单位的数字，例如 12.5",
            text.trim()
        ),
    })
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
        assert_eq!(parse_count("０"), Ok(Some(0)));
    }

    #[test]
    fn counts_refuse_the_rest_and_keep_the_text() {
        for (text, why) in [
            ("12a", "不是数字"),
            ("-3", "负数"),
            ("1.5", "小数"),
            ("/", "不是数字"),
            ("—", "不是数字"),
            ("99999999999999999999999", "太大"),
        ] {
            let error = parse_count(text).unwrap_err();
            assert_eq!(error.text, text);
            assert!(error.message.contains(why), "{text}: {}", error.message);
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
        assert!(parse_amount("-1").is_err());
    }
}
