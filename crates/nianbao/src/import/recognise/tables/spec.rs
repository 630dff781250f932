//! A row as the recogniser expects it: the words that tell it from every other row of its table,
//! and how many values it has. A label matches when it holds one of the words and is not much
//! longer than the printed label — so a narrative sentence mentioning 「予以公开」 is no row —
//! once the group labels fused to it (「三、本年度办理结果/（三）不予公开/1.属于国家秘密」,
//! 「（四）无法提供 1.本机关…」) are taken off.

use super::fold::{ideographs, without_numbering};

/// How much longer than its printed label a row's label may be: room for a fused group label
/// left over, a variant (「规范性文件」 for 「行政规范性文件」), a note in brackets.
const SLACK: usize = 10;

/// Longer than any row label, fused group labels included (in bytes of folded text): text this
/// long is narrative and is not looked at further.
pub(super) const MAX_LABEL_BYTES: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Spec {
    /// Any one of these, in the folded label, names the row.
    pub words: &'static [&'static str],
    /// The label as printed, for measuring a candidate's length.
    pub label: &'static str,
    /// A weak row's words (「其他」「总计」) also appear in headers and other rows, so it is only
    /// taken where it is expected next, never by looking ahead.
    pub weak: bool,
    /// How many values the row has.
    pub slots: usize,
}

impl Spec {
    /// Whether `core` (a folded label, group labels taken off) names this row.
    pub fn matches(&self, core: &str) -> bool {
        if core.len() > MAX_LABEL_BYTES {
            return false;
        }
        let core = without_numbering(core);
        self.words.iter().any(|w| core.contains(w))
            && ideographs(core) <= ideographs(self.label) + SLACK
            && !core.contains('。')
    }
}

/// The label `folded` without the group labels fused to it: each of `groups` is cut out.
pub(super) fn without_groups(folded: &str, groups: &[&str]) -> String {
    let mut core = folded.to_owned();
    for group in groups {
        if core.contains(group) {
            core = core.replace(group, "");
        }
    }
    core
}

/// The row among `specs[next..]` that the label `core` names: the next expected one, or a
/// later one when rows were left out — but a weak row only where it is expected next.
pub(super) fn find(specs: &[Spec], next: usize, core: &str) -> Option<usize> {
    specs
        .iter()
        .enumerate()
        .skip(next)
        .find(|&(index, spec)| (index == next || !spec.weak) && spec.matches(core))
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::recognise::tables::fold::fold;

    const SPECS: [Spec; 3] = [
        Spec {
            words: &["国家秘密"],
            label: "1.属于国家秘密",
            weak: false,
            slots: 7,
        },
        Spec {
            words: &["其他"],
            label: "3.其他",
            weak: true,
            slots: 7,
        },
        Spec {
            words: &["结转下年"],
            label: "四、结转下年度继续办理",
            weak: false,
            slots: 7,
        },
    ];

    #[test]
    fn the_next_row_or_a_strong_later_one_is_found() {
        assert_eq!(find(&SPECS, 0, &fold("1.属于国家秘密")), Some(0));
        assert_eq!(find(&SPECS, 0, &fold("四、结转下年度继续办理")), Some(2));
        assert_eq!(find(&SPECS, 0, &fold("其他")), None);
        assert_eq!(find(&SPECS, 1, &fold("其他")), Some(1));
    }

    #[test]
    fn narrative_is_no_row() {
        let sentence =
            fold("本年度共收到申请，其中涉及国家秘密的申请已依法不予公开并告知申请人救济途径");
        assert_eq!(find(&SPECS, 0, &sentence), None);
        assert_eq!(find(&SPECS, 0, &fold("属于国家秘密。")), None);
    }

    #[test]
    fn fused_group_labels_are_taken_off() {
        let core = without_groups(&fold("（六）其他处理 3.其他"), &["其他处理"]);
        assert_eq!(find(&SPECS, 1, &core), Some(1));
        let core = without_groups(&fold("（六）其他处理"), &["其他处理"]);
        assert_eq!(find(&SPECS, 1, &core), None);
    }
}
