//! Years and dates as people print them: 2021年 · ２０２１年度 · 二〇二一年, and the 成文日期
//! 2022年1月14日 · 2022年01月14日 · 二〇二二年一月十四日.

use super::lines::fold;
use crate::model::Date;

/// A year printed in a title: its characters' range (「年」 and a following 「度」 included) and
/// its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct YearMark {
    pub start: usize,
    pub end: usize,
    pub year: i32,
}

/// Years a report can be about: a 2-digit number or a house number is not one.
const PLAUSIBLE: std::ops::RangeInclusive<i32> = 1990..=2100;

/// The first year in `chars` written as four digits (Arabic, full-width or Chinese) and 「年」.
pub(super) fn year_mark(chars: &[char]) -> Option<YearMark> {
    (0..chars.len().saturating_sub(4)).find_map(|start| {
        let digits = &chars[start..start + 4];
        let follows_digit = start > 0 && digit(chars[start - 1]).is_some();
        if follows_digit || chars[start + 4] != '年' {
            return None;
        }
        let year = four_digits(digits)?;
        let mut end = start + 5;
        if chars.get(end) == Some(&'度') {
            end += 1;
        }
        PLAUSIBLE
            .contains(&year)
            .then_some(YearMark { start, end, year })
    })
}

/// A paragraph that is only a date (squeezed), possibly in brackets: the 成文日期.
pub(super) fn date_line(squeezed: &str) -> Option<Date> {
    let inner = squeezed
        .strip_prefix(['(', '（'])
        .and_then(|s| s.strip_suffix([')', '）']))
        .unwrap_or(squeezed);
    let chars: Vec<char> = inner.chars().collect();
    if chars.len() < 8 || chars.len() > 16 || chars[4] != '年' || chars.last() != Some(&'日') {
        return None;
    }
    let year = four_digits(&chars[..4])?;
    let rest: String = chars[5..chars.len() - 1].iter().collect();
    let (month, day) = rest.split_once('月')?;
    let month = small_number(month)?;
    let day = small_number(day)?;
    if !PLAUSIBLE.contains(&year) {
        return None;
    }
    Date::new(year, month, day)
}

/// The year of a statistics period 「自2021年1月1日起至2021年12月31日止」 in squeezed text: the
/// year the report is about, when the title does not say.
pub(super) fn period_year(squeezed: &str) -> Option<i32> {
    ["年1月1日", "年01月01日"].iter().find_map(|mark| {
        squeezed.match_indices(mark).find_map(|(at, _)| {
            let before: Vec<char> = squeezed[..at].chars().rev().take(4).collect();
            let digits: Vec<char> = before.into_iter().rev().collect();
            (digits.len() == 4)
                .then(|| four_digits(&digits))
                .flatten()
                .filter(|y| PLAUSIBLE.contains(y))
        })
    })
}

/// The value of a digit as printed: Arabic, full-width, or a Chinese numeral used as a digit
/// (二〇二一 writes each digit: 〇 and ○ and 零 are all zero).
fn digit(c: char) -> Option<u32> {
    match fold(c) {
        c @ '0'..='9' => c.to_digit(10),
        '〇' | '○' | '零' | 'O' | '◯' => Some(0),
        c => chinese_digit(c),
    }
}

fn chinese_digit(c: char) -> Option<u32> {
    "一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|i| i as u32 + 1)
}

fn four_digits(chars: &[char]) -> Option<i32> {
    if chars.len() != 4 {
        return None;
    }
    // Either all Arabic or all Chinese: 「2〇21」 is not a way anyone writes a year.
    let arabic = chars.iter().filter(|c| fold(**c).is_ascii_digit()).count();
    if arabic != 0 && arabic != 4 {
        return None;
    }
    chars
        .iter()
        .try_fold(0i32, |year, c| Some(year * 10 + digit(*c)? as i32))
}

/// A month or a day: 1–2 Arabic digits, or Chinese 一 … 三十一.
pub(super) fn small_number(text: &str) -> Option<u32> {
    let chars: Vec<char> = text.chars().map(fold).collect();
    if !chars.is_empty() && chars.len() <= 2 && chars.iter().all(char::is_ascii_digit) {
        return chars
            .iter()
            .try_fold(0, |n, c| Some(n * 10 + c.to_digit(10)?));
    }
    chinese_number(&chars)
}

/// 一 … 九十九 as Chinese writes it: 九, 十, 十四, 二十, 三十一.
pub(super) fn chinese_number(chars: &[char]) -> Option<u32> {
    match chars {
        [one] if *one == '十' => Some(10),
        [one] => chinese_digit(*one),
        ['十', unit] => Some(10 + chinese_digit(*unit)?),
        [tens, '十'] => Some(chinese_digit(*tens)? * 10),
        [tens, '十', unit] => Some(chinese_digit(*tens)? * 10 + chinese_digit(*unit)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn years_in_titles_as_people_print_them() {
        let mark = year_mark(&chars("平潭综合实验区2021年度政府信息公开工作年度报告")).unwrap();
        assert_eq!((mark.start, mark.end, mark.year), (7, 13, 2021));
        assert_eq!(
            year_mark(&chars("某局２０２３年政府信息公开"))
                .unwrap()
                .year,
            2023
        );
        assert_eq!(
            year_mark(&chars("某局二〇二一年政府信息公开"))
                .unwrap()
                .year,
            2021
        );
        assert_eq!(year_mark(&chars("某局二○二二年度报告")).unwrap().year, 2022);
        assert_eq!(
            year_mark(&chars("八卦洲街道政府信息公开工作年度报告")),
            None
        );
        assert_eq!(year_mark(&chars("第12345年")), None);
        assert_eq!(year_mark(&chars("2021年")).unwrap().year, 2021);
        assert_eq!(year_mark(&chars("12021年")), None);
    }

    #[test]
    fn dates_in_every_way_they_are_printed() {
        let day = Date::new(2022, 1, 14);
        assert_eq!(date_line("2022年1月14日"), day);
        assert_eq!(date_line("2022年01月14日"), day);
        assert_eq!(date_line("２０２２年１月１４日"), day);
        assert_eq!(date_line("二〇二二年一月十四日"), day);
        assert_eq!(date_line("(2022年1月14日)"), day);
        assert_eq!(
            date_line("二〇二三年十二月三十一日"),
            Date::new(2023, 12, 31)
        );
        assert_eq!(date_line("2022年2月30日"), None);
        assert_eq!(date_line("2022年1月14日发布"), None);
        assert_eq!(date_line("截至2022年1月14日"), None);
    }

    #[test]
    fn the_statistics_period_names_the_year() {
        assert_eq!(
            period_year("本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"),
            Some(2021)
        );
        assert_eq!(period_year("1月1日"), None);
    }
}
