//! The 汇总 view mounted on its own in headless Chromium, with a stand-in for the editor that
//! records what is dropped on it: reports picked with 「添加报告文件」 become rows, another year
//! is listed apart, the pictures say what the tables say, and the consolidated report reaches
//! the editor as a JSON file of kind 政府.
#![cfg(target_arch = "wasm32")]

use nianbao::layout::ReportKind;
use nianbao_huizong::reading::sleep;
use nianbao_huizong::{Huizong, HuizongProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const POLICE_2022: &str = include_str!("../../../../shared/samples/平潭综合实验区公安局_2022.json");
const NATURE_2022: &str =
    include_str!("../../../../shared/samples/平潭综合实验区自然资源与生态环境局_2022.json");
const POLICE_2021: &str = include_str!("../../../../shared/samples/平潭综合实验区公安局_2021.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn file(name: &str, text: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    web_sys::File::new_with_str_sequence(&parts, name).unwrap()
}

struct Mounted {
    layer: web_sys::Element,
    /// The files dropped on the stand-in editor.
    dropped: Rc<RefCell<Vec<web_sys::File>>>,
}

async fn mount() -> Mounted {
    let body = document().body().unwrap();
    let editor = document().create_element("div").unwrap();
    let layer = document().create_element("div").unwrap();
    body.append_child(&editor).unwrap();
    body.append_child(&layer).unwrap();
    let dropped = Rc::new(RefCell::new(Vec::new()));
    let on_drop = {
        let dropped = dropped.clone();
        Closure::<dyn Fn(web_sys::DragEvent)>::new(move |event: web_sys::DragEvent| {
            let files = event.data_transfer().unwrap().files().unwrap();
            dropped.borrow_mut().push(files.get(0).unwrap());
        })
    };
    editor
        .add_event_listener_with_callback("drop", on_drop.as_ref().unchecked_ref())
        .unwrap();
    on_drop.forget();
    let props = HuizongProps {
        prefix: "test-huizong:".into(),
        editor: Some(editor),
        layer: Some(layer.clone()),
    };
    yew::Renderer::<Huizong>::with_root_and_props(layer.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { layer, dropped }
}

/// Picks `files` with 「添加报告文件」, as a file chooser does, and waits until they are read.
async fn add(layer: &web_sys::Element, files: &[web_sys::File]) {
    let input: web_sys::HtmlInputElement = layer
        .query_selector("input[type=file][multiple]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    for file in files {
        transfer.items().add_with_file(file).unwrap();
    }
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    for _ in 0..100 {
        sleep(20).await;
        yew::scheduler::flush().await;
        if text(layer).contains("已检查并汇总") {
            return;
        }
    }
    panic!("the reports were never read: {}", text(layer));
}

fn text(element: &web_sys::Element) -> String {
    element.text_content().unwrap_or_default()
}

fn all(layer: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = layer.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|at| list.get(at)?.dyn_into().ok())
        .collect()
}

fn button(layer: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
    all(layer, "button")
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
        .dyn_into()
        .unwrap()
}

/// The text after `label` in the picture titled `title`.
fn chart_value(layer: &web_sys::Element, title: &str, label: &str) -> String {
    let svg = all(layer, "svg.chart")
        .into_iter()
        .find(|svg| {
            svg.query_selector("title")
                .unwrap()
                .is_some_and(|t| text(&t) == title)
        })
        .unwrap_or_else(|| panic!("no picture {title}"));
    let texts: Vec<String> = all(&svg, "text").iter().map(text).collect();
    let at = texts.iter().position(|t| t == label).unwrap();
    texts[at + 1].clone()
}

#[wasm_bindgen_test]
async fn reports_become_rows_and_their_sum_reaches_the_editor() {
    let Mounted { layer, dropped } = mount().await;
    assert!(text(&layer).contains("还没有报告"));

    add(
        &layer,
        &[
            file("公安局_2022.json", POLICE_2022),
            file("自然资源_2022.json", NATURE_2022),
            file("公安局_2021.json", POLICE_2021),
        ],
    )
    .await;
    let rows: Vec<String> = all(&layer, ".sum-list tbody th").iter().map(text).collect();
    assert_eq!(
        rows,
        ["平潭综合实验区公安局", "平潭综合实验区自然资源与生态环境局"]
    );
    let apart = text(&all(&layer, ".sum-apart")[0]);
    assert!(
        apart.contains("报告年度为 2021，汇总的是 2022 年度"),
        "{apart}"
    );

    // The pictures against the consolidated tables on the same screen.
    let cell = |path: &str| text(&all(&layer, &format!("td[data-cell=\"{path}\"]"))[0]);
    let granted = cell("requests.granted.total");
    assert_eq!(granted, "2", "公安局 0 + 自然资源 2");
    assert!(
        chart_value(&layer, "汇总：申请办理结果", "予以公开").starts_with(&format!("{granted}（"))
    );
    // 自然人: 公安局 1 of 1, 自然资源 29 of 30; 30 of 31 in all.
    assert_eq!(cell("requests.received.natural_person"), "30");
    assert_eq!(cell("requests.received.total"), "31");
    assert_eq!(
        chart_value(&layer, "汇总：本年新收申请的申请人", "自然人"),
        "30（96.8%）"
    );
    assert_eq!(
        chart_value(
            &layer,
            "汇总：各单位本年新收申请",
            "平潭综合实验区自然资源与生态环境局"
        ),
        "30"
    );

    // Sorting by 本年新收 puts the larger unit first, then the smaller.
    button(&layer, "本年新收").click();
    yew::scheduler::flush().await;
    let rows: Vec<String> = all(&layer, ".sum-list tbody th").iter().map(text).collect();
    assert_eq!(rows[0], "平潭综合实验区自然资源与生态环境局");

    // Handed on only under the office's own name.
    let open = button(&layer, "作为新草稿打开（政府年报）");
    assert!(open.has_attribute("disabled"), "no 本级政府名称 yet");
    let agency: web_sys::HtmlInputElement = layer
        .query_selector("input[placeholder='如：某某县人民政府']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    agency.set_value("平潭综合实验区管理委员会");
    agency
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    button(&layer, "作为新草稿打开（政府年报）").click();
    yew::scheduler::flush().await;
    assert!(
        layer.has_attribute("hidden"),
        "the view gives way to the editor"
    );
    let file = dropped.borrow()[0].clone();
    assert_eq!(file.name(), "平潭综合实验区管理委员会2022年度汇总.json");
    let json = JsFuture::from(file.text())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    let report = nianbao::json::read_report(&json).unwrap();
    assert_eq!(report.meta.kind, ReportKind::Government);
    assert_eq!(report.meta.agency, "平潭综合实验区管理委员会");
    assert_eq!(report.meta.year, Some(2022));
    assert_eq!(
        report.count(nianbao::CountCell::Request(
            nianbao::layout::RequestRow::Received,
            nianbao::layout::Applicant::Total
        )),
        Some(31)
    );
}
