//! Labels as they are matched. People and converters type the same label many ways: full-width
//! or half-width brackets, spaces inside words (「自然 人」「不 予公开」, or one character a line in
//! a narrow header cell), curly or straight quotes. Folding makes those one text, so every
//! comparison in the recogniser is a plain substring test on folded text.

/// `text` folded for matching: full-width ASCII forms made ASCII (（一） → (一), ：→ :), every
/// whitespace and zero-width character dropped, quotes and dashes made one character each.
pub(super) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{feff}') {
            continue;
        }
        let c = match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        };
        out.push(match c {
            '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』' | '\'' => '"',
            '—' | '–' | '―' | '‐' | '－' => '-',
            _ => c,
        });
    }
    out
}

/// Whether `c` is a Chinese character (not punctuation, digits or Latin letters).
pub(super) fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{4e00}'..='\u{9fff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{2ffff}')
}

/// How many Chinese characters `text` has: the measure of a label's length, blind to the
/// numbering, punctuation and spacing that vary between copies.
pub(super) fn ideographs(text: &str) -> usize {
    text.chars().filter(|&c| is_ideograph(c)).count()
}

/// `folded` without the numbering in front of it (一、 (三) 1. 1、 (1) ①), however often it is
/// repeated. Word's auto-numbering drops it, other copies keep it: matching never needs it.
pub(super) fn without_numbering(folded: &str) -> &str {
    let mut rest = folded;
    loop {
        let before = rest.len();
        rest = strip_one_number(rest);
        if rest.len() == before {
            return rest;
        }
    }
}

fn strip_one_number(text: &str) -> &str {
    const CHINESE: &str = "一二三四五六七八九十";
    let is_numeral = |c: char| CHINESE.contains(c) || c.is_ascii_digit();
    if let Some(inner) = text.strip_prefix('(') {
        let digits = inner.len() - inner.trim_start_matches(is_numeral).len();
        if digits > 0 {
            if let Some(rest) = inner[digits..].strip_prefix(')') {
                return rest;
            }
        }
        return text;
    }
    if let Some(first) = text.chars().next() {
        if ('①'..='⑳').contains(&first) {
            return &text[first.len_utf8()..];
        }
    }
    let digits = text.len() - text.trim_start_matches(is_numeral).len();
    if digits == 0 {
        return text;
    }
    let rest = &text[digits..];
    // 「一、」「1.」「1、」「1)」; a bare numeral before text (「三安全」) is part of the words.
    for mark in ['、', '.', ')', ',', '．'] {
        if let Some(after) = rest.strip_prefix(mark) {
            return after;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ways_people_type_a_label_fold_to_one() {
        assert_eq!(fold("自然 人"), "自然人");
        assert_eq!(fold("（三） 不 予公开"), "(三)不予公开");
        assert_eq!(fold("3.危及“三安全一稳定”"), fold("3.危及\"三安全一稳定\""));
        assert_eq!(fold("结\n果\n维\n持"), "结果维持");
        assert_eq!(fold("本年增／减"), "本年增/减");
        assert_eq!(fold("\u{a0}0\u{3000}"), "0");
    }

    #[test]
    fn numbering_goes_and_the_words_stay() {
        assert_eq!(without_numbering("一、本年新收"), "本年新收");
        assert_eq!(without_numbering("(七)总计"), "总计");
        assert_eq!(without_numbering("3.其他"), "其他");
        assert_eq!(
            without_numbering("6、其他需要报告的事项"),
            "其他需要报告的事项"
        );
        assert_eq!(without_numbering("三安全一稳定"), "三安全一稳定");
        assert_eq!(without_numbering("(四)1.本机关"), "本机关");
        assert_eq!(without_numbering("(表三)"), "(表三)");
        assert_eq!(without_numbering("①重复申请"), "重复申请");
    }
}
