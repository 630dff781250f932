//! The report's title: 「平潭综合实验区2021年度政府信息公开工作年度报告」. A portal prints the
//! same words in its title bar and in list links, and 「年报」 in its breadcrumb; the title that
//! starts the report is the last such line before the first section heading (the preamble or
//! 一 follows it). Word files sometimes break the title over two lines, the agency on the first.

use super::chrome;
use super::dates::year_mark;
use super::fragment::{cut_from_sentence, is_fragment};
use super::lines::{has_sentence_marks, without_spaces, Line};

/// A title and a title bar are short; a sentence of the preamble that mentions the report is not.
const LONGEST_TITLE: usize = 80;

/// The title found: the lines it takes and its text as printed, spaces removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Title {
    pub first_line: usize,
    pub last_line: usize,
    pub text: String,
}

/// The title among `lines[..before]` (before the first heading; all lines when there is none).
pub(super) fn find(lines: &[Line], before: usize, headings_found: bool) -> Option<Title> {
    let before = before.min(lines.len());
    let mut candidates =
        (0..before).filter(|i| is_title(&lines[*i]) && !cut_from_sentence(lines, *i));
    let at = if headings_found {
        candidates.next_back()
    } else {
        candidates.next()
    }?;
    let text = printed(lines[at].text);
    let first_line = match at.checked_sub(1) {
        Some(previous)
            if starts_title(&lines[previous])
                && (lacks_agency(&text)
                    || splits_name(&printed(lines[previous].text), &text)
                    || splits_year(&printed(lines[previous].text), &text)) =>
        {
            previous
        }
        _ => at,
    };
    let mut text = if first_line < at {
        format!("{}{text}", printed(lines[first_line].text))
    } else {
        text
    };
    // 「某局 2022」「年」「政府信息公开工作年度报告」: a PDF may set the year's 年 on a line of
    // its own, so the title joined so far may still start after the year.
    let mut first_line = first_line;
    if first_line < at {
        if let Some(previous) = first_line.checked_sub(1) {
            let above = printed(lines[previous].text);
            if starts_title(&lines[previous]) && splits_year(&above, &text) {
                text = format!("{above}{text}");
                first_line = previous;
            }
        }
    }
    Some(Title {
        first_line,
        last_line: at,
        text,
    })
}

/// Whether a line reads as a report's title (or a title bar holding one).
fn is_title(line: &Line) -> bool {
    let squeezed = unlabelled(&line.squeezed);
    let names_report = squeezed.contains("年度报告")
        || (squeezed.contains("年报")
            && year_mark(&squeezed.chars().collect::<Vec<_>>()).is_some());
    names_report
        && line.is_text()
        && line.width() <= LONGEST_TITLE
        && !has_sentence_marks(squeezed)
        && !is_fragment(squeezed)
        && !chrome::is_breadcrumb(squeezed)
        && !["上一篇", "下一篇", "相关"]
            .iter()
            .any(|w| squeezed.starts_with(w))
}

/// The title as printed: spaces removed, a 「标题：」 label and a title bar's site name cut off
/// (「…年度报告_政府信息公开年报_平潭综合实验区党工委管委会」).
fn printed(text: &str) -> String {
    let whole = without_spaces(text);
    let text = unlabelled(&whole);
    let end = ["年度报告", "年报"]
        .iter()
        .filter_map(|w| text.find(w).map(|at| at + w.len()))
        .min()
        .filter(|end| text[*end..].starts_with(['_', '-', '|', '–', '—', '｜', '－', '＿']))
        .unwrap_or(text.len());
    text[..end].to_owned()
}

/// Text without a short label before a colon (「标题：」「文章名称:」), as a metadata table has it.
fn unlabelled(text: &str) -> &str {
    match text.split_once([':', '：']) {
        Some((label, rest)) if label.chars().count() <= 6 && !rest.is_empty() => rest,
        _ => text,
    }
}

/// A title line that starts after the agency: 「2022年政府信息公开工作年度报告」 or
/// 「工作年度报告」 under a first line holding the rest.
fn lacks_agency(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let after_year = match year_mark(&chars) {
        Some(mark) if mark.start == 0 => chars[mark.end..].iter().collect::<String>(),
        _ => text.to_owned(),
    };
    [
        "政府信息公开",
        "政务公开",
        "信息公开",
        "工作年度报告",
        "年度报告",
        "工作",
    ]
    .iter()
    .any(|w| after_year.starts_with(w))
}

/// Whether a title broke inside the report's name: 「…2022年政府信息」「公开工作年度报告」.
fn splits_name(first: &str, second: &str) -> bool {
    ["政府信息公开", "政务公开", "信息公开", "年度报告"]
        .iter()
        .any(|name| {
            (1..name.len()).any(|cut| {
                name.is_char_boundary(cut)
                    && first.ends_with(&name[..cut])
                    && second.starts_with(&name[cut..])
            })
        })
}

/// Whether a title broke between its year and 年: 「某局2024」「年度政府信息公开工作年度报告」
/// (a page's `<br>`, a PDF's wrapped line). The second half alone would make 「年度」 the agency.
fn splits_year(first: &str, second: &str) -> bool {
    let numeral = |c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇○零一二三四五六七八九".contains(c)
    };
    second.starts_with('年') && first.chars().last().is_some_and(numeral)
}

/// Whether the line before a title line can be its first half: short, not a sentence, not page
/// furniture, not an attachment number (「附件1」).
fn starts_title(line: &Line) -> bool {
    let squeezed = &line.squeezed;
    line.is_text()
        && line.width() <= 40
        && !has_sentence_marks(squeezed)
        && !is_fragment(squeezed)
        && !squeezed.contains([':', '：'])
        && !chrome::is_breadcrumb(squeezed)
        && !chrome::is_footer(squeezed)
        && !squeezed.starts_with("附件")
        && !squeezed.contains("年度报告")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(texts: &[&'static str], before: usize) -> Option<String> {
        let lines: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(block, text)| Line::plain(block, text))
            .collect();
        find(&lines, before, true).map(|t| t.text)
    }

    #[test]
    fn the_title_starting_the_report_not_the_title_bar_or_breadcrumb() {
        let texts = [
            "某局2022年政府信息公开工作年度报告_政府信息公开年报_某市人民政府",
            "首页 > 政府信息公开 > 政府信息公开年报",
            "某局2022年政府信息公开工作年度报告",
            "来源：某局",
            "根据《条例》规定，编制本年度报告。",
            "一、总体情况",
        ];
        assert_eq!(
            title(&texts, 5).as_deref(),
            Some("某局2022年政府信息公开工作年度报告")
        );
        assert_eq!(
            title(&texts[..2], 2).as_deref(),
            Some("某局2022年政府信息公开工作年度报告"),
            "a title bar alone gives its title"
        );
    }

    #[test]
    fn a_wrapped_line_of_the_preamble_is_not_a_title() {
        // pdftotext -layout of a PDF LibreOffice printed: the title on two lines, then the
        // preamble wrapped, one of its lines naming the 2019 notice on 年度报告.
        let texts = [
            "平潭综合实验区 2020 年",
            "政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》（以下简称《条",
            "例》）、《福建省政府信息公开办法》（以下简称《办法》）、",
            "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工",
            "作年度报告有关事项的通知》（国办公开办函〔2019〕60 号）、",
            "《国务院办公厅关于印发 2020 年政务公开工作要点的通知》",
            "一、总体情况",
        ];
        assert_eq!(
            title(&texts, 7).as_deref(),
            Some("平潭综合实验区2020年政府信息公开工作年度报告")
        );
        // Cut by its neighbours alone: the line above ends inside a book title, the line below
        // starts with a mark that never starts a line of its own.
        let texts = [
            "本报告根据《国务院办公厅关于",
            "做好年度报告工作",
            "》等要求编制。",
        ];
        assert_eq!(title(&texts, 3), None);
    }

    #[test]
    fn a_title_over_two_lines() {
        assert_eq!(
            title(&["某市 某局", "2022年政府信息公开工作年度报告"], 2).as_deref(),
            Some("某市某局2022年政府信息公开工作年度报告")
        );
        assert_eq!(
            title(&["某市某局2022年度政府信息公开", "工作年度报告"], 2).as_deref(),
            Some("某市某局2022年度政府信息公开工作年度报告")
        );
        assert_eq!(
            title(
                &["某市自然资源与生态环境局2022年政府信息", "公开工作年度报告"],
                2
            )
            .as_deref(),
            Some("某市自然资源与生态环境局2022年政府信息公开工作年度报告")
        );
        assert_eq!(
            title(&["平潭综合实验区2024", "年度政府信息公开工作年度报告"], 2).as_deref(),
            Some("平潭综合实验区2024年度政府信息公开工作年度报告")
        );
        assert_eq!(
            title(
                &["某市自然资源与生态环境局2022", "年政府信息公开工作年度报告"],
                2
            )
            .as_deref(),
            Some("某市自然资源与生态环境局2022年政府信息公开工作年度报告")
        );
        assert_eq!(
            title(
                &[
                    "某市自然资源与生态环境局 2022",
                    "年",
                    "政府信息公开工作年度报告"
                ],
                3
            )
            .as_deref(),
            Some("某市自然资源与生态环境局2022年政府信息公开工作年度报告")
        );
        assert_eq!(
            title(&["附件1", "2022年政府信息公开工作年度报告"], 2).as_deref(),
            Some("2022年政府信息公开工作年度报告")
        );
    }
}
