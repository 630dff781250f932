//! Carries out an export in the browser: a download, the print dialog, or the clipboard. JSON is
//! written here; the Word, .docx and web-page writers run in the export worker.

use super::{export_worker, files};
use crate::state::export::ExportKind;
use nianbao::export::{report_file_name, Format};
use nianbao::Report;
use std::cell::RefCell;

thread_local! {
    /// The web-page version written ahead of the click, with the report (as JSON) it is of.
    static PREPARED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

const COPIED: &str = "已复制网页发布版：在网站后台编辑器中粘贴即可（标题请填在网站的标题栏；源代码模式下粘贴得到 HTML）。";

/// Writes the web-page version of `report` ahead, when 「导出」 is opened: a browser lets a page
/// write the clipboard only while handling a click, and the worker's reply may come later than
/// that allows; prepared, 「复制网页发布版」 copies at once.
pub fn prepare(report: &Report) {
    let json = nianbao::json::write_report(report);
    if PREPARED.with(|p| p.borrow().as_ref().is_some_and(|(of, _)| *of == json)) {
        return;
    }
    export_worker::write("fragment", json.clone(), move |bytes| {
        if let Some(html) = bytes.ok().and_then(|b| String::from_utf8(b).ok()) {
            PREPARED.with(|p| *p.borrow_mut() = Some((json, html)));
        }
    });
}

/// The prepared web-page version of the report `json`, if there is one.
fn prepared(json: &str) -> Option<String> {
    PREPARED.with(|p| {
        p.borrow()
            .as_ref()
            .filter(|(of, _)| of == json)
            .map(|(_, html)| html.clone())
    })
}

/// Exports `report` as `kind`; `done` gets what to tell the user (empty: nothing to say), or why
/// it failed.
pub fn perform(
    kind: ExportKind,
    report: &Report,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    match kind {
        ExportKind::Json => {
            let json = nianbao::json::write_report(report);
            done(save(report, Format::Json, json.as_bytes()));
        }
        ExportKind::Print => done(
            gloo::utils::window()
                .print()
                .map(|()| String::new())
                .map_err(|_| "浏览器未能打开打印对话框。".to_owned()),
        ),
        ExportKind::Doc | ExportKind::Docx => {
            let format = kind.format().unwrap_or(Format::Doc);
            let report = report.clone();
            export_worker::write(
                format.extension(),
                nianbao::json::write_report(&report),
                move |bytes| {
                    done(bytes.and_then(|bytes| save(&report, format, &bytes)));
                },
            );
        }
        ExportKind::WebPage => {
            let json = nianbao::json::write_report(report);
            if let Some(html) = prepared(&json) {
                done(copy(&html, false));
                return;
            }
            export_worker::write("fragment", json.clone(), move |bytes| {
                done(bytes.and_then(|bytes| {
                    let html =
                        String::from_utf8(bytes).map_err(|_| "网页发布版编码有误".to_owned())?;
                    PREPARED.with(|p| *p.borrow_mut() = Some((json, html.clone())));
                    copy(&html, true)
                }));
            });
        }
    }
}

/// Puts the web-page version on the clipboard; `late` when the click that asked is past.
fn copy(html: &str, late: bool) -> Result<String, String> {
    match files::copy_html(html) {
        Ok(()) => Ok(COPIED.to_owned()),
        // The browser no longer counts the click: now that it is written, the next click copies.
        Err(_) if late => Err("网页发布版已准备好，请再点一次「复制网页发布版」（浏览器只允许在点击的同时写入剪贴板）。".to_owned()),
        Err(why) => Err(format!("未能复制：{why}。请改用「Word/WPS 文档」导出后再复制。")),
    }
}

fn save(report: &Report, format: Format, bytes: &[u8]) -> Result<String, String> {
    let name = report_file_name(report, format);
    files::download_bytes(&name, format.mime(), bytes)
        .map(|()| format!("已导出「{name}」。"))
        .map_err(|why| format!("未能导出「{name}」：{why}"))
}
