//! Reading a claim at a keyword: what it is about, the number, and where its words end. Each
//! reader is given the text and the byte at which its keyword starts, and says nothing (None)
//! unless the words there are one of the phrasings docs/text-checks.md lists.

use super::compare::{Claim, Who};
use super::prose::*;
use crate::layout::{Applicant, DocColumn, DocKind, OutcomeGroup};

/// A claim found: what it is about, the number, and where its quote starts and ends (it starts
/// at the keyword but for 「1 件结转下年度」 and 「未收到…申请」).
pub(super) type Found = Option<(Claim, u64, usize, usize)>;

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
const OUTCOME_FILLERS: Words =
    Words("政府信息公开申请|申请|答复|决定|处理|共计|合计|累计|总计|共|计|为|有|达|的|了|类|：|:");
const APPEAL_FILLERS: Words = Words(
    "案件|申请|案|数量|件数|数|均为|都为|都是|共计|合计|累计|总计|共|计|为|有|达|的|了|各|类|：|:",
);
/// Words between 收到/受理/办理 and 申请 that make the count one of something else: appeals,
/// carried cases, licences, comparisons, a part, and the enquiries and messages some offices
/// count beside requests (网络问政, 咨询, 留言 are not 信息公开申请).
const RECEIVED_EXCLUDED: Words =
    Words("复议|诉讼|结转|许可|较|比|增|减|其中|上年|去年|咨询|留言|问政|信访|来信|建议|意见|费");
/// Before 收到/受理/办理/办结 in the clause, or between it and 申请: the number counts only a part of
/// the applications (a channel, a level of government).
const RECEIVED_PART: Words = Words(
    "其中|分别|网上|网络|在线|当面|现场|信函|邮寄|传真|电子邮件|线上|线下|窗口|纸质|书面|口头|网站|系统|平台|转办|转来|转交|协助|本级|各部门|各单位|各乡镇|各街道|县直|市直|区直|镇街|各县|县区|区县|各区",
);
/// Characters that may stand alone between 收到 and 申请 (共收到了申请…, 受理依申请公开…); not 各类:
/// 收到各类申请1200件，其中政府信息公开申请12件 counts every kind.
const RECEIVED_FILLER_CHARS: &str = "共计累合总了的依";
/// What joins 予以公开 to 部分公开 in a claim about both: 「予以公开及部分公开 8 件」.
const WITH_PARTLY: Words = Words("及部分予以公开|和部分予以公开|与部分予以公开|及部分公开|和部分公开|与部分公开|（含部分予以公开）|(含部分予以公开)|（含部分公开）|(含部分公开)");
/// What says a case goes on into the next year (longer words first).
const CARRIED_FORWARD: Words = Words(
    "结转下年度|结转下一年度|结转至下年度|结转至下一年度|结转到下一年度|结转到下年度|结转至下年|结转到下年|结转下年",
);
/// Before 收到/受理 at the end of the clause: no application was received (未收到…申请).
const NONE_RECEIVED: Words = Words("尚未|未曾|没有|未|没");
/// Before 行政复议/行政诉讼 in the clause: there was none (未发生…行政复议).
const NONE_APPEALED: Words =
    Words("未发生|没有发生|未出现|没有出现|未有|没有|未被|未因|未收到|没有收到|未接到|无");
/// Between that negation and the keyword: the clause is about something else than how many
/// cases there were (未发生行政复议被纠错; 没有按时答复可能引发行政复议).
const NOT_NONE_APPEALED: Words = Words("不|未|纠|败诉|撤销|可能|可以|避免|防止|减少|降低|如|若|将");
/// Before 制发 / 现行有效 in the clause: more than the year's, or other bodies' documents.
const DOCUMENTS_OF_OTHERS: Words =
    Words("累计|历年|以来|审查|审核|备案|清理|评估|报送|转发|各单位|各部门|其中|名义");
/// After 行政复议/行政诉讼 in a clause that says there was none: only the other kind and nouns.
const NONE_APPEALED_TAIL: Words =
    Words("、|和|或者|或|及|与|提起|被|申请|行政复议|行政诉讼|复议|诉讼|案件|的|情况|情形|问题|方面|事件|事项|案");
/// The applicant columns, as a sentence about applications received names them.
const APPLICANTS: [(&str, Who); 8] = [
    ("自然人", Who::One(Applicant::NaturalPerson)),
    ("商业企业", Who::One(Applicant::Commercial)),
    ("科研机构", Who::One(Applicant::Research)),
    ("社会公益组织", Who::One(Applicant::Nonprofit)),
    ("法律服务机构", Who::One(Applicant::LegalServices)),
    ("法人或其他组织", Who::Organisations),
    ("法人或者其他组织", Who::Organisations),
    ("法人和其他组织", Who::Organisations),
];
const APPLICANT_FILLERS: Words = Words("提出的|提出|申请件|申请|的|为|有|共|：|:");

/// 收到/受理/新收/接收 … 申请 N 件; 未收到…申请 (none).
pub(super) fn received(text: &str, at: usize, year: Option<i32>) -> Found {
    let rest = &text[at..];
    let keyword = Words("收到|受理|新收|接收|接到")
        .iter()
        .find(|k| rest.starts_with(k))?;
    let prefix = clause_before(text, at);
    // 新收到 and 接收到 were read at 新 and 接; 不予受理 is an outcome, not a count received.
    if (keyword == "收到" && (prefix.ends_with('新') || prefix.ends_with('接')))
        || prefix.ends_with('不')
        || prefix.ends_with("不予")
    {
        return None;
    }
    if let Some(negation) = NONE_RECEIVED.iter().find(|n| prefix.ends_with(*n)) {
        let end = none_received(text, at + keyword.len())?;
        if contains_any(prefix, RECEIVED_PART) || looks_back(prefix, year) {
            return None;
        }
        return Some((Claim::Received(Who::All), 0, at - negation.len(), end));
    }
    // 新收到, 接收到: 到 goes with the keyword.
    let keyword_len = keyword.len()
        + usize::from(
            keyword != "收到" && keyword != "接到" && rest[keyword.len()..].starts_with('到'),
        ) * '到'.len_utf8();
    let (value, end) = applications(text, at, keyword_len, year)?;
    if counted_in_parts(text, at, end, Words("收到|受理|新收|接收|接到")) {
        return None;
    }
    Some((Claim::Received(Who::All), value, at, end))
}

/// Whether the sentence around a count of applications (`at..end`) shows it is not the year's
/// total: 其中 then 公开 or 信息 after it (受理申请12件，其中政府信息公开申请10件), or the same
/// keyword again with a count (区政府办公室收到…20件，各部门收到150件: a government's parts).
fn counted_in_parts(text: &str, at: usize, end: usize, keywords: Words) -> bool {
    let sentence_start = start_after(text, at, is_sentence_end);
    let sentence = sentence_around(text, at, end);
    let after = &sentence[end - sentence_start..];
    if after
        .find("其中")
        .is_some_and(|i| contains_any(window(&after[i..], 24), Words("公开|信息")))
    {
        return true;
    }
    // Another count by the same keyword, outside this claim's own words (新收到 holds 收到).
    keywords.iter().any(|keyword| {
        sentence.match_indices(keyword).any(|(i, _)| {
            let from = sentence_start + i;
            let overlaps = from < end && from + keyword.len() > at;
            // 收到…12件，其中网上收到5件: the other count is a part of this one.
            let part_of_this = from >= end && text[end..from].contains("其中");
            // 上一年度结转受理0件 counts the cases carried over, not another part received.
            let carried = sentence[..i].ends_with("结转");
            let clause = &sentence[i + keyword.len()..];
            let clause = &clause[..clause
                .find(|c: char| is_clause_break(c) && c != '、')
                .unwrap_or(clause.len())];
            !overlaps
                && !part_of_this
                && !carried
                && clause
                    .char_indices()
                    .any(|(j, c)| is_digit(c) && count(&clause[j..]).is_some())
        })
    })
}

/// 办理 … 申请 N 件 (办理政府信息公开申请 218 件, 办理依申请公开 30 件); 办结 N 件.
pub(super) fn handled(text: &str, at: usize, year: Option<i32>) -> Found {
    let rest = &text[at..];
    if let Some(after) = rest.strip_prefix("办结") {
        let after = skip_fillers(after, OUTCOME_FILLERS);
        let after = after.strip_prefix("依申请").unwrap_or(after);
        let after = skip_fillers(after, NAMING_APPLICATIONS);
        let (value, rest) = count(skip_fillers(after, OUTCOME_FILLERS))?;
        let end = text.len() - rest.len();
        let prefix = clause_before(text, at);
        if looks_back(prefix, year)
            || contains_any(prefix, RECEIVED_PART)
            || counted_in_parts(text, at, end, Words("办结"))
        {
            return None;
        }
        return Some((Claim::Closed, value, at, end));
    }
    rest.strip_prefix("办理")?;
    if NONE_RECEIVED
        .iter()
        .any(|n| clause_before(text, at).ends_with(n))
    {
        return None;
    }
    let (value, end) = applications(text, at, "办理".len(), year)?;
    if counted_in_parts(text, at, end, Words("办理")) {
        return None;
    }
    Some((Claim::Handled, value, at, end))
}

/// 上年结转 / 结转上年度 … 申请 N 件; 结转下年度（继续）办理 N 件, and N 件结转下年度.
pub(super) fn carried(text: &str, at: usize, year: Option<i32>) -> Found {
    let rest = &text[at..];
    let (claim, after) = if let Some(after) =
        Words("上年结转|上年度结转|结转上年度|结转上一年度|结转上年")
            .iter()
            .find_map(|k| rest.strip_prefix(k))
    {
        (Claim::CarriedOver, after)
    } else {
        // 结转至2024年办理 in a report on 2023: the next year by its number.
        let next_year = year.map_or(String::new(), |y| format!("{}年", y.saturating_add(1)));
        let after = CARRIED_FORWARD
            .iter()
            .find_map(|k| rest.strip_prefix(k))
            .or_else(|| {
                let after = Words("结转至|结转到|结转")
                    .iter()
                    .find_map(|k| rest.strip_prefix(k)?.strip_prefix(next_year.as_str()))
                    .filter(|_| !next_year.is_empty())?;
                Some(after.strip_prefix('度').unwrap_or(after))
            })?;
        (Claim::CarriedForward, after)
    };
    let prefix = clause_before(text, at);
    if looks_back(prefix, year) {
        return None;
    }
    let after = skip_fillers(
        after,
        Words("继续办理|继续处理|办理|处理|的|政府信息公开|信息公开|依申请公开"),
    );
    let after = after.strip_prefix("申请").unwrap_or(after);
    let after = skip_fillers(after, NAMING_APPLICATIONS);
    if let Some((value, rest)) = count(skip_fillers(after, FILLERS)) {
        return Some((claim, value, at, text.len() - rest.len()));
    }
    // 「1 件结转下年度继续办理」: the count is the whole clause before (or the bracket's words:
    // 「受理申请91件（另有2件结转下年度继续办理）」).
    if claim == Claim::CarriedForward {
        let lead = prefix
            .rsplit(['（', '('])
            .next()
            .unwrap_or(prefix)
            .trim_start();
        let lead = Words("另有|还有|尚有|其余|剩余|有")
            .iter()
            .find_map(|l| lead.strip_prefix(l))
            .unwrap_or(lead);
        let (value, rest) = count(lead)?;
        if rest.trim().is_empty() {
            let start = at - lead.len();
            return Some((claim, value, start, text.len() - after.len()));
        }
    }
    None
}

/// 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 N 件, alone or with 予以公开 (及部分公开).
pub(super) fn outcome(text: &str, at: usize, year: Option<i32>) -> Found {
    let rest = &text[at..];
    // The list puts longer keywords first, so the first match is the whole keyword.
    let (keyword, mut claim) = OUTCOME_KEYWORDS
        .into_iter()
        .find(|(keyword, _)| rest.starts_with(keyword))?;
    let mut rest = &rest[keyword.len()..];
    if keyword == "予以公开" {
        if let Some(link) = WITH_PARTLY.iter().find(|link| rest.starts_with(*link)) {
            rest = &rest[link.len()..];
            claim = Claim::GrantedWithPartly;
        }
    }
    let (value, mut after) = count(skip_fillers(rest, OUTCOME_FILLERS))?;
    // 「予以公开10件（含部分公开2件）」「予以公开8件，其中部分公开2件」: the count is of both rows.
    if claim == Claim::Granted {
        if let Some(link) = Words("（含部分|(含部分|（其中部分|(其中部分|，其中部分|,其中部分")
            .iter()
            .find(|l| after.starts_with(*l))
        {
            claim = Claim::GrantedWithPartly;
            // A bracket is quoted whole; 「，其中部分公开2件」 is a claim of its own.
            if link.starts_with(['（', '(']) {
                let close = if link.starts_with('(') { ')' } else { '）' };
                if let Some(i) = after.find(close) {
                    after = &after[i + close.len_utf8()..];
                }
            }
        }
    }
    let before = &text[..at];
    // 部分公开 right after 「予以公开及」 or 「（含」 was read with 予以公开, as part of both.
    let after_granted = Words("予以公开及|予以公开和|予以公开与|（含|(含")
        .iter()
        .any(|lead| before.ends_with(lead));
    let taken_by_longer = match keyword {
        "予以公开" => before.ends_with('不') || before.ends_with("部分"),
        "部分公开" | "部分予以公开" => before.ends_with('不') || after_granted,
        "不予公开" => before.ends_with("部分"),
        _ => false,
    };
    let prefix = clause_before(text, at);
    if taken_by_longer || looks_back(prefix, year) || outcome_of_a_part(text, at, prefix, keyword) {
        return None;
    }
    Some((claim, value, at, text.len() - after.len()))
}

/// Whether an outcome's count is of something else than the group's applications: the disclosure
/// status of documents (共制发公文130件，其中主动公开18件，不予公开112件), one applicant's (对自然人
/// 申请予以公开5件), one cause's (因本机关不掌握无法提供3件; 因…等原因 speaks of the group), or a
/// row of （六）其他处理 (逾期未补正不予处理).
fn outcome_of_a_part(text: &str, at: usize, prefix: &str, keyword: &str) -> bool {
    let sentence = &text[start_after(text, at, is_sentence_end)..at];
    contains_any(sentence, Words("主动公开|发文|公文|文件|制发|印发"))
        || contains_any(prefix, Words("自然人|法人|企业|机构|组织"))
        || (contains_any(prefix, Words("因|由于|属于")) && !prefix.contains('等'))
        || (keyword == "不予处理" && prefix.contains("补正"))
}

/// 行政复议 / 行政诉讼 N 件, in a sentence about disclosure; 未发生…行政复议 (none).
pub(super) fn appeal(text: &str, at: usize, year: Option<i32>) -> Found {
    let rest = &text[at..];
    let (keyword, claim) = [("行政复议", Claim::Review), ("行政诉讼", Claim::Litigation)]
        .into_iter()
        .find(|(keyword, _)| rest.starts_with(keyword))?;
    let after = &rest[keyword.len()..];
    // 行政复议和行政诉讼共3件 counts both: the second keyword's number is theirs together, unless
    // it is of each (各, 均为).
    let before = &text[..at];
    let before = before.strip_suffix("提起").unwrap_or(before);
    let after_other = Words("、|和|及|与|或者|或").iter().any(|joiner| {
        before
            .strip_suffix(joiner)
            .is_some_and(|b| b.ends_with("复议") || b.ends_with("诉讼"))
    });
    let counted = count(skip_fillers(after, APPEAL_FILLERS))
        .or_else(|| each(after))
        .filter(|(_, rest)| {
            let words = &after[..after.len() - rest.len()];
            !after_other || contains_any(words, Words("各|均|都"))
        });
    let (value, start, end) = match counted {
        Some((value, rest)) => (value, at, text.len() - rest.len()),
        None => {
            let (start, end) = none_appealed(text, at, at + keyword.len())?;
            (0, start, end)
        }
    };
    // 公开 before the keyword in the sentence: a government also counts appeals that are not about
    // disclosure (全年办理行政复议案件356件，其中涉及政府信息公开的12件 counts them all).
    let sentence = sentence_around(text, at, end);
    let sentence_start = start_after(text, at, is_sentence_end);
    let after_claim = &sentence[end - sentence_start..];
    let of_all = after_claim
        .find("其中")
        .is_some_and(|i| window(&after_claim[i..], 24).contains("公开"));
    // 收到/办理…行政复议案件: cases this body decided as the review body, not appeals against it
    // (but 未收到针对本机关…的行政复议申请 is about itself). A court, not this body, tries 诉讼.
    let clause = clause_before(text, at);
    let as_review_body = claim == Claim::Review
        && contains_any(clause, Words("收到|受理|办理|审理|作为|复议机关"))
        && !contains_any(clause, Words("针对|对本机关|不服本机关"));
    // 复议机关共同被告: suits this body answers as the review body, which 表四 does not count.
    if !text[sentence_start..at].contains("公开")
        || sentence.contains("共同被告")
        || of_all
        || as_review_body
        || looks_back(clause_before(text, at), year)
    {
        return None;
    }
    Some((claim, value, start, end))
}

/// After 行政复议, the other kind and a count of each (行政复议、行政诉讼各1件, 行政复议和行政诉讼
/// 案件均为0件): the count, and the rest after it. Not 共 (行政复议和行政诉讼共3件 is a sum).
fn each(after: &str) -> Option<(u64, &str)> {
    let after = Words("、|和|及|与|或者|或")
        .iter()
        .find_map(|j| after.strip_prefix(j))?;
    let after = after.strip_prefix("提起").unwrap_or(after);
    let after = Words("行政诉讼|行政复议")
        .iter()
        .find_map(|k| after.strip_prefix(k))?;
    let after = skip_fillers(after, Words("案件|案|的"));
    let after = Words("各|均为|均|都是|都为")
        .iter()
        .find_map(|w| after.strip_prefix(w))?;
    count(skip_fillers(after, APPEAL_FILLERS))
}

/// 现行有效(的)(行政)规范性文件 / 规章 N 件; 制发 / 印发 (的)(行政)规范性文件 / 规章 N 件.
pub(super) fn documents(text: &str, at: usize, year: Option<i32>) -> Found {
    let rest = &text[at..];
    let (column, after) = if let Some(after) = rest.strip_prefix("现行有效") {
        (DocColumn::InForce, after)
    } else {
        let after = Words("制发|印发")
            .iter()
            .find_map(|k| rest.strip_prefix(k))?;
        (DocColumn::Issued, after)
    };
    let after = after.strip_prefix('的').unwrap_or(after);
    let (kind, after) = if let Some(after) = after.strip_prefix("规章") {
        (DocKind::Regulations, after)
    } else {
        let after = after.strip_prefix("行政").unwrap_or(after);
        (
            DocKind::NormativeDocuments,
            after.strip_prefix("规范性文件")?,
        )
    };
    let (value, rest) = count(skip_fillers(after, FILLERS))?;
    let prefix = clause_before(text, at);
    // 累计制发 / 历年制发 count more than the reported year; 审查各单位制发的 counts documents
    // of other bodies that this one reviewed.
    if looks_back(prefix, year) || contains_any(prefix, DOCUMENTS_OF_OTHERS) {
        return None;
    }
    Some((
        Claim::Docs(kind, column),
        value,
        at,
        text.len() - rest.len(),
    ))
}

/// 自然人 / 商业企业 / … / 法人或其他组织 N 件, after a count of applications received.
pub(super) fn applicant(text: &str, at: usize) -> Found {
    let rest = &text[at..];
    let (keyword, who) = APPLICANTS.into_iter().find(|(k, _)| rest.starts_with(k))?;
    let (value, rest) = count(skip_fillers(&rest[keyword.len()..], APPLICANT_FILLERS))?;
    Some((Claim::Received(who), value, at, text.len() - rest.len()))
}

/// The keyword's first chars for [`applicant`].
pub(super) fn is_applicant_start(rest: &str) -> bool {
    APPLICANTS.iter().any(|(k, _)| rest.starts_with(k))
}

/// 收到/受理/办理 at byte `at`: the count of applications it states, and the end of the quote.
fn applications(
    text: &str,
    at: usize,
    keyword_len: usize,
    year: Option<i32>,
) -> Option<(u64, usize)> {
    let after = &text[at + keyword_len..];
    // 收到政府信息公开申请75件, 收到依申请公开事项1项
    let scope = window(after, 24);
    let mut found = scope.find("申请").and_then(|i| {
        if !gap_ok(&scope[..i]) {
            return None;
        }
        let rest = skip_fillers(&after[i + "申请".len()..], FILLERS);
        let rest = skip_fillers(rest, NAMING_APPLICATIONS);
        let (value, rest) = count(skip_fillers(rest, FILLERS))?;
        Some((value, text.len() - rest.len()))
    });
    // 收到70件申请, 受理21件政府信息公开申请
    if found.is_none() {
        let (value, rest) = count(skip_fillers(after, FILLERS))?;
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

/// After 申请, what still names the applications (依申请公开件176件, 依申请公开政府信息42件,
/// 政府信息公开申请数量0件, 申请情况2件).
const NAMING_APPLICATIONS: Words = Words("公开|政府信息|信息|事项|数量|情况|件");

/// The words between 收到 and 申请 in a count of information requests.
fn gap_ok(gap: &str) -> bool {
    !contains_any(gap, RECEIVED_EXCLUDED)
        && !contains_any(gap, RECEIVED_PART)
        && (gap.contains("公开")
            || gap.contains("信息")
            || gap.chars().all(|c| RECEIVED_FILLER_CHARS.contains(c)))
}

/// After 未收到: the last 申请 (not 申请人, 申请书) within the clause (a list such as 公民、法人或者
/// 其他组织 may stand between), followed by nothing but words naming the applications up to the
/// clause's end (未收到因政府信息公开申请引起的行政诉讼 is about appeals); the end of those words.
fn none_received(text: &str, from: usize) -> Option<usize> {
    let after = &text[from..];
    let scope_end = after
        .char_indices()
        .take(40)
        .find(|&(_, c)| (is_clause_break(c) && c != '、') || is_digit(c))
        .or_else(|| after.char_indices().nth(40))
        .map_or(after.len(), |(i, _)| i);
    let scope = &after[..scope_end];
    let i = scope
        .match_indices("申请")
        .map(|(i, _)| i)
        .filter(|&i| !scope[i + "申请".len()..].starts_with(['人', '书']))
        .last()?;
    let gap = &scope[..i];
    // 法人或其他组织 alone is a part; with 公民 or 个人 it is everyone.
    // 未收到其他…申请, 未收到涉及国家秘密的…申请: a restriction, not none at all.
    let part = (contains_any(gap, Words("法人|企业|自然人"))
        && !contains_any(gap, Words("公民|个人")))
        || contains_any(&gap.replace("其他组织", ""), Words("其他|涉及|关于|有关"));
    let next = &after[i + "申请".len()..];
    // 向本机关申请公开政府信息: 公开 after 申请 names them too.
    let named = if next.starts_with("公开") {
        "公开"
    } else {
        ""
    };
    if part || !gap_ok(&format!("{}{named}", gap.replace('、', ""))) {
        return None;
    }
    let rest = skip_fillers(next, NAMING_APPLICATIONS);
    let rest = Words("的情况|情况")
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    // An ASCII full stop ends some typed sentences (未收到依申请公开事项.).
    (rest.is_empty() || rest.starts_with(is_clause_break) || rest.starts_with('.'))
        .then_some(text.len() - rest.len())
}

/// 行政复议 at `at..keyword_end` with no number: where the words start and end when the clause
/// says there was none (本年度未发生因政府信息公开引起的行政复议、行政诉讼案件).
fn none_appealed(text: &str, at: usize, keyword_end: usize) -> Option<(usize, usize)> {
    // The clause, through 、 (行政复议、行政诉讼).
    let start = start_after(text, at, |c| is_clause_break(c) && c != '、');
    let before = &text[start..at];
    let negation = NONE_APPEALED
        .iter()
        .filter_map(|n| before.rfind(n).map(|i| (i, n)))
        .max_by_key(|&(i, n)| (i, n.len()))?;
    let between = &before[negation.0 + negation.1.len()..];
    if between.chars().any(is_digit) || contains_any(between, NOT_NONE_APPEALED) {
        return None;
    }
    if negation.1 == "无"
        && Words("无法|无论")
            .iter()
            .any(|w| before[negation.0..].starts_with(w))
    {
        return None;
    }
    // After the keyword, only the other kind and nouns up to the clause's end.
    let mut rest = &text[keyword_end..];
    'tail: loop {
        for word in NONE_APPEALED_TAIL.iter() {
            if let Some(after) = rest.strip_prefix(word) {
                rest = after;
                continue 'tail;
            }
        }
        break;
    }
    let ends = rest.is_empty() || rest.starts_with(|c| is_clause_break(c) && c != '、');
    ends.then_some((start + negation.0, text.len() - rest.len()))
}
