//! The words of the tables that are not rows: captions, column heads, group heads, the corner
//! note. They say where a table starts (an anchor), which text is the table's furniture (left
//! out of the narrative with it), and which format a 表二 is in. All come from `layout`, so the
//! recogniser and the editor cannot disagree on a label.

use super::fold::{fold, ideographs, is_ideograph, without_numbering};
use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DocColumn, TableId, Template, TABLE2_CONTENT,
    TABLE2_DECISIONS, TABLE2_DECISIONS_2019, TABLE3_APPLICANTS, TABLE3_CORNER,
    TABLE3_ORGANISATIONS, TABLE4_LITIGATION,
};
use std::sync::OnceLock;

/// 本年收费金额（单位：万元） without its unit, which `fold` would print differently.
const FEES_COLUMN: &str = "本年收费金额";
/// The 2019 format's columns and rows that the current one has not (report-format.md).
const GB2019_ONLY: [&str; 9] = [
    "上一年项目数量",
    "本年增/减",
    "本年增减",
    "其他对外管理服务事项",
    "第二十条第(九)项",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
    "本年新公开数量",
];
/// The 勾稽关系 note in 表三's corner.
const CORNER: &str = "勾稽关系";
/// Longer than any header cell: text this long is narrative, never a table's furniture.
const MAX_HEAD: usize = 40;
/// The same in bytes of folded text, with room for punctuation and Latin: a cheap first test.
const MAX_HEAD_BYTES: usize = 4 * MAX_HEAD + 40;

struct Heads {
    /// 表三's corner note, folded: a copy may break it over lines.
    corner: String,
    proactive: Vec<&'static str>,
    requests: Vec<&'static str>,
    appeals: Vec<&'static str>,
}

fn heads() -> &'static Heads {
    static HEADS: OnceLock<Heads> = OnceLock::new();
    HEADS.get_or_init(|| {
        let mut proactive = vec![
            TABLE2_CONTENT,
            TABLE2_DECISIONS,
            TABLE2_DECISIONS_2019,
            FEES_COLUMN,
            "单位",
            "万元",
        ];
        for template in [Template::Gb2021, Template::Gb2019] {
            proactive.extend(DocColumn::ALL.map(|c| c.label(template)));
        }
        proactive.extend(GB2019_ONLY);
        let mut requests = vec![TABLE3_APPLICANTS, TABLE3_ORGANISATIONS];
        for applicant in Applicant::ALL {
            requests.push(applicant.label());
            requests.extend(applicant.header_lines());
        }
        let mut appeals = vec![TABLE4_LITIGATION];
        appeals.extend(AppealGroup::ALL.map(|g| g.label()));
        for column in AppealColumn::ALL {
            appeals.push(column.label());
            appeals.extend(column.header_lines());
        }
        let mut heads = Heads {
            corner: fold(TABLE3_CORNER),
            proactive,
            requests,
            appeals,
        };
        // Longest first, so 「其他结果」 is taken before 「其他」.
        for words in [
            &mut heads.proactive,
            &mut heads.requests,
            &mut heads.appeals,
        ] {
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            words.dedup();
        }
        heads
    })
}

/// Whether the Chinese characters of `core` are nothing but `words`, one after another
/// (「自然人商业企业…总计」, 「申请人情况:自然人」); punctuation and digits between are ignored.
fn made_of(core: &str, words: &[&str]) -> bool {
    let mut rest = core;
    let mut found = false;
    while let Some(c) = rest.chars().next() {
        if !is_ideograph(c) {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        match words.iter().find(|w| rest.starts_with(**w)) {
            Some(word) => {
                rest = &rest[word.len()..];
                found = true;
            }
            None => return false,
        }
    }
    found
}

fn contains_any(core: &str, words: &[&str]) -> bool {
    words.iter().any(|w| core.contains(w))
}

/// The table whose start a label (folded) marks: a caption, a column head, the corner note,
/// the first row of 表三. None for anything else, and for narrative however many table words
/// it mentions.
pub(super) fn anchor(folded: &str) -> Option<TableId> {
    if folded.len() > MAX_HEAD_BYTES {
        return None;
    }
    let core = without_numbering(folded);
    let size = ideographs(core);
    if size == 0 || size > MAX_HEAD || core.contains('。') {
        return None;
    }
    let heads = heads();
    let caption = |name: &str| core.contains(name) && size <= 4;
    if caption("表二")
        || (core.starts_with("第二十条") && size <= 10)
        || (made_of(core, &heads.proactive)
            && contains_any(
                core,
                &[
                    TABLE2_CONTENT,
                    TABLE2_DECISIONS_2019,
                    FEES_COLUMN,
                    "件数",
                    "数量",
                ],
            ))
    {
        return Some(TableId::Proactive);
    }
    if caption("表三")
        || core.contains(CORNER)
        || (made_of(core, &heads.requests)
            && contains_any(
                core,
                &[
                    TABLE3_APPLICANTS,
                    TABLE3_ORGANISATIONS,
                    Applicant::NaturalPerson.label(),
                ],
            ))
        || (core.contains("本年新收") && size <= 30)
    {
        return Some(TableId::Requests);
    }
    let appeal_words = [
        AppealGroup::Review.label(),
        AppealGroup::LitigationDirect.label(),
        AppealGroup::LitigationAfterReview.label(),
        TABLE4_LITIGATION,
        AppealColumn::Upheld.label(),
        AppealColumn::Corrected.label(),
        AppealColumn::Pending.label(),
    ];
    if caption("表四") || (made_of(core, &heads.appeals) && contains_any(core, &appeal_words)) {
        return Some(TableId::Appeals);
    }
    None
}

/// Whether a label (folded) is a table's furniture: an anchor, column or group heads, a unit
/// note (「单位：件」). Such lines go with the table rather than into the narrative.
pub(super) fn is_furniture(folded: &str) -> bool {
    if folded.len() > MAX_HEAD_BYTES {
        return false;
    }
    let core = without_numbering(folded);
    let size = ideographs(core);
    if size > MAX_HEAD || core.contains('。') {
        return false;
    }
    let heads = heads();
    anchor(folded).is_some()
        || (size >= 2 && heads.corner.contains(core))
        || made_of(core, &heads.proactive)
        || made_of(core, &heads.requests)
        || made_of(core, &heads.appeals)
        || (core.contains("单位") && size <= 8)
}

/// Whether a label of 表二 (folded) is one only the 2019 format has.
pub(super) fn is_gb2019_mark(folded: &str) -> bool {
    if folded.len() > MAX_HEAD_BYTES {
        return false;
    }
    let core = without_numbering(folded);
    ideographs(core) <= MAX_HEAD
        && (contains_any(core, &GB2019_ONLY)
            || core.contains(DocColumn::Issued.label(Template::Gb2019))
            || core.contains(DocColumn::InForce.label(Template::Gb2019)))
}

/// Whether a label of 表二 (folded) is one only the current format has.
pub(super) fn is_gb2021_mark(folded: &str) -> bool {
    if folded.len() > MAX_HEAD_BYTES {
        return false;
    }
    let core = without_numbering(folded);
    ideographs(core) <= MAX_HEAD
        && (core.contains(FEES_COLUMN)
            || DocColumn::ALL
                .iter()
                .any(|c| core.contains(c.label(Template::Gb2021))))
}

/// Whether a header cell of 表二 (folded, numbering dropped) heads a value column.
pub(super) fn is_proactive_column(head: &str) -> bool {
    let columns = [
        TABLE2_DECISIONS_2019,
        FEES_COLUMN,
        "上一年项目数量",
        "本年增/减",
        "本年增减",
        "采购项目数量",
        "采购总金额",
    ];
    ideographs(head) <= MAX_HEAD
        && (contains_any(head, &columns)
            || [Template::Gb2021, Template::Gb2019]
                .iter()
                .any(|&t| DocColumn::ALL.iter().any(|c| head.contains(c.label(t)))))
}

/// Whether a label (folded) is exactly one of 表四's group heads or several of its column
/// heads — what decides how the numbers after it are placed.
pub(super) fn appeal_head(folded: &str) -> AppealHead {
    if folded.len() > MAX_HEAD_BYTES {
        return AppealHead::None;
    }
    let core = without_numbering(folded);
    if ideographs(core) > MAX_HEAD || !made_of(core, &heads().appeals) {
        return AppealHead::None;
    }
    let groups: Vec<AppealGroup> = AppealGroup::ALL
        .into_iter()
        .filter(|g| core.contains(g.label()))
        .collect();
    // 总计 alone says nothing: it heads each group and table 三 too.
    let columns = AppealColumn::PARTS.iter().any(|c| core.contains(c.label()));
    // 「行政复议 行政诉讼」 is the header's first row; 「行政诉讼/复议后起诉」 one group.
    let review_and_litigation =
        groups.contains(&AppealGroup::Review) && core.contains(TABLE4_LITIGATION);
    match groups.as_slice() {
        [group] if !columns && !review_and_litigation => AppealHead::Group(*group),
        _ => AppealHead::Columns,
    }
}

/// What a 表四 head says about the numbers after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AppealHead {
    /// Not a head of 表四.
    None,
    /// One group's head (「行政复议」「行政诉讼/复议后起诉」): its five numbers may follow.
    Group(AppealGroup),
    /// Column heads, or several groups: the fifteen numbers follow the whole header.
    Columns,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_and_heads_anchor_their_table() {
        let at = |text: &str| anchor(&fold(text));
        assert_eq!(at("第二十条第（一） 项"), Some(TableId::Proactive));
        assert_eq!(at("信息内容"), Some(TableId::Proactive));
        assert_eq!(at("本年处理决定数量"), Some(TableId::Proactive));
        assert_eq!(
            at("（表三）（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
            Some(TableId::Requests)
        );
        assert_eq!(at("申请人情况：自然人"), Some(TableId::Requests));
        assert_eq!(at("自然 人"), Some(TableId::Requests));
        assert_eq!(at("结  果  维  持"), Some(TableId::Appeals));
        assert_eq!(at("行政复议"), Some(TableId::Appeals));
        assert_eq!(at("（表四）"), Some(TableId::Appeals));
        for not in [
            "四、政府信息公开行政复议、行政诉讼情况",
            "其他",
            "总计",
            "规章",
            "三、收到和处理政府信息公开申请情况",
        ] {
            assert_eq!(at(not), None, "{not}");
        }
    }

    #[test]
    fn the_formats_are_told_by_their_own_words() {
        assert!(is_gb2019_mark(&fold("本年新制作数量")));
        assert!(is_gb2019_mark(&fold("本年增／减")));
        assert!(is_gb2019_mark(&fold("第二十条第（九）项")));
        assert!(!is_gb2019_mark(&fold("本年制发件数")));
        assert!(is_gb2021_mark(&fold("本年收费金额（单位：万元）")));
        assert!(!is_gb2021_mark(&fold("处理决定数量")));
    }

    #[test]
    fn appeal_heads_say_where_numbers_go() {
        let head = |text: &str| appeal_head(&fold(text));
        assert_eq!(head("行政复议"), AppealHead::Group(AppealGroup::Review));
        assert_eq!(
            head("行政诉讼/复议后起诉"),
            AppealHead::Group(AppealGroup::LitigationAfterReview)
        );
        assert_eq!(
            head("未经复议直接起诉"),
            AppealHead::Group(AppealGroup::LitigationDirect)
        );
        assert_eq!(
            head("结果维持 结果纠正 其他结果 尚未审结 总计"),
            AppealHead::Columns
        );
        assert_eq!(head("行政复议 行政诉讼"), AppealHead::Columns);
        assert_eq!(head("规章"), AppealHead::None);
    }
}
