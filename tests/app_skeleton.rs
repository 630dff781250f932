//! Browser test: the app mounts and shows the report's six sections, in order, with the exact
//! headings of the national format.
#![cfg(target_arch = "wasm32")]

use nianbao::Section;
use nianbao_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("a valid selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|element| element.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_six_section_headings_are_in_the_dom_in_order() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let headings = texts(&root, "article.report section h2");
    let expected: Vec<String> = Section::ALL
        .iter()
        .map(|s| s.heading().to_owned())
        .collect();
    assert_eq!(headings, expected);
    assert_eq!(
        headings,
        [
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ]
    );
}

#[wasm_bindgen_test]
async fn the_title_area_comes_before_the_sections() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let title = texts(&root, "h1");
    assert_eq!(title.len(), 1, "exactly one title");
    assert!(title[0].ends_with("政府信息公开工作年度报告"), "{title:?}");
    let first = root
        .query_selector("article > *")
        .expect("selector")
        .expect("an element");
    assert_eq!(first.tag_name().to_lowercase(), "header");
}
