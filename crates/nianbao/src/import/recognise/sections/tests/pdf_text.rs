//! Text of a PDF, as `pdftotext -layout` gives it: a line a printed line, paragraphs wrapped,
//! their first lines indented, layout spaces between characters, page numbers and form feeds.
//! The PDFs are our .docx of the samples printed by LibreOffice, as
//! crates/nianbao-cli/tests/libreoffice_import.rs makes them; kept here so that reading them is
//! tested without LibreOffice.

use super::*;

/// The first page of 平潭综合实验区_2020_旧格式: the title printed on two centred lines, then
/// the preamble, one of whose wrapped lines names 「…工作年度报告有关事项的通知》」.
const OLD_FORMAT_2020: [&str; 30] = [
    "        平潭综合实验区 2020 年",
    "       政府信息公开工作年度报告",
    "",
    "  根据《中华人民共和国政府信息公开条例》（以下简称《条",
    "例》）、《福建省政府信息公开办法》（以下简称《办法》）、",
    "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工",
    "作年度报告有关事项的通知》（国办公开办函〔2019〕60 号）、",
    "《国务院办公厅关于印发 2020 年政务公开工作要点的通知》",
    "（国办发〔2020〕17 号）要求，我区编制完成了本报告。本报",
    "告包括总体情况、主动公开政府信息情况、收到和处理政府信息",
    "公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的",
    "情况、政府信息公开工作存在的主要问题及改进情况和其他需要",
    "报告的事项等六个部分。本报告所列数据的统计期限自 2020 年",
    "1 月 1 日起至 2020 年 12 月 31 日止。本报告的电子版可在平",
    "潭 综 合 实 验 区 党 工 委 管 委 会 政 府 门 户 网 站",
    "（www.pingtan.gov.cn）的“政府信息公开专栏”中下载。",
    "如对本报告有任何疑问，请与平潭综合实验区政府信息公开工作",
    "领导小组办公室联系。联系地址：平潭综合实验区北厝金井湾片",
    "区管委会大楼主楼 14 层；邮编：350400；电话/传真：0591-",
    "23165370；电子邮箱：pzxxgkb@163.com。",
    "  一、总体情况",
    "  2020 年，我区以习近平新时代中国特色社会主义思想为指",
    "",
    "                                 —1—",
    "\u{c}导，深入贯彻中央、省里关于全面推进政务公开工作相关精神，",
    "坚持“以公开为常态，不公开为例外”，不断提升政务公开的主",
    "动性、便民性和及时性，切实保障公众的知情权、参与权和监督",
    "权。全年我区政府信息公开单位共公布政府信息 2602 条(其中",
    "机构职能类信息 82 条，政策、规范性文件类信息 80 条，规划",
    "计划类信息 21 条，行政许可类信息 40 条，重大建设项目信息",
];

#[test]
fn the_title_on_two_lines_not_a_wrapped_line_of_the_preamble() {
    let (read, notes) = recognise_text(&OLD_FORMAT_2020.join("\n"));
    let expected = reference("samples/平潭综合实验区_2020_旧格式.json");
    let context = notes.to_text();
    assert_eq!(read.title, expected.meta.title, "{context}");
    assert_eq!(read.agency, expected.meta.agency, "{context}");
    assert_eq!(read.year, expected.meta.year, "{context}");
    // The preamble is one paragraph again, without the spaces the PDF set between characters.
    assert_eq!(read.preamble, expected.preamble, "{context}");
    assert!(
        messages(&notes.ignored).is_empty(),
        "no wrapped line is dropped: {context}"
    );
    let first_page_of_overview =
        "2020年，我区以习近平新时代中国特色社会主义思想为指导，深入贯彻中央";
    assert!(
        read.overview.starts_with(first_page_of_overview),
        "across the page break: {}",
        read.overview
    );
}

#[test]
fn the_narrative_of_a_pdf_reads_as_whole_paragraphs() {
    let text = include_str!("pdftotext_平潭综合实验区_2022.txt");
    let (read, notes) = recognise_text(text);
    let expected = reference("samples/平潭综合实验区_2022.json");
    let context = notes.to_text();
    assert_eq!(read.title, expected.meta.title, "{context}");
    assert_eq!(read.agency, expected.meta.agency, "{context}");
    assert_eq!(read.headings, 6, "{context}");
    for (got, want) in [
        (&read.preamble, &expected.preamble),
        (&read.overview, &expected.overview),
        (&read.problems, &expected.problems),
        (&read.other_matters, &expected.other_matters),
    ] {
        assert_eq!(normalised(got), normalised(want), "{context}");
    }
}

/// What a PDF viewer copies: the same lines without the indents. A line then ends its
/// paragraph only by ending a sentence, and the line after a heading starts one.
#[test]
fn text_copied_from_a_viewer_joins_lines_cut_mid_sentence() {
    let text = [
        "某局 2022 年",
        "政府信息公开工作年度报告",
        "本报告根据《中华人民共和国政府信息公开条例》（以下简",
        "称《条例》）要求编制。本报告中所列数据统计时限为 2022 年",
        "1 月 1 日至 2022 年 12 月 31 日。",
        "一、总体情况",
        "2022 年，某局认真执行《条例》相关规定，加强信息公开平台",
        "建设，扎实推进政务公开工作，为全区经济社会平稳健康发展提",
        "供有力保障；紧紧围绕决策部署，强化责任担当，持续推进基础",
        "信息公开。",
        "（一）主动公开方面",
        "某局持续推进基础信息公开、深化重点领域信息公开，全年主动",
        "公开政府信息 100 条。",
    ]
    .join("\n");
    let (read, notes) = recognise_text(&text);
    assert_eq!(
        read.title.as_deref(),
        Some("某局2022年政府信息公开工作年度报告")
    );
    assert_eq!(
        read.preamble,
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告中所列数据统计时限为2022年1月1日至2022年12月31日。",
        "{}",
        notes.to_text()
    );
    assert_eq!(
        read.overview,
        "2022年，某局认真执行《条例》相关规定，加强信息公开平台建设，扎实推进政务公开工作，为全区经济社会平稳健康发展提供有力保障；紧紧围绕决策部署，强化责任担当，持续推进基础信息公开。\n\
         （一）主动公开方面\n\
         某局持续推进基础信息公开、深化重点领域信息公开，全年主动公开政府信息100条。"
    );
}

/// A .docx's or a page's paragraphs are the author's, however they end: never joined.
#[test]
fn paragraphs_of_a_docx_are_never_joined() {
    let texts = [
        "某局2022年政府信息公开工作年度报告",
        "一、总体情况",
        "2022 年，某局认真执行《条例》相关规定，加强信息公开平台",
        "建设，扎实推进政务公开工作，为全区经济社会平稳健康发展提",
        "供有力保障，按照上级要求开展工作，全年主动公开信息一百条",
        "某局持续推进基础信息公开、深化重点领域信息公开，全年主动",
    ];
    let (read, _) = recognise(&paragraphs(&texts), SourceKind::Docx);
    assert_eq!(read.overview, texts[2..].join("\n"));
}
