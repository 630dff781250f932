//! The six section headings, and headings a body inserted among them. A heading is a short
//! paragraph without sentence marks whose words name a section ([`words`](super::words)). The same
//! words turn up elsewhere — an overview's sub-heading 「主动公开政府信息情况」, a table label — so
//! the headings are chosen together: the ordered run of candidates that scores best, a heading
//! with its own number counting more than one with another number, and that more than one
//! without. Among equal runs the later candidate wins, since a sub-heading of 一 comes before the
//! heading of 二 it resembles.

use super::lines::{has_sentence_marks, Line};
use super::numbering::{self, Numbered};
use super::words::{ordinal, section_named};
use crate::layout::Section;

/// Headings are short: the longest standard one has 19 characters after its number.
const LONGEST_HEADING: usize = 30;

/// A heading found: which line, and what it heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Heading {
    /// Index into the lines.
    pub line: usize,
    /// The section, or None for a section the body inserted (「五、信息处理费收取情况」).
    pub section: Option<Section>,
    /// The number printed, if any.
    pub number: Option<u32>,
}

impl Heading {
    /// The number this heading stands at: as printed, or its section's place.
    fn place(&self) -> u32 {
        self.number
            .or(self.section.map(ordinal))
            .unwrap_or_default()
    }
}

/// The headings of `lines`, in order: the six sections found (each at most once) and the
/// inserted ones between or after them.
pub(super) fn find(lines: &[Line]) -> Vec<Heading> {
    let chosen = best_run(lines);
    with_inserted(lines, &chosen)
}

/// The section line `index` heads when it is numbered as the format numbers it (「一、总体情况」):
/// the surest kind of heading, for telling where a second report on a page starts.
pub(super) fn numbered_as_format(index: usize, line: &Line) -> Option<Section> {
    candidate(index, line)
        .filter(|c| c.weight == 3)
        .and_then(|c| c.heading.section)
}

struct Candidate {
    heading: Heading,
    weight: u32,
}

/// A line that could be a section's heading, with how sure that is.
fn candidate(index: usize, line: &Line) -> Option<Candidate> {
    if line.cell || !heading_shaped(line) {
        return None;
    }
    let Numbered {
        number,
        arabic,
        words,
        ..
    } = numbering::split(&line.squeezed);
    let section = section_named(words, number.is_some())?;
    let weight = match number {
        Some(n) if n == ordinal(section) => 3,
        // 「六、存在的主要问题…」 after an inserted 五: numbered, but not as the format numbers.
        Some(_) if !arabic => 2,
        // 「1.主动公开政府信息情况」 is more likely a sub-item than a section.
        Some(_) => 1,
        None => 1,
    };
    Some(Candidate {
        heading: Heading {
            line: index,
            section: Some(section),
            number,
        },
        weight,
    })
}

/// Short, no sentence marks, no table separators.
fn heading_shaped(line: &Line) -> bool {
    line.width() <= LONGEST_HEADING
        && !has_sentence_marks(&line.squeezed)
        && !line.squeezed.contains('|')
}

/// The best-scoring run of candidates in section order (a weighted longest increasing
/// subsequence over six sections: one pass, six states).
fn best_run(lines: &[Line]) -> Vec<Heading> {
    let candidates: Vec<Candidate> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| candidate(i, line))
        .collect();
    // best[s]: the best run ending with section s so far, as (score, candidate index).
    let mut best: [Option<(u32, usize)>; 6] = [None; 6];
    let mut previous: Vec<Option<usize>> = vec![None; candidates.len()];
    for (index, candidate) in candidates.iter().enumerate() {
        let Some(section) = candidate.heading.section else {
            continue;
        };
        let s = ordinal(section) as usize - 1;
        let before = best[..s]
            .iter()
            .flatten()
            .copied()
            .max_by_key(|(score, at)| (*score, *at));
        let score = before.map_or(0, |(score, _)| score) + candidate.weight;
        if best[s].is_none_or(|(old, _)| score >= old) {
            best[s] = Some((score, index));
            previous[index] = before.map(|(_, at)| at);
        }
    }
    let mut at = best
        .iter()
        .flatten()
        .copied()
        .max_by_key(|(score, at)| (*score, *at))
        .map(|(_, at)| at);
    let mut run = Vec::new();
    while let Some(index) = at {
        run.push(candidates[index].heading);
        at = previous[index];
    }
    run.reverse();
    run
}

/// The chosen headings with the sections a body inserted: a heading-shaped line numbered one
/// more than the heading before it and less than the one after (「五、信息处理费收取情况」 between
/// 四 and a 「六、存在的主要问题…」). Only a Chinese numeral with its mark counts: 「1.」 numbers
/// table rows and sub-items, and 「八卦洲街道」 merely starts with a numeral. Requiring the number to fit keeps table labels such as 「四、结转下年度继续办理」
/// (inside 三, before 四) out.
fn with_inserted(lines: &[Line], chosen: &[Heading]) -> Vec<Heading> {
    let mut all = Vec::with_capacity(chosen.len());
    for (i, heading) in chosen.iter().enumerate() {
        all.push(*heading);
        let next = chosen.get(i + 1);
        let end = next.map_or(lines.len(), |h| h.line);
        let mut place = heading.place();
        for (index, line) in lines.iter().enumerate().take(end).skip(heading.line + 1) {
            if line.cell || !heading_shaped(line) {
                continue;
            }
            let numbered = numbering::split(&line.squeezed);
            let chinese = numbered.marked && !numbered.arabic;
            let Some(number) = numbered.number.filter(|_| chinese) else {
                continue;
            };
            let fits = number == place + 1 && next.is_none_or(|n| n.place() > number);
            if fits && !numbered.words.is_empty() {
                all.push(Heading {
                    line: index,
                    section: None,
                    number: Some(number),
                });
                place = number;
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&'static str]) -> Vec<Line<'static>> {
        Line::plain_all(texts)
    }

    fn sections(texts: &[&'static str]) -> Vec<(usize, Option<Section>)> {
        find(&lines(texts))
            .iter()
            .map(|h| (h.line, h.section))
            .collect()
    }

    #[test]
    fn an_overview_sub_heading_does_not_take_the_place_of_section_two() {
        let found = sections(&[
            "总体情况",
            "主动公开政府信息情况",
            "本年度共主动公开信息100条。",
            "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况",
        ]);
        assert_eq!(
            found,
            [
                (0, Some(Section::Overview)),
                (3, Some(Section::Proactive)),
                (4, Some(Section::Requests))
            ]
        );
    }

    #[test]
    fn a_numbered_heading_beats_an_unnumbered_look_alike() {
        let found = sections(&[
            "一、总体情况",
            "主动公开政府信息情况",
            "二、主动公开政府信息情况",
            "(一)主动公开政府信息情况",
        ]);
        assert_eq!(found[1], (2, Some(Section::Proactive)));
    }

    #[test]
    fn an_inserted_section_is_found_by_its_number() {
        let found = sections(&[
            "四、政府信息公开行政复议、行政诉讼情况",
            "四、结转下年度继续办理",
            "五、信息处理费收取情况",
            "1.其他",
            "六、存在的主要问题和改进情况",
            "七、附件",
        ]);
        assert_eq!(
            found,
            [
                (0, Some(Section::Appeals)),
                (2, None),
                (4, Some(Section::Problems)),
                (5, None)
            ]
        );
    }

    #[test]
    fn sentences_that_mention_a_section_are_not_headings() {
        assert!(
            sections(&["本报告包括总体情况、主动公开政府信息情况等六个部分，现予公布。"])
                .is_empty()
        );
    }
}
