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
//! A claim is a keyword, then only filler, then a count (件 or 项, never 条, %, 余/多). The
//! keywords, read in `readers`: applications received (收到/受理 … 申请; 未收到…申请 as 0), per
//! applicant after them (涉及自然人72件), handled (办理), closed (办结), carried over and forward
//! (上年结转, 结转下年度), each outcome group (予以公开, 予以公开及部分公开, 部分公开, 不予公开,
//! 无法提供, 不予处理), 行政复议 / 行政诉讼 (未发生…行政复议 as 0), documents in force and issued
//! (现行有效 / 制发 规范性文件, 规章), and in `upheld` 均获维持 / 均已结案. `compare` says what each
//! is compared with: the ways a report may mean it (收到 with or without 上年结转), a blank 总计
//! read from the columns beside it when all are filled. No claim is read from a clause that looks
//! back (上年, 同比, another year), nor compared with a blank cell. docs/text-checks.md has the
//! full list of phrasings and guards, and why each guard is there.

mod compare;
mod fee_statement;
mod gov_assessment;
mod mismatch;
pub use mismatch::{claims, ClaimCheck, Verdict};
mod problems_measures;
mod prose;
mod readers;
mod upheld;

use super::Sink;
use crate::model::Report;

pub(super) fn check(report: &Report, sink: &mut Sink) {
    fee_statement::fee_statement(report, sink);
    problems_measures::problems_measures(report, sink);
    gov_assessment::gov_assessment(report, sink);
    mismatch::text_table_mismatch(report, sink);
}

#[cfg(test)]
mod phrasings;
#[cfg(test)]
mod tests;
