//! Importing, as the session does it: a file chosen or dropped, or what was pasted, goes to the
//! worker with what it is for and the report open here; the reply says to use the report at once
//! (a nianbao JSON file) or what to ask (state/import.rs). A refusal is said in the import banner
//! and changes nothing.

use super::SessionHandle;
use crate::services::export_worker;
use crate::state::import::{question, Purpose, Read};
use crate::state::session::{Answer, Notice, Question};
use wasm_bindgen::JsValue;

/// What the import report calls a paste.
const PASTED: &str = "粘贴的内容";

impl SessionHandle {
    /// Reads a chosen or dropped file in the worker, whatever it is, JSON too: the page never
    /// holds a 50 MB file, and no reader, not even a second way to read JSON, costs the first
    /// load anything. A JSON file is then used at once, as it always was.
    pub fn import_file(&self, file: web_sys::File, purpose: Purpose) {
        let name = file.name();
        self.refuse_import(None);
        self.tell(Notice::info(format!("正在读取「{name}」……")));
        let context = self.import_context(purpose);
        let session = self.clone();
        export_worker::import(file, context, move |reply| session.imported(name, reply));
    }

    /// 「粘贴上年报告」: asks for the paste (the question shows a box to paste into).
    pub fn ask_for_paste(&self) {
        // The worker gets its readers ready while the user copies the report.
        export_worker::warm_up_import();
        self.ask(Question {
            title: "粘贴上年报告".to_owned(),
            text: "在 Word、WPS、PDF 阅读器或网页中全选并复制上年的年报，在下面的方框中粘贴。读完先显示导入报告，不改动草稿。".to_owned(),
            details: Vec::new(),
            choices: vec![("取消".to_owned(), Answer::Cancel)],
            paste: true,
        });
    }

    /// Reads what the clipboard held in the worker.
    pub fn import_paste(&self, html: Option<String>, text: Option<String>) {
        self.refuse_import(None);
        self.tell(Notice::info("正在读取粘贴的内容……"));
        let session = self.clone();
        let context = self.import_context(Purpose::LastYear);
        export_worker::paste(html, text, PASTED, context, move |reply| {
            session.imported(PASTED.to_owned(), reply)
        });
    }

    /// What the worker needs to decide what to ask: the purpose, the open report's 机关 and
    /// 年度, and the year this page fixes, if it does (fields of the worker's request).
    fn import_context(&self, purpose: Purpose) -> [(&'static str, JsValue); 4] {
        let this = self.borrow().open_draft();
        let setup = &self.place.setup;
        let year = |year: Option<i32>| year.map_or(JsValue::NULL, JsValue::from);
        [
            ("purpose", purpose.key().into()),
            ("agency", this.report.meta.agency.as_str().into()),
            ("year", year(this.report.meta.year)),
            ("fixed_year", year(setup.year.filter(|_| setup.fixed_year))),
        ]
    }

    fn imported(&self, name: String, reply: Result<Vec<u8>, String>) {
        self.dismiss_notice();
        match reply.and_then(|bytes| Read::from_reply(&bytes)) {
            Ok(read) => match read.now.as_deref() {
                Some("open") => self.open_imported(read.report, read.to_check),
                Some("attach") => {
                    self.attach_last_year(read.report);
                    self.tell(Notice::info(read.notice));
                }
                _ => self.ask(question(&read)),
            },
            Err(why) => {
                let problems = why.lines().map(str::to_owned).collect();
                self.refuse_import(Some((name, problems)))
            }
        }
    }
}
