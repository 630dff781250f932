//! TEXT_TABLE_MISMATCH: a number in the narrative that contradicts the tables. Every claim the
//! narrative makes that can be checked is read as a [`ClaimCheck`]: the sentence's words, what
//! they were compared with, the table's value and the verdict; [`claims`] lists them all (the
//! app's 「文字与表格核对」 and `nianbao check --claims`), the rule reports those that disagree.
//! The keywords are read in `readers`, compared in `compare`; 均获维持 and 均已结案 in `upheld`.

use super::compare::{compare, Claim, Stated, Who};
use super::prose::{is_sentence_end, sentence_looks_back, unwrap_lines};
use super::readers;
use super::upheld::all_upheld_or_closed;
use crate::layout::TextField;
use crate::model::{Field, Report};
use crate::rules::{Rule, Sink};

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
    pub(super) related: Vec<String>,
    pub(super) message: String,
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
    let year = report.meta.year;
    // A government's consolidated report also counts its parts, each in a sentence of its own
    // (区政府办公室收到…30件。县直部门共收到…150件。).
    let government = report.meta.kind == crate::layout::ReportKind::Government;
    let of_a_part = |claim| matches!(claim, Claim::Received(_) | Claim::Handled | Claim::Closed);
    for field in [
        TextField::Preamble,
        TextField::Overview,
        TextField::Problems,
        TextField::OtherMatters,
    ] {
        let text = unwrap_lines(report.text(field));
        let text = text.as_ref();
        // Applicant columns (涉及自然人72件) are read after a count of applications received, to
        // the end of its sentence or the next claim.
        let mut applicants_until = 0;
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
            let step = if lead >= 0xF0 { 4 } else { 3 };
            // The last byte rules out most chars before anything else is looked at.
            if FIRST_CHAR_LAST_BYTES >> (bytes[at + 2] & 0x3F) & 1 == 0 {
                at += step;
                continue;
            }
            let code = (u32::from(lead) << 16)
                | (u32::from(bytes[at + 1]) << 8)
                | u32::from(bytes[at + 2]);
            let second = if at + 6 <= bytes.len() {
                (u32::from(bytes[at + 3]) << 16)
                    | (u32::from(bytes[at + 4]) << 8)
                    | u32::from(bytes[at + 5])
            } else {
                0
            };
            // The second char rules out most of the rest before any string comparison.
            let found = match (code, second) {
                (SHOU, DAO)
                | (SHOU_LI, LI)
                | (XIN, SHOU)
                | (JIE_RECEIVE, SHOU)
                | (JIE_RECEIVE, DAO) => readers::received(text, at, year),
                (BAN, LI) | (BAN, JIE_CLOSED) => readers::handled(text, at, year),
                (JIE, ZHUAN) | (SHANG, NIAN) => readers::carried(text, at, year),
                (BU_FEN, FEN) | (BU, YU) | (YU, YI) | (WU, FA) => readers::outcome(text, at, year),
                (XING, ZHENG) => readers::appeal(text, at, year),
                (XIAN, XING) | (ZHI, FA_ISSUE) | (YIN, FA_ISSUE) => {
                    readers::documents(text, at, year)
                }
                (JUN, _) | (QUAN, BU_FEN) => {
                    all_upheld_or_closed::<DESCRIBE>(report, field, text, at, &mut on);
                    None
                }
                (ZI | SHANG_YE | KE | SHE | FA, _)
                    if at < applicants_until && readers::is_applicant_start(&text[at..]) =>
                {
                    readers::applicant(text, at)
                }
                _ => None,
            };
            // A sentence that opens on another period (2022年，我局收到… in a report on 2023).
            let found = found.filter(|&(claim, _, start, _)| {
                let a_part = government && of_a_part(claim) && names_a_part(text, start);
                !a_part && !sentence_looks_back(text, start, year)
            });
            if let Some((claim, value, start, end)) = found {
                applicants_until = match claim {
                    Claim::Received(Who::All) | Claim::Handled => text[end..]
                        .find(is_sentence_end)
                        .map_or(text.len(), |i| end + i),
                    Claim::Received(_) => applicants_until,
                    _ => 0,
                };
                let stated = Stated {
                    field,
                    quote: &text[start..end],
                    claim,
                    value,
                };
                if let Some(check) = compare::<DESCRIBE>(report, &stated) {
                    on(check);
                }
            }
            at += step;
        }
    }
}

/// Whether the sentence before byte `start` names one of a government's parts as who counted.
fn names_a_part(text: &str, start: usize) -> bool {
    let before = &text[super::prose::start_after(text, start, is_sentence_end)..start];
    super::prose::contains_any(
        before,
        super::prose::Words("办公室|办公厅|部门|县直|市直|区直|镇街|乡镇|街道|本级|各单位"),
    )
}

/// The UTF-8 bytes of a char from U+0800 to U+FFFF (three bytes), as one number to match on.
const fn utf8_3(c: char) -> u32 {
    let c = c as u32;
    ((0xE0 | (c >> 12)) << 16) | ((0x80 | ((c >> 6) & 0x3F)) << 8) | (0x80 | (c & 0x3F))
}

const SHOU: u32 = utf8_3('收');
const SHOU_LI: u32 = utf8_3('受');
const BAN: u32 = utf8_3('办');
const JIE: u32 = utf8_3('结');
const SHANG: u32 = utf8_3('上');
const BU_FEN: u32 = utf8_3('部');
const BU: u32 = utf8_3('不');
const YU: u32 = utf8_3('予');
const WU: u32 = utf8_3('无');
const XING: u32 = utf8_3('行');
const XIAN: u32 = utf8_3('现');
const ZHI: u32 = utf8_3('制');
const YIN: u32 = utf8_3('印');
const JUN: u32 = utf8_3('均');
const QUAN: u32 = utf8_3('全');
const ZI: u32 = utf8_3('自');
const XIN: u32 = utf8_3('新');
const JIE_RECEIVE: u32 = utf8_3('接');
const SHANG_YE: u32 = utf8_3('商');
const KE: u32 = utf8_3('科');
const SHE: u32 = utf8_3('社');
const FA: u32 = utf8_3('法');
/// The keywords' first chars, by the low six bits of their last UTF-8 byte.
const FIRST_CHAR_LAST_BYTES: u64 = {
    let chars = [
        SHOU,
        SHOU_LI,
        BAN,
        JIE,
        SHANG,
        BU_FEN,
        BU,
        YU,
        WU,
        XING,
        XIAN,
        ZHI,
        YIN,
        JUN,
        QUAN,
        ZI,
        SHANG_YE,
        KE,
        SHE,
        FA,
        XIN,
        JIE_RECEIVE,
    ];
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
const JIE_CLOSED: u32 = utf8_3('结');
const ZHUAN: u32 = utf8_3('转');
const NIAN: u32 = utf8_3('年');
const FEN: u32 = utf8_3('分');
const YI: u32 = utf8_3('以');
const ZHENG: u32 = utf8_3('政');
const FA_ISSUE: u32 = utf8_3('发');

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
