//! The seed: a real report's .docx copied as text, one table cell a line after a TAB.

use super::support::{assert_same_tables, differences, lines, reference, run, shared};
use crate::import::document::Block;
use crate::import::text;
use crate::layout::Template;

#[test]
fn the_seed_gives_exactly_its_reports_tables() {
    let document = text::read(&shared("seeds/000_bafcd2ea084bb138.txt"));
    let (read, notes) = run(&document);
    let expected = reference("samples/八卦洲街道_2021.json");
    assert_same_tables(&read, &notes, &expected, "八卦洲街道_2021");
    assert_eq!(read.template, Template::Gb2021);
    assert_eq!(read.found, 3, "{}", lines(&notes));
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));
    assert!(notes.missing.is_empty(), "{}", lines(&notes));
    let found: Vec<&str> = notes.found.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(
        found,
        [
            "表二：10 个格中读到 10 个",
            "表三：175 个格中读到 175 个",
            "表四：15 个格中读到 15 个"
        ]
    );
}

#[test]
fn the_seeds_table_lines_are_consumed_and_its_narrative_is_not() {
    let document = text::read(&shared("seeds/000_bafcd2ea084bb138.txt"));
    let (read, _) = run(&document);
    let line = |i: usize| match &document.blocks[i] {
        Block::Paragraph(text) => text.as_str(),
        Block::Table(_) => "",
    };
    let kept: Vec<&str> = (0..document.blocks.len())
        .filter(|&i| !read.consumed[i] && !line(i).trim().is_empty())
        .map(line)
        .collect();
    for heading in [
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "八卦洲街道办事处",
    ] {
        assert!(kept.contains(&heading), "{heading} was consumed");
    }
    for cell in [
        "\t规章",
        "\t（一）予以公开",
        "\t结  果  维  持",
        "自然 人",
        "\t行政事业性收费",
    ] {
        assert!(!kept.contains(&cell), "{cell} was left in the narrative");
    }
    assert!(
        kept.iter()
            .all(|line| !line.starts_with('\t') || line.trim().is_empty()),
        "table cells left: {:?}",
        kept.iter()
            .filter(|l| l.starts_with('\t'))
            .collect::<Vec<_>>()
    );
}

/// The seed's zeros numbered 1, 2, 3… in reading order: every number must land in its own cell,
/// which all-zero tables cannot show.
#[test]
fn the_seeds_numbers_land_in_their_own_cells() {
    let mut n = 0;
    let numbered: String = shared("seeds/000_bafcd2ea084bb138.txt")
        .lines()
        .map(|line| {
            if line == "\t0" {
                n += 1;
                format!("\t{n}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    assert_eq!(n, 10 + 175 + 15);
    let (read, notes) = run(&text::read(&numbered));
    assert!(notes.doubts.is_empty(), "{}", lines(&notes));
    let mut expected = reference("samples/八卦洲街道_2021.json");
    let mut next = 0..;
    let mut number = || next.next().map(|k| k + 1);
    for cell in crate::model::CountCell::all() {
        expected.set_count(cell, number());
        if cell == crate::model::CountCell::Decision(crate::layout::DecisionKind::Coercion) {
            expected.proactive.fees = crate::model::Amount::parse(&number().unwrap().to_string());
        }
    }
    assert_eq!(differences(&read, &expected), Vec::<String>::new());
}
