//! A piece of a sentence cut where a printed line wrapped: text copied out of a PDF breaks the
//! preamble anywhere, and a piece that names 「…工作年度报告有关事项的通知》（国办公开办函
//! 〔2019〕60号）、」 must not be taken for the report's title. A title is whole: its brackets
//! close, and it neither starts nor ends with a mark that goes between words.

use super::lines::Line;

/// Brackets and quotes a title may hold, folded as squeezed text has them.
const PAIRS: [(char, char); 7] = [
    ('《', '》'),
    ('(', ')'),
    ('〔', '〕'),
    ('[', ']'),
    ('「', '」'),
    ('【', '】'),
    ('“', '”'),
];

/// Marks that go between words or end a sentence: never at the start of a line of its own, and
/// a title ends with none.
const BETWEEN_WORDS: [char; 4] = ['、', ',', ';', '。'];

/// Whether squeezed text is a piece of a sentence cut where a printed line wrapped, not a title:
/// it closes a bracket it did not open or opens one it does not close (「…的通知》(国办公开办函
/// 〔2019〕60号)、」), or starts or ends with a mark that goes between words.
pub(super) fn is_fragment(squeezed: &str) -> bool {
    let mut depth = [0usize; PAIRS.len()];
    for c in squeezed.chars() {
        for (pair, (open, close)) in PAIRS.iter().enumerate() {
            if c == *open {
                depth[pair] += 1;
            } else if c == *close {
                match depth[pair].checked_sub(1) {
                    Some(d) => depth[pair] = d,
                    None => return true,
                }
            }
        }
    }
    let cut = |c: Option<char>| c.is_some_and(|c| BETWEEN_WORDS.contains(&c));
    depth.iter().any(|d| *d > 0) || cut(squeezed.chars().next()) || cut(squeezed.chars().last())
}

/// Whether line `at` continues a sentence cut on the line above it (which ends with an open
/// bracket, 「、」 or 「，」), or is cut itself before the line below (which starts with a closing
/// bracket or a mark between words): a wrapped line of the preamble, not a title.
pub(super) fn cut_from_sentence(lines: &[Line], at: usize) -> bool {
    let text = |i: usize| {
        lines
            .get(i)
            .filter(|l| l.is_text())
            .map(|l| l.squeezed.as_str())
    };
    let opens = |c: char| matches!(c, '、' | ',') || PAIRS.iter().any(|(open, _)| *open == c);
    let closes = |c: char| BETWEEN_WORDS.contains(&c) || PAIRS.iter().any(|(_, close)| *close == c);
    let above = at
        .checked_sub(1)
        .and_then(text)
        .is_some_and(|t| t.ends_with(opens));
    let below = text(at + 1).is_some_and(|t| t.starts_with(closes));
    above || below
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_and_titles() {
        assert!(is_fragment(
            "作年度报告有关事项的通知》(国办公开办函〔2019〕60号)、"
        ));
        assert!(is_fragment("关于政府信息公开工作年度报告有关事项的(国办"));
        assert!(is_fragment("、政府信息公开工作年度报告"));
        assert!(!is_fragment("某局2022年政府信息公开工作年度报告(摘要)"));
        assert!(!is_fragment("《某局2022年政府信息公开工作年度报告》"));
    }

    #[test]
    fn a_line_between_pieces_of_a_sentence_is_cut() {
        let lines: Vec<Line> = [
            "本报告根据《国务院办公厅关于",
            "做好年度报告工作",
            "》等要求编制。",
        ]
        .iter()
        .enumerate()
        .map(|(block, text)| Line::plain(block, text))
        .collect();
        assert!(cut_from_sentence(&lines, 1));
        assert!(!cut_from_sentence(&lines, 0));
    }
}
