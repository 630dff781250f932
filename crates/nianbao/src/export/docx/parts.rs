//! The fixed parts of the package: content types, relationships, styles, settings, fonts,
//! footers and properties. Element order follows the schema (ECMA-376 part 1) where it fixes one:
//! Word refuses a file whose children are out of order.

use crate::export::escape::escape;
use crate::export::typeset::*;

pub const WORD_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The parts the document's relationships name, with their relationship ids: the one list both
/// the content types and the relationships are written from.
pub const DOCUMENT_PARTS: [(&str, &str, &str); 5] = [
    ("rIdStyles", "styles", "styles.xml"),
    ("rIdSettings", "settings", "settings.xml"),
    ("rIdFonts", "fontTable", "fontTable.xml"),
    ("rIdFooterOdd", "footer", "footer1.xml"),
    ("rIdFooterEven", "footer", "footer2.xml"),
];

/// The content types, with `charts` chart parts (word/charts/chart1.xml…).
pub fn content_types(charts: usize) -> String {
    let mut out = format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"{DOC_TYPE}.document.main+xml\"/>"
    );
    for (_, kind, target) in DOCUMENT_PARTS {
        out.push_str(&format!(
            "<Override PartName=\"/word/{target}\" ContentType=\"{DOC_TYPE}.{kind}+xml\"/>"
        ));
    }
    for n in 1..=charts {
        out.push_str(&format!(
            "<Override PartName=\"/word/charts/chart{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
        ));
    }
    out.push_str(
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>",
    );
    out
}

pub fn package_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"{PACKAGE_RELS}\">\
<Relationship Id=\"rIdDocument\" Type=\"{REL_NS}/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rIdCore\" Type=\"{PACKAGE_RELS}/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rIdApp\" Type=\"{REL_NS}/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>"
    )
}

/// The document's relationships, with `charts` charts (rIdChart1…).
pub fn document_rels(charts: usize) -> String {
    let mut out = format!("{XML_DECL}<Relationships xmlns=\"{PACKAGE_RELS}\">");
    for (id, kind, target) in DOCUMENT_PARTS {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{REL_NS}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    for n in 1..=charts {
        out.push_str(&format!(
            "<Relationship Id=\"rIdChart{n}\" Type=\"{REL_NS}/chart\" Target=\"charts/chart{n}.xml\"/>"
        ));
    }
    out.push_str("</Relationships>");
    out
}

pub fn core(title: &str, creator: &str) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator></cp:coreProperties>",
        escape(title),
        escape(creator)
    )
}

pub fn app() -> String {
    format!(
        "{XML_DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>nianbao</Application></Properties>"
    )
}

/// `w:rFonts` naming `east_asian` for Chinese and `latin` for digits and letters.
pub fn fonts(latin: &str, east_asian: &str) -> String {
    format!("<w:rFonts w:ascii=\"{latin}\" w:hAnsi=\"{latin}\" w:eastAsia=\"{east_asian}\" w:cs=\"{latin}\"/>")
}

fn size(half_points: u32) -> String {
    format!("<w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/>")
}

/// Paragraph properties shared by headings and body: the 22-line pitch, a two-character indent.
fn body_spacing() -> String {
    format!(
        "<w:spacing w:line=\"{LINE_PITCH}\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"{TWO_CHARS}\"/>"
    )
}

/// No indent (firstLineChars too, or Word keeps the inherited one).
const NO_INDENT: &str = "w:firstLineChars=\"0\" w:firstLine=\"0\"";

/// A line's last 「，」 or 「。」 may hang past the text block, as Word does by default for Chinese
/// (`overflowPunct`, left at its default): LibreOffice reads `w:overflowPunct w:val="0"` the wrong
/// way round (it then hangs), so the element is not written at all.
pub fn styles() -> String {
    let paragraph = |id: &str, name: &str, ppr: String, rpr: String| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )
    };
    let mut out = format!(
        "{XML_DECL}<w:styles xmlns:w=\"{WORD_NS}\"><w:docDefaults><w:rPrDefault><w:rPr>{}{}\
<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
<w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>\
<w:pPr>{}</w:pPr><w:rPr>{}<w:spacing w:val=\"{CHAR_SPACING}\"/>{}</w:rPr></w:style>",
        fonts(LATIN_FONT, BODY_FONT),
        size(BODY_SIZE),
        body_spacing(),
        fonts(LATIN_FONT, BODY_FONT),
        size(BODY_SIZE),
    );
    out.push_str(&paragraph(
        "Title",
        "Title",
        format!(
            // Off the line grid: snapped, each 二号 line would take two lines of the grid.
            "<w:snapToGrid w:val=\"0\"/><w:spacing w:after=\"{LINE_PITCH}\" w:line=\"{LINE_PITCH}\" w:lineRule=\"exact\"/><w:ind {NO_INDENT}/><w:jc w:val=\"center\"/>"
        ),
        format!("{}{}", fonts(TITLE_FONT, TITLE_FONT), size(TITLE_SIZE)),
    ));
    for (id, name, level, font) in [
        ("Heading1", "heading 1", 0, HEADING_FONT),
        ("Heading2", "heading 2", 1, SUB_HEADING_FONT),
    ] {
        out.push_str(&paragraph(
            id,
            name,
            format!(
                "<w:keepNext/>{}<w:outlineLvl w:val=\"{level}\"/>",
                body_spacing()
            ),
            format!("{}{}", fonts(font, font), size(BODY_SIZE)),
        ));
    }
    out.push_str(&paragraph(
        "TableText",
        "Table Text",
        format!(
            "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"{TABLE_LINE}\" w:lineRule=\"exact\"/><w:ind {NO_INDENT}/><w:jc w:val=\"center\"/>"
        ),
        format!("{}{}", fonts(LATIN_FONT, BODY_FONT), size(TABLE_SIZE)),
    ));
    out.push_str(&paragraph(
        "Signature",
        "Signature",
        format!(
            "<w:spacing w:line=\"{LINE_PITCH}\" w:lineRule=\"exact\"/><w:ind w:right=\"{SIGNATURE_RIGHT}\" {NO_INDENT}/><w:jc w:val=\"right\"/>"
        ),
        fonts(LATIN_FONT, BODY_FONT),
    ));
    out.push_str(&paragraph(
        "Footer",
        "footer",
        format!("<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind {NO_INDENT}/>"),
        format!("{}{}", fonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT), size(PAGE_NUMBER_SIZE)),
    ));
    out.push_str("</w:styles>");
    out
}

pub fn settings() -> String {
    // Schema order: zoom … defaultTabStop … evenAndOddHeaders … characterSpacingControl … compat.
    // No updateFields: Word would then ask to update fields on every open.
    format!(
        "{XML_DECL}<w:settings xmlns:w=\"{WORD_NS}\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"{TWO_CHARS}\"/>\
<w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat>\
<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>\
</w:compat></w:settings>"
    )
}

/// Every font the document names, with what Word substitutes when it is missing (charset 86:
/// GB2312).
pub fn font_table() -> String {
    let mut out = format!("{XML_DECL}<w:fonts xmlns:w=\"{WORD_NS}\">");
    for (font, fallbacks, family) in [
        (BODY_FONT, BODY_FALLBACKS, "modern"),
        (HEADING_FONT, HEADING_FALLBACKS, "modern"),
        (SUB_HEADING_FONT, SUB_HEADING_FALLBACKS, "modern"),
        (TITLE_FONT, TITLE_FALLBACKS, "roman"),
        (PAGE_NUMBER_FONT, PAGE_NUMBER_FALLBACKS, "roman"),
    ] {
        out.push_str(&format!(
            "<w:font w:name=\"{font}\"><w:altName w:val=\"{}\"/><w:charset w:val=\"86\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>",
            fallbacks[0]
        ));
    }
    out.push_str(&format!(
        "<w:font w:name=\"{LATIN_FONT}\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>"
    ));
    out
}

/// The page-number footer: 「— 1 —」 in 四号 宋体, on odd pages at the right and on even pages at
/// the left, one character in. The PAGE field is complete (begin, instruction, separate, a
/// cached value, end), so every program shows a number without updating fields.
pub fn footer(odd: bool) -> String {
    let (side, jc, cached) = if odd {
        ("right", "right", 1)
    } else {
        ("left", "left", 2)
    };
    let rpr = format!(
        "<w:rPr>{}{}</w:rPr>",
        fonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT),
        size(PAGE_NUMBER_SIZE)
    );
    let run = |inner: &str| format!("<w:r>{rpr}{inner}</w:r>");
    format!(
        "{XML_DECL}<w:ftr xmlns:w=\"{WORD_NS}\" xmlns:r=\"{REL_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>\
<w:ind w:{side}=\"{PAGE_NUMBER_INDENT}\" {NO_INDENT}/><w:jc w:val=\"{jc}\"/></w:pPr>{}{}{}{}{}{}{}</w:p></w:ftr>",
        run("<w:t xml:space=\"preserve\">— </w:t>"),
        run("<w:fldChar w:fldCharType=\"begin\"/>"),
        run("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"),
        run("<w:fldChar w:fldCharType=\"separate\"/>"),
        run(&format!("<w:t>{cached}</w:t>")),
        run("<w:fldChar w:fldCharType=\"end\"/>"),
        run("<w:t xml:space=\"preserve\"> —</w:t>"),
    )
}
