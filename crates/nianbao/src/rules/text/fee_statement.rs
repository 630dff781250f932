//! FEE_STATEMENT: 六 must say what 信息处理费 was actually charged this year.

use super::prose::*;
use crate::layout::TextField;
use crate::model::{Field, Report};
use crate::names;
use crate::rules::{Rule, Sink};

const NEGATIONS: Words = Words("未曾|从未|没有|不存在|未|没|无");
const CHARGE_VERBS: Words = Words("收取|收费|收缴|征收|计收");
const ARISE_VERBS: Words = Words("产生|发生|涉及");
const FREE_WORDS: Words = Words("不收取|不收费|免收|免费|零收费|不涉及");
const PERIOD_ANCHORS: Words = Words("本年|今年|全年|年内|年度内|报告期|当年|截至");
const POLICY_MARKERS: Words = Words("将依照|将按照|将根据|将依据|将收取|可以收取|可收取|可以按照|可按照|每件|每页|每份|每条|超过|超出|标准为|依申请提供");
const NEGATED_FEES: Words = Words("信息处理费|处理费|费用|收费");
const FIGURE_MARKERS: Words = Words("实际收取|收取金额|收费金额|收取情况|信息处理费：|信息处理费:");

pub(super) fn fee_statement(report: &Report, sink: &mut Sink) {
    // The national format asks for the fee statement from reports on 2021 on (国办函〔2020〕109号
    // took effect on 2021-01-01).
    let Some(year) = report.meta.year.filter(|&y| y >= 2021) else {
        return;
    };
    let text = &report.other_matters;
    if states_fees(text, year) {
        return;
    }
    let what = if text.trim().is_empty() {
        "是空的"
    } else {
        "没有写明本年度实际收取信息处理费的情况（只重申收费规定不算）"
    };
    sink.push(
        Rule::FeeStatement,
        Field::Text(TextField::OtherMatters),
        Vec::new(),
        format!(
            "{}{what}。请按《政府信息公开信息处理费管理办法》写明本年度实际收取的信息处理费，例如“本年度未收取信息处理费”或“本年度共收取信息处理费×元”。",
            names::text(TextField::OtherMatters)
        ),
    );
}

fn states_fees(text: &str, year: i32) -> bool {
    let anchor = format!("{year}年");
    figure_given(text) || sentences(text).any(|s| sentence_states_fees(s, &anchor))
}

fn sentence_states_fees(sentence: &str, year_anchor: &str) -> bool {
    if !sentence.contains('费') {
        return false;
    }
    if negated_charge(sentence) {
        return true;
    }
    // 信息处理费为零; 信息处理费收取情况：无 (at the end only: “费用：无需……” is not a figure).
    let trimmed = sentence.trim_end();
    if sentence.contains("为零") || trimmed.ends_with("：无") || trimmed.ends_with(":无") {
        return true;
    }
    if contains_any(sentence, POLICY_MARKERS) {
        return false;
    }
    if amount_in_yuan(sentence) {
        return true;
    }
    // 免费 alone also describes free services (免费发放宣传资料): the fee must be named.
    contains_any(sentence, FREE_WORDS)
        && contains_any(sentence, Words("处理费|费用|收费"))
        && (contains_any(sentence, PERIOD_ANCHORS) || sentence.contains(year_anchor))
}

/// 未收取 / 没有产生…费 / 无收取…: a negated charge, as a fact.
fn negated_charge(sentence: &str) -> bool {
    NEGATIONS.iter().any(|negation| {
        find_all(sentence, negation).any(|i| {
            let after = &sentence[i + negation.len()..];
            let scope = window_text(after, 8);
            let charged = CHARGE_VERBS.iter().any(|verb| {
                scope
                    .find(verb)
                    .is_some_and(|at| !scope[..at].contains('按'))
            });
            let arose = ARISE_VERBS.iter().any(|verb| {
                scope.find(verb).is_some_and(|at| {
                    !scope[..at].contains('按') && after[at + verb.len()..].contains('费')
                })
            });
            // 无信息处理费, 没有任何费用: the fee itself negated.
            let none = {
                let object = after.strip_prefix("任何").unwrap_or(after);
                let object = object.strip_prefix("相关").unwrap_or(object);
                NEGATED_FEES.iter().any(|fee| object.starts_with(fee))
            };
            charged || arose || none
        })
    })
}

/// The first `max` chars of `text`, cut at a clause break (digits allowed).
fn window_text(text: &str, max: usize) -> &str {
    let end = text
        .char_indices()
        .take(max)
        .find(|&(_, c)| is_clause_break(c))
        .map(|(i, _)| i)
        .unwrap_or_else(|| text.char_indices().nth(max).map_or(text.len(), |(i, _)| i));
    &text[..end]
}

/// A number followed by 元 or 万元 (收取信息处理费0元, 300.5元, 零元).
fn amount_in_yuan(sentence: &str) -> bool {
    let mut previous_was_number = false;
    for (i, c) in sentence.char_indices() {
        let starts_number = is_digit(c) || c == '零';
        if starts_number && !previous_was_number {
            if let Some((_, rest)) = number(&sentence[i..]) {
                // Decimal places: 0.5万元.
                let rest = match rest.strip_prefix('.') {
                    Some(fraction) => fraction.trim_start_matches(|c: char| c.is_ascii_digit()),
                    None => rest,
                };
                let rest = rest.trim_start();
                if rest.starts_with('元') || rest.starts_with("万元") {
                    return true;
                }
            }
        }
        previous_was_number = starts_number || c == '.' || c == ',';
    }
    false
}

/// A figure after 实际收取 / 收取金额 / 收取情况: a number standing on its own within 80 chars.
fn figure_given(text: &str) -> bool {
    FIGURE_MARKERS.iter().any(|marker| {
        find_all(text, marker).any(|i| {
            let after = &text[i + marker.len()..];
            let end = after.char_indices().nth(80).map_or(after.len(), |(j, _)| j);
            standalone_number(&after[..end])
        })
    })
}

/// Whether `text` holds a number with space, a line break, ：, 为 or its start before it and space,
/// its end, 元 or 万元 after it, as a figure in a table or a statement has (not 〔2020〕109号).
fn standalone_number(text: &str) -> bool {
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let opens = previous.is_none_or(|p| p.is_whitespace() || matches!(p, '：' | ':' | '为'));
        if is_digit(c) && opens {
            if let Some((_, rest)) = arabic(&text[i..]) {
                let closes = rest.is_empty()
                    || rest.starts_with(char::is_whitespace)
                    || rest.starts_with('元')
                    || rest.starts_with("万元")
                    || rest.starts_with(is_sentence_end);
                if closes {
                    return true;
                }
            }
        }
        previous = Some(c);
    }
    false
}
