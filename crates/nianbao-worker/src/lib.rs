//! What the worker does, as plain Rust: an export request names a format and carries the report
//! as JSON v1, and the reply carries the file's bytes; an import request carries a file's bytes
//! (or what the clipboard held), and the reply carries the report read and the import report.
//! Failures are Chinese messages. The writers (`nianbao::export`) and the readers
//! (`nianbao::import`) live here and not in the app, so they cost nothing until first used, and
//! a 50 MB file is read without freezing the page.

pub mod summary;

use serde::{Deserialize, Serialize};

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Echoed in the reply, so the page matches replies to requests.
    pub id: u32,
    /// "doc", "html", "docx" or "fragment" to export; "import" (a file's `bytes`) or "paste"
    /// (the clipboard's `html` and `text`) to import.
    pub kind: String,
    /// The report as JSON v1 (exports).
    #[serde(default)]
    pub report: String,
    /// A file's bytes (an import), sent as a Uint8Array.
    #[serde(default, with = "bytes_in")]
    pub bytes: Option<Vec<u8>>,
    /// What the clipboard held (a paste).
    #[serde(default)]
    pub html: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    /// The file's name, or 「粘贴的内容」: what the import report calls the source.
    #[serde(default)]
    pub name: String,
    /// What the import is for and the report open in the page (imports; see summary.rs).
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub agency: String,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub fixed_year: Option<i32>,
}

/// Bytes from JavaScript come as a Uint8Array, which serde sees as bytes, not as a sequence.
mod bytes_in {
    use serde::de::{Deserializer, Visitor};
    use std::fmt;

    pub fn serialize<S: serde::Serializer>(
        bytes: &Option<Vec<u8>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match bytes {
            Some(bytes) => s.serialize_bytes(bytes),
            None => s.serialize_none(),
        }
    }

    struct Bytes;

    impl<'de> Visitor<'de> for Bytes {
        type Value = Option<Vec<u8>>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("bytes")
        }

        fn visit_bytes<E>(self, bytes: &[u8]) -> Result<Self::Value, E> {
            Ok(Some(bytes.to_vec()))
        }

        fn visit_byte_buf<E>(self, bytes: Vec<u8>) -> Result<Self::Value, E> {
            Ok(Some(bytes))
        }

        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_byte_buf(Bytes)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        d.deserialize_option(Bytes)
    }
}

/// The reply: exactly one of `bytes` and `error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    #[serde(with = "serde_bytes_as_array")]
    pub bytes: Option<Vec<u8>>,
    pub error: Option<String>,
}

/// Bytes cross to JavaScript as a Uint8Array, not as an array of numbers.
mod serde_bytes_as_array {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match bytes {
            Some(bytes) => s.serialize_some(&Bytes(bytes)),
            None => s.serialize_none(),
        }
    }

    struct Bytes<'a>(&'a [u8]);

    impl serde::Serialize for Bytes<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        Option::<Vec<u8>>::deserialize(d)
    }
}

/// Does what a request asks: writes a file, or reads one.
pub fn handle(request: &Request, charsets: &dyn nianbao::import::Charsets) -> Reply {
    let reply = |bytes, error| Reply {
        id: request.id,
        bytes,
        error,
    };
    match request.kind.as_str() {
        "warm" => {
            warm_up();
            return reply(None, None);
        }
        "import" => {
            let bytes = request.bytes.as_deref().unwrap_or_default();
            return match nianbao::import::import(bytes, charsets) {
                Ok(imported) => reply(Some(imported_json(&imported, request)), None),
                Err(message) => reply(None, Some(message)),
            };
        }
        "paste" => {
            let read =
                nianbao::import::import_clipboard(request.html.as_deref(), request.text.as_deref());
            return match read {
                Ok(imported) => reply(Some(imported_json(&imported, request)), None),
                Err(message) => reply(None, Some(message)),
            };
        }
        _ => {}
    }
    let report = match nianbao::json::read_report(&request.report) {
        Ok(report) => report,
        Err(errors) => {
            let first = errors
                .iter()
                .next()
                .map(|e| e.to_string())
                .unwrap_or_default();
            return reply(None, Some(format!("报告无法读取：{first}")));
        }
    };
    use nianbao::export::{export, fragment, Format};
    let bytes = match request.kind.as_str() {
        "doc" => export(&report, Format::Doc),
        "html" => export(&report, Format::Html),
        "docx" => export(&report, Format::Docx),
        "fragment" => fragment(&report).into_bytes(),
        other => return reply(None, Some(format!("不认识的导出格式「{other}」"))),
    };
    reply(Some(bytes), None)
}

/// Reads a small report once, as a .docx and as a page, so that the browser compiles the
/// readers while the user is still choosing a file: a tab's first import then takes what the
/// next ones take (benchmarks: 110 ms cold, 10 ms warm for a 260 KB page).
pub fn warm_up() {
    use nianbao::export::{export, Format};
    let mut report = nianbao::Report::blank("某局", 2024, nianbao::layout::ReportKind::Department);
    report.overview = "本年度政府信息公开工作情况。".to_owned();
    for format in [Format::Docx, Format::Html] {
        let _ = nianbao::import::import(
            &export(&report, format),
            &nianbao::import::charset::Utf8Only,
        );
    }
}

/// What an import gives the page, as UTF-8 JSON in the reply's bytes (see summary.rs). One reply
/// shape for exports and imports keeps the page's side of the channel as small as it is.
fn imported_json(imported: &nianbao::import::Imported, request: &Request) -> Vec<u8> {
    let context = summary::Context {
        purpose: request.purpose.clone(),
        agency: request.agency.clone(),
        year: request.year,
        fixed_year: request.fixed_year,
    };
    summary::reply(imported, &request.name, &context)
        .to_string()
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::layout::ReportKind;

    fn request(kind: &str) -> Request {
        let report = nianbao::Report::blank("某局", 2024, ReportKind::Department);
        Request {
            id: 7,
            kind: kind.to_owned(),
            report: nianbao::json::write_report(&report),
            bytes: None,
            html: None,
            text: None,
            name: "a.docx".to_owned(),
            purpose: String::new(),
            agency: String::new(),
            year: None,
            fixed_year: None,
        }
    }

    #[test]
    fn each_kind_gives_its_file() {
        for (kind, starts) in [
            ("docx", &b"PK"[..]),
            ("doc", "\u{FEFF}<html".as_bytes()),
            ("fragment", "<h2>".as_bytes()),
        ] {
            let reply = handle(&request(kind), &nianbao::import::charset::Utf8Only);
            assert_eq!(reply.id, 7);
            assert!(reply.error.is_none(), "{kind}");
            assert!(reply.bytes.unwrap().starts_with(starts), "{kind}");
        }
    }

    #[test]
    fn an_import_replies_with_the_report_and_the_import_report() {
        let report = nianbao::Report::blank("某局", 2024, ReportKind::Department);
        let mut import = request("import");
        import.bytes = Some(nianbao::json::write_report(&report).into_bytes());
        let reply = handle(&import, &nianbao::import::charset::Utf8Only);
        let value: serde_json::Value = serde_json::from_slice(&reply.bytes.unwrap()).unwrap();
        assert_eq!(nianbao::json::from_value(&value["report"]).unwrap(), report);
        assert_eq!(value["now"], "open");

        import.bytes = Some(vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        let refused = handle(&import, &nianbao::import::charset::Utf8Only);
        assert!(refused.bytes.is_none());
        assert!(refused.error.unwrap().contains(".docx"));

        let mut paste = request("paste");
        paste.text = Some("  ".into());
        let empty = handle(&paste, &nianbao::import::charset::Utf8Only);
        assert!(empty.error.unwrap().contains("剪贴板"));
    }

    #[test]
    fn warming_up_reads_without_a_reply_to_wait_for() {
        let reply = handle(&request("warm"), &nianbao::import::charset::Utf8Only);
        assert_eq!((reply.bytes, reply.error), (None, None));
        // What it reads is read right: the readers it warms are the ones imports use.
        use nianbao::export::{export, Format};
        let report = nianbao::Report::blank("某局", 2024, ReportKind::Department);
        let read = nianbao::import::import(
            &export(&report, Format::Docx),
            &nianbao::import::charset::Utf8Only,
        )
        .unwrap();
        assert_eq!(read.report.meta.agency, "某局");
    }

    #[test]
    fn a_bad_request_gets_a_chinese_message() {
        let mut bad = request("pdf");
        assert!(handle(&bad, &nianbao::import::charset::Utf8Only)
            .error
            .unwrap()
            .contains("「pdf」"));
        bad.kind = "docx".into();
        bad.report = "{".into();
        let reply = handle(&bad, &nianbao::import::charset::Utf8Only);
        assert!(reply.bytes.is_none());
        assert!(reply.error.unwrap().starts_with("报告无法读取"));
    }
}
