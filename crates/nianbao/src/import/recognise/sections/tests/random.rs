//! Random documents never make the recogniser panic: pieces of real reports (headings, numbers,
//! dates, titles, furniture), odd characters, tables, and a `consumed` of any length.

use super::*;
use crate::import::document::{Cell, Table};
use proptest::prelude::*;

const PIECES: [&str; 24] = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "6、 其他需要报告的事项",
    "七、",
    "某局2022年政府信息公开工作年度报告",
    "政府信息公开工作年度报告",
    "2021年",
    "二〇二二年一月十四日",
    "2022年13月40日",
    "某局",
    "\t",
    "\t规章",
    "首页 > 年报",
    "【打印本页】",
    "标题：",
    "：",
    "十",
    "第部分",
    "年1月1日",
    "（一）",
    "。",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        (0..PIECES.len()).prop_map(|i| PIECES[i].to_owned()),
        "\\PC{0,12}",
        "[一二三四五六七八九十〇○年月日度、.．６0-9 ]{0,10}",
        prop::collection::vec((0..PIECES.len(), "\\PC{0,3}"), 1..4).prop_map(|parts| parts
            .into_iter()
            .map(|(i, s)| format!("{}{s}", PIECES[i]))
            .collect()),
    ]
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        4 => piece().prop_map(Block::Paragraph),
        1 => prop::collection::vec((0usize..4, 0usize..4, 0usize..3, 0usize..3, piece()), 0..6)
            .prop_map(|cells| Block::Table(Table {
                cells: cells
                    .into_iter()
                    .map(|(r, c, rs, cs, t)| Cell::new(r, c, t).spans(rs, cs))
                    .collect(),
            })),
    ]
}

proptest! {
    #[test]
    fn random_documents_never_panic(
        blocks in prop::collection::vec(block(), 0..40),
        consumed in prop::collection::vec(any::<bool>(), 0..50),
        text in any::<bool>(),
    ) {
        let document = Document { blocks };
        let source = if text { SourceKind::Text } else { SourceKind::Html };
        let mut notes = ImportReport::new(source);
        let read = read(&document, &consumed, &mut notes);
        prop_assert!(read.headings <= 6);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        let (read, _) = recognise_text(&text);
        prop_assert!(read.headings <= 6);
    }
}

#[test]
fn a_long_document_is_read_in_linear_time() {
    // 200 000 paragraphs of headings-like and body text: quadratic work would take minutes.
    let mut texts = vec!["某局2022年政府信息公开工作年度报告"];
    for _ in 0..40_000 {
        texts.extend([
            "一、总体情况",
            "正文。",
            "主动公开政府信息情况",
            "五、附件",
            "2023年1月1日",
        ]);
    }
    let started = std::time::Instant::now();
    let (read, _) = recognise(&paragraphs(&texts), SourceKind::Docx);
    assert!(read.headings >= 1);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
