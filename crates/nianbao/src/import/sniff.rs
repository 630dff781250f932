//! What a file is, told by its content and never by its name: people rename files, portals serve
//! .doc as .docx, and a 汇总 office receives whatever units send. A file that is a document of a
//! kind the importer cannot read is named, with what to do instead.

/// The largest file read at all: a .docx with photographs runs to tens of MB, and only its text
/// part is read; above this it is not a report.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// What the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A zip container (a .docx, or another Office file).
    Zip,
    Json,
    Html,
    Text,
}

/// The kind of `bytes`, or a Chinese message saying what they are and what to do.
pub fn sniff(bytes: &[u8]) -> Result<Kind, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "文件太大（{} MB）：年报文件一般不超过几 MB，请确认选的是年报。",
            bytes.len() / (1024 * 1024)
        ));
    }
    let start = skip_bom_and_space(bytes);
    if start.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("文件是空的，没有可导入的内容。".to_owned());
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Kind::Zip);
    }
    if let Some(message) = foreign(bytes) {
        return Err(message);
    }
    if start.starts_with(b"{") {
        return Ok(Kind::Json);
    }
    if looks_like_html(start) {
        return Ok(Kind::Html);
    }
    if looks_binary(bytes) {
        return Err(
            "这不是可以读取的年报文件：能导入的是 Word 文档（.docx）、网页（.html）、文字（.txt）和 JSON。"
                .to_owned(),
        );
    }
    Ok(Kind::Text)
}

const SAVE_AS_DOCX: &str = "请用 Word 或 WPS 打开，另存为“Word 文档（.docx）”后再导入。";

/// Documents of other kinds, renamed or not.
fn foreign(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(2048)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\r', '\n', '\t']);
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(format!(
            "这是旧版 Word（.doc）或 WPS（.wps）文件，不是 .docx。{SAVE_AS_DOCX}"
        ));
    }
    if trimmed.starts_with("{\\rtf") {
        return Some(format!("这是 RTF 文件，不是 .docx。{SAVE_AS_DOCX}"));
    }
    if trimmed.starts_with("%pdf") {
        return Some(
            "这是 PDF 文件，无法直接导入：请在 PDF 阅读器中全选、复制文字，再用「粘贴上年报告」粘贴。"
                .to_owned(),
        );
    }
    if text.contains("mime-version:") && !trimmed.starts_with('<') {
        return Some(format!(
            "这是单个文件网页（.mht）或邮件格式，不是 .docx。{SAVE_AS_DOCX}"
        ));
    }
    if text.contains("progid=\"word.document\"") && text.contains("<?mso-application") {
        return Some(format!(
            "这是 Word 2003 XML 文档，不是 .docx。{SAVE_AS_DOCX}"
        ));
    }
    None
}

fn skip_bom_and_space(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let at = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[at..]
}

fn looks_like_html(start: &[u8]) -> bool {
    let head: Vec<u8> = start[..start.len().min(4096)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    head.starts_with(b"<")
        && (has(b"<html")
            || has(b"<!doctype")
            || has(b"<body")
            || has(b"<table")
            || has(b"<p")
            || has(b"<div")
            || has(b"<meta")
            || has(b"<span"))
}

/// NUL bytes or many control characters: not text in any charset a report comes in (UTF-16
/// text has a BOM and is let through).
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_content() {
        assert_eq!(sniff(b"PK\x03\x04rest"), Ok(Kind::Zip));
        assert_eq!(sniff(b"\xEF\xBB\xBF  {\"format\":1}"), Ok(Kind::Json));
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Ok(Kind::Html));
        assert_eq!(sniff("<P>一、总体情况</P>".as_bytes()), Ok(Kind::Html));
        assert_eq!(sniff("一、总体情况\n\t规章\n".as_bytes()), Ok(Kind::Text));
    }

    #[test]
    fn other_documents_are_named_with_what_to_do() {
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert!(sniff(&ole).unwrap_err().contains(".doc"));
        assert!(sniff(b"{\\rtf1\\ansi").unwrap_err().contains("RTF"));
        assert!(sniff(b"%PDF-1.7").unwrap_err().contains("PDF"));
        let mht = b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n";
        assert!(sniff(mht).unwrap_err().contains(".mht"));
        let xml =
            br#"<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument>"#;
        assert!(sniff(xml).unwrap_err().contains("Word 2003"));
        assert!(sniff(b"   \n").unwrap_err().contains("空"));
        assert!(sniff(b"\x00\x01\x02binary").unwrap_err().contains("不是"));
    }
}
