//! The four real portal pages in shared/samples/pages, each against the report extracted from it
//! by hand (its JSON beside it).

use super::{clean, find_cell, paragraphs, right_of, tables};
use crate::import::html::read;

const PAGES: [&str; 4] = [
    "平潭综合实验区_2022",
    "平潭综合实验区_2024",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2023",
];

fn path(name: &str, extension: &str) -> String {
    format!(
        "{}/../../../shared/samples/pages/{name}.{extension}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn page(name: &str) -> String {
    std::fs::read_to_string(path(name, "html")).expect("the sample page")
}

fn reference(name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(path(name, "json")).expect("the sample's JSON");
    serde_json::from_str(&text).expect("the sample's JSON parses")
}

#[test]
fn every_page_holds_the_labels_of_its_three_tables() {
    for name in PAGES {
        let document = read(&page(name));
        for label in [
            "信息内容",
            "行政许可",
            "一、本年新收政府信息公开申请数量",
            "三、本年度办理结果",
            "（七）总计",
            "四、结转下年度继续办理",
            "行政复议",
            "行政诉讼",
        ] {
            assert!(find_cell(&document, label).is_some(), "{name}: {label}");
        }
        assert!(tables(&document).len() >= 3, "{name}");
    }
}

#[test]
fn the_received_row_reads_as_the_reference_json() {
    const KEYS: [&str; 7] = [
        "natural_person",
        "commercial",
        "research",
        "nonprofit",
        "legal_services",
        "other_org",
        "total",
    ];
    for name in PAGES {
        let document = read(&page(name));
        let received = &reference(name)["requests"]["received"];
        let expected: Vec<String> = KEYS.iter().map(|k| received[k].to_string()).collect();
        let (table, cell) = find_cell(&document, "一、本年新收政府信息公开申请数量")
            .unwrap_or_else(|| panic!("{name}: no received row"));
        let values = right_of(table, cell);
        assert_eq!(values, expected, "{name}");
    }
}

#[test]
fn every_page_holds_the_six_section_headings() {
    for name in PAGES {
        let document = read(&page(name));
        let headings: Vec<String> = paragraphs(&document).into_iter().map(clean).collect();
        // The 2022 page titles section 四 「…行政法复议…」: its words, not its exact wording.
        for heading in [
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ] {
            assert!(
                headings.iter().any(|h| h.starts_with(heading)),
                "{name}: {heading}"
            );
        }
    }
    let document = read(&page("平潭综合实验区_2022"));
    assert!(paragraphs(&document)
        .iter()
        .any(|p| clean(p) == "四、政府信息公开行政法复议、行政诉讼情况"));
}

#[test]
fn rowspan_value_cells_of_other_handling_sit_under_their_applicants() {
    let document = read(&page("平潭综合实验区市场监督管理局_2023"));
    let (table, first) = find_cell(
        &document,
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    )
    .expect("（六）1");
    let applicant_columns: Vec<usize> = ["自然人", "商业企业", "科研机构", "社会公益组织"]
        .into_iter()
        .chain(["法律服务机构", "其他", "总计"])
        .map(|label| {
            table
                .cells
                .iter()
                .find(|c| clean(&c.text) == label)
                .unwrap_or_else(|| panic!("header {label}"))
                .column
        })
        .collect();
    assert_eq!(applicant_columns, [3, 4, 5, 6, 7, 8, 9]);
    let values: Vec<_> = table
        .cells
        .iter()
        .filter(|c| c.row == first.row && c.column > first.column)
        .collect();
    assert_eq!(values.len(), 7);
    for (cell, column) in values.iter().zip(applicant_columns) {
        assert_eq!(
            (cell.column, cell.rowspan, cell.text.as_str()),
            (column, 3, "0")
        );
    }
    // 2. and 3. start no value cell of their own: the rowspans cover them.
    for label in [
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
    ] {
        let (_, item) = find_cell(&document, label).expect(label);
        assert!(table
            .cells
            .iter()
            .all(|c| c.row != item.row || c.column <= item.column));
        assert_eq!(right_of(table, item), ["0"; 7], "{label}");
    }
}

#[test]
fn the_2022_word_paste_keeps_its_padded_values_and_one_character_headers() {
    let document = read(&page("平潭综合实验区_2022"));
    let (table, review) = find_cell(&document, "行政复议").expect("表四");
    let values = table.cells.iter().filter(|c| c.row == 3).count();
    assert_eq!((review.row, values), (0, 15));
    let corrected = table
        .cells
        .iter()
        .find(|c| c.row == 1 && c.column == 1)
        .expect("结果纠正");
    assert_eq!(corrected.text, "结\n果\n纠\n正");
    let fees = find_cell(&document, "行政事业性收费").expect("收费");
    assert_eq!(right_of(fees.0, fees.1), ["9116.36"]);
}

#[test]
fn no_page_text_comes_from_scripts_or_styles() {
    for name in PAGES {
        let text = read(&page(name)).text();
        for code in ["function(", "var ", "{display", "document.write", "$("] {
            assert!(!text.contains(code), "{name}: {code}");
        }
    }
}
