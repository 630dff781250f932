//! TEXT_TABLE_MISMATCH: a number in the narrative that contradicts the tables. Every claim the
//! narrative makes that can be checked is read as a [`ClaimCheck`]: the sentence's words, what
//! they were compared with, the table's value and the verdict; [`claims`] lists them all (the
//! app's 「文字与表格核对」 and `nianbao check --claims`), the rule reports those that disagree.

use super::prose::*;
use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DocColumn, DocKind, OutcomeGroup, RequestRow, TextField,
};
use crate::model::{CountCell, Field, Report};
use crate::names;
use crate::rules::{Rule, Sink};

/// What a number in the narrative is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    Received,
    Granted,
    PartlyGranted,
    /// 「予以公开及部分公开 N 件」「予以公开（含部分公开）N 件」: both rows together.
    GrantedWithPartly,
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
    "均获得维持",
    "均得到维持",
    "均被维持",
    "均被依法维持",
    "均依法维持",
    "均予以维持",
    "均予维持",
    "均维持",
    "均为维持",
    "全部维持",
    "全部予以维持",
    "全部获得维持",
    "全部被维持",
];
/// What joins 予以公开 to 部分公开 in a claim about both: 「予以公开及部分公开 8 件」.
const WITH_PARTLY: &[&str] = &[
    "及部分予以公开",
    "和部分予以公开",
    "与部分予以公开",
    "及部分公开",
    "和部分公开",
    "与部分公开",
    "（含部分予以公开）",
    "(含部分予以公开)",
    "（含部分公开）",
    "(含部分公开)",
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

/// A claim of the narrative, checked against the tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimCheck {
    pub field: TextField,
    /// The narrative's words, from the keyword to its count.
    pub quote: String,
    /// What they were compared with (表三予以公开总计).
    pub against: String,
    /// The table's value, when there is one to compare with.
    pub table: Option<u128>,
    pub verdict: Verdict,
    /// The cells compared, and the finding's message when the claim disagrees.
    related: Vec<String>,
    message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Agrees,
    Disagrees,
    /// Recognised, but there was nothing to compare with; the reason, in Chinese.
    NotCompared(&'static str),
}

/// Every claim of the narrative recognised, in the order of the text, with its verdict.
pub fn claims(report: &Report) -> Vec<ClaimCheck> {
    let mut out = Vec::new();
    scan::<true>(report, |check| out.push(check));
    out
}

pub(super) fn text_table_mismatch(report: &Report, sink: &mut Sink) {
    scan::<false>(report, |check| {
        if check.verdict == Verdict::Disagrees {
            sink.push(
                Rule::TextTableMismatch,
                Field::Text(check.field),
                check.related,
                check.message,
            );
        }
    });
}

/// Reads every claim and gives it to `on`. `DESCRIBE`: say in words what each was compared with
/// (the list needs it, the rule does not: the editor checks on every keystroke, and the words
/// cost its first load).
fn scan<const DESCRIBE: bool>(report: &Report, mut on: impl FnMut(ClaimCheck)) {
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
                            all_upheld_or_closed::<DESCRIBE>(report, field, text, at, &mut on);
                            None
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((claim, value, end)) = stated {
                if let Some(check) = compare::<DESCRIBE>(
                    report,
                    &Stated {
                        field,
                        quote: &text[at..end],
                        claim,
                        value,
                    },
                ) {
                    on(check);
                }
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
    let (keyword, mut claim) = OUTCOME_KEYWORDS
        .into_iter()
        .find(|(keyword, _)| rest.starts_with(keyword))?;
    let mut rest = &rest[keyword.len()..];
    if keyword == "予以公开" {
        if let Some(link) = WITH_PARTLY.iter().find(|link| rest.starts_with(**link)) {
            rest = &rest[link.len()..];
            claim = Claim::GrantedWithPartly;
        }
    }
    let (value, after) = count_jian(skip_fillers(rest, OUTCOME_FILLERS))?;
    let before = &text[..at];
    // 部分公开 right after 「予以公开及」 or 「（含」 was read with 予以公开, as part of both.
    let after_granted = ["予以公开及", "予以公开和", "予以公开与", "（含", "(含"]
        .iter()
        .any(|lead| before.ends_with(lead));
    let taken_by_longer = match keyword {
        "予以公开" => before.ends_with('不') || before.ends_with("部分"),
        "部分公开" | "部分予以公开" => before.ends_with('不') || after_granted,
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
        Claim::GrantedWithPartly => put(&[
            request(RequestRow::Granted),
            request(RequestRow::PartlyGranted),
        ]),
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

/// The claim checked; None, when only disagreements are wanted (`!DESCRIBE`), for the others.
fn compare<const DESCRIBE: bool>(report: &Report, stated: &Stated<'_>) -> Option<ClaimCheck> {
    let (cells, len) = claim_cells(stated.claim);
    let cells = &cells[..len];
    let mut values = [0u128; 8];
    let mut missing = None;
    for (slot, &cell) in values.iter_mut().zip(cells) {
        // Never compare with a blank (CELL_BLANK reports it, and the table may not be typed in
        // yet) nor with a cell the format lacks.
        match report
            .count(cell)
            .filter(|_| cell.in_template(report.template))
        {
            Some(value) => *slot = u128::from(value),
            // 收到 N 件 is compared with 本年新收 alone too: a blank 上年结转 counts as none.
            None if stated.claim == Claim::Received && cell == cells[1] => {}
            None if !cell.in_template(report.template) => missing = Some("旧格式的表格没有这一项"),
            None => missing = Some("表格中对应的格是空的"),
        }
    }
    let against = if DESCRIBE {
        against(stated.claim)
    } else {
        String::new()
    };
    let check = |table, verdict, message| {
        Some(ClaimCheck {
            field: stated.field,
            quote: stated.quote.to_owned(),
            against: against.clone(),
            table,
            verdict,
            related: cells.iter().map(|&cell| cell.path()).collect(),
            message,
        })
    };
    if let Some(reason) = missing {
        if !DESCRIBE {
            return None;
        }
        return check(None, Verdict::NotCompared(reason), String::new());
    }
    let sum: u128 = values.iter().sum();
    let value = u128::from(stated.value);
    let agrees = match stated.claim {
        Claim::Received => value == values[0] || value == sum,
        // Some reports mean one kind of 行政诉讼 only.
        Claim::Litigation => value == sum || value == values[0] || value == values[1],
        _ => value == sum,
    };
    let shown = match stated.claim {
        // 收到 N 件 may count 上年结转 too: the value it agrees with is shown, else 本年新收.
        Claim::Received if value != sum => values[0],
        _ => sum,
    };
    if agrees {
        if !DESCRIBE {
            return None;
        }
        return check(Some(shown), Verdict::Agrees, String::new());
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
        Claim::GrantedWithPartly => format!(
            "表三{}总计 {} 加{}总计 {} 为 {sum}",
            names::outcome(RequestRow::Granted),
            values[0],
            names::outcome(RequestRow::PartlyGranted),
            values[1]
        ),
        Claim::Outcome(group) => {
            let mut table = format!("表三{}各项的总计之和为 {sum}", group.label());
            if group == OutcomeGroup::Refused {
                let unavailable: u128 = OutcomeGroup::Unavailable
                    .rows()
                    .map(|row| crate::rules::tables::n(report.requests.get(row, Applicant::Total)))
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
    let message = format!(
        "{}写“{}”，但{table}。文字与表格应一致：请核对后改正其中之一。",
        names::text(stated.field),
        quote(stated.quote)
    );
    check(Some(shown), Verdict::Disagrees, message)
}

/// What a claim is compared with, in words.
fn against(claim: Claim) -> String {
    match claim {
        Claim::Received => "表三本年新收总计（或加上年结转）".to_owned(),
        Claim::Granted => format!("表三{}总计", names::outcome(RequestRow::Granted)),
        Claim::PartlyGranted => format!("表三{}总计", names::outcome(RequestRow::PartlyGranted)),
        Claim::GrantedWithPartly => format!(
            "表三{}与{}总计之和",
            names::outcome(RequestRow::Granted),
            names::outcome(RequestRow::PartlyGranted)
        ),
        Claim::Outcome(group) => format!("表三{}各项总计之和", group.label()),
        Claim::Review => "表四行政复议总计".to_owned(),
        Claim::Litigation => "表四行政诉讼总计".to_owned(),
        Claim::InForce => "表二行政规范性文件现行有效件数".to_owned(),
    }
}

/// “均获维持” against 结果纠正, “均已结案” against 尚未审结, in the groups the sentence names.
fn all_upheld_or_closed<const DESCRIBE: bool>(
    report: &Report,
    field: TextField,
    text: &str,
    at: usize,
    on: &mut impl FnMut(ClaimCheck),
) {
    let rest = &text[at..];
    // 均获维持: none corrected and none still pending; 均已结案: none pending, whatever the result.
    for (phrases, columns) in [
        (
            UPHELD,
            &[AppealColumn::Corrected, AppealColumn::Pending][..],
        ),
        (CLOSED, &[AppealColumn::Pending][..]),
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
        if groups.is_empty() {
            // A sentence that names neither 复议 nor 诉讼 says nothing about table 4.
            continue;
        }
        let against = if !DESCRIBE {
            String::new()
        } else {
            format!(
                "表四{}的{}",
                if groups.len() == 1 {
                    "行政复议"
                } else if groups.len() == 2 {
                    "行政诉讼"
                } else {
                    "行政复议和行政诉讼"
                },
                columns
                    .iter()
                    .map(|c| c.label())
                    .collect::<Vec<_>>()
                    .join("、")
            )
        };
        let blank = groups.iter().any(|&group| {
            columns
                .iter()
                .any(|&column| report.appeals.get(group, column).is_none())
        });
        let contradicting: Vec<(AppealGroup, AppealColumn, u64)> = groups
            .into_iter()
            .flat_map(|group| columns.iter().map(move |&column| (group, column)))
            .filter_map(|(group, column)| {
                report
                    .appeals
                    .get(group, column)
                    .filter(|&n| n > 0)
                    .map(|n| (group, column, n))
            })
            .collect();
        if contradicting.is_empty() && !DESCRIBE {
            continue;
        }
        let quoted = lead_up(text, at, end).to_owned();
        if contradicting.is_empty() {
            let verdict = if blank {
                Verdict::NotCompared("表格中对应的格是空的")
            } else {
                Verdict::Agrees
            };
            let table = (!blank).then_some(0);
            on(ClaimCheck {
                field,
                quote: quoted,
                against,
                table,
                verdict,
                related: Vec::new(),
                message: String::new(),
            });
            continue;
        }
        let table: Vec<String> = contradicting
            .iter()
            .map(|(group, column, n)| format!("{}{}为 {n}", group.full_label(), column.label()))
            .collect();
        on(ClaimCheck {
            field,
            against,
            table: Some(contradicting.iter().map(|(_, _, n)| u128::from(*n)).sum()),
            verdict: Verdict::Disagrees,
            related: contradicting
                .iter()
                .map(|(group, column, _)| CountCell::Appeal(*group, *column).path())
                .collect(),
            message: format!(
                "{}写“{}”，但表四{}。文字与表格应一致：请核对后改正其中之一。",
                names::text(field),
                quote(&quoted),
                table.join("，")
            ),
            quote: quoted,
        });
    }
}

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
