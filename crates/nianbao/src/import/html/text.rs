//! A paragraph's text as a browser lays it out: runs of ASCII whitespace shown as one space, none
//! at either end, and inline elements adding nothing — so 「自然</span><span>人」 reads 「自然人」 and
//! 「1</span><span>2」 reads 「12」. `&nbsp;` and the ideographic space are not ASCII whitespace:
//! they stay, and the recogniser trims them.

/// The text of the paragraph being read.
#[derive(Debug, Default)]
pub(super) struct Line {
    text: String,
    /// Whitespace seen since the last character kept, not yet written.
    pending: Pending,
    /// The last character kept, for the segment-break rule.
    last: char,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Pending {
    #[default]
    Nothing,
    Space,
    /// Whitespace holding a line break of the source.
    SegmentBreak,
}

impl Line {
    /// Adds text as it comes between tags.
    pub(super) fn push(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' | '\r' => self.pending = Pending::SegmentBreak,
                ' ' | '\t' | '\u{c}' => {
                    if self.pending == Pending::Nothing {
                        self.pending = Pending::Space;
                    }
                }
                // Browsers never show a NUL; the tokenizer passes it on.
                '\0' => {}
                _ => {
                    if !self.text.is_empty() && self.keeps_space_before(c) {
                        self.text.push(' ');
                    }
                    self.pending = Pending::Nothing;
                    self.text.push(c);
                    self.last = c;
                }
            }
        }
    }

    /// Whether the pending whitespace shows as a space before `next`. Word and some CMS editors
    /// wrap long source lines in the middle of Chinese text; CSS Text 3 (and Firefox) drop such a
    /// line break between two wide characters, so 「信息\n公开」 reads 「信息公开」.
    fn keeps_space_before(&self, next: char) -> bool {
        match self.pending {
            Pending::Nothing => false,
            Pending::Space => true,
            Pending::SegmentBreak => !(is_wide(self.last) && is_wide(next)),
        }
    }

    /// The paragraph read so far, and a fresh start; None when it shows nothing but whitespace
    /// (an empty `<p>`, one holding only `&nbsp;`).
    pub(super) fn take(&mut self) -> Option<String> {
        self.pending = Pending::Nothing;
        if self.text.chars().all(char::is_whitespace) {
            self.text.clear();
            return None;
        }
        Some(std::mem::take(&mut self.text))
    }
}

/// East Asian wide and fullwidth characters, Hangul aside (CSS Text keeps the space there,
/// Korean separating words by spaces): the ones a source line break between does not show as a
/// space.
fn is_wide(c: char) -> bool {
    let hangul = matches!(c, '\u{3130}'..='\u{318F}');
    !hangul
        && matches!(c,
            '\u{2E80}'..='\u{303E}'    // CJK radicals, Kangxi, CJK symbols and punctuation
            | '\u{3041}'..='\u{33FF}'  // kana, bopomofo, CJK compatibility
            | '\u{3400}'..='\u{4DBF}'  // extension A
            | '\u{4E00}'..='\u{9FFF}'  // CJK unified ideographs
            | '\u{F900}'..='\u{FAFF}'  // compatibility ideographs
            | '\u{FE30}'..='\u{FE4F}'  // CJK compatibility forms
            | '\u{FF01}'..='\u{FF60}'  // fullwidth forms: （，）：
            | '\u{FFE0}'..='\u{FFE6}'
            | '\u{20000}'..='\u{3FFFD}' // extensions B onwards
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pieces: &[&str]) -> Option<String> {
        let mut line = Line::default();
        for piece in pieces {
            line.push(piece);
        }
        line.take()
    }

    #[test]
    fn runs_of_whitespace_show_as_one_space_and_none_at_the_ends() {
        assert_eq!(read(&["  a \t\n b  ", " c "]).as_deref(), Some("a b c"));
        assert_eq!(read(&["自然", "人"]).as_deref(), Some("自然人"));
        assert_eq!(read(&["1", "2"]).as_deref(), Some("12"));
    }

    #[test]
    fn a_source_line_break_inside_chinese_text_is_no_space() {
        assert_eq!(read(&["信息\n  公开"]).as_deref(), Some("信息公开"));
        assert_eq!(read(&["信息 公开"]).as_deref(), Some("信息 公开"));
        assert_eq!(read(&["2022\n年"]).as_deref(), Some("2022 年"));
    }

    #[test]
    fn no_break_spaces_stay_but_a_paragraph_of_them_is_none() {
        assert_eq!(read(&["\u{a0}0\u{a0}"]).as_deref(), Some("\u{a0}0\u{a0}"));
        assert_eq!(read(&[" \u{a0} \u{3000}"]), None);
        assert_eq!(read(&["a\0b"]).as_deref(), Some("ab"));
    }
}
