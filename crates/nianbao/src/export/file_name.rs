//! A file name for an exported report that every system accepts: Windows refuses
//! `\ / : * ? " < > |`, control characters, a name ending in a dot or a space and a few device
//! names (CON, NUL, COM1 …); Linux and macOS take at most 255 bytes, and a 机关名称 can be longer
//! than that on its own.

/// Characters of the name before its extension, at most. Chinese takes three bytes a character
/// in UTF-8, so the whole name stays well under 255 bytes.
pub const MAX_STEM_CHARS: usize = 60;

/// Used when nothing of the stem is left.
const FALLBACK: &str = "年度报告";

/// Windows device names, which cannot be a file's name whatever its extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// `stem.extension`, made safe: refused characters become 「_」, runs of white space one space,
/// and the stem is cut to [`MAX_STEM_CHARS`].
pub fn file_name(stem: &str, extension: &str) -> String {
    let mut safe = String::with_capacity(stem.len());
    for c in stem.chars() {
        if c.is_whitespace() {
            if !safe.ends_with(' ') {
                safe.push(' ');
            }
        } else if "\\/:*?\"<>|".contains(c) || c.is_control() {
            safe.push('_');
        } else {
            safe.push(c);
        }
    }
    let cut: String = safe.trim().chars().take(MAX_STEM_CHARS).collect();
    let mut stem = cut.trim_end_matches(['.', ' ']).trim_start().to_owned();
    if stem.is_empty() {
        stem = FALLBACK.to_owned();
    }
    let device = stem.split('.').next().unwrap_or_default();
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(device)) {
        stem.insert(0, '_');
    }
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_name_is_kept() {
        assert_eq!(
            file_name("平潭综合实验区公安局 · 2021年度", "json"),
            "平潭综合实验区公安局 · 2021年度.json"
        );
    }

    #[test]
    fn characters_windows_refuses_are_replaced() {
        assert_eq!(
            file_name("a\\b/c:d*e?f\"g<h>i|j\tk\u{7}", "json"),
            "a_b_c_d_e_f_g_h_i_j k_.json"
        );
        assert_eq!(file_name("某局...", "docx"), "某局.docx");
        assert_eq!(file_name("  某局  ", "json"), "某局.json");
        assert_eq!(file_name("con", "json"), "_con.json");
        assert_eq!(file_name("NUL.备份", "json"), "_NUL.备份.json");
        assert_eq!(file_name("", "json"), "年度报告.json");
        assert_eq!(file_name(" ... ", "json"), "年度报告.json");
    }

    #[test]
    fn a_long_name_is_cut_to_fit_every_file_system() {
        let agency = "某".repeat(500);
        let name = file_name(&format!("{agency} · 2021年度"), "json");
        assert_eq!(name, format!("{}.json", "某".repeat(MAX_STEM_CHARS)));
        assert!(name.len() <= 255, "{} bytes", name.len());
        assert!(name.encode_utf16().count() <= 255);
        // Cut in the middle of a run of dots and spaces, the name still ends well.
        let dotted = format!("{}. . .后面", "甲".repeat(MAX_STEM_CHARS - 3));
        assert_eq!(
            file_name(&dotted, "json"),
            format!("{}.json", "甲".repeat(MAX_STEM_CHARS - 3))
        );
    }
}
