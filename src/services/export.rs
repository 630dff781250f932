//! Carries out an export in the browser: a download, the print dialog, or the clipboard. JSON is
//! written here; the Word, .docx and web-page writers run in the export worker.

use super::{export_worker, files};
use crate::state::export::ExportKind;
use nianbao::export::{report_file_name, Format};
use nianbao::Report;

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
            export_worker::write(
                "fragment",
                nianbao::json::write_report(report),
                move |bytes| {
                    done(bytes.and_then(|bytes| {
                    let html = String::from_utf8(bytes).map_err(|_| "网页发布版编码有误".to_owned())?;
                    files::copy_html(&html)
                        .map(|()| {
                            "已复制网页发布版：在网站后台编辑器中粘贴即可（标题请填在网站的标题栏；源代码模式下粘贴得到 HTML）。"
                                .to_owned()
                        })
                        .map_err(|why| format!("未能复制：{why}。请改用「Word/WPS 文档」导出后再复制。"))
                }));
                },
            );
        }
    }
}

fn save(report: &Report, format: Format, bytes: &[u8]) -> Result<String, String> {
    let name = report_file_name(report, format);
    files::download_bytes(&name, format.mime(), bytes)
        .map(|()| format!("已导出「{name}」。"))
        .map_err(|why| format!("未能导出「{name}」：{why}"))
}
