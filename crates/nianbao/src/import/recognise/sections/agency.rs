//! 机关 and 年度 from the title: 「平潭综合实验区2021年度政府信息公开工作年度报告」 is
//! 平潭综合实验区 on 2021. The agency is what comes before the report's name, the year taken out
//! wherever it stands (「2022年某局政府信息公开…」 also happens).

use super::dates::year_mark;

/// What a title says about who reports on which year.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct FromTitle {
    pub agency: Option<String>,
    pub year: Option<i32>,
}

/// Where the report's name starts in a title; the agency is before it.
const REPORT_NAMES: [&str; 5] = ["政府信息公开", "政务公开", "信息公开", "年度报告", "年报"];

pub(super) fn from_title(title: &str) -> FromTitle {
    let chars: Vec<char> = title.chars().collect();
    let year = year_mark(&chars);
    let name_at = REPORT_NAMES
        .iter()
        .filter_map(|name| title.find(name))
        .min()
        .map_or(chars.len(), |byte| title[..byte].chars().count());
    let agency: String = chars[..name_at]
        .iter()
        .enumerate()
        .filter(|(i, _)| !year.is_some_and(|y| (y.start..y.end).contains(i)))
        .map(|(_, c)| *c)
        .collect();
    let agency = agency
        .trim_start_matches("关于")
        .trim_end_matches("关于")
        .trim_end_matches('的')
        .trim_matches(|c: char| c.is_ascii_punctuation() || "《》“”、：".contains(c));
    // What is left of a title cut between its year and 年 (「年度政府信息公开…」) names no one.
    let named = agency
        .chars()
        .any(|c| !matches!(c, '年' | '度' | '第' | '、'));
    FromTitle {
        agency: named.then(|| agency.to_owned()),
        year: year.map(|y| y.year),
    }
}

/// The agency to report: the title's, unless the 落款 is the same body written in full
/// (title 「八卦洲街道」, 落款 「八卦洲街道办事处」: the sample keeps the full name). Only the
/// office suffix 办事处 is taken so: a government's report is often signed by its office
/// (「某县人民政府办公室」), and the agency is then still the government.
pub(super) fn in_full(from_title: &str, signature: Option<&str>) -> Option<String> {
    let signature = signature?;
    let rest = signature.strip_prefix(from_title)?;
    matches!(rest, "办事处" | "街道办事处").then(|| signature.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(title: &str) -> (Option<String>, Option<i32>) {
        let f = from_title(title);
        (f.agency, f.year)
    }

    #[test]
    fn agency_and_year_wherever_the_year_stands() {
        let some = |a: &str, y| (Some(a.to_owned()), y);
        assert_eq!(
            read("平潭综合实验区2021年度政府信息公开工作年度报告"),
            some("平潭综合实验区", Some(2021))
        );
        assert_eq!(
            read("某局2023年政府信息公开工作年度报告"),
            some("某局", Some(2023))
        );
        assert_eq!(
            read("2023年某局政府信息公开年度报告"),
            some("某局", Some(2023))
        );
        assert_eq!(
            read("某局二〇二一年政府信息公开工作年度报告"),
            some("某局", Some(2021))
        );
        assert_eq!(
            read("某局关于2022年度政府信息公开工作年度报告"),
            some("某局", Some(2022))
        );
        assert_eq!(
            read("八卦洲街道政府信息公开工作年度报告"),
            some("八卦洲街道", None)
        );
        assert_eq!(read("2022年政府信息公开工作年度报告"), (None, Some(2022)));
        assert_eq!(read("年度政府信息公开工作年度报告"), (None, None));
        assert_eq!(read("年政府信息公开工作年度报告"), (None, None));
    }

    #[test]
    fn the_full_name_from_the_signature() {
        assert_eq!(
            in_full("八卦洲街道", Some("八卦洲街道办事处")).as_deref(),
            Some("八卦洲街道办事处")
        );
        assert_eq!(in_full("某县", Some("某县人民政府办公室")), None);
        assert_eq!(in_full("某县", None), None);
    }
}
