//! The spaces a PDF puts into Chinese text. A justified line of a PDF is stretched with space
//! between its characters, and LibreOffice and Word set Latin words and digits apart from the
//! Chinese around them; `pdftotext -layout` and a viewer's copy turn both into spaces
//! (「平 潭 综 合」, 「共 75 件」, 「上传 WORD 和 PDF 版本」). The reports themselves write none
//! there (the reference JSON has 「共75件」), so these spaces go; spaces among Latin words and
//! around other marks (「1.加强 … 5.加强」) stay.

/// Whether `c` prints two columns wide: Chinese (Japanese, Korean) characters, their punctuation,
/// full-width forms and the curly quotes Chinese fonts print full-width. 「…」 is not: the
/// reference keeps the spaces a transcriber put around it.
pub(super) fn wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2018}'..='\u{201D}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3040}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// How many columns `text` takes as printed: wide characters two, others one.
pub(super) fn columns(text: &str) -> usize {
    text.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

/// `text` without the spaces a PDF put between Chinese characters, or between a Chinese
/// character and a Latin letter or digit.
pub(super) fn close_up(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        if !chars[at].is_whitespace() {
            out.push(chars[at]);
            at += 1;
            continue;
        }
        let end = (at..chars.len())
            .find(|i| !chars[*i].is_whitespace())
            .unwrap_or(chars.len());
        let kept = match (out.chars().last(), chars.get(end)) {
            (Some(before), Some(&after)) => !set_apart(before, after),
            _ => true,
        };
        if kept {
            out.extend(&chars[at..end]);
        }
        at = end;
    }
    out
}

/// Whether space between `before` and `after` is only the typesetter's.
fn set_apart(before: char, after: char) -> bool {
    let latin = |c: char| c.is_ascii_alphanumeric();
    (wide(before) && (wide(after) || latin(after))) || (latin(before) && wide(after))
}

/// Appends `line`, the next printed line of a wrapped paragraph, to `paragraph`. A line breaks
/// Latin text only where it had a space, so one goes back between two Latin words; Chinese text
/// breaks anywhere, and gets none.
pub(super) fn run_on(paragraph: &mut String, line: &str) {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(paragraph.chars().last()) && latin(line.chars().next()) {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_between_chinese_characters_and_digits_go() {
        assert_eq!(close_up("平 潭 综 合 实 验 区"), "平潭综合实验区");
        assert_eq!(
            close_up("统计时限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。"),
            "统计时限为2022年1月1日至2022年12月31日。"
        );
        assert_eq!(
            close_up("上传 WORD 和 PDF 版本，办结率 100%。"),
            "上传WORD和PDF版本，办结率100%。"
        );
        assert_eq!(close_up("“政府信息公开专栏” 中"), "“政府信息公开专栏”中");
    }

    #[test]
    fn spaces_among_latin_words_and_other_marks_stay() {
        let text = "sub-items 1.加强用权信息公开 … 5.加强平台建设; see archive";
        assert_eq!(close_up(text), text);
        assert_eq!(close_up("  一、总体情况 "), "  一、总体情况 ");
    }

    #[test]
    fn wrapped_lines_run_on_with_a_space_only_between_latin_words() {
        let mut paragraph = "see archive for the full".to_owned();
        run_on(&mut paragraph, "middle part]……4.认真办理");
        run_on(&mut paragraph, "政机关");
        assert_eq!(
            paragraph,
            "see archive for the full middle part]……4.认真办理政机关"
        );
        let mut phone = "电话/传真：0591-".to_owned();
        run_on(&mut phone, "23165370；");
        assert_eq!(phone, "电话/传真：0591-23165370；");
    }

    #[test]
    fn columns_count_chinese_twice() {
        assert_eq!(columns("平潭 2020 年"), 12);
    }
}
