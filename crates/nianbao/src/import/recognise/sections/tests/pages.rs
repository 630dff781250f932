//! The published pages of ../shared/samples/pages, through the HTML reader: navigation,
//! breadcrumbs, the title in the title bar, share buttons and the site footer around the report.

use super::*;

const PAGES: [&str; 4] = [
    "平潭综合实验区_2022",
    "平潭综合实验区_2024",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2023",
];

/// The reference left the preamble empty (its extraction did not read it). Where a transcribed
/// sample of the same report exists, its preamble is what the page holds; otherwise the
/// preamble must at least be sentences, none of the page's furniture.
fn preamble_is_right(name: &str, preamble: &str) {
    let sample = shared(&format!("samples/{name}.json"));
    if sample.is_file() {
        let expected = reference(&format!("samples/{name}.json"));
        assert_eq!(
            normalised(preamble),
            normalised(&expected.preamble),
            "{name}"
        );
    }
    for paragraph in preamble.lines() {
        assert!(
            paragraph.ends_with(['。', '：', '）']),
            "{name}: not a sentence of the preamble: {paragraph}"
        );
        assert!(!paragraph.starts_with("来源") && !paragraph.starts_with("时间"));
    }
}

#[test]
fn each_page_gives_its_reports_meta_and_narrative() {
    for name in PAGES {
        let page = shared_text(&format!("samples/pages/{name}.html"));
        let document = crate::import::html::read(&page);
        let (read, notes) = recognise(&document, SourceKind::Html);
        let expected = reference(&format!("samples/pages/{name}.json"));
        let context = format!("{name}\n{}", notes.to_text());
        assert_eq!(read.title, expected.meta.title, "{context}");
        assert_eq!(read.agency, expected.meta.agency, "{context}");
        assert_eq!(read.year, expected.meta.year, "{context}");
        assert_eq!(read.kind, expected.meta.kind, "{context}");
        assert_eq!(read.headings, 6, "{context}");
        preamble_is_right(name, &read.preamble);
        same_narrative(&read, &expected, &context);
        // The reference did not read 落款 and 成文日期; where a page prints them (市场监督管理局's
        // does) they are the agency and a day of the next year.
        if let Some(signature) = &read.signature {
            assert_eq!(signature, &expected.meta.agency, "{context}");
        }
        if let (Some(date), Some(year)) = (read.date, read.year) {
            assert_eq!(date.year, year + 1, "{context}");
        }
    }
}

/// A page's text as copying it from a browser gives it: a block a line, table cells too.
fn copied_text(page: &str) -> String {
    let mut out = String::new();
    for block in &crate::import::html::read(page).blocks {
        match block {
            Block::Paragraph(text) => out.push_str(text),
            Block::Table(table) => out.push_str(&table.text()),
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_page_copied_a_block_a_line_is_not_wrapped_text_whatever_its_footer() {
    for name in PAGES {
        let expected = reference(&format!("samples/pages/{name}.json"));
        let text = copied_text(&shared_text(&format!("samples/pages/{name}.html")));
        for footer in ["", &"附件：相关链接一行。\n".repeat(500)] {
            let (read, notes) = recognise_text(&format!("{text}{footer}"));
            let context = format!(
                "{name} ({} footer lines)\n{}",
                footer.lines().count(),
                notes.to_text()
            );
            assert!(!messages(&notes.found).contains("折行"), "{context}");
            assert_eq!(read.title, expected.meta.title, "{context}");
            assert_eq!(read.agency, expected.meta.agency, "{context}");
            assert_eq!(read.year, expected.meta.year, "{context}");
        }
    }
}

#[test]
fn a_title_broken_between_its_year_and_its_name() {
    let page = shared_text("samples/pages/平潭综合实验区_2024.html").replace(
        "平潭综合实验区2024年度政府信息公开工作年度报告</",
        "平潭综合实验区2024<br>年度政府信息公开工作年度报告</",
    );
    let (read, notes) = recognise(&crate::import::html::read(&page), SourceKind::Html);
    assert_eq!(read.agency, "平潭综合实验区", "{}", notes.to_text());
    assert_eq!(
        read.title.as_deref(),
        Some("平潭综合实验区2024年度政府信息公开工作年度报告")
    );
    // The name's second half alone names no agency.
    let document = paragraphs(&["年度政府信息公开工作年度报告", "一、总体情况", "正文。"]);
    let (read, notes) = recognise(&document, SourceKind::Docx);
    assert_ne!(read.agency, "年度");
    assert!(
        messages(&notes.missing).contains("机关"),
        "{}",
        notes.to_text()
    );
}

#[test]
fn a_page_holding_two_reports_is_read_up_to_the_second() {
    let first = shared_text("samples/pages/平潭综合实验区_2024.html");
    let second = shared_text("samples/pages/平潭综合实验区_2022.html");
    let document = crate::import::html::read(&format!("{first}{second}"));
    let (read, notes) = recognise(&document, SourceKind::Html);
    let expected = reference("samples/pages/平潭综合实验区_2024.json");
    let context = notes.to_text();
    assert_eq!(read.title, expected.meta.title, "{context}");
    assert_eq!(read.year, Some(2024), "{context}");
    assert_eq!(
        normalised(&read.overview),
        normalised(&expected.overview),
        "{context}"
    );
    assert_eq!(
        normalised(&read.other_matters),
        normalised(&expected.other_matters),
        "{context}"
    );
    assert!(
        messages(&notes.doubts).contains(
            "页面上还有一份报告（平潭综合实验区2022年度政府信息公开工作年度报告），只读入了第一份"
        ),
        "{context}"
    );
}
