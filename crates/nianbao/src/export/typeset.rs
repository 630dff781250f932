//! The figures of the printed page (GB/T 9704-2012 党政机关公文格式 and published practice), in
//! the units the writers need. The Word HTML writer, the .docx writer and the print style sheet
//! (styles/print.css, which cannot import these) follow the same figures.

/// A4, in twips (1/20 pt).
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// Margins: top 37 mm, right 26 mm, bottom 35 mm, left 28 mm.
pub const MARGIN_TOP: u32 = 2098;
pub const MARGIN_RIGHT: u32 = 1474;
pub const MARGIN_BOTTOM: u32 = 1984;
pub const MARGIN_LEFT: u32 = 1588;
/// Header distance (unused by the report, but Word requires it) and footer distance: the page
/// number's line sits 7 mm below the text block.
pub const HEADER_DISTANCE: u32 = 851;
pub const FOOTER_DISTANCE: u32 = 1247;
/// 22 lines a page: 225 mm / 22 = 28.95 pt.
pub const LINE_PITCH: u32 = 579;
/// 28 characters a line of 三号 over 156 mm: each character narrowed by 0.25 pt (in 1/20 pt),
/// so 28 of them take 441 pt of the 442.2 pt line. Word's own way, a `linesAndChars` character
/// grid, is misread by LibreOffice (16 to 21 characters a line, measured), while condensed
/// characters on a line grid give 28 in Word, WPS and LibreOffice alike.
pub const CHAR_SPACING: i32 = -5;
/// Half-points: 三号 (body and headings), 二号 (title), 四号 (page number), 五号 (table cells).
pub const BODY_SIZE: u32 = 32;
pub const TITLE_SIZE: u32 = 44;
pub const PAGE_NUMBER_SIZE: u32 = 28;
pub const TABLE_SIZE: u32 = 21;
/// Line pitch inside table cells, in twips (14 pt for 10.5 pt text).
pub const TABLE_LINE: u32 = 280;
/// Two characters of 三号: the first-line indent, and 落款's distance from the right (右空四字).
pub const TWO_CHARS: u32 = 640;
pub const SIGNATURE_RIGHT: u32 = 1280;
/// The page number sits one character in from the edge of the text block.
pub const PAGE_NUMBER_INDENT: u32 = 280;

/// Font names as Word and WPS know them, and what to use where they are missing.
pub const BODY_FONT: &str = "仿宋_GB2312";
pub const BODY_FALLBACKS: &[&str] = &["仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"];
pub const HEADING_FONT: &str = "黑体";
pub const HEADING_FALLBACKS: &[&str] = &["SimHei", "STHeiti", "Noto Sans CJK SC"];
pub const SUB_HEADING_FONT: &str = "楷体_GB2312";
pub const SUB_HEADING_FALLBACKS: &[&str] = &["楷体", "KaiTi", "STKaiti", "AR PL UKai CN"];
pub const TITLE_FONT: &str = "方正小标宋简体";
/// 宋体 first: it is on every Chinese Windows, and the font table names it as the stand-in.
pub const TITLE_FALLBACKS: &[&str] = &[
    "宋体",
    "华文中宋",
    "STZhongsong",
    "SimSun",
    "Noto Serif CJK SC",
];
pub const PAGE_NUMBER_FONT: &str = "宋体";
pub const PAGE_NUMBER_FALLBACKS: &[&str] = &["SimSun", "STSong", "Noto Serif CJK SC"];
/// Digits and Latin letters, as published reports set them.
pub const LATIN_FONT: &str = "Times New Roman";

/// Twips as CSS points (579 → "28.95pt").
pub fn pt(twips: u32) -> String {
    let hundredths = twips * 5;
    match hundredths % 100 {
        0 => format!("{}pt", hundredths / 100),
        r if r % 10 == 0 => format!("{}.{}pt", hundredths / 100, r / 10),
        r => format!("{}.{:02}pt", hundredths / 100, r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_figures_add_up() {
        assert_eq!(
            PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT,
            crate::layout::TEXT_BLOCK_TWIPS
        );
        // 22 lines fill the 225 mm text block, 23 would not.
        let block = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        assert!(
            (22 * LINE_PITCH..23 * LINE_PITCH).contains(&block),
            "{block}"
        );
        // 28 characters of 16 pt narrowed by CHAR_SPACING fit the line, 29 would not.
        let char_twips = 320 + CHAR_SPACING;
        let line = crate::layout::TEXT_BLOCK_TWIPS as i32;
        assert!(28 * char_twips <= line && 29 * char_twips > line);
    }

    #[test]
    fn twips_print_as_points() {
        assert_eq!(pt(579), "28.95pt");
        assert_eq!(pt(640), "32pt");
        assert_eq!(pt(8844), "442.2pt");
        assert_eq!(pt(21 * 10), "10.5pt");
    }
}
