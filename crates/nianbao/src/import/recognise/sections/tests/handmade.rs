//! Hand-built documents, one for each way real reports differ from the format.

use super::*;
use crate::import::document::{Cell, Table};
use crate::layout::ReportKind;
use crate::model::Date;

/// A report of paragraphs with the given six headings, each section's body one line naming it.
fn report_with(headings: [&str; 6]) -> Vec<String> {
    let mut texts = vec![
        "某市某局2022年政府信息公开工作年度报告".to_owned(),
        "根据《条例》规定，编制本报告。".to_owned(),
    ];
    let bodies = [
        "总体情况的正文。",
        "\t规章",
        "\t自然人",
        "\t行政复议",
        "存在问题的正文。",
        "本年度未收取信息处理费。",
    ];
    for (heading, body) in headings.iter().zip(bodies) {
        texts.push((*heading).to_owned());
        texts.push(body.to_owned());
    }
    texts.extend(["某市某局".to_owned(), "2023年1月10日".to_owned()]);
    texts
}

fn read_texts(texts: &[String]) -> (SectionsRead, ImportReport) {
    recognise_text(&texts.join("\n"))
}

fn assert_bodies(read: &SectionsRead) {
    assert_eq!(read.preamble, "根据《条例》规定，编制本报告。");
    assert_eq!(read.overview, "总体情况的正文。");
    assert_eq!(read.problems, "存在问题的正文。");
    assert_eq!(read.other_matters, "本年度未收取信息处理费。");
}

#[test]
fn renamed_headings_are_found_by_their_words() {
    let (read, notes) = read_texts(&report_with([
        "一、总体情况",
        "二、主动公开政府信息",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政法复议、行政诉讼情况",
        "五、存在的主要问题和改进措施",
        "六、其他需要报告的事项",
    ]));
    assert_eq!(read.headings, 6, "{}", notes.to_text());
    assert_bodies(&read);
    assert!(notes.missing.is_empty(), "{}", notes.to_text());
    assert_eq!(read.agency, "某市某局");
    assert_eq!(read.year, Some(2022));
    assert_eq!(read.signature.as_deref(), Some("某市某局"));
    assert_eq!(read.date, Date::new(2023, 1, 10));
}

#[test]
fn numbers_in_other_styles_and_headings_with_spaces() {
    let (read, notes) = read_texts(&report_with([
        "一. 总体情况",
        "2、主动公开政府信息情况",
        "三．收到和处理政府信息公开申请情况",
        "第四部分 政府信息公开行政复议、行政诉讼情况",
        "五、 存在的主要 问题及改进情况",
        "6、 其他需要报告的事项",
    ]));
    assert_eq!(read.headings, 6, "{}", notes.to_text());
    assert_bodies(&read);
}

#[test]
fn headings_whose_numbers_word_numbering_removed() {
    let (read, notes) = read_texts(&report_with([
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
    ]));
    assert_eq!(read.headings, 6, "{}", notes.to_text());
    assert_bodies(&read);
}

#[test]
fn sub_headings_and_sentences_that_use_a_sections_words_stay_in_the_text() {
    let document = paragraphs(&[
        "某局2022年政府信息公开工作年度报告",
        "总体情况",
        "主动公开",
        "本年度主动公开信息100条。",
        "主动公开政府信息情况",
        "本局总体情况良好，存在的主要问题及改进情况见第五部分。",
        "二、主动公开政府信息情况",
        "五、存在的主要问题及改进情况",
        "存在的主要问题",
        "一是公开不够及时。",
        "改进措施",
        "二是加强培训。",
        "六、其他需要报告的事项",
        "无。",
    ]);
    let (read, notes) = recognise(&document, SourceKind::Docx);
    assert_eq!(
        read.overview,
        "主动公开\n本年度主动公开信息100条。\n主动公开政府信息情况\n本局总体情况良好，存在的主要问题及改进情况见第五部分。"
    );
    assert_eq!(
        read.problems,
        "存在的主要问题\n一是公开不够及时。\n改进措施\n二是加强培训。"
    );
    assert_eq!(read.other_matters, "无。");
    let missing = messages(&notes.missing);
    assert!(
        missing.contains("三、收到和处理政府信息公开申请情况"),
        "{missing}"
    );
    assert!(
        missing.contains("四、政府信息公开行政复议、行政诉讼情况"),
        "{missing}"
    );
}

#[test]
fn a_missing_section_is_named_and_its_neighbours_kept() {
    let mut texts = report_with([
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]);
    // Without 五 and its body, 四's table is followed by 六.
    texts.retain(|t| t != "五、存在的主要问题及改进情况" && t != "存在问题的正文。");
    let (read, notes) = read_texts(&texts);
    assert_eq!(read.headings, 5);
    assert_eq!(read.problems, "");
    assert_eq!(read.other_matters, "本年度未收取信息处理费。");
    assert!(messages(&notes.missing).contains("未找到「五、存在的主要问题及改进情况」"));
    assert!(notes
        .missing
        .iter()
        .any(|n| n.path.as_deref() == Some("problems")));
}

#[test]
fn an_inserted_section_goes_to_other_matters_with_its_table_as_text() {
    let mut document = paragraphs(&[
        "某片区管理局2024年度政府信息公开工作年度报告",
        "一、总体情况",
        "总体情况的正文。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、信息处理费收取情况",
    ]);
    document.blocks.push(Block::Table(Table {
        cells: vec![
            Cell::new(0, 1, "通知收取件数"),
            Cell::new(0, 2, "实际收取金额（元）"),
            Cell::new(1, 0, "信息处理费收取情况"),
            Cell::new(1, 1, "0"),
            Cell::new(1, 2, "0"),
        ],
    }));
    for text in ["六、存在的主要问题和改进情况", "存在问题的正文。"] {
        document.blocks.push(Block::Paragraph(text.to_owned()));
    }
    let (read, notes) = recognise(&document, SourceKind::Docx);
    assert_eq!(read.problems, "存在问题的正文。");
    assert_eq!(
        read.other_matters,
        "五、信息处理费收取情况\n通知收取件数\u{3000}实际收取金额（元）\n信息处理费收取情况\u{3000}0\u{3000}0"
    );
    let doubts = messages(&notes.doubts);
    assert!(
        doubts.contains("「五、信息处理费收取情况」不是格式规定的六个部分之一"),
        "{doubts}"
    );
    assert!(
        doubts.contains("「六、存在的主要问题和改进情况」按「五、存在的主要问题及改进情况」读入"),
        "{doubts}"
    );
    assert!(messages(&notes.missing).contains("六、其他需要报告的事项"));
}

#[test]
fn a_title_over_two_paragraphs() {
    let document = paragraphs(&[
        "平潭综合实验区公安局",
        "2022年政府信息公开工作年度报告",
        "根据《条例》，编制本报告。",
        "一、总体情况",
        "正文。",
    ]);
    let (read, _) = recognise(&document, SourceKind::Docx);
    assert_eq!(
        read.title.as_deref(),
        Some("平潭综合实验区公安局2022年政府信息公开工作年度报告")
    );
    assert_eq!(read.agency, "平潭综合实验区公安局");
    assert_eq!(read.year, Some(2022));
    assert_eq!(read.preamble, "根据《条例》，编制本报告。");
}

#[test]
fn a_portals_furniture_stays_out_of_the_report() {
    let document = paragraphs(&[
        "某县2023年政府信息公开工作年度报告_政府信息公开年报_某县人民政府网",
        "首页",
        "当前位置：首页 > 政府信息公开 > 政府信息公开年报",
        "政府信息公开年报",
        "某县2023年政府信息公开工作年度报告",
        "索引号：000014348/2024-00012",
        "发布机构：某县人民政府办公室",
        "来源：某县人民政府办公室　　时间：2024-03-10",
        "【字体：大 中 小】",
        "本报告由某县人民政府办公室编制。",
        "一、总体情况",
        "正文。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        "【打印本页】【关闭窗口】",
        "扫一扫在手机打开当前页",
        "相关链接",
        "某县2022年政府信息公开工作年度报告",
        "版权所有：某县人民政府　主办单位：某县人民政府办公室",
        "网站标识码：1234567890　某ICP备12345678号　某公网安备 12345678号",
    ]);
    let (read, notes) = recognise(&document, SourceKind::Html);
    assert_eq!(
        read.title.as_deref(),
        Some("某县2023年政府信息公开工作年度报告")
    );
    assert_eq!(read.agency, "某县");
    assert_eq!(read.kind, ReportKind::Government);
    assert!(
        messages(&notes.doubts).contains("地区名"),
        "a guessed kind is said"
    );
    assert_eq!(read.preamble, "本报告由某县人民政府办公室编制。");
    assert_eq!(read.overview, "正文。");
    assert_eq!(read.other_matters, "本年度未收取信息处理费。");
    assert_eq!((read.signature, read.date), (None, None));
    assert!(
        messages(&notes.ignored).contains("网页"),
        "{}",
        notes.to_text()
    );
}

#[test]
fn signatures_and_dates_as_they_are_printed() {
    let cases: [(&[&str], Option<&str>, Option<Date>); 5] = [
        (
            &["某市某局", "2023年01月05日"],
            Some("某市某局"),
            Date::new(2023, 1, 5),
        ),
        (
            &["某 市 某 局", "２０２３年１月５日"],
            Some("某市某局"),
            Date::new(2023, 1, 5),
        ),
        (
            &["二〇二三年一月五日", "某市某局"],
            Some("某市某局"),
            Date::new(2023, 1, 5),
        ),
        (&["2023年1月5日"], None, Date::new(2023, 1, 5)),
        (&["某市某局"], Some("某市某局"), None),
    ];
    for (ending, signature, date) in cases {
        let mut texts = vec![
            "某市某局2022年政府信息公开工作年度报告",
            "一、总体情况",
            "正文。",
            "六、其他需要报告的事项",
            "本年度未收取信息处理费。",
        ];
        texts.extend_from_slice(ending);
        let (read, notes) = recognise(&paragraphs(&texts), SourceKind::Docx);
        assert_eq!(read.signature.as_deref(), signature, "{ending:?}");
        assert_eq!(read.date, date, "{ending:?}");
        assert_eq!(read.other_matters, "本年度未收取信息处理费。", "{ending:?}");
        assert!(notes.doubts.is_empty(), "{ending:?}: {}", notes.to_text());
    }
}

#[test]
fn a_date_not_in_the_next_year_is_a_doubt_and_a_title_without_year_takes_the_dates() {
    let (read, notes) = recognise(
        &paragraphs(&[
            "某局2021年政府信息公开工作年度报告",
            "六、其他需要报告的事项",
            "无。",
            "某局",
            "2023年1月5日",
        ]),
        SourceKind::Docx,
    );
    assert_eq!(read.year, Some(2021));
    assert!(messages(&notes.doubts).contains("不在报告年度 2021 的下一年"));

    let (read, notes) = recognise(
        &paragraphs(&[
            "政府信息公开工作年度报告",
            "一、总体情况",
            "无。",
            "某区人民政府",
            "二〇二二年一月十四日",
        ]),
        SourceKind::Docx,
    );
    assert_eq!(read.agency, "某区人民政府", "from the 落款");
    assert_eq!(read.kind, ReportKind::Government);
    assert_eq!(read.year, Some(2021));
    assert!(messages(&notes.doubts).contains("成文日期"));
}

#[test]
fn a_year_in_chinese_numerals_and_the_notes_of_what_was_found() {
    let (read, notes) = recognise(
        &paragraphs(&[
            "某局二〇二一年度政府信息公开工作年度报告",
            "一、总体情况",
            "无。",
        ]),
        SourceKind::Docx,
    );
    assert_eq!((read.agency.as_str(), read.year), ("某局", Some(2021)));
    let found = messages(&notes.found);
    for said in [
        "标题：某局二〇二一年度政府信息公开工作年度报告",
        "机关：某局",
        "年度：2021",
        "部分：「一、总体情况」",
    ] {
        assert!(found.contains(said), "{said} in {found}");
    }
    assert!(messages(&notes.missing).contains("未找到落款"));
}

#[test]
fn a_sentence_under_a_table_section_is_noted_as_left_out() {
    let (read, notes) = recognise(
        &paragraphs(&[
            "某局2022年政府信息公开工作年度报告",
            "一、总体情况",
            "正文。",
            "二、主动公开政府信息情况",
            "本年度我局未制发规章，下表为各类信息的公开情况。",
            "三、收到和处理政府信息公开申请情况",
        ]),
        SourceKind::Docx,
    );
    assert_eq!(read.overview, "正文。");
    assert!(notes
        .ignored
        .iter()
        .any(|n| n.path.as_deref() == Some("proactive")
            && n.message.contains("本年度我局未制发规章")));
}

#[test]
fn nothing_of_a_report_gives_nothing() {
    let (read, notes) = recognise(&paragraphs(&["你好", "世界"]), SourceKind::Text);
    assert_eq!(read.headings, 0);
    assert_eq!(read.title, None);
    assert_eq!(read.agency, "");
    assert!(!notes.missing.is_empty());
    let (read, _) = recognise(&Document::default(), SourceKind::Html);
    assert_eq!(read.headings, 0);
}

#[test]
fn line_breaks_inside_a_paragraph_separate_heading_signature_and_date() {
    let document = paragraphs(&[
        "某市某局\n2022年政府信息公开工作年度报告",
        "一、总体情况\n正文第一段。\n  正文第二段。",
        "六、其他需要报告的事项",
        "无。",
        "某市某局\n2023年1月5日",
    ]);
    let (read, _) = recognise(&document, SourceKind::Html);
    assert_eq!(
        read.title.as_deref(),
        Some("某市某局2022年政府信息公开工作年度报告")
    );
    assert_eq!(read.overview, "正文第一段。\n正文第二段。");
    assert_eq!(read.other_matters, "无。");
    assert_eq!(read.signature.as_deref(), Some("某市某局"));
    assert_eq!(read.date, Date::new(2023, 1, 5));
}
