//! Which text Word shows: tracked changes accepted, field codes and fallbacks left out, tabs,
//! breaks and every kind of space kept.

use super::*;

fn paragraph(runs: &str) -> String {
    format!(
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>{runs}</w:p>"
    )
}

fn r(text: &str) -> String {
    format!("<w:r><w:t>{text}</w:t></w:r>")
}

#[test]
fn deleted_moved_and_field_code_text_is_left_out_and_insertions_kept() {
    let runs = [
        r("保留"),
        "<w:del w:id=\"1\" w:author=\"某\"><w:r><w:delText>删除</w:delText></w:r></w:del>".into(),
        format!("<w:ins w:id=\"2\" w:author=\"某\">{}</w:ins>", r("插入")),
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>".into(),
        r("3"),
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>".into(),
        format!("<w:moveFrom w:id=\"3\" w:author=\"某\">{}</w:moveFrom>", r("移走")),
        format!("<w:moveTo w:id=\"4\" w:author=\"某\">{}</w:moveTo>", r("移来")),
        format!(
            "<mc:AlternateContent><mc:Choice Requires=\"wps\">{}</mc:Choice><mc:Fallback>{}</mc:Fallback></mc:AlternateContent>",
            r("选"),
            r("备")
        ),
    ]
    .concat();
    let document = read_ok(&docx(&paragraph(&runs)));
    assert_eq!(outline(&document), ["保留插入3移来选"]);
}

#[test]
fn wrappers_around_runs_are_transparent() {
    let runs = [
        format!("<w:smartTag w:uri=\"u\" w:element=\"date\">{}</w:smartTag>", r("2021年")),
        format!("<w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">{}</w:hyperlink>", r("政府")),
        format!("<w:sdt><w:sdtPr><w:alias w:val=\"机关\"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>", r("信息")),
        format!("<w:fldSimple w:instr=\" DOCPROPERTY 标题 \">{}</w:fldSimple>", r("公开")),
        format!("<w:customXml w:element=\"x\">{}</w:customXml>", r("年报")),
    ]
    .concat();
    // A block-level content control around a whole paragraph, too.
    let body = format!(
        "{}<w:sdt><w:sdtContent>{}</w:sdtContent></w:sdt>",
        paragraph(&runs),
        p("六、其他需要报告的事项")
    );
    assert_eq!(
        outline(&read_ok(&docx(&body))),
        ["2021年政府信息公开年报", "六、其他需要报告的事项"]
    );
}

#[test]
fn tabs_breaks_and_spaces_are_kept_inside_and_trimmed_at_the_ends() {
    let runs = "<w:r><w:t xml:space=\"preserve\">\u{3000}\u{3000}自然\u{3000}人 </w:t><w:tab/><w:t>12</w:t><w:br/><w:t>法\u{a0}人</w:t><w:cr/><w:t>A&amp;B&#x3000;C</w:t><w:noBreakHyphen/><w:t> </w:t></w:r>";
    let document = read_ok(&docx(&paragraph(runs)));
    assert_eq!(
        outline(&document),
        ["自然\u{3000}人 \t12\n法\u{a0}人\nA&B\u{3000}C-"]
    );
}

#[test]
fn a_text_box_is_read_once_as_its_own_paragraphs() {
    let text_box = format!(
        "<w:txbxContent>{}{}</w:txbxContent>",
        p("框内一"),
        p("框内二")
    );
    let body = format!(
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{text_box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{text_box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>锚</w:t></w:r></w:p>"
    );
    assert_eq!(outline(&read_ok(&docx(&body))), ["框内一", "框内二", "锚"]);
}

#[test]
fn text_of_other_vocabularies_is_not_word_text() {
    // DrawingML's a:t and a w:t under an unknown prefix binding are not runs of the document.
    let body = format!(
        "<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:p><a:r><a:t>图中字</a:t></a:r></a:p></a:graphicData></a:graphic></w:drawing></w:r></w:p><x:p xmlns:x=\"urn:other\"><x:r><x:t>别的</x:t></x:r></x:p>{}",
        p("正文")
    );
    assert_eq!(outline(&read_ok(&docx(&body))), ["正文"]);
}

#[test]
fn a_strict_ooxml_document_reads_like_a_transitional_one() {
    let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>";
    let bytes = zip(&[Raw::stored("word/document.xml", xml.as_bytes())]);
    assert_eq!(outline(&read_ok(&bytes)), ["严格"]);
}

#[test]
fn a_document_in_utf16_reads() {
    let xml = document_xml(&p("一、总体情况")).replace("UTF-8", "UTF-16");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(xml.encode_utf16().flat_map(u16::to_le_bytes));
    let docx = zip(&[Raw::deflated("word/document.xml", &bytes)]);
    assert_eq!(outline(&read_ok(&docx)), ["一、总体情况"]);
}

fn styled(properties: &str, text: &str) -> String {
    format!("<w:r><w:rPr>{properties}</w:rPr><w:t>{text}</w:t></w:r>")
}

#[test]
fn hidden_runs_are_left_out_and_unhidden_ones_kept() {
    let runs = [
        r("4529"),
        styled("<w:vanish/>", "999"),
        styled("<w:b/><w:vanish w:val=\"true\"/>", "8"),
        "<w:r><w:rPr><w:vanish/></w:rPr><w:tab/><w:br/></w:r>".into(),
        styled("<w:vanish w:val=\"false\"/>", "件"),
        // A paragraph mark's vanish hides the mark, not the text.
        "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>".into(),
        r("。"),
    ]
    .concat();
    assert_eq!(outline(&read_ok(&docx(&paragraph(&runs)))), ["4529件。"]);
}

#[test]
fn a_superscript_in_a_cell_is_a_footnote_marker_and_in_a_paragraph_stays() {
    let marker = |v: &str, t: &str| styled(&format!("<w:vertAlign w:val=\"{v}\"/>"), t);
    let cell = format!("<w:p>{}{}</w:p>", r("4529"), marker("superscript", "1"));
    let other = format!(
        "<w:p>{}{}{}</w:p>",
        r("12"),
        marker("subscript", "a"),
        marker("baseline", "3")
    );
    let body = format!(
        "{}<w:p>{}{}</w:p>",
        tbl(&[tr("", &[tc("", &cell), tc("", &other)])]),
        r("面积100m"),
        marker("superscript", "2")
    );
    let document = read_ok(&docx(&body));
    let table = tables(&document)[0].clone();
    assert_eq!(table.cells[0].text, "4529");
    assert_eq!(table.cells[1].text, "123");
    assert_eq!(outline(&document), ["表", "面积100m2"]);
}
