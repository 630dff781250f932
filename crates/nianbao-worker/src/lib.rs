//! What the export worker does, as plain Rust: a request names a format and carries the report
//! as JSON v1; the reply carries the file's bytes or a Chinese message. The writers
//! (`nianbao::export`) live here and not in the app, so they cost nothing until the first export.

use serde::{Deserialize, Serialize};

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Echoed in the reply, so the page matches replies to requests.
    pub id: u32,
    /// "doc", "html", "docx" or "fragment".
    pub kind: String,
    /// The report as JSON v1.
    pub report: String,
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

/// Writes the file a request asks for.
pub fn handle(request: &Request) -> Reply {
    let reply = |bytes, error| Reply {
        id: request.id,
        bytes,
        error,
    };
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
        }
    }

    #[test]
    fn each_kind_gives_its_file() {
        for (kind, starts) in [
            ("docx", &b"PK"[..]),
            ("doc", "\u{FEFF}<html".as_bytes()),
            ("fragment", "<h2>".as_bytes()),
        ] {
            let reply = handle(&request(kind));
            assert_eq!(reply.id, 7);
            assert!(reply.error.is_none(), "{kind}");
            assert!(reply.bytes.unwrap().starts_with(starts), "{kind}");
        }
    }

    #[test]
    fn a_bad_request_gets_a_chinese_message() {
        let mut bad = request("pdf");
        assert!(handle(&bad).error.unwrap().contains("「pdf」"));
        bad.kind = "docx".into();
        bad.report = "{".into();
        let reply = handle(&bad);
        assert!(reply.bytes.is_none());
        assert!(reply.error.unwrap().starts_with("报告无法读取"));
    }
}
