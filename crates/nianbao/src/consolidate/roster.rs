//! The list of units an office expects reports from, against the reports it has: who is
//! missing. Names are compared as people write them: spaces and full-width brackets do not
//! count, and 「教育局」 on the list finds 「某县教育局」 when no other report's name ends so.

/// Where each expected unit's report is: `found[i]` is the index, in the names given, of the
/// report for `expected[i]` (None: missing); `unexpected` the reports no line of the list names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roster {
    pub found: Vec<Option<usize>>,
    pub unexpected: Vec<usize>,
}

/// The list as pasted: one unit a line, blank lines, numbering and repeats dropped.
pub fn expected_units(pasted: &str) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for line in pasted.lines() {
        let name = without_numbering(line.trim()).trim();
        if !name.is_empty() && !units.iter().any(|unit| fold(unit) == fold(name)) {
            units.push(name.to_owned());
        }
    }
    units
}

/// A line without the numbering a list pasted from Word or a spreadsheet carries: 「1.」
/// 「2、」「3）」「（4）」「(5)」「一、」「（六）」, in digits of either width or Chinese numerals.
fn without_numbering(line: &str) -> &str {
    let is_number = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let is_numeral = |c: char| "一二三四五六七八九十".contains(c);
    let rest = line.trim_start();
    // （4） (5) （六）
    if let Some(inner) = rest.strip_prefix(['(', '（']) {
        let after = inner.trim_start_matches(|c: char| is_number(c) || is_numeral(c));
        if after.len() < inner.len() {
            if let Some(after) = after.strip_prefix([')', '）']) {
                return after;
            }
        }
        return line;
    }
    // 1. 2、 3） and 一、
    let digits = rest.trim_start_matches(is_number);
    if digits.len() < rest.len() {
        if let Some(after) = digits.strip_prefix(['.', '．', '、', ')', '）', ' ', '\t']) {
            return after;
        }
        return line;
    }
    let numerals = rest.trim_start_matches(is_numeral);
    if numerals.len() < rest.len() {
        if let Some(after) = numerals.strip_prefix('、') {
            return after;
        }
    }
    line
}

/// Matches the `expected` units to the reports' `names`. An exact match (after folding) wins;
/// else a name ending with the expected one (or the other way round), when only one does. A
/// report answers one line at most.
pub fn roster(expected: &[String], names: &[String]) -> Roster {
    let folded: Vec<String> = names.iter().map(|name| fold(name)).collect();
    let mut taken = vec![false; names.len()];
    let mut found = vec![None; expected.len()];
    for (line, unit) in expected.iter().enumerate() {
        let unit = fold(unit);
        if let Some(at) = (0..names.len()).find(|&at| !taken[at] && folded[at] == unit) {
            taken[at] = true;
            found[line] = Some(at);
        }
    }
    for (line, unit) in expected.iter().enumerate() {
        if found[line].is_some() {
            continue;
        }
        let unit = fold(unit);
        let candidates: Vec<usize> = (0..names.len())
            .filter(|&at| {
                !taken[at]
                    && !unit.is_empty()
                    && (folded[at].ends_with(&unit) || unit.ends_with(&folded[at]))
            })
            .collect();
        if let [at] = candidates[..] {
            taken[at] = true;
            found[line] = Some(at);
        }
    }
    Roster {
        found,
        unexpected: (0..names.len()).filter(|&at| !taken[at]).collect(),
    }
}

fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(names: &[&str]) -> Vec<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn a_pasted_list_loses_numbering_blanks_and_repeats() {
        assert_eq!(
            expected_units(
                "1. 县教育局\n\n2、县 公安局\n县教育局\n（3）县民政局\n(4) 县财政局\n一、县水利局\n（十二）县审计局\n１２．县统计局\n  "
            ),
            owned(&["县教育局", "县 公安局", "县民政局", "县财政局", "县水利局", "县审计局", "县统计局"])
        );
        // A name that only starts like a number keeps it.
        assert_eq!(
            expected_units("一中\n（筹）县档案馆\n12345热线办"),
            owned(&["一中", "（筹）县档案馆", "12345热线办"])
        );
    }

    #[test]
    fn exact_names_first_then_a_single_ending() {
        let expected = owned(&["教育局", "县公安局", "县民政局", "财政局"]);
        let names = owned(&[
            "某县教育局",
            "县 公安局",
            "县财政局",
            "市财政局",
            "县水利局",
        ]);
        let roster = roster(&expected, &names);
        // 财政局 ends two names: neither is taken, and it is missing.
        assert_eq!(roster.found, [Some(0), Some(1), None, None]);
        assert_eq!(roster.unexpected, [2, 3, 4]);
    }

    #[test]
    fn one_report_answers_one_line() {
        let expected = owned(&["县教育局", "县教育局（本级）", "教育局"]);
        let names = owned(&["县教育局"]);
        assert_eq!(roster(&expected, &names).found, [Some(0), None, None]);
    }
}
