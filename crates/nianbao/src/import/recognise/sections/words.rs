//! Which section a heading names, by its words. Reports rename headings (「主动公开政府信息情况」
//! for 「主动公开政府信息」, 「存在的主要问题和改进措施」, 「政府信息公开行政法复议、行政诉讼情况」),
//! so each section is known by the words that tell it from the five others. A heading without
//! its number must say more: inside 一 the sub-heading 「主动公开」 is not section 二, and inside 五
//! 「存在的主要问题」 is not the section itself.

use crate::layout::Section;

/// The section whose heading these words (squeezed, number removed) are, if any.
pub(super) fn section_named(words: &str, numbered: bool) -> Option<Section> {
    let words = words.trim_end_matches([':', '：', '。', '.']);
    let has = |w: &str| words.contains(w);
    // Sub-headings 「（一）…」 are never sections, numbered or not.
    if words.is_empty() || words.starts_with(['(', '（']) {
        return None;
    }
    let section = if has("总体情况") || has("基本情况") || has("总体概况") || words == "概述"
    {
        Section::Overview
    } else if has("主动公开") {
        Section::Proactive
    } else if has("申请") && (has("收到") || has("处理") || has("依申请")) {
        Section::Requests
    } else if has("复议") || has("诉讼") {
        Section::Appeals
    } else if has("问题") && (has("改进") || has("整改") || has("措施") || has("存在")) {
        Section::Problems
    } else if has("其他") && (has("事项") || has("报告") || has("情况")) {
        Section::OtherMatters
    } else {
        return None;
    };
    (numbered || says_enough_unnumbered(section, words)).then_some(section)
}

/// Whether words without a number are distinctive enough to be the section's heading rather
/// than a sub-heading or a table label.
fn says_enough_unnumbered(section: Section, words: &str) -> bool {
    let has = |w: &str| words.contains(w);
    match section {
        Section::Overview => {
            matches!(words, "总体情况" | "基本情况" | "总体概况" | "概述")
                || (words.ends_with("总体情况") && words.chars().count() <= 14)
        }
        Section::Proactive => has("主动公开政府信息"),
        Section::Requests => has("政府信息公开申请") || has("依申请公开"),
        Section::Appeals => has("复议") && has("诉讼"),
        Section::Problems => has("问题") && (has("改进") || has("整改") || has("措施")),
        Section::OtherMatters => {
            has("其他需要报告") || (words.starts_with("其他") && words.ends_with("事项"))
        }
    }
}

/// The number a section is printed with (一 = 1).
pub(super) fn ordinal(section: Section) -> u32 {
    Section::ALL
        .iter()
        .position(|s| *s == section)
        .map_or(0, |i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_headings_are_known_by_their_words() {
        let named = |w| section_named(w, true);
        assert_eq!(named("总体情况"), Some(Section::Overview));
        assert_eq!(named("主动公开政府信息"), Some(Section::Proactive));
        assert_eq!(
            named("收到和处理政府信息公开申请情况"),
            Some(Section::Requests)
        );
        assert_eq!(
            named("政府信息公开行政法复议、行政诉讼情况"),
            Some(Section::Appeals)
        );
        assert_eq!(named("存在的主要问题和改进措施"), Some(Section::Problems));
        assert_eq!(named("其他需要报告的事项"), Some(Section::OtherMatters));
        assert_eq!(named("信息处理费收取情况"), None);
    }

    #[test]
    fn unnumbered_words_must_say_more() {
        let bare = |w| section_named(w, false);
        assert_eq!(bare("总体情况"), Some(Section::Overview));
        assert_eq!(bare("主动公开政府信息情况"), Some(Section::Proactive));
        assert_eq!(bare("主动公开"), None);
        assert_eq!(bare("存在的主要问题"), None);
        assert_eq!(bare("(一)主动公开政府信息情况"), None);
        assert_eq!(bare("本年新收政府信息公开申请数量"), None);
        assert_eq!(bare("其他需要报告的事项"), Some(Section::OtherMatters));
    }
}
