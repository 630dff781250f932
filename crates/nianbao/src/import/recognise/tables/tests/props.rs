//! Random documents — paragraphs and grids of real labels, numbers, dashes and noise, with any
//! spans — never make the recogniser panic, and what it returns always fits the document.

use super::support::run;
use crate::import::document::{Block, Cell, Document, Table};
use crate::layout::{AppealColumn, AppealGroup, Applicant, RequestRow};
use proptest::prelude::*;
use proptest::{collection, sample};

/// Words a report's tables and their copies are made of.
fn words() -> Vec<String> {
    let mut words: Vec<String> = [
        "第二十条第（一）项",
        "第二十条第（九）项",
        "信息内容",
        "本年制发件数",
        "本年新制作数量",
        "上一年项目数量",
        "本年增/减",
        "规章",
        "行政规范性文件",
        "规范性文件",
        "行政许可",
        "行政处罚",
        "行政强制",
        "行政事业性收费",
        "本年收费金额（单位：万元）",
        "政府集中采购",
        "其他对外管理服务事项",
        "申请人情况",
        "法人或其他组织",
        "（本列数据的勾稽关系为：",
        "三、本年度办理结果",
        "（三）不予公开",
        "（六）其他处理",
        "行政诉讼",
        "（表三）",
        "表四",
        "0",
        "12",
        "１２",
        "3件",
        "9116.36",
        "0.00",
        "-",
        "/",
        "—",
        "无",
        "",
        " ",
        "\t",
        "|",
        "\t0",
        "?",
        "1,234",
        "-15",
        "99999999999999999999",
        "。",
        "索引号",
        "- 4 -",
    ]
    .map(String::from)
    .to_vec();
    words.extend(RequestRow::ALL.map(|r| r.label().to_owned()));
    words.extend(Applicant::ALL.map(|a| a.label().to_owned()));
    words.extend(AppealGroup::ALL.map(|g| g.label().to_owned()));
    words.extend(AppealColumn::ALL.map(|c| c.label().to_owned()));
    words
}

fn text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        8 => sample::select(words()),
        1 => any::<String>(),
        1 => "[0-9 \t|\n（）()、.]{0,6}",
    ];
    collection::vec(word, 0..5)
        .prop_map(|parts| parts.join(if parts.len() % 2 == 0 { " " } else { "" }))
}

fn span() -> impl Strategy<Value = usize> {
    prop_oneof![8 => Just(1usize), 3 => 0..5usize, 1 => any::<usize>()]
}

fn cell() -> impl Strategy<Value = Cell> {
    let place = prop_oneof![9 => 0..30usize, 1 => any::<usize>()];
    (place.clone(), place, span(), span(), text()).prop_map(
        |(row, column, rowspan, colspan, text)| {
            // Built field by field: a reader's spans are not trusted to be at least 1.
            Cell {
                row,
                column,
                rowspan,
                colspan,
                text,
            }
        },
    )
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        3 => text().prop_map(Block::Paragraph),
        1 => collection::vec(cell(), 0..40).prop_map(|cells| Block::Table(Table { cells })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_documents_never_panic(blocks in collection::vec(block(), 0..40)) {
        let document = Document { blocks };
        let (read, notes) = run(&document);
        prop_assert_eq!(read.consumed.len(), document.blocks.len());
        prop_assert!(read.found <= 3);
        for note in notes.doubts.iter().chain(&notes.missing) {
            let path = note.path.as_deref().unwrap_or("proactive");
            prop_assert!(
                ["proactive", "requests", "appeals"].iter().any(|t| path.starts_with(t)),
                "{}", path
            );
        }
    }
}

/// Inputs built to make a careless matcher quadratic: every label a row's, every row huge.
#[test]
fn huge_repetitive_inputs_are_read_in_one_pass() {
    let many = |unit: &str, times: usize| unit.repeat(times);
    let cells: Vec<Cell> = (0..20_000)
        .map(|column| Cell::new(0, column, if column % 2 == 0 { "规章" } else { "0" }))
        .collect();
    let document = Document {
        blocks: vec![
            Block::Paragraph("第二十条第（一）项".into()),
            Block::Paragraph(many("规章 | ", 20_000)),
            Block::Paragraph(many("规章 0 ", 20_000)),
            Block::Paragraph(many("\t规章\n\t0\n", 20_000)),
            Block::Table(Table { cells }),
            Block::Paragraph("申请人情况".into()),
            Block::Paragraph(many("一、本年新收政府信息公开申请数量 ", 5_000)),
            Block::Paragraph("行政复议".into()),
            Block::Paragraph(many("0 ", 50_000)),
        ],
    };
    let started = std::time::Instant::now();
    let (read, _) = run(&document);
    assert_eq!(read.found, 2);
    // Generous even for a debug build on a busy machine; a quadratic pass takes minutes.
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
