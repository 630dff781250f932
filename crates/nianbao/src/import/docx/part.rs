//! One part's bytes out of the archive: its local header found, its data inflated or copied, its
//! size and CRC-32 checked. Every part has a ceiling on what it may inflate to, checked before
//! inflating (the size the directory declares, and how far that is from what deflate can reach)
//! and while inflating (the declared size is the limit given to the inflater): a zip bomb is
//! refused with a message, never allowed to fill the memory of a browser tab.

use super::zip::{field_u16, u32_at, Archive, Entry};
use crate::export::docx::crc32;

const LOCAL: u32 = 0x0403_4b50;
const LOCAL_LEN: usize = 30;

/// Stored and deflated: the two methods Office, WPS and LibreOffice write.
const STORED: u16 = 0;
const DEFLATED: u16 = 8;
/// General purpose flag bit 0: the entry is encrypted.
const ENCRYPTED: u16 = 1;

/// Deflate cannot shrink data more than about 1032 to 1; a directory that declares more is lying
/// about the size, and the part is refused before a byte is inflated. (The margin covers tiny
/// entries, whose few bytes of block headers dominate.)
const MAX_RATIO: u64 = 1100;
const RATIO_SLACK: u64 = 64 * 1024;

const MB: u64 = 1024 * 1024;

/// The most the main document part may inflate to: a long report's document.xml is a few MB.
pub const DOCUMENT_CAP: u64 = 64 * MB;
/// The most a small part (relationships, a mimetype) may inflate to.
pub const SMALL_CAP: u64 = MB;

/// The bytes of `entry`, inflated to at most `cap` bytes. Err is a Chinese message naming it.
pub fn read(archive: &Archive, entry: &Entry, cap: u64) -> Result<Vec<u8>, String> {
    let name = entry.display_name();
    if entry.flags & ENCRYPTED != 0 {
        return Err(format!(
            "{name} 已加密：请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入。"
        ));
    }
    if entry.method != STORED && entry.method != DEFLATED {
        return Err(format!(
            "{name} 用了不支持的压缩方式（{}）：请用 Word 或 WPS 另存为 .docx 后再导入。",
            entry.method
        ));
    }
    if entry.size > cap {
        return Err(too_big(&name, cap));
    }
    if entry.size
        > entry
            .packed
            .saturating_mul(MAX_RATIO)
            .saturating_add(RATIO_SLACK)
    {
        return Err(format!(
            "{name} 解压后是压缩数据的 {} 倍以上，不像是年报，已停止读取。",
            MAX_RATIO
        ));
    }
    let packed = data(archive.bytes, entry).ok_or_else(|| cut(&name))?;
    // Both fit in usize: size ≤ cap, and packed is a slice of the file.
    let size = usize::try_from(entry.size).map_err(|_| too_big(&name, cap))?;
    let bytes = if entry.method == STORED {
        packed.get(..size).ok_or_else(|| cut(&name))?.to_vec()
    } else {
        // One byte more than declared: a stream that goes on past its declared size stops there
        // and is told apart from one that ends exactly.
        let limit = size.saturating_add(1);
        match miniz_oxide::inflate::decompress_to_vec_with_limit(packed, limit) {
            Ok(bytes) => bytes,
            Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                return Err(wrong_size(&name))
            }
            Err(_) => {
                return Err(format!(
                    "文件已损坏：{name} 无法解压（压缩数据出错），可能下载或复制时中断。请用 Word 或 WPS 打开并另存为 .docx 后再导入。"
                ))
            }
        }
    };
    if bytes.len() != size {
        return Err(wrong_size(&name));
    }
    if crc32(&bytes) != entry.crc {
        return Err(format!(
            "文件已损坏：{name} 的校验和（CRC-32）不符，内容在下载或复制时出了错。请重新下载或复制原文件后再导入。"
        ));
    }
    Ok(bytes)
}

/// The entry's stored data: after its local header, name and extra field, as long as the
/// directory says.
fn data<'a>(bytes: &'a [u8], entry: &Entry) -> Option<&'a [u8]> {
    let local = usize::try_from(entry.local).ok()?;
    if u32_at(bytes, local)? != LOCAL {
        return None;
    }
    let name_len = field_u16(bytes, local.checked_add(26)?)?;
    let extra_len = field_u16(bytes, local.checked_add(28)?)?;
    let start = local
        .checked_add(LOCAL_LEN)?
        .checked_add(name_len)?
        .checked_add(extra_len)?;
    let end = start.checked_add(usize::try_from(entry.packed).ok()?)?;
    bytes.get(start..end)
}

fn too_big(name: &str, cap: u64) -> String {
    format!(
        "{name} 解压后超过 {} MB，不像是年报，已停止读取。",
        cap / MB
    )
}

fn cut(name: &str) -> String {
    format!(
        "文件不完整（{name} 的数据被截断），可能下载或复制时中断。请重新下载或复制原文件后再导入。"
    )
}

fn wrong_size(name: &str) -> String {
    format!("文件已损坏：{name} 解压后的大小与 zip 目录所记不符。请用 Word 或 WPS 打开并另存为 .docx 后再导入。")
}
