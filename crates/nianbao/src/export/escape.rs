//! User text into markup. Every writer sends every piece of report text through here: a narrative
//! holding `<script>`, `</table>`, `&` or `]]>` must come out as that text, never as markup.

/// Whether the character is printable text: XML 1.0 forbids control characters other than tab,
/// line feed and carriage return, and U+FFFE/U+FFFF (a Word part holding one is unreadable); the
/// C1 controls (U+0080–U+009F) it allows print as boxes. All are dropped.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Text escaped for XML and HTML alike, in content and in double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped(&mut out, text);
    out
}

/// [`escape`], appended to `out`.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_stays_text() {
        assert_eq!(
            escape("<script>alert(1)</script> & </table> ]]> \"引\" '号'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/table&gt; ]]&gt; &quot;引&quot; &#39;号&#39;"
        );
    }

    #[test]
    fn characters_xml_forbids_are_dropped() {
        assert_eq!(
            escape("a\u{1}b\u{b}c\u{FFFF}d\te\u{7F}\u{85}\u{9F}f"),
            "abcd\tef"
        );
        assert_eq!(escape("中文𠀀"), "中文𠀀");
    }
}
