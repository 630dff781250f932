//! Bytes to text for pages and copied text: a BOM first, then the charset a page declares in its
//! first few KB, then UTF-8 if it validates, else GB18030 (which reads GBK and GB2312 too). The
//! decoding itself is given by the caller: `encoding_rs` natively (feature `charsets`), the
//! browser's `TextDecoder` in the worker, which costs no code.

/// Decodes bytes in a charset named by a WHATWG label ("gbk", "gb18030", "utf-16le"…).
pub trait Charsets {
    /// None when the label is unknown or not supported here.
    fn decode(&self, bytes: &[u8], label: &str) -> Option<String>;
}

/// UTF-8 only: what a build without charset tables can read.
pub struct Utf8Only;

impl Charsets for Utf8Only {
    fn decode(&self, bytes: &[u8], label: &str) -> Option<String> {
        is_utf8(label)
            .then(|| std::str::from_utf8(bytes).ok().map(str::to_owned))
            .flatten()
    }
}

/// Every charset the WHATWG Encoding Standard names, by `encoding_rs`.
#[cfg(feature = "charsets")]
pub struct AllCharsets;

#[cfg(feature = "charsets")]
impl Charsets for AllCharsets {
    fn decode(&self, bytes: &[u8], label: &str) -> Option<String> {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        // A page that does not decode cleanly in its declared charset is tried in another.
        (!had_errors).then(|| text.into_owned())
    }
}

/// The platform's full set: all charsets natively when built with them, else UTF-8.
pub fn platform() -> &'static dyn Charsets {
    #[cfg(feature = "charsets")]
    {
        &AllCharsets
    }
    #[cfg(not(feature = "charsets"))]
    {
        &Utf8Only
    }
}

/// Charsets by the browser's `TextDecoder`: every charset a page comes in, without code.
#[cfg(feature = "text-decoder")]
pub struct TextDecoders;

#[cfg(feature = "text-decoder")]
impl Charsets for TextDecoders {
    fn decode(&self, bytes: &[u8], label: &str) -> Option<String> {
        let options = web_sys::TextDecoderOptions::new();
        // Fatal: a page that is not in the charset it declares is tried in another.
        options.set_fatal(true);
        let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options).ok()?;
        decoder.decode_with_u8_array(bytes).ok()
    }
}

fn is_utf8(label: &str) -> bool {
    matches!(
        label.trim().to_ascii_lowercase().as_str(),
        "utf-8" | "utf8" | "unicode-1-1-utf-8"
    )
}

/// Text decoded, and the charset it was read in when that was not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub charset: Option<String>,
}

/// Why bytes could not be made text: in Chinese.
pub fn undecodable(declared: Option<&str>) -> String {
    match declared {
        Some(label) => format!(
            "文字编码无法识别：页面声明为「{label}」，但按它和 UTF-8、GB18030 都读不通。请用浏览器打开后另存为“网页，仅 HTML”再导入。"
        ),
        None => "文字编码无法识别：既不是 UTF-8，也不是 GBK/GB18030。请另存为 UTF-8 文本再导入。"
            .to_owned(),
    }
}

/// Decodes a page or a text file. `declared` is the charset the bytes name themselves (an HTML
/// `<meta charset>`), if any.
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    charsets: &dyn Charsets,
) -> Result<Decoded, String> {
    let utf8 = |bytes: &[u8]| std::str::from_utf8(bytes).ok().map(str::to_owned);
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest)
            .map(|text| Decoded {
                text,
                charset: None,
            })
            .ok_or_else(|| undecodable(Some("UTF-8（带 BOM）")));
    }
    for (bom, label) in [
        (&b"\xFF\xFE"[..], "utf-16le"),
        (&b"\xFE\xFF"[..], "utf-16be"),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return decode_utf16(rest, label == "utf-16le")
                .map(|text| Decoded {
                    text,
                    charset: Some(label.to_ascii_uppercase()),
                })
                .ok_or_else(|| undecodable(Some(label)));
        }
    }
    let mut tries: Vec<&str> = Vec::new();
    if let Some(label) = declared.filter(|l| !is_utf8(l)) {
        tries.push(label);
    }
    tries.extend(["utf-8", "gb18030"]);
    for label in tries {
        let text = if is_utf8(label) {
            utf8(bytes)
        } else {
            charsets.decode(bytes, label)
        };
        if let Some(text) = text {
            let charset = (!is_utf8(label)).then(|| label.to_ascii_uppercase());
            return Ok(Decoded { text, charset });
        }
    }
    Err(undecodable(declared))
}

/// UTF-16 by hand: two bytes a unit, surrogates paired; None on a lone surrogate or odd length.
fn decode_utf16(bytes: &[u8], little_endian: bool) -> Option<String> {
    if bytes.len() % 2 != 0 {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// The charset an HTML page declares in its first 4 KB: `<meta charset=…>` or the
/// `http-equiv` form's `content="…; charset=…"`. A saved page can carry several; the first one
/// wins, as in a browser.
pub fn declared_in_html(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    // ASCII-only lower-casing: the declaration itself is ASCII in every charset met here.
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(at) = find(tag, b"charset") {
            let rest = &tag[at + b"charset".len()..];
            let rest = rest
                .iter()
                .skip_while(|b| b.is_ascii_whitespace() || **b == b'=')
                .copied()
                .skip_while(|b| *b == b'"' || *b == b'\'')
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .collect::<Vec<u8>>();
            if !rest.is_empty() {
                return String::from_utf8(rest).ok();
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_charset_is_found_in_either_form() {
        let page = br#"<html><head><META http-equiv=Content-Type content="text/html; charset=GB2312"><meta charset="utf-8">"#;
        assert_eq!(declared_in_html(page).as_deref(), Some("gb2312"));
        assert_eq!(
            declared_in_html(b"<meta charset=gbk>").as_deref(),
            Some("gbk")
        );
        assert_eq!(declared_in_html(b"<p>charset=gbk</p>"), None);
    }

    #[test]
    fn utf8_and_boms_need_no_tables() {
        let text = decode("年报".as_bytes(), None, &Utf8Only).unwrap();
        assert_eq!((text.text.as_str(), text.charset), ("年报", None));
        let bom = decode(b"\xEF\xBB\xBFab", Some("gbk"), &Utf8Only).unwrap();
        assert_eq!(bom.text, "ab");
        let utf16 = decode(b"\xFF\xFEt\x5e", None, &Utf8Only).unwrap();
        assert_eq!(utf16.text, "年");
        assert!(decode(b"\xC4\xEA", None, &Utf8Only).is_err());
    }

    #[cfg(feature = "charsets")]
    #[test]
    fn gbk_is_read_when_declared_or_when_utf8_fails() {
        // 「年报」 in GBK.
        let gbk = b"\xC4\xEA\xB1\xA8";
        let declared = decode(gbk, Some("gb2312"), &AllCharsets).unwrap();
        assert_eq!(declared.text, "年报");
        assert_eq!(declared.charset.as_deref(), Some("GB2312"));
        let guessed = decode(gbk, Some("utf-8"), &AllCharsets).unwrap();
        assert_eq!(guessed.text, "年报");
        assert_eq!(guessed.charset.as_deref(), Some("GB18030"));
    }
}
