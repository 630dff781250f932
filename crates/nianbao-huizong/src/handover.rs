//! Handing a report to the editor: the consolidated tables as a new draft, or a unit's report
//! opened at a finding. The report goes in as a JSON file dropped on the editor, exactly as if
//! the user had dropped it there: the editor reads it through its own import (the worker,
//! a new draft, never replacing one), and the 汇总 view adds nothing to the editor's first load.

use crate::reading::sleep;
use nianbao::json::write_report;
use nianbao::Report;
use wasm_bindgen::JsValue;

/// Drops `report` on the editor as the file `name`; then, when `focus` names a cell, moves the
/// keyboard to it once the editor shows that report.
pub fn open_in_editor(
    editor: &web_sys::Element,
    report: &Report,
    name: &str,
    focus: Option<String>,
) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&write_report(report)));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)?;
    let transfer = web_sys::DataTransfer::new()?;
    transfer.items().add_with_file(&file)?;
    let init = web_sys::DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer));
    let drop = web_sys::DragEvent::new_with_event_init_dict("drop", &init)?;
    editor.dispatch_event(&drop)?;
    if let Some(path) = focus {
        let editor = editor.clone();
        let agency = report.meta.agency.clone();
        wasm_bindgen_futures::spawn_local(
            async move { focus_when_open(&editor, &agency, &path).await },
        );
    }
    Ok(())
}

/// The import runs in the editor's worker: waits (up to 10 s) for the editor to show a report of
/// `agency`, then focuses the cell at `path` and brings it into view.
async fn focus_when_open(editor: &web_sys::Element, agency: &str, path: &str) {
    for _ in 0..100 {
        sleep(100).await;
        let shown = editor
            .query_selector("[data-path=\"meta.agency\"]")
            .ok()
            .flatten()
            .and_then(|field| js_sys::Reflect::get(&field, &"value".into()).ok())
            .and_then(|value| value.as_string());
        if shown.as_deref() != Some(agency) {
            continue;
        }
        let selector = format!("[data-path=\"{path}\"]");
        if let Ok(Some(cell)) = editor.query_selector(&selector) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            cell.scroll_into_view_with_scroll_into_view_options(&options);
            if let Ok(cell) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(cell) {
                let _ = cell.focus();
            }
        }
        return;
    }
}
