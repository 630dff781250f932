//! Reading Chinese prose: sentences, clauses, numbers written in digits or characters, and
//! the filler words that may stand between a keyword and its number.

pub(super) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '\n' | '\r')
}

pub(super) fn is_clause_break(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',' | '、' | '：' | ':')
}

pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_sentence_end).filter(|s| !s.trim().is_empty())
}

/// The byte index just after the last char before `at` that satisfies `stop`, or 0.
pub(super) fn start_after(text: &str, at: usize, stop: fn(char) -> bool) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The sentence that contains the bytes `start..end`.
pub(super) fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let from = start_after(text, start, is_sentence_end);
    let to = text[end..]
        .find(is_sentence_end)
        .map_or(text.len(), |i| end + i);
    &text[from..to]
}

/// The part of the clause before byte `at`.
pub(super) fn clause_before(text: &str, at: usize) -> &str {
    &text[start_after(text, at, is_clause_break)..at]
}

/// The first `max` chars of `text`, cut at a clause break or a digit.
pub(super) fn window(text: &str, max: usize) -> &str {
    let end = text
        .char_indices()
        .take(max)
        .find(|&(_, c)| is_clause_break(c) || is_digit(c))
        .map(|(i, _)| i)
        .unwrap_or_else(|| text.char_indices().nth(max).map_or(text.len(), |(i, _)| i));
    &text[..end]
}

/// The byte offsets of every occurrence of `word` in `text`.
///
/// Searches for the word's first char (a memchr on its last UTF-8 byte) and compares the rest
/// there: several times faster on Chinese text than `match_indices(&str)`, whose Two-Way search
/// skips poorly when most chars share their leading bytes.
pub(super) fn find_all<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    let first = word.chars().next().unwrap_or('\0');
    text.match_indices(first)
        .map(|(i, _)| i)
        .filter(move |&i| text[i..].starts_with(word))
}

/// A list of words, written as one string with `|` between them. The checks hold a few hundred
/// such words and run in the editor's first load: as `&[&str]` each word cost a pointer and a
/// length that gzip barely shrinks, about a kilobyte of the 250 KB budget in all.
#[derive(Clone, Copy)]
pub(super) struct Words(pub &'static str);

impl Words {
    /// The words, in the order written (longer ones first where a prefix must lose).
    pub fn iter(self) -> std::str::Split<'static, char> {
        self.0.split('|')
    }
}

pub(super) fn contains_any(text: &str, words: Words) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// A number at the start of `text`: Arabic digits (ASCII or full-width, with `,` thousands
/// separators) or a simple Chinese numeral. Returns the value and the rest.
pub(super) fn number(text: &str) -> Option<(u64, &str)> {
    arabic(text).or_else(|| chinese(text))
}

pub(super) fn arabic(text: &str) -> Option<(u64, &str)> {
    let mut value: u64 = 0;
    let mut digits = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let digit = match c {
            '0'..='9' => c as u64 - '0' as u64,
            '０'..='９' => c as u64 - '０' as u64,
            ',' if digits > 0 && thousands_group(&text[i + 1..]) => continue,
            _ => break,
        };
        value = value.checked_mul(10)?.checked_add(digit)?;
        digits += 1;
        end = i + c.len_utf8();
    }
    (digits > 0).then(|| (value, &text[end..]))
}

/// Whether `text` starts with exactly three ASCII digits (what follows a thousands comma).
pub(super) fn thousands_group(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 3
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && !bytes.get(3).is_some_and(u8::is_ascii_digit)
}

pub(super) fn chinese(text: &str) -> Option<(u64, &str)> {
    let mut total: u64 = 0;
    let mut digit: Option<u64> = None;
    let mut end = 0;
    for (i, c) in text.char_indices().take(8) {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => 0,
        };
        if unit > 0 {
            total += digit.unwrap_or(1) * unit;
            digit = None;
        } else {
            digit = Some(match c {
                '零' | '〇' => 0,
                '一' => 1,
                '二' | '两' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                _ => break,
            });
        }
        end = i + c.len_utf8();
    }
    (end > 0).then(|| (total + digit.unwrap_or(0), &text[end..]))
}

/// A count of cases at the start of `text` (after whitespace): a number and 件, 项 (收到依申请
/// 公开事项1项) or 起 (收到信息公开申请22起), its value and the rest after the unit. Never 条: reports count published items
/// in 条, not applications.
pub(super) fn count(text: &str) -> Option<(u64, &str)> {
    let (value, rest) = number(text.trim_start())?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(['件', '项', '起'])?;
    Some((value, rest))
}

/// Skips whitespace, short parentheticals and `fillers` at the start of `text`.
pub(super) fn skip_fillers(mut text: &str, fillers: Words) -> &str {
    for _ in 0..8 {
        text = text.trim_start();
        if let Some(rest) = skip_parenthetical(text) {
            text = rest;
            continue;
        }
        match fillers.iter().find(|f| text.starts_with(*f)) {
            Some(filler) => text = &text[filler.len()..],
            None => break,
        }
    }
    text.trim_start()
}

/// `（区分处理的）…` at the start of `text`: the rest after it, if it closes within 30 chars.
pub(super) fn skip_parenthetical(text: &str) -> Option<&str> {
    let close = if text.starts_with('（') {
        '）'
    } else if text.starts_with('(') {
        ')'
    } else {
        return None;
    };
    let (i, _) = text.char_indices().take(30).find(|&(_, c)| c == close)?;
    Some(&text[i + close.len_utf8()..])
}

/// The words that fill the gap between a keyword and its number.
pub(super) const FILLERS: Words = Words("共计|合计|累计|总计|共|计|为|有|达|的|了|各|类|：|:");

/// Words that make a clause compare or look back: its numbers are not this year's totals.
pub(super) const LOOKING_BACK: Words = Words("上年|去年|上一年|同比|较|比上|对比");

/// Whether the clause before a keyword talks about another period than the reported year.
pub(super) fn looks_back(prefix: &str, year: Option<i32>) -> bool {
    if contains_any(prefix, LOOKING_BACK) {
        return true;
    }
    // A “2021年” in the clause, other than the reported year.
    prefix
        .match_indices('年')
        .any(|(i, _)| year_before(&prefix[..i]).is_some_and(|found| Some(found) != year))
}

/// Whether the sentence before byte `start` is about another period than the reported year: it
/// opens on 上年 / 上年度 / 去年 / 上一年 (not 上年结转), or the last “<year>年” in it is another
/// year (2022年，我局共收到… in a report on 2023).
pub(super) fn sentence_looks_back(text: &str, start: usize, year: Option<i32>) -> bool {
    let before = &text[start_after(text, start, is_sentence_end)..start];
    let opening = before.trim_start_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_digit() || "（）().、一二三四五六七八九十".contains(c)
    });
    if Words("上年|去年|上一年")
        .iter()
        .any(|w| opening.starts_with(w))
        && !Words("上年结转|上年度结转|上一年度结转")
            .iter()
            .any(|w| opening.starts_with(w))
    {
        return true;
    }
    let last_year = before
        .match_indices('年')
        .rev()
        .find_map(|(i, _)| year_before(&before[..i]));
    matches!(last_year, Some(found) if Some(found) != year)
}

/// The four-digit year that ends `text` (before its 年), a space allowed between: 「2022 年」.
fn year_before(text: &str) -> Option<i32> {
    let text = text.trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    let digits = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    (digits == 4).then(|| text[text.len() - 4..].parse().ok())?
}

/// The words before `start..end` in its sentence (at most 20 chars of them), and the words there.
pub(super) fn lead_up(text: &str, start: usize, end: usize) -> &str {
    let sentence_start = start_after(text, start, is_sentence_end);
    let from = text[sentence_start..start]
        .char_indices()
        .rev()
        .nth(19)
        .map_or(sentence_start, |(i, _)| sentence_start + i);
    &text[from..end]
}

pub(super) fn quote(text: &str) -> String {
    const MAX: usize = 40;
    let text = text.trim();
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// `text` with the line breaks inside sentences taken out: text copied from a PDF or a page with
/// hard-wrapped lines breaks a sentence anywhere (收到政府信息公开申\n请12件). A break counts as a
/// wrap when the line before is long (a heading is short) and ends in neither a sentence nor a
/// clause; the next line's indent goes with it.
pub(super) fn unwrap_lines(text: &str) -> std::borrow::Cow<'_, str> {
    const WRAPPED_LINE: usize = 20;
    let goes_on = |line: &str| {
        let body = line.trim_end();
        !body.ends_with(|c: char| is_clause_break(c) || "。）)”".contains(c))
            && body.chars().nth(WRAPPED_LINE - 1).is_some()
    };
    // Most narratives end every line with a sentence: they are read as they are, uncopied.
    let mut lines = text.split('\n');
    lines.next_back();
    if !lines.any(goes_on) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut joined = false;
    for line in text.split('\n') {
        let line = line.trim_end_matches('\r');
        let line = if joined { line.trim_start() } else { line };
        if !out.is_empty() && !joined {
            out.push('\n');
        }
        joined = goes_on(line);
        out.push_str(if joined { line.trim_end() } else { line });
    }
    std::borrow::Cow::Owned(out)
}
