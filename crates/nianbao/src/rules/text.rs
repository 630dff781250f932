//! The narrative checks (warnings): FEE_STATEMENT, PROBLEMS_MEASURES, GOV_ASSESSMENT and
//! TEXT_TABLE_MISMATCH.
//!
//! They read free Chinese prose, so each one recognises a documented set of phrasings and is
//! built to stay quiet on anything it does not understand: a warning that fires on ordinary
//! wording teaches people to ignore warnings. The same list is in docs/text-checks.md.
//!
//! A *sentence* below ends at 。！？；, `;`, `!`, `?` or a line break; a *clause* also ends at
//! ，、：. Numbers are Arabic digits (ASCII or full-width, `1,234` allowed) or simple Chinese
//! numerals (一…九, 两, 十, 百, 千, 零/〇).
//!
//! # FEE_STATEMENT (六 must say what 信息处理费 was actually charged; reports on 2021 and later)
//!
//! 六 passes when one of its sentences mentions a fee (contains 费) and
//! - negates a charge as a fact: 未/没有/没/无/未曾/从未/不存在 followed, within 8 characters of
//!   the same clause (and not through 按, as in 未按收费通知), by 收取/收费/收缴/征收/计收, or by
//!   产生/发生/涉及 with 费 after it: 本年度未收取信息处理费, 无收取信息处理费情况, 没有产生信息公开
//!   处理费, 未收取任何费用, 未向申请人收取费用, 不存在收取信息处理费的情况; or negates the fee
//!   itself, the negation directly followed (after 任何/相关) by 信息处理费/处理费/费用/收费:
//!   本年度无信息处理费, 没有任何费用;
//! - states an amount: a number followed by 元 or 万元 (收取信息处理费0元, 共收取信息处理费300元,
//!   信息处理费为零元), or 为零 (信息处理费为零), or ends in ：无 (信息处理费收取情况：无);
//! - says 不收取/不收费/免收/免费/零收费/不涉及, names the fee (处理费, 费用 or 收费) and is
//!   *anchored in the reported period* (本年, 今年, 全年, 年内, 年度内, 报告期, 当年, 截至, or
//!   “<year>年”): 2022年不收取信息处理费;
//!
//! or when 六 gives a figure after 实际收取 / 收取金额 / 收费金额 / 收取情况 / 信息处理费： (a number standing on
//! its own, as in the fee table 通知收取件数 通知收取金额（元） 实际收取金额（元） … 0 0 0).
//!
//! The amount and the anchored 不收取 forms do not count in a sentence that reads as policy:
//! 将依照, 将按照, 将根据, 将依据, 将收取, 可以收取, 可收取, 可以按照, 可按照, 每件, 每页, 每份,
//! 每条, 超过, 超出, 标准为, 依申请提供. So “本机关依申请提供政府信息，不收取费用。但是，……超过合理
//! 范围的，本机关将依照……收取信息处理费” fires: 不收取费用 there is the general rule for requests
//! (条例 wording, present tense, no period), not a statement of what happened this year; the
//! perfective 未收取 is what reports use for the fact.
//!
//! # PROBLEMS_MEASURES (五 names problems and measures)
//!
//! Problems: 问题, 不足, 差距, 短板, 薄弱, 弱项, 瓶颈, 有待, 不够, 欠缺, 缺乏, 缺少, 滞后, 仍需, 还需,
//! 尚需, 亟需, 亟待, 不到位, 不完善, 不规范, 不平衡, 不均衡, 不高, 不强, 不及时, 不深入, 不全面,
//! 不丰富, 不明显, 单一.
//! Measures: 改进 (not in 有待改进/需改进/需要改进), 措施, 整改, 下一步, 下步, 今后, 接下来, 未来,
//! 明年, 来年, 计划, 将 + one of 进一步/继续/持续/加强/从/采取/重点/着力/不断/积极/以/围绕/紧扣/
//! 严格/加快/深化/做好/强化/推动/完善, or an enumerated action 一是/二是/… followed by 加强, 强化,
//! 提升, 提高, 完善, 健全, 推进, 推动, 深化, 丰富, 优化, 拓展, 拓宽, 规范, 建立, 落实, 加大, 做好,
//! 持续, 坚持, 创新, 严格, 着力, 抓好, 扩大, 增强, 定期, 明确, 不断, 进一步.
//! Fires when exactly one side is present. Empty 五 is SECTION_EMPTY's business; a 五 with
//! neither side is left alone (it says something this check cannot read).
//!
//! # GOV_ASSESSMENT (a government's consolidated report covers 条例第五十条第（四）项)
//!
//! 工作考核: 考核, 考评, 绩效. 社会评议: 评议, 社会评价, 群众评价, 公众评价. 责任追究: 追究, 追责,
//! 问责. Looked for in 一 and, because many governments report it there, in 六. Fires naming
//! whichever of the three is missing.
//!
//! # TEXT_TABLE_MISMATCH (a number in 前言, 一, 五 or 六 contradicts the tables)
//!
//! Each claim is a keyword, then only *filler* (共, 共计, 合计, 累计, 总计, 计, 为, 有, 达, 的, 了,
//! 各, 类, ：, a short parenthetical, and per claim a few nouns such as 案件/申请), then a number
//! and 件. Anything else between keyword and number (e.g. 行政复议决定书15件, 予以公开规范性文件
//! 12件), or a number with 余/多/近, is not a claim.
//! - 收到/受理 … 申请 N 件 and 收到/受理 N 件 … 申请 (申请 within the clause; the words before it
//!   contain 公开 or 信息, or are only filler such as 依/共/各类): N must equal 本年新收 总计 or
//!   本年新收 + 上年结转 总计. Not when those words contain 复议, 诉讼, 结转, 许可, 较, 比, 增, 减,
//!   其中, 上年, 去年, nor when the clause before the keyword contains 其中, 分别 or a channel
//!   (网上, 网络, 在线, 当面, 现场, 信函, 邮寄, 传真, 电子邮件, 线上, 线下, 窗口): those count a part.
//! - 予以公开 / 部分公开 (部分予以公开) / 不予公开 (不予以公开) / 无法提供 / 不予处理 N 件: that group's
//!   总计 in table 3 (the sum of its items' 总计 for （三）（四）（五）). 予以公开 after 不 or 部分,
//!   and 不予公开 after 部分, belong to the other keywords.
//! - 行政复议 N 件 (fillers include 案件, 申请, 数量, 件数): 表四 行政复议 总计. 行政诉讼 N 件: the
//!   sum of both 行政诉讼 总计 (or either one alone, which some reports mean). Only in a sentence
//!   that mentions 公开, since a government also reports 复议 and 诉讼 that are not about
//!   information disclosure.
//! - 现行有效(的)(行政)规范性文件 N 件: 表二 行政规范性文件 现行有效件数.
//! - 均获维持 / 均被维持 / 均予维持 / 均予以维持 / 均维持 / 均为维持 / 全部维持 in a sentence that
//!   mentions 复议 or 诉讼: 结果纠正 must be 0 in the groups it mentions; 均已结案 / 均已审结 /
//!   均结案 / 均审结 / 全部结案 / 全部审结: 尚未审结 must be 0.
//!
//! No claim is read from a clause that compares or looks back (上年, 去年, 上一年, 同比, 较, 比上,
//! 对比, or a “<year>年” other than the reported year before the keyword in the clause), nor
//! compared with a blank cell (CELL_BLANK reports that).

use super::{Rule, Sink};
use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DocColumn, DocKind, OutcomeGroup, ReportKind, RequestRow,
    TextField,
};
use crate::model::{CountCell, Field, Report};
use crate::names;

pub(super) fn check(report: &Report, sink: &mut Sink) {
    fee_statement(report, sink);
    problems_measures(report, sink);
    gov_assessment(report, sink);
    text_table_mismatch(report, sink);
}

// ---------------------------------------------------------------------------------------------
// Reading prose

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '\n' | '\r')
}

fn is_clause_break(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',' | '、' | '：' | ':')
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_sentence_end).filter(|s| !s.trim().is_empty())
}

/// The byte index just after the last char before `at` that satisfies `stop`, or 0.
fn start_after(text: &str, at: usize, stop: fn(char) -> bool) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The sentence that contains the bytes `start..end`.
fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let from = start_after(text, start, is_sentence_end);
    let to = text[end..]
        .find(is_sentence_end)
        .map_or(text.len(), |i| end + i);
    &text[from..to]
}

/// The part of the clause before byte `at`.
fn clause_before(text: &str, at: usize) -> &str {
    &text[start_after(text, at, is_clause_break)..at]
}

/// The first `max` chars of `text`, cut at a clause break or a digit.
fn window(text: &str, max: usize) -> &str {
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
fn find_all<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    let first = word.chars().next().unwrap_or('\0');
    text.match_indices(first)
        .map(|(i, _)| i)
        .filter(move |&i| text[i..].starts_with(word))
}

fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// A number at the start of `text`: Arabic digits (ASCII or full-width, with `,` thousands
/// separators) or a simple Chinese numeral. Returns the value and the rest.
fn number(text: &str) -> Option<(u64, &str)> {
    arabic(text).or_else(|| chinese(text))
}

fn arabic(text: &str) -> Option<(u64, &str)> {
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
fn thousands_group(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 3
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && !bytes.get(3).is_some_and(u8::is_ascii_digit)
}

fn chinese(text: &str) -> Option<(u64, &str)> {
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

/// A count and 件 at the start of `text` (after whitespace): its value and the rest after 件.
fn count_jian(text: &str) -> Option<(u64, &str)> {
    let (value, rest) = number(text.trim_start())?;
    let rest = rest.trim_start().strip_prefix('件')?;
    Some((value, rest))
}

/// Skips whitespace, short parentheticals and `fillers` at the start of `text`.
fn skip_fillers<'t>(mut text: &'t str, fillers: &[&str]) -> &'t str {
    for _ in 0..8 {
        text = text.trim_start();
        if let Some(rest) = skip_parenthetical(text) {
            text = rest;
            continue;
        }
        match fillers.iter().find(|f| text.starts_with(**f)) {
            Some(filler) => text = &text[filler.len()..],
            None => break,
        }
    }
    text.trim_start()
}

/// `（区分处理的）…` at the start of `text`: the rest after it, if it closes within 30 chars.
fn skip_parenthetical(text: &str) -> Option<&str> {
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
const FILLERS: &[&str] = &[
    "共计", "合计", "累计", "总计", "共", "计", "为", "有", "达", "的", "了", "各", "类", "：", ":",
];

/// Words that make a clause compare or look back: its numbers are not this year's totals.
const LOOKING_BACK: &[&str] = &["上年", "去年", "上一年", "同比", "较", "比上", "对比"];

/// Whether the clause before a keyword talks about another period than the reported year.
fn looks_back(prefix: &str, year: Option<i32>) -> bool {
    if contains_any(prefix, LOOKING_BACK) {
        return true;
    }
    // A “2021年” in the clause, other than the reported year.
    prefix.match_indices('年').any(|(i, _)| {
        let digits = prefix[..i]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        digits == 4 && prefix[i - 4..i].parse::<i32>().ok() != year
    })
}

/// The words before `start..end` in its sentence (at most 20 chars of them), and the words there.
fn lead_up(text: &str, start: usize, end: usize) -> &str {
    let sentence_start = start_after(text, start, is_sentence_end);
    let from = text[sentence_start..start]
        .char_indices()
        .rev()
        .nth(19)
        .map_or(sentence_start, |(i, _)| sentence_start + i);
    &text[from..end]
}

fn quote(text: &str) -> String {
    const MAX: usize = 40;
    let text = text.trim();
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

// ---------------------------------------------------------------------------------------------
// FEE_STATEMENT

const NEGATIONS: &[&str] = &["未曾", "从未", "没有", "不存在", "未", "没", "无"];
const CHARGE_VERBS: &[&str] = &["收取", "收费", "收缴", "征收", "计收"];
const ARISE_VERBS: &[&str] = &["产生", "发生", "涉及"];
const FREE_WORDS: &[&str] = &["不收取", "不收费", "免收", "免费", "零收费", "不涉及"];
const PERIOD_ANCHORS: &[&str] = &[
    "本年",
    "今年",
    "全年",
    "年内",
    "年度内",
    "报告期",
    "当年",
    "截至",
];
const POLICY_MARKERS: &[&str] = &[
    "将依照",
    "将按照",
    "将根据",
    "将依据",
    "将收取",
    "可以收取",
    "可收取",
    "可以按照",
    "可按照",
    "每件",
    "每页",
    "每份",
    "每条",
    "超过",
    "超出",
    "标准为",
    "依申请提供",
];
const NEGATED_FEES: &[&str] = &["信息处理费", "处理费", "费用", "收费"];
const FIGURE_MARKERS: &[&str] = &[
    "实际收取",
    "收取金额",
    "收费金额",
    "收取情况",
    "信息处理费：",
    "信息处理费:",
];

fn fee_statement(report: &Report, sink: &mut Sink) {
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
        && contains_any(sentence, &["处理费", "费用", "收费"])
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

// ---------------------------------------------------------------------------------------------
// PROBLEMS_MEASURES

const PROBLEM_WORDS: &[&str] = &[
    "问题",
    "不足",
    "差距",
    "短板",
    "薄弱",
    "弱项",
    "瓶颈",
    "有待",
    "不够",
    "欠缺",
    "缺乏",
    "缺少",
    "滞后",
    "仍需",
    "还需",
    "尚需",
    "亟需",
    "亟待",
    "不到位",
    "不完善",
    "不规范",
    "不平衡",
    "不均衡",
    "不高",
    "不强",
    "不及时",
    "不深入",
    "不全面",
    "不丰富",
    "不明显",
    "单一",
];
const MEASURE_WORDS: &[&str] = &[
    "措施",
    "整改",
    "下一步",
    "下步",
    "今后",
    "接下来",
    "未来",
    "明年",
    "来年",
    "计划",
];
/// What follows 将 when it announces a measure (将进一步加强…), not a preposition (将…纳入).
const AFTER_JIANG: &[&str] = &[
    "进一步",
    "继续",
    "持续",
    "加强",
    "从",
    "采取",
    "重点",
    "着力",
    "不断",
    "积极",
    "以",
    "围绕",
    "紧扣",
    "严格",
    "加快",
    "深化",
    "做好",
    "强化",
    "推动",
    "完善",
];
const ACTION_VERBS: &[&str] = &[
    "加强",
    "强化",
    "提升",
    "提高",
    "完善",
    "健全",
    "推进",
    "推动",
    "深化",
    "丰富",
    "优化",
    "拓展",
    "拓宽",
    "规范",
    "建立",
    "落实",
    "加大",
    "做好",
    "持续",
    "坚持",
    "创新",
    "严格",
    "着力",
    "抓好",
    "扩大",
    "增强",
    "定期",
    "明确",
    "不断",
    "进一步",
];

fn problems_measures(report: &Report, sink: &mut Sink) {
    let text = report.problems.as_str();
    if text.trim().is_empty() {
        return;
    }
    let problems = contains_any(text, PROBLEM_WORDS);
    let measures = names_measures(text);
    let message = match (problems, measures) {
        (true, false) => {
            "写了存在的问题，但没有写改进措施。请补充针对这些问题已经采取或计划采取的改进措施。"
        }
        (false, true) => {
            "写了改进措施，但没有写存在的主要问题。请写明本年度工作中存在的主要问题，再写改进措施。"
        }
        _ => return,
    };
    sink.push(
        Rule::ProblemsMeasures,
        Field::Text(TextField::Problems),
        Vec::new(),
        format!("{}{message}", names::text(TextField::Problems)),
    );
}

fn names_measures(text: &str) -> bool {
    if contains_any(text, MEASURE_WORDS) {
        return true;
    }
    let improve = find_all(text, "改进").any(|i| {
        let before = &text[..i];
        !(before.ends_with('待') || before.ends_with('需') || before.ends_with("需要"))
    });
    if improve {
        return true;
    }
    let will = text.match_indices('将').any(|(i, _)| {
        AFTER_JIANG
            .iter()
            .any(|w| text[i + '将'.len_utf8()..].starts_with(w))
    });
    if will {
        return true;
    }
    // 一是加强…, 二是完善…: an enumerated action.
    text.match_indices('是').any(|(i, _)| {
        let ordinal = text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| "一二三四五六七八九十".contains(c));
        ordinal && {
            let after = &text[i + '是'.len_utf8()..];
            ACTION_VERBS.iter().any(|verb| after.starts_with(verb))
        }
    })
}

// ---------------------------------------------------------------------------------------------
// GOV_ASSESSMENT

const ASSESSMENT_TOPICS: [(&str, &[&str]); 3] = [
    ("工作考核", &["考核", "考评", "绩效"]),
    ("社会评议", &["评议", "社会评价", "群众评价", "公众评价"]),
    ("责任追究", &["追究", "追责", "问责"]),
];

fn gov_assessment(report: &Report, sink: &mut Sink) {
    // An empty 一 is SECTION_EMPTY's (an error already).
    if report.meta.kind != ReportKind::Government || report.overview.trim().is_empty() {
        return;
    }
    let missing: Vec<&str> = ASSESSMENT_TOPICS
        .iter()
        .filter(|(_, words)| {
            !contains_any(&report.overview, words) && !contains_any(&report.other_matters, words)
        })
        .map(|(topic, _)| *topic)
        .collect();
    if missing.is_empty() {
        return;
    }
    sink.push(
        Rule::GovAssessment,
        Field::Text(TextField::Overview),
        Vec::new(),
        format!(
            "本级政府年度报告应包括政府信息公开工作考核、社会评议和责任追究结果情况（《政府信息公开条例》第五十条第（四）项），{}没有写到{}。请在（五）监督保障等处补充。",
            names::text(TextField::Overview),
            missing.join("、")
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// TEXT_TABLE_MISMATCH

/// What a number in the narrative is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    Received,
    Granted,
    PartlyGranted,
    Outcome(OutcomeGroup),
    Review,
    Litigation,
    InForce,
}

/// Keywords followed (after filler) by their count, and what they claim.
const OUTCOME_KEYWORDS: [(&str, Claim); 7] = [
    ("部分予以公开", Claim::PartlyGranted),
    ("部分公开", Claim::PartlyGranted),
    ("不予以公开", Claim::Outcome(OutcomeGroup::Refused)),
    ("不予公开", Claim::Outcome(OutcomeGroup::Refused)),
    ("予以公开", Claim::Granted),
    ("无法提供", Claim::Outcome(OutcomeGroup::Unavailable)),
    ("不予处理", Claim::Outcome(OutcomeGroup::Unhandled)),
];
const OUTCOME_FILLERS: &[&str] = &[
    "政府信息公开申请",
    "申请",
    "答复",
    "决定",
    "处理",
    "共计",
    "合计",
    "累计",
    "总计",
    "共",
    "计",
    "为",
    "有",
    "达",
    "的",
    "了",
    "类",
    "：",
    ":",
];
const APPEAL_FILLERS: &[&str] = &[
    "案件", "申请", "案", "数量", "件数", "数", "共计", "合计", "累计", "总计", "共", "计", "为",
    "有", "达", "的", "了", "各", "类", "：", ":",
];
const RECEIVED_EXCLUDED: &[&str] = &[
    "复议", "诉讼", "结转", "许可", "较", "比", "增", "减", "其中", "上年", "去年",
];
/// Before 收到/受理 in the clause: the number counts only a part of the applications.
const RECEIVED_PART: &[&str] = &[
    "其中",
    "分别",
    "网上",
    "网络",
    "在线",
    "当面",
    "现场",
    "信函",
    "邮寄",
    "传真",
    "电子邮件",
    "线上",
    "线下",
    "窗口",
];
/// Characters that may stand alone between 收到 and 申请 (共收到了各类申请…, 受理依申请公开…).
const RECEIVED_FILLER_CHARS: &str = "共计累合总了的各类依";
const UPHELD: &[&str] = &[
    "均获维持",
    "均被维持",
    "均予以维持",
    "均予维持",
    "均维持",
    "均为维持",
    "全部维持",
];
const CLOSED: &[&str] = &[
    "均已结案",
    "均已审结",
    "均结案",
    "均审结",
    "全部结案",
    "全部审结",
];

/// A number stated in the narrative: where, and what it says.
struct Stated<'t> {
    field: TextField,
    /// The quoted words, from the keyword to 件.
    quote: &'t str,
    claim: Claim,
    value: u64,
}

fn text_table_mismatch(report: &Report, sink: &mut Sink) {
    for field in [
        TextField::Preamble,
        TextField::Overview,
        TextField::Problems,
        TextField::OtherMatters,
    ] {
        let text = report.text(field);
        // One pass over the bytes, dispatching on the first char of each keyword. A search per
        // keyword cost most of check()'s time on a long 一, and so did decoding every char
        // where the release profile optimises for size (opt-level "z") and inlines little.
        let bytes = text.as_bytes();
        let mut at = 0;
        while at + 3 <= bytes.len() {
            let lead = bytes[at];
            if lead < 0xE0 {
                at += 1;
                continue;
            }
            // The last byte rules out six chars in seven before anything else is looked at.
            if FIRST_CHAR_LAST_BYTES >> (bytes[at + 2] & 0x3F) & 1 == 0 {
                at += if lead >= 0xF0 { 4 } else { 3 };
                continue;
            }
            let code = (u32::from(lead) << 16)
                | (u32::from(bytes[at + 1]) << 8)
                | u32::from(bytes[at + 2]);
            // Most chars are none of the keywords' first chars; for those that are, the second
            // char rules out most of the rest before any string comparison.
            let stated = match code {
                SHOU | SHOU_LI | BU_FEN | BU | YU | WU | XING | XIAN | JUN | QUAN => {
                    let second = if at + 6 <= bytes.len() {
                        (u32::from(bytes[at + 3]) << 16)
                            | (u32::from(bytes[at + 4]) << 8)
                            | u32::from(bytes[at + 5])
                    } else {
                        0
                    };
                    match (code, second) {
                        (SHOU, DAO) | (SHOU_LI, LI) => received_claim(report, text, at),
                        (BU_FEN, FEN) | (BU, YU) | (YU, YI) | (WU, FA) => {
                            outcome_claim(report, text, at)
                        }
                        (XING, ZHENG) => appeal_claim(report, text, at),
                        (XIAN, XING) => in_force_claim(report, text, at),
                        (JUN, _) | (QUAN, BU_FEN) => {
                            all_upheld_or_closed(report, field, text, at, sink);
                            None
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((claim, value, end)) = stated {
                compare(
                    report,
                    &Stated {
                        field,
                        quote: &text[at..end],
                        claim,
                        value,
                    },
                    sink,
                );
            }
            at += if lead >= 0xF0 { 4 } else { 3 };
        }
    }
}

/// The UTF-8 bytes of a char from U+0800 to U+FFFF (three bytes), as one number to match on.
const fn utf8_3(c: char) -> u32 {
    let c = c as u32;
    ((0xE0 | (c >> 12)) << 16) | ((0x80 | ((c >> 6) & 0x3F)) << 8) | (0x80 | (c & 0x3F))
}

const SHOU: u32 = utf8_3('收');
const SHOU_LI: u32 = utf8_3('受');
const BU_FEN: u32 = utf8_3('部');
const BU: u32 = utf8_3('不');
const YU: u32 = utf8_3('予');
const WU: u32 = utf8_3('无');
const XING: u32 = utf8_3('行');
const XIAN: u32 = utf8_3('现');
const JUN: u32 = utf8_3('均');
const QUAN: u32 = utf8_3('全');
/// The keywords' first chars, by the low six bits of their last UTF-8 byte.
const FIRST_CHAR_LAST_BYTES: u64 = {
    let chars = [SHOU, SHOU_LI, BU_FEN, BU, YU, WU, XING, XIAN, JUN, QUAN];
    let mut mask = 0u64;
    let mut i = 0;
    while i < chars.len() {
        mask |= 1 << (chars[i] & 0x3F);
        i += 1;
    }
    mask
};
const DAO: u32 = utf8_3('到');
const LI: u32 = utf8_3('理');
const FEN: u32 = utf8_3('分');
const YI: u32 = utf8_3('以');
const FA: u32 = utf8_3('法');
const ZHENG: u32 = utf8_3('政');

/// A claim found at byte `at`: what it is about, the number, and the end of the quote.
type Found = Option<(Claim, u64, usize)>;

fn received_claim(report: &Report, text: &str, at: usize) -> Found {
    let rest = &text[at..];
    let keyword = ["收到", "受理"].into_iter().find(|k| rest.starts_with(k))?;
    let (value, end) = received_at(text, at, keyword.len(), report.meta.year)?;
    Some((Claim::Received, value, end))
}

fn outcome_claim(report: &Report, text: &str, at: usize) -> Found {
    let rest = &text[at..];
    // The list puts longer keywords first, so the first match is the whole keyword.
    let (keyword, claim) = OUTCOME_KEYWORDS
        .into_iter()
        .find(|(keyword, _)| rest.starts_with(keyword))?;
    let (value, after) = count_jian(skip_fillers(&rest[keyword.len()..], OUTCOME_FILLERS))?;
    let before = &text[..at];
    let taken_by_longer = match keyword {
        "予以公开" => before.ends_with('不') || before.ends_with("部分"),
        "部分公开" => before.ends_with('不'),
        "不予公开" => before.ends_with("部分"),
        _ => false,
    };
    if taken_by_longer || looks_back(clause_before(text, at), report.meta.year) {
        return None;
    }
    Some((claim, value, text.len() - after.len()))
}

fn appeal_claim(report: &Report, text: &str, at: usize) -> Found {
    let rest = &text[at..];
    let (keyword, claim) = [("行政复议", Claim::Review), ("行政诉讼", Claim::Litigation)]
        .into_iter()
        .find(|(keyword, _)| rest.starts_with(keyword))?;
    let (value, rest) = count_jian(skip_fillers(&rest[keyword.len()..], APPEAL_FILLERS))?;
    let end = text.len() - rest.len();
    if !sentence_around(text, at, end).contains("公开")
        || looks_back(clause_before(text, at), report.meta.year)
    {
        return None;
    }
    Some((claim, value, end))
}

fn in_force_claim(report: &Report, text: &str, at: usize) -> Found {
    let after = text[at..].strip_prefix("现行有效")?;
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = after.strip_prefix("行政").unwrap_or(after);
    let after = after.strip_prefix("规范性文件")?;
    let (value, rest) = count_jian(skip_fillers(after, FILLERS))?;
    if looks_back(clause_before(text, at), report.meta.year) {
        return None;
    }
    Some((Claim::InForce, value, text.len() - rest.len()))
}

/// 收到/受理 at byte `at`: the count of applications it states, and the end of the quote.
fn received_at(
    text: &str,
    at: usize,
    keyword_len: usize,
    year: Option<i32>,
) -> Option<(u64, usize)> {
    let after = &text[at + keyword_len..];
    let gap_ok = |gap: &str| {
        !contains_any(gap, RECEIVED_EXCLUDED)
            && (gap.contains("公开")
                || gap.contains("信息")
                || gap.chars().all(|c| RECEIVED_FILLER_CHARS.contains(c)))
    };
    // 收到政府信息公开申请75件
    let scope = window(after, 24);
    let mut found = scope.find("申请").and_then(|i| {
        if !gap_ok(&scope[..i]) {
            return None;
        }
        let rest = skip_fillers(&after[i + "申请".len()..], FILLERS);
        let rest = rest.strip_prefix("公开").unwrap_or(rest);
        let (value, rest) = count_jian(skip_fillers(rest, FILLERS))?;
        Some((value, text.len() - rest.len()))
    });
    // 收到70件申请, 受理21件政府信息公开申请
    if found.is_none() {
        let (value, rest) = count_jian(skip_fillers(after, FILLERS))?;
        let scope = window(rest, 12);
        let i = scope.find("申请")?;
        if gap_ok(&scope[..i]) {
            found = Some((value, text.len() - rest.len() + i + "申请".len()));
        }
    }
    // The guards on the clause before come last: most 收到/受理 state no number at all.
    let prefix = clause_before(text, at);
    if contains_any(prefix, RECEIVED_PART) || looks_back(prefix, year) {
        return None;
    }
    found
}

/// The table cells a claim is compared with (at most the eight of 不予公开), and how many.
fn claim_cells(claim: Claim) -> ([CountCell; 8], usize) {
    let request = |row| CountCell::Request(row, Applicant::Total);
    let appeal = |group| CountCell::Appeal(group, AppealColumn::Total);
    let mut cells = [request(RequestRow::Received); 8];
    let mut put = |list: &[CountCell]| {
        cells[..list.len()].copy_from_slice(list);
        list.len()
    };
    let len = match claim {
        Claim::Received => put(&[
            request(RequestRow::Received),
            request(RequestRow::CarriedOver),
        ]),
        Claim::Granted => put(&[request(RequestRow::Granted)]),
        Claim::PartlyGranted => put(&[request(RequestRow::PartlyGranted)]),
        Claim::Outcome(group) => {
            let mut len = 0;
            for (slot, row) in cells.iter_mut().zip(group.rows()) {
                *slot = request(row);
                len += 1;
            }
            len
        }
        Claim::Review => put(&[appeal(AppealGroup::Review)]),
        Claim::Litigation => put(&[
            appeal(AppealGroup::LitigationDirect),
            appeal(AppealGroup::LitigationAfterReview),
        ]),
        Claim::InForce => put(&[CountCell::Doc(
            DocKind::NormativeDocuments,
            DocColumn::InForce,
        )]),
    };
    (cells, len)
}

fn compare(report: &Report, stated: &Stated<'_>, sink: &mut Sink) {
    let (cells, len) = claim_cells(stated.claim);
    let cells = &cells[..len];
    let mut values = [0u128; 8];
    for (slot, &cell) in values.iter_mut().zip(cells) {
        // Never compare with a blank (CELL_BLANK reports it, and the table may not be typed in
        // yet) nor with a cell the template lacks.
        match report.count(cell) {
            Some(value) if cell.in_template(report.template) => *slot = u128::from(value),
            _ => return,
        }
    }
    let sum: u128 = values.iter().sum();
    let value = u128::from(stated.value);
    let agrees = match stated.claim {
        Claim::Received => value == values[0] || value == sum,
        // Some reports mean one kind of 行政诉讼 only.
        Claim::Litigation => value == sum || value == values[0] || value == values[1],
        _ => value == sum,
    };
    if agrees {
        return;
    }
    let table = match stated.claim {
        Claim::Received => format!(
            "表三本年新收总计为 {}（加上年结转 {} 为 {sum}）",
            values[0], values[1]
        ),
        Claim::Granted => format!("表三{}总计为 {sum}", names::outcome(RequestRow::Granted)),
        Claim::PartlyGranted => format!(
            "表三{}总计为 {sum}",
            names::outcome(RequestRow::PartlyGranted)
        ),
        Claim::Outcome(group) => {
            let mut table = format!("表三{}各项的总计之和为 {sum}", group.label());
            if group == OutcomeGroup::Refused {
                let unavailable: u128 = OutcomeGroup::Unavailable
                    .rows()
                    .map(|row| super::tables::n(report.requests.get(row, Applicant::Total)))
                    .sum();
                if value == sum + unavailable {
                    table.push_str(&format!(
                        "，加上（四）无法提供 {unavailable} 才是 {value}：“本机关不掌握相关政府信息”等属于无法提供，不属于不予公开"
                    ));
                }
            }
            table
        }
        Claim::Review => format!("表四行政复议总计为 {sum}"),
        Claim::Litigation => format!(
            "表四行政诉讼总计为 {sum}（未经复议直接起诉 {} + 复议后起诉 {}）",
            values[0], values[1]
        ),
        Claim::InForce => format!("表二行政规范性文件现行有效件数为 {sum}"),
    };
    sink.push(
        Rule::TextTableMismatch,
        Field::Text(stated.field),
        cells.iter().map(|&cell| cell.path()).collect(),
        format!(
            "{}写“{}”，但{table}。文字与表格应一致：请核对后改正其中之一。",
            names::text(stated.field),
            quote(stated.quote)
        ),
    );
}

/// “均获维持” against 结果纠正, “均已结案” against 尚未审结, in the groups the sentence names.
fn all_upheld_or_closed(report: &Report, field: TextField, text: &str, at: usize, sink: &mut Sink) {
    let rest = &text[at..];
    for (phrases, column) in [
        (UPHELD, AppealColumn::Corrected),
        (CLOSED, AppealColumn::Pending),
    ] {
        let Some(phrase) = phrases.iter().find(|p| rest.starts_with(**p)) else {
            continue;
        };
        let end = at + phrase.len();
        let sentence = sentence_around(text, at, end);
        let mut groups = Vec::new();
        if sentence.contains("复议") {
            groups.push(AppealGroup::Review);
        }
        if sentence.contains("诉讼") {
            groups.extend([
                AppealGroup::LitigationDirect,
                AppealGroup::LitigationAfterReview,
            ]);
        }
        let contradicting: Vec<(AppealGroup, u64)> = groups
            .into_iter()
            .filter_map(|group| {
                report
                    .appeals
                    .get(group, column)
                    .filter(|&n| n > 0)
                    .map(|n| (group, n))
            })
            .collect();
        if contradicting.is_empty() {
            continue;
        }
        let table: Vec<String> = contradicting
            .iter()
            .map(|(group, n)| format!("{}{}为 {n}", group.full_label(), column.label()))
            .collect();
        sink.push(
            Rule::TextTableMismatch,
            Field::Text(field),
            contradicting
                .iter()
                .map(|(group, _)| CountCell::Appeal(*group, column).path())
                .collect(),
            format!(
                "{}写“{}”，但表四{}。文字与表格应一致：请核对后改正其中之一。",
                names::text(field),
                quote(lead_up(text, at, end)),
                table.join("，")
            ),
        );
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod encoding_tests {
    #[test]
    fn utf8_3_matches_the_encoding() {
        for c in ['收', '不', '全', '\u{800}', '\u{FFFF}'] {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let packed =
                (u32::from(bytes[0]) << 16) | (u32::from(bytes[1]) << 8) | u32::from(bytes[2]);
            assert_eq!(super::utf8_3(c), packed, "{c}");
        }
    }
}
