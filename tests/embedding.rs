//! Browser tests of the app mounted the way a portal's `<nianbao-editor>` mounts it (embed.js):
//! into a div inside an open shadow root, with options and a host element. Lookups that went
//! through the global `document` would find nothing there.
#![cfg(target_arch = "wasm32")]

use nianbao_app::mount::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

struct Embedded {
    host: web_sys::Element,
    shadow: web_sys::ShadowRoot,
    root: web_sys::Element,
}

/// A host element in the page with an open shadow root and a div in it.
fn embedded() -> Embedded {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let root = document.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    Embedded { host, shadow, root }
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in pairs {
        js_sys::Reflect::set(&object, &(*name).into(), &(*value).into()).unwrap();
    }
    object.into()
}

fn field(shadow: &web_sys::ShadowRoot, path: &str) -> web_sys::HtmlInputElement {
    shadow
        .query_selector(&format!("[data-path=\"{path}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no field {path} in the shadow root"))
        .dyn_into()
        .unwrap()
}

fn local_keys() -> Vec<String> {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn mounted_in_a_shadow_root_with_options_it_draws_there_and_keeps_its_prefix() {
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let Embedded { host, shadow, root } = embedded();
    let mut app = mount(
        root.clone(),
        Some(host.clone()),
        options(&[
            ("storage-prefix", "wasm-test"),
            ("agency", "某某县统计局"),
            ("year", "2025"),
            ("fixed", "agency"),
            ("hide", "drafts"),
        ]),
    );
    yew::scheduler::flush().await;

    assert_eq!(field(&shadow, "meta.agency").value(), "某某县统计局");
    assert!(field(&shadow, "meta.agency").read_only());
    assert!(!field(&shadow, "meta.year").read_only());
    assert_eq!(field(&shadow, "meta.year").value(), "2025");
    assert!(shadow.query_selector("details.drafts").unwrap().is_none());
    assert!(shadow.query_selector("#import-json").unwrap().is_some());
    // Nothing of the app outside its root.
    assert!(gloo::utils::document()
        .query_selector("[data-path]")
        .unwrap()
        .is_none());

    // An edit (a new draft is stored only once something is in it), saved on demand before
    // autosave's turn, under the prefix only.
    let cell = field(&shadow, "requests.received.natural_person");
    cell.set_value("6");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let typed = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    cell.dispatch_event(&typed).unwrap();
    yew::scheduler::flush().await;
    let ours = || {
        local_keys()
            .into_iter()
            .filter(|k| k.starts_with("wasm-test:"))
            .collect::<Vec<_>>()
    };
    assert!(ours().is_empty(), "not yet saved: {:?}", ours());
    app.save();
    let keys = local_keys();
    assert!(
        keys.iter()
            .any(|k| k.starts_with("wasm-test:nianbao.draft.")),
        "{keys:?}"
    );
    assert!(!keys.iter().any(|k| k.starts_with("nianbao.")), "{keys:?}");

    // Taken down: the root is emptied.
    app.destroy();
    yew::scheduler::flush().await;
    assert!(root.query_selector("[data-path]").unwrap().is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn a_wrong_option_is_named_in_chinese() {
    let Embedded { host, shadow, root } = embedded();
    let mut app = mount(
        root,
        Some(host.clone()),
        options(&[
            ("storage-prefix", "wasm-wrong"),
            ("year", "去年"),
            ("hide", "menus"),
        ]),
    );
    yew::scheduler::flush().await;
    let notice = shadow
        .query_selector("[data-testid=\"session-notice\"]")
        .unwrap()
        .expect("a notice")
        .text_content()
        .unwrap_or_default();
    assert!(
        notice.contains("data-year") && notice.contains("去年"),
        "{notice}"
    );
    assert!(
        notice.contains("data-hide") && notice.contains("menus"),
        "{notice}"
    );
    app.destroy();
    host.remove();
}
