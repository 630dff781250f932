//! Browser tests of the editor's components, mounted in headless Chromium: the tables are drawn
//! with every cell an input, totals follow typing, and findings land on their cells.
#![cfg(target_arch = "wasm32")]

use nianbao::layout::{Applicant, RequestRow};
use nianbao_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh app in its own root, with no drafts left by an earlier test.
async fn mount() -> web_sys::Element {
    let window = gloo::utils::window();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn input(root: &web_sys::Element, path: &str) -> web_sys::HtmlInputElement {
    root.query_selector(&format!("[data-path=\"{path}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input for {path}"))
        .dyn_into()
        .unwrap()
}

/// Types `text` into the cell the way the browser reports typing: a value, then an input event.
async fn type_into(root: &web_sys::Element, path: &str, text: &str) {
    let field = input(root, path);
    field.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn path(row: RequestRow, column: Applicant) -> String {
    nianbao::CountCell::Request(row, column).path()
}

/// Types into the table-三 cell at `row`, `column`.
async fn type_at(root: &web_sys::Element, row: RequestRow, column: Applicant, text: &str) {
    type_into(root, &path(row, column), text).await;
}

/// What the table-三 cell at `row`, `column` shows.
fn value_at(root: &web_sys::Element, row: RequestRow, column: Applicant) -> String {
    input(root, &path(row, column)).value()
}

/// The text of the messages an input points to with aria-describedby.
fn message_of(root: &web_sys::Element, cell: &web_sys::HtmlInputElement) -> String {
    let described = cell
        .get_attribute("aria-describedby")
        .expect("described by its message");
    root.query_selector(&format!("#{described}"))
        .unwrap()
        .expect("the message element")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn table_three_has_25_rows_of_7_inputs_in_order() {
    let root = mount().await;
    let rows = root.query_selector_all("table.table3 tbody tr").unwrap();
    assert_eq!(rows.length(), 25);
    for (i, row) in RequestRow::ALL.into_iter().enumerate() {
        let tr: web_sys::Element = rows.item(i as u32).unwrap().dyn_into().unwrap();
        let inputs = tr.query_selector_all("input[data-path]").unwrap();
        assert_eq!(inputs.length(), 7, "row {}", row.key());
        for (j, column) in Applicant::ALL.into_iter().enumerate() {
            let cell: web_sys::Element = inputs.item(j as u32).unwrap().dyn_into().unwrap();
            assert_eq!(cell.get_attribute("data-path"), Some(path(row, column)));
        }
    }
    let name = input(&root, &path(RequestRow::Received, Applicant::NaturalPerson))
        .get_attribute("aria-label");
    assert_eq!(
        name.as_deref(),
        Some("表三 一、本年新收政府信息公开申请数量 自然人")
    );
    // Totals are computed, so they are shown but not typed into.
    assert!(input(&root, &path(RequestRow::Received, Applicant::Total)).read_only());
    assert!(input(
        &root,
        &path(RequestRow::ClosedTotal, Applicant::NaturalPerson)
    )
    .read_only());
    assert!(!input(
        &root,
        &path(RequestRow::CarriedForward, Applicant::NaturalPerson)
    )
    .read_only());
}

#[wasm_bindgen_test]
async fn totals_follow_what_is_typed() {
    let root = mount().await;
    type_at(&root, RequestRow::Received, Applicant::NaturalPerson, "3").await;
    type_at(&root, RequestRow::Received, Applicant::Commercial, "１２").await;
    assert_eq!(
        value_at(&root, RequestRow::Received, Applicant::Total),
        "15"
    );
    type_at(&root, RequestRow::Granted, Applicant::NaturalPerson, "2").await;
    type_at(&root, RequestRow::OtherMisc, Applicant::NaturalPerson, "1").await;
    assert_eq!(
        value_at(&root, RequestRow::ClosedTotal, Applicant::NaturalPerson),
        "3"
    );
    assert_eq!(
        value_at(&root, RequestRow::ClosedTotal, Applicant::Total),
        "3"
    );
}

#[wasm_bindgen_test]
async fn a_finding_appears_at_its_cell_and_goes_when_fixed() {
    let root = mount().await;
    let carried_forward = path(RequestRow::CarriedForward, Applicant::NaturalPerson);
    type_at(&root, RequestRow::Received, Applicant::NaturalPerson, "3").await;
    type_at(&root, RequestRow::Granted, Applicant::NaturalPerson, "2").await;
    type_into(&root, &carried_forward, "0").await;

    let cell = input(&root, &carried_forward);
    assert_eq!(cell.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = message_of(&root, &cell);
    assert!(message.contains("两边应相等"), "{message}");
    assert!(message.contains('3') && message.contains('2'), "{message}");
    let listed = root
        .query_selector(&format!(
            "aside.findings button[data-rule=\"T3_BALANCE\"][data-target=\"{carried_forward}\"]"
        ))
        .unwrap();
    assert!(listed.is_some(), "the finding is in the panel");

    type_into(&root, &carried_forward, "1").await;
    let cell = input(&root, &carried_forward);
    assert_eq!(cell.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn text_that_is_not_a_number_stays_with_a_message() {
    let root = mount().await;
    let cell_path = path(RequestRow::Received, Applicant::Research);
    type_into(&root, &cell_path, "12a").await;
    let cell = input(&root, &cell_path);
    assert_eq!(cell.value(), "12a");
    assert_eq!(cell.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = message_of(&root, &cell);
    assert!(
        message.contains("12a") && message.contains("不是数字"),
        "{message}"
    );
    // The row total counts the cell as blank, not as 0 typed by someone.
    assert_eq!(value_at(&root, RequestRow::Received, Applicant::Total), "");
}

/// Every cell of a drawn table as (tag, text, colspan, rowspan), row by row.
fn drawn_cells(root: &web_sys::Element, class: &str) -> Vec<Vec<(String, String, u32, u32)>> {
    let rows = root
        .query_selector_all(&format!("table.{class} tr"))
        .unwrap();
    (0..rows.length())
        .map(|i| {
            let row: web_sys::Element = rows.item(i).unwrap().dyn_into().unwrap();
            let cells = row.query_selector_all("th, td").unwrap();
            (0..cells.length())
                .map(|j| {
                    let cell: web_sys::HtmlTableCellElement =
                        cells.item(j).unwrap().dyn_into().unwrap();
                    let text = if cell.tag_name() == "TD" {
                        String::new()
                    } else {
                        cell.text_content().unwrap_or_default()
                    };
                    (cell.tag_name(), text, cell.col_span(), cell.row_span())
                })
                .collect()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_tables_are_drawn_from_the_layouts_description() {
    use nianbao::layout::{PrintedTable, TableId, Template};
    let root = mount().await;
    for id in TableId::ALL {
        let table = PrintedTable::new(id, Template::Gb2021);
        let expected: Vec<Vec<(String, String, u32, u32)>> = table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|cell| {
                        let tag = if cell.is_header() { "TH" } else { "TD" };
                        let text = if cell.is_header() {
                            cell.text()
                        } else {
                            String::new()
                        };
                        (
                            tag.to_owned(),
                            text,
                            cell.colspan as u32,
                            cell.rowspan as u32,
                        )
                    })
                    .collect()
            })
            .collect();
        assert_eq!(drawn_cells(&root, id.class()), expected, "{}", id.name());
        // Each value cell holds the input of its path.
        let inputs = root
            .query_selector_all(&format!("table.{} td [data-path]", id.class()))
            .unwrap();
        assert_eq!(
            inputs.length() as usize,
            table.values().count(),
            "{}",
            id.name()
        );
    }
}

#[wasm_bindgen_test]
async fn the_export_menu_offers_the_five_ways_out_in_order() {
    let root = mount().await;
    let items = root
        .query_selector_all("details.export-menu button.menu-item .menu-label")
        .unwrap();
    let labels: Vec<String> = (0..items.length())
        .map(|i| items.item(i).unwrap().text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        labels,
        [
            "Word/WPS 文档（.doc）",
            "Word 文档（.docx）",
            "JSON 交换文件（.json）",
            "打印…",
            "复制网页发布版"
        ]
    );
}
