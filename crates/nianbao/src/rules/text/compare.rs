//! What each claim of the narrative is compared with, and the comparison: the table's cells,
//! the value they give (a blank 总计 read from the columns beside it), the verdict and the words
//! of the message.

use super::mismatch::{ClaimCheck, Verdict};
use super::prose::quote;
use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DocColumn, DocKind, OutcomeGroup, RequestRow, TextField,
};
use crate::model::{CountCell, Report};
use crate::names;

/// What a number in the narrative is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Claim {
    /// 收到/受理 … 申请 N 件, and per applicant after it (涉及自然人 72 件).
    Received(Who),
    /// 办理 … 申请 N 件: applications handled, which reports count three ways.
    Handled,
    /// 办结 N 件: （七）总计.
    Closed,
    CarriedOver,
    CarriedForward,
    Granted,
    PartlyGranted,
    /// 「予以公开及部分公开 N 件」「予以公开（含部分公开）N 件」: both rows together.
    GrantedWithPartly,
    Outcome(OutcomeGroup),
    Review,
    Litigation,
    Docs(DocKind, DocColumn),
}

/// Whose applications a count of received ones is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    All,
    One(Applicant),
    /// 法人或其他组织: the five columns after 自然人.
    Organisations,
}

/// A number stated in the narrative: where, and what it says.
pub(super) struct Stated<'t> {
    pub field: TextField,
    /// The quoted words, from the keyword to 件.
    pub quote: &'t str,
    pub claim: Claim,
    pub value: u64,
}

static APPLICANTS: [Applicant; 7] = Applicant::ALL;

impl Who {
    fn columns(self) -> &'static [Applicant] {
        match self {
            Who::All => &[Applicant::Total],
            Who::One(applicant) => std::slice::from_ref(&APPLICANTS[applicant.index()]),
            Who::Organisations => &Applicant::ALL[1..6],
        }
    }

    fn label(self) -> &'static str {
        match self {
            Who::All => "总计",
            Who::One(applicant) => applicant.label(),
            Who::Organisations => "法人或其他组织各列之和",
        }
    }
}

/// The ways a claim may be meant, each a list of cells summed; the first is the plain reading,
/// and the claim agrees when any way gives its number.
fn ways(claim: Claim) -> Vec<Vec<CountCell>> {
    let request = |row, who: Who| -> Vec<CountCell> {
        who.columns()
            .iter()
            .map(|&column| CountCell::Request(row, column))
            .collect()
    };
    let with_carried = |who| {
        [
            request(RequestRow::Received, who),
            request(RequestRow::CarriedOver, who),
        ]
        .concat()
    };
    let total = |row| CountCell::Request(row, Applicant::Total);
    let appeal = |group| CountCell::Appeal(group, AppealColumn::Total);
    match claim {
        // 收到 N 件 may count 上年结转 too.
        Claim::Received(who) => vec![request(RequestRow::Received, who), with_carried(who)],
        Claim::Handled => vec![
            request(RequestRow::Received, Who::All),
            with_carried(Who::All),
            request(RequestRow::ClosedTotal, Who::All),
        ],
        Claim::Closed => vec![vec![total(RequestRow::ClosedTotal)]],
        Claim::CarriedOver => vec![vec![total(RequestRow::CarriedOver)]],
        Claim::CarriedForward => vec![vec![total(RequestRow::CarriedForward)]],
        Claim::Granted => vec![vec![total(RequestRow::Granted)]],
        Claim::PartlyGranted => vec![vec![total(RequestRow::PartlyGranted)]],
        Claim::GrantedWithPartly => vec![vec![
            total(RequestRow::Granted),
            total(RequestRow::PartlyGranted),
        ]],
        Claim::Outcome(group) => vec![group.rows().map(total).collect()],
        Claim::Review => vec![vec![appeal(AppealGroup::Review)]],
        // Some reports mean one kind of 行政诉讼 only.
        Claim::Litigation => {
            let direct = appeal(AppealGroup::LitigationDirect);
            let after_review = appeal(AppealGroup::LitigationAfterReview);
            vec![vec![direct, after_review], vec![direct], vec![after_review]]
        }
        Claim::Docs(kind, column) => vec![vec![CountCell::Doc(kind, column)]],
    }
}

/// A cell's value, and whether it was summed from the columns beside a blank 总计 (reports, the
/// 2019 ones most, may leave 总计 blank; then every column beside it must be filled); the reason,
/// in Chinese, when there is none.
fn value_of(report: &Report, cell: CountCell) -> Result<(u128, bool), &'static str> {
    // A cell the format lacks is never compared, nor a blank one (CELL_BLANK reports it, and the
    // table may not be typed in yet).
    if !cell.in_template(report.template) {
        return Err("旧格式的表格没有这一项");
    }
    if let Some(value) = report.count(cell) {
        return Ok((u128::from(value), false));
    }
    let parts: Vec<CountCell> = match cell {
        CountCell::Request(row, Applicant::Total) => Applicant::ALL[..6]
            .iter()
            .map(|&column| CountCell::Request(row, column))
            .collect(),
        CountCell::Appeal(group, AppealColumn::Total) => AppealColumn::ALL[..4]
            .iter()
            .map(|&column| CountCell::Appeal(group, column))
            .collect(),
        _ => Vec::new(),
    };
    // Only when every column is filled: a blank one may be the case the claim counts.
    let values: Option<Vec<u64>> = parts.into_iter().map(|part| report.count(part)).collect();
    match values {
        Some(values) if !values.is_empty() => Ok((values.into_iter().map(u128::from).sum(), true)),
        _ => Err("表格中对应的格是空的"),
    }
}

/// The claim checked; None, when only disagreements are wanted (`!DESCRIBE`), for the others.
pub(super) fn compare<const DESCRIBE: bool>(
    report: &Report,
    stated: &Stated<'_>,
) -> Option<ClaimCheck> {
    let mut ways = ways(stated.claim);
    // 「未发生行政诉讼」 is about both kinds.
    if stated.claim == Claim::Litigation && stated.value == 0 {
        ways.truncate(1);
    }
    let mut from_parts = false;
    let sums: Vec<Result<u128, &'static str>> = ways
        .iter()
        .enumerate()
        .map(|(i, cells)| {
            cells
                .iter()
                .try_fold(0, |sum, &cell| match value_of(report, cell) {
                    Ok((value, parts)) => {
                        from_parts |= parts;
                        Ok(sum + value)
                    }
                    // Read beside 本年新收, a blank 上年结转 counts as none.
                    Err(_)
                        if i > 0
                            && matches!(cell, CountCell::Request(RequestRow::CarriedOver, _)) =>
                    {
                        Ok(sum)
                    }
                    Err(reason) => Err(reason),
                })
        })
        .collect();
    let related = || {
        let mut cells = ways.concat();
        let mut seen = Vec::new();
        cells.retain(|cell| {
            let new = !seen.contains(cell);
            seen.push(*cell);
            new
        });
        cells.iter().map(|cell| cell.path()).collect()
    };
    let check = |table, verdict, message| {
        Some(ClaimCheck {
            field: stated.field,
            quote: stated.quote.to_owned(),
            against: if DESCRIBE {
                against(stated.claim, report)
            } else {
                String::new()
            },
            table,
            verdict,
            related: related(),
            message,
        })
    };
    let main = match sums[0] {
        Ok(main) => main,
        Err(_) if !DESCRIBE => return None,
        Err(reason) => return check(None, Verdict::NotCompared(reason), String::new()),
    };
    let value = u128::from(stated.value);
    if sums.contains(&Ok(value)) {
        if !DESCRIBE {
            return None;
        }
        return check(Some(value), Verdict::Agrees, String::new());
    }
    let mut table = table_says(report, stated, &sums);
    if from_parts {
        table.push_str("（表中总计一栏空白，按各列相加）");
    }
    let message = format!(
        "{}写“{}”，但{table}。文字与表格应一致：请核对后改正其中之一。",
        names::text(stated.field),
        quote(stated.quote)
    );
    check(Some(main), Verdict::Disagrees, message)
}

/// What the table says, for the message of a claim that disagrees: the value of each way.
fn table_says(report: &Report, stated: &Stated<'_>, sums: &[Result<u128, &str>]) -> String {
    let sum = |i: usize| sums.get(i).and_then(|s| s.ok()).unwrap_or(0);
    let main = sum(0);
    match stated.claim {
        Claim::Received(who) => format!(
            "表三本年新收{}为 {main}（加上年结转 {} 为 {}）",
            who.label(),
            sum(1) - main,
            sum(1)
        ),
        Claim::Handled => format!(
            "表三本年新收总计为 {main}，加上年结转为 {}，办理结果总计为 {}",
            sum(1),
            sum(2)
        ),
        Claim::Outcome(group) => {
            let mut table = format!("表三{}各项的总计之和为 {main}", group.label());
            if group == OutcomeGroup::Refused {
                let unavailable: u128 = OutcomeGroup::Unavailable
                    .rows()
                    .filter_map(|row| report.requests.get(row, Applicant::Total))
                    .map(u128::from)
                    .sum();
                if u128::from(stated.value) == main + unavailable {
                    table.push_str(&format!(
                        "，加上（四）无法提供 {unavailable} 才是 {}：“本机关不掌握相关政府信息”等属于无法提供，不属于不予公开",
                        stated.value
                    ));
                }
            }
            table
        }
        Claim::GrantedWithPartly => format!(
            "表三{}总计 {} 加{}总计 {} 为 {main}",
            names::outcome(RequestRow::Granted),
            report
                .requests
                .get(RequestRow::Granted, Applicant::Total)
                .unwrap_or(0),
            names::outcome(RequestRow::PartlyGranted),
            report
                .requests
                .get(RequestRow::PartlyGranted, Applicant::Total)
                .unwrap_or(0),
        ),
        Claim::Litigation => format!(
            "表四行政诉讼总计为 {main}（未经复议直接起诉 {} + 复议后起诉 {}）",
            sum(1),
            sum(2)
        ),
        claim => format!("{}为 {main}", against(claim, report)),
    }
}

/// What a claim is compared with, in words.
fn against(claim: Claim, report: &Report) -> String {
    match claim {
        Claim::Received(who) => format!("表三本年新收{}（或加上年结转）", who.label()),
        Claim::Handled => "表三本年新收总计（或加上年结转，或办理结果总计）".to_owned(),
        Claim::Closed => "表三办理结果总计".to_owned(),
        Claim::CarriedOver => "表三上年结转总计".to_owned(),
        Claim::CarriedForward => "表三结转下年度继续办理总计".to_owned(),
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
        Claim::Docs(kind, column) => format!(
            "表二{}{}",
            kind.label(report.template),
            column.label(report.template)
        ),
    }
}
