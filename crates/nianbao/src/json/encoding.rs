//! The bytes of a file as text. JSON is UTF-8, but the files people have are not always: Windows
//! tools save GBK (GB2312/GB18030) by default, and 记事本's 「Unicode」 is UTF-16. Reading those as
//! UTF-8 turns every Chinese character into garbage that then passes for text, so a file is read
//! strictly, and refused with a message that says which encoding it is likely in and how to fix it.

use super::error::ReadError;
use std::borrow::Cow;

/// What to do about a file in the wrong encoding; said once, at the end of each message.
const RESAVE: &str =
    "请用记事本或 WPS 打开该文件，「另存为」时把编码选为 UTF-8，再重新选择该文件。";

/// The text of `bytes`: UTF-8 with or without a byte-order mark, or UTF-16 with one.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes).map(Cow::Owned);
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    // A NUL never belongs in a JSON text; UTF-16 without its mark has one in every ASCII
    // character. Told first: its Chinese characters would otherwise look like GBK.
    if bytes.contains(&0) {
        return Err(ReadError::new(
            "",
            format!(
                "文件中有空字符（0x00）：它可能是 UTF-16 编码的，或者根本不是文本文件。{RESAVE}"
            ),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(error) => Err(not_utf8(bytes, error.valid_up_to())),
    }
}

fn not_utf8(bytes: &[u8], at: usize) -> ReadError {
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let byte = bytes[at];
    let guess = if looks_like_gbk(&bytes[at..]) {
        "文件很可能是用 GBK（GB2312、GB18030）编码保存的"
    } else {
        "文件可能用了其他编码，或者不是文本文件"
    };
    ReadError::new(
        "",
        format!(
            "文件不是 UTF-8 编码：第 {line} 行有无法按 UTF-8 读取的字节（0x{byte:02X}），{guess}。为免读成乱码，没有导入任何内容。{RESAVE}"
        ),
    )
}

/// Whether the bytes from the first bad one on read as GBK double-byte characters: a lead byte
/// 0x81–0xFE and a trail byte 0x40–0xFE (not 0x7F), with ASCII between.
fn looks_like_gbk(bytes: &[u8]) -> bool {
    let mut pairs = 0;
    let mut i = 0;
    while i < bytes.len() && pairs < 16 {
        match bytes[i] {
            0x00..=0x7F => i += 1,
            0x81..=0xFE => match bytes.get(i + 1) {
                Some(0x40..=0x7E | 0x80..=0xFE) => {
                    pairs += 1;
                    i += 2;
                }
                // A lead byte at the very end: a file cut short, still GBK-shaped.
                None => return pairs > 0,
                Some(_) => return false,
            },
            _ => return false,
        }
    }
    pairs > 0
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ReadError> {
    let damaged = || {
        ReadError::new(
            "",
            format!("文件是 UTF-16 编码的，但内容不完整或已损坏，无法读取。{RESAVE}"),
        )
    };
    if bytes.len() % 2 != 0 {
        return Err(damaged());
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| damaged())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 「机关」 in GBK.
    const GBK_JIGUAN: &[u8] = b"\xBB\xFA\xB9\xD8";

    #[test]
    fn utf8_reads_with_or_without_its_mark() {
        assert_eq!(
            decode("{\"a\": \"机关\"}".as_bytes()).unwrap(),
            "{\"a\": \"机关\"}"
        );
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend_from_slice("机关".as_bytes());
        assert_eq!(decode(&marked).unwrap(), "机关");
    }

    #[test]
    fn utf16_with_a_mark_reads() {
        let text = "{\"agency\": \"某某局\"}";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), text);
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), text);
        le.pop();
        assert!(decode(&le).unwrap_err().message.contains("UTF-16"));
    }

    #[test]
    fn gbk_is_refused_naming_the_encoding_and_the_line() {
        let mut bytes = b"{\n  \"format\": \"nianbao-report\",\n  \"agency\": \"".to_vec();
        bytes.extend_from_slice(GBK_JIGUAN);
        bytes.extend_from_slice(b"\"\n}");
        let error = decode(&bytes).unwrap_err();
        assert_eq!(error.path, "");
        assert!(
            error.message.contains("不是 UTF-8 编码"),
            "{}",
            error.message
        );
        assert!(error.message.contains("第 3 行"), "{}", error.message);
        assert!(error.message.contains("GBK"), "{}", error.message);
        assert!(error.message.contains("另存为"), "{}", error.message);
    }

    #[test]
    fn other_bytes_are_refused_without_guessing_gbk() {
        let error = decode(b"{\"a\": \"\xFF\xFF\"}").unwrap_err();
        assert!(error.message.contains("不是 UTF-8 编码"));
        assert!(!error.message.contains("GBK"), "{}", error.message);
        for text in ["{}", "{\"agency\": \"某某局\"}"] {
            let utf16_without_mark: Vec<u8> =
                text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let message = decode(&utf16_without_mark).unwrap_err().message;
            assert!(
                message.contains("UTF-16") && !message.contains("GBK"),
                "{message}"
            );
        }
    }
}
