//! The question asked before work is lost, mounted on its own in headless Chromium: a modal
//! dialog named by its title, its choices in order, each one answering, Esc the last.
#![cfg(target_arch = "wasm32")]

use nianbao_app::components::question_dialog::{QuestionDialog, QuestionDialogProps};
use nianbao_app::state::session::{Answer, Question};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn question() -> Question {
    Question {
        title: "删除未保存的草稿".to_owned(),
        text: "「甲局」的内容没有保存到浏览器，删除后无法恢复。".to_owned(),
        details: vec!["一条说明".to_owned()],
        choices: vec![
            (
                "先导出 JSON，再删除".to_owned(),
                Answer::Discard {
                    id: "a".into(),
                    export: true,
                },
            ),
            (
                "删除".to_owned(),
                Answer::Discard {
                    id: "a".into(),
                    export: false,
                },
            ),
            ("取消".to_owned(), Answer::Cancel),
        ],
        paste: false,
    }
}

/// The dialog mounted in a fresh root; the answers it gives are collected.
async fn mount() -> (web_sys::HtmlDialogElement, Rc<RefCell<Vec<Answer>>>) {
    mount_asking(question()).await
}

async fn mount_asking(
    question: Question,
) -> (web_sys::HtmlDialogElement, Rc<RefCell<Vec<Answer>>>) {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let answers = Rc::new(RefCell::new(Vec::new()));
    let props = QuestionDialogProps {
        question,
        on_answer: {
            let answers = answers.clone();
            Callback::from(move |answer| answers.borrow_mut().push(answer))
        },
    };
    yew::Renderer::<QuestionDialog>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let dialog = root
        .query_selector("dialog")
        .unwrap()
        .expect("a dialog")
        .dyn_into()
        .unwrap();
    (dialog, answers)
}

fn buttons(dialog: &web_sys::HtmlDialogElement) -> Vec<web_sys::HtmlElement> {
    let list = dialog.query_selector_all("button").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

#[wasm_bindgen_test]
async fn it_opens_as_a_modal_named_by_its_title_with_its_choices_in_order() {
    let (dialog, answers) = mount().await;
    assert!(dialog.open(), "shown with showModal");
    let labelled = dialog.get_attribute("aria-labelledby").unwrap();
    let title = gloo::utils::document()
        .get_element_by_id(&labelled)
        .unwrap();
    assert_eq!(title.text_content().unwrap(), "删除未保存的草稿");
    let labels: Vec<String> = buttons(&dialog)
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect();
    assert_eq!(labels, ["先导出 JSON，再删除", "删除", "取消"]);
    buttons(&dialog)[1].click();
    yew::scheduler::flush().await;
    assert_eq!(
        *answers.borrow(),
        [Answer::Discard {
            id: "a".into(),
            export: false
        }]
    );
    assert!(!dialog.open(), "answered, it closes");
}

#[wasm_bindgen_test]
async fn escape_gives_the_last_choice() {
    let (dialog, answers) = mount().await;
    let cancel = web_sys::Event::new_with_event_init_dict("cancel", &{
        let init = web_sys::EventInit::new();
        init.set_cancelable(true);
        init
    })
    .unwrap();
    dialog.dispatch_event(&cancel).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(*answers.borrow(), [Answer::Cancel]);
    assert!(
        cancel.default_prevented(),
        "the answer closes it, not the browser"
    );
}

/// 「粘贴上年报告」: the question's box takes a paste, HTML and text both, as the answer; nothing
/// is put in the box, and the dialog closes.
#[wasm_bindgen_test]
async fn a_paste_into_the_box_is_the_answer() {
    let asking = Question {
        title: "粘贴上年报告".to_owned(),
        text: "在下面的方框中粘贴。".to_owned(),
        details: Vec::new(),
        choices: vec![("取消".to_owned(), Answer::Cancel)],
        paste: true,
    };
    let (dialog, answers) = mount_asking(asking).await;
    let target: web_sys::HtmlElement = dialog
        .query_selector("[data-testid=paste-target]")
        .unwrap()
        .expect("a box to paste into")
        .dyn_into()
        .unwrap();
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/html", "<table><tr><td>规章</td></tr></table>")
        .unwrap();
    data.set_data("text/plain", "规章").unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_clipboard_data(Some(&data));
    init.set_bubbles(true);
    init.set_cancelable(true);
    let paste = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    target.dispatch_event(&paste).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        *answers.borrow(),
        [Answer::Pasted {
            html: Some("<table><tr><td>规章</td></tr></table>".into()),
            text: Some("规章".into()),
        }]
    );
    assert!(paste.default_prevented(), "nothing is put in the box");
    assert!(!dialog.open(), "answered, it closes");
    // Without the box, no paste target.
    let (plain, _) = mount().await;
    assert!(plain
        .query_selector("[data-testid=paste-target]")
        .unwrap()
        .is_none());
}
