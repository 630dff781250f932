//! The number printed before a heading: 「六、」「六.」「6、」「6.」「第六部分」. Word's automatic
//! numbering removes it from the text altogether, so a heading may have none. 「（一）」 is the
//! style of sub-headings inside a section and is not a section's number.

use super::dates::chinese_number;

/// A heading's number (1 for 一) and the words after it, from squeezed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Numbered<'a> {
    pub number: Option<u32>,
    /// Whether the number was written in Arabic digits (「6、」), a style sub-items use too.
    pub arabic: bool,
    /// Whether a mark (「、」「.」) follows the number: 「八卦洲街道」 starts with a numeral too.
    pub marked: bool,
    pub words: &'a str,
}

/// Splits squeezed text into its number (if any) and its words.
pub(super) fn split(squeezed: &str) -> Numbered<'_> {
    let unnumbered = Numbered {
        number: None,
        arabic: false,
        marked: false,
        words: squeezed,
    };
    if let Some(part) = part_number(squeezed) {
        return part;
    }
    let numeral_end = squeezed
        .char_indices()
        .take_while(|(_, c)| "一二三四五六七八九十".contains(*c))
        .map(|(i, c)| i + c.len_utf8())
        .last();
    if let Some(end) = numeral_end {
        let numerals: Vec<char> = squeezed[..end].chars().collect();
        if let Some(number) = chinese_number(&numerals) {
            // 「一 总体情况」 squeezed is 「一总体情况」: a numeral without a mark is still a
            // number here; the words must match a section for it to be taken as a heading.
            let marked = strip_mark(&squeezed[end..]);
            return Numbered {
                number: Some(number),
                arabic: false,
                marked: marked.is_some(),
                words: marked.unwrap_or(&squeezed[end..]),
            };
        }
    }
    let digits_end = squeezed
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit())
        .map(|(i, _)| i + 1)
        .last();
    if let Some(end) = digits_end.filter(|end| *end <= 2) {
        // 「6、」 and 「6.」, never 「2021年」 or 「6.5」.
        if let (Ok(number), Some(words)) = (squeezed[..end].parse(), strip_mark(&squeezed[end..])) {
            if !words.starts_with(|c: char| c.is_ascii_digit()) {
                return Numbered {
                    number: Some(number),
                    arabic: true,
                    marked: true,
                    words,
                };
            }
        }
    }
    unnumbered
}

/// Whether squeezed text starts a numbered item, as a heading or a list item of its own line
/// does: 「一、」「(一)」「1.」「①」「第六部分」「第二十条」. 「一是」 and 「2022年」 run on inside a
/// sentence and start none.
pub(super) fn starts_item(squeezed: &str) -> bool {
    let bracketed = squeezed.strip_prefix('(').is_some_and(|rest| {
        let inner = rest.split_once(')').map_or("", |(inner, _)| inner);
        !inner.is_empty()
            && inner.chars().count() <= 3
            && inner
                .chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    });
    let circled = squeezed
        .chars()
        .next()
        .is_some_and(|c| ('\u{2460}'..='\u{2473}').contains(&c));
    let article = squeezed.strip_prefix('第').is_some_and(|rest| {
        let after = rest.trim_start_matches(|c: char| {
            c.is_ascii_digit() || "一二三四五六七八九十百零〇".contains(c)
        });
        after.len() < rest.len() && after.starts_with(['条', '章', '节'])
    });
    let numbered = split(squeezed);
    bracketed || circled || article || (numbered.number.is_some() && numbered.marked)
}

/// 「第六部分」 and 「第六部分：」.
fn part_number(squeezed: &str) -> Option<Numbered<'_>> {
    let rest = squeezed.strip_prefix('第')?;
    let (numerals, words) = rest.split_once("部分")?;
    let numerals: Vec<char> = numerals.chars().collect();
    let number = chinese_number(&numerals)?;
    Some(Numbered {
        number: Some(number),
        arabic: false,
        marked: true,
        words: strip_mark(words).unwrap_or(words),
    })
}

/// The text after the mark that ends a number (「、」「.」「,」「:」), or None without one.
fn strip_mark(text: &str) -> Option<&str> {
    text.strip_prefix(['、', '.', ',', ':', '，', '：', '．'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> (Option<u32>, &str) {
        let n = split(text);
        (n.number, n.words)
    }

    #[test]
    fn numbers_as_they_are_printed() {
        assert_eq!(number("一、总体情况"), (Some(1), "总体情况"));
        assert_eq!(
            number("六.其他需要报告的事项"),
            (Some(6), "其他需要报告的事项")
        );
        assert_eq!(
            number("6、其他需要报告的事项"),
            (Some(6), "其他需要报告的事项")
        );
        assert_eq!(number("一总体情况"), (Some(1), "总体情况"));
        assert_eq!(number("第六部分:其他"), (Some(6), "其他"));
        assert_eq!(number("十二、附则"), (Some(12), "附则"));
        assert_eq!(number("总体情况"), (None, "总体情况"));
        assert_eq!(number("(一)主动公开"), (None, "(一)主动公开"));
        assert_eq!(number("2021年总体情况"), (None, "2021年总体情况"));
        assert_eq!(number("6.5万元"), (None, "6.5万元"));
        assert_eq!(number("一二三四五六七"), (None, "一二三四五六七"));
    }

    #[test]
    fn items_start_a_line_and_sentences_run_on() {
        for item in [
            "一、总体情况",
            "(一)主动公开方面",
            "(12)其他",
            "1.属于国家秘密",
            "6、其他",
            "①规章",
            "第二十条第(一)项",
            "第六部分其他",
        ] {
            assert!(starts_item(item), "{item}");
        }
        for text in [
            "一是做好规范性文件公开。",
            "2022年,全区收到",
            "1月1日起",
            "6.5万元",
            "(国办发〔2020〕17号)要求",
            "(www.pingtan.gov.cn)的",
            "第一时间了解政策",
            "十四五规划",
        ] {
            assert!(!starts_item(text), "{text}");
        }
    }
}
