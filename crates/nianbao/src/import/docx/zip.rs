//! The zip container's directory, read without trusting a single number in it: the end record is
//! searched from the back (a comment may follow it), zip64 records are followed when a count or
//! an offset overflows 16 or 32 bits, and bytes in front of the archive (a self-extractor, a
//! mail gateway's prefix) shift every offset by the same amount. Every read is `get`, every sum
//! `checked_add`: a cut or scrambled file gives a message, never a panic.

/// End of central directory; the zip64 locator and end record; a central directory entry.
const END: u32 = 0x0605_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const ZIP64_END: u32 = 0x0606_4b50;
const CENTRAL: u32 = 0x0201_4b50;

/// Fixed lengths of the records above, before their variable fields.
const END_LEN: usize = 22;
const LOCATOR_LEN: usize = 20;
const ZIP64_END_LEN: usize = 56;
const CENTRAL_LEN: usize = 46;
/// The longest comment the end record can announce.
const MAX_COMMENT: usize = 0xFFFF;

const TRUNCATED: &str =
    "文件不完整（zip 目录缺失），可能下载或复制时中断。请重新下载或复制原文件后再导入。";
const DIRECTORY_DAMAGED: &str =
    "文件已损坏（zip 目录不完整），可能下载或复制时中断。请重新下载或复制原文件后再导入。";

/// One file of the archive as its central directory describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The name as stored: ASCII for every part of an Office file.
    pub name: &'a [u8],
    pub flags: u16,
    pub method: u16,
    pub crc: u32,
    pub packed: u64,
    pub size: u64,
    /// Where its local header starts in the file (any prefix already added).
    pub local: u64,
}

impl Entry<'_> {
    /// The name for messages and listings; names stored in GBK (no UTF-8 flag, as old Chinese
    /// zip tools write them) come out with replacement characters.
    pub fn display_name(&self) -> String {
        String::from_utf8_lossy(self.name).into_owned()
    }
}

/// A zip file's bytes and its directory.
pub struct Archive<'a> {
    pub bytes: &'a [u8],
    pub entries: Vec<Entry<'a>>,
}

impl<'a> Archive<'a> {
    /// Reads the directory of `bytes`. Err is a Chinese message.
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, String> {
        let end = find_end(bytes).ok_or(TRUNCATED)?;
        let directory = directory_of(bytes, end).ok_or(DIRECTORY_DAMAGED)?;
        let entries = entries(bytes, &directory).ok_or(DIRECTORY_DAMAGED)?;
        Ok(Archive { bytes, entries })
    }

    /// The entry named `name`. OPC compares part names without regard to ASCII case, and some
    /// writers put a leading '/' on entry names.
    pub fn entry(&self, name: &str) -> Option<&Entry<'a>> {
        self.entries.iter().find(|e| {
            let stored = e.name.strip_prefix(b"/").unwrap_or(e.name);
            stored.eq_ignore_ascii_case(name.as_bytes())
        })
    }
}

/// Where the central directory is, how many entries it says it has, and how many bytes precede
/// the archive in the file.
struct Directory {
    offset: u64,
    size: u64,
    count: u64,
    prefix: u64,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let end = at.checked_add(2)?;
    Some(u16::from_le_bytes(bytes.get(at..end)?.try_into().ok()?))
}

pub fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let end = at.checked_add(4)?;
    Some(u32::from_le_bytes(bytes.get(at..end)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    let end = at.checked_add(8)?;
    Some(u64::from_le_bytes(bytes.get(at..end)?.try_into().ok()?))
}

pub fn field_u16(bytes: &[u8], at: usize) -> Option<usize> {
    u16_at(bytes, at).map(usize::from)
}

/// The offset of the end record: the last signature from the back whose comment fits in what
/// follows it (a signature-like run of bytes inside the comment would not).
fn find_end(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(END_LEN)?;
    let first = last.saturating_sub(MAX_COMMENT);
    (first..=last).rev().find(|&at| {
        u32_at(bytes, at) == Some(END)
            && field_u16(bytes, at + 20)
                .and_then(|comment| (at + END_LEN).checked_add(comment))
                .is_some_and(|end| end <= bytes.len())
    })
}

/// The directory the end record (or its zip64 twin) points at, with the prefix in front of the
/// archive (if any) added to its offset.
fn directory_of(bytes: &[u8], end: usize) -> Option<Directory> {
    let mut directory = Directory {
        count: u64::from(u16_at(bytes, end + 10)?),
        size: u64::from(u32_at(bytes, end + 12)?),
        offset: u64::from(u32_at(bytes, end + 16)?),
        prefix: 0,
    };
    // The end record proper sits right after the directory; with zip64, the zip64 end record and
    // its locator sit in between.
    let mut record = end;
    if directory.count == 0xFFFF || directory.size == 0xFFFF_FFFF || directory.offset == 0xFFFF_FFFF
    {
        if let Some((zip64, at)) = zip64_directory(bytes, end) {
            directory = zip64;
            record = at;
        }
    }
    // A prefix shifts every offset by its length: what lies between where the directory should
    // end and where it does.
    let expected_end = directory.offset.checked_add(directory.size)?;
    let prefix = (record as u64).checked_sub(expected_end)?;
    if prefix > 0 && u32_at(bytes, usize::try_from(directory.offset).ok()?) != Some(CENTRAL) {
        directory.offset = directory.offset.checked_add(prefix)?;
        directory.prefix = prefix;
    }
    Some(directory)
}

/// The zip64 end record through its locator, and where it starts.
fn zip64_directory(bytes: &[u8], end: usize) -> Option<(Directory, usize)> {
    let locator = end.checked_sub(LOCATOR_LEN)?;
    if u32_at(bytes, locator)? != ZIP64_LOCATOR {
        return None;
    }
    // Where the locator says, or — when a prefix shifted the archive — right before the locator,
    // where a zip64 end record without extensible data always sits.
    let declared = usize::try_from(u64_at(bytes, locator + 8)?).ok();
    let at = declared
        .into_iter()
        .chain(locator.checked_sub(ZIP64_END_LEN))
        .find(|&at| u32_at(bytes, at) == Some(ZIP64_END))?;
    let directory = Directory {
        count: u64_at(bytes, at.checked_add(32)?)?,
        size: u64_at(bytes, at.checked_add(40)?)?,
        offset: u64_at(bytes, at.checked_add(48)?)?,
        prefix: 0,
    };
    Some((directory, at))
}

/// The directory's entries; None when one is missing or cut. The count is not trusted for an
/// allocation: an entry takes at least 46 bytes.
fn entries<'a>(bytes: &'a [u8], directory: &Directory) -> Option<Vec<Entry<'a>>> {
    let start = usize::try_from(directory.offset).ok()?;
    let mut at = start;
    let room = bytes.len().saturating_sub(start) / CENTRAL_LEN;
    let count = usize::try_from(directory.count).ok()?;
    let mut out = Vec::with_capacity(count.min(room));
    for _ in 0..count {
        if u32_at(bytes, at)? != CENTRAL {
            return None;
        }
        let name_len = field_u16(bytes, at + 28)?;
        let extra_len = field_u16(bytes, at + 30)?;
        let comment_len = field_u16(bytes, at + 32)?;
        let name_at = at.checked_add(CENTRAL_LEN)?;
        let extra_at = name_at.checked_add(name_len)?;
        let next = extra_at.checked_add(extra_len)?.checked_add(comment_len)?;
        let mut entry = Entry {
            name: bytes.get(name_at..extra_at)?,
            flags: u16_at(bytes, at + 8)?,
            method: u16_at(bytes, at + 10)?,
            crc: u32_at(bytes, at + 16)?,
            packed: u64::from(u32_at(bytes, at + 20)?),
            size: u64::from(u32_at(bytes, at + 24)?),
            local: u64::from(u32_at(bytes, at + 42)?),
        };
        widen(
            &mut entry,
            bytes.get(extra_at..extra_at.checked_add(extra_len)?)?,
        );
        // Local headers are shifted by the same prefix as the directory.
        entry.local = entry.local.checked_add(directory.prefix)?;
        out.push(entry);
        at = next;
    }
    Some(out)
}

/// Sizes and offsets that did not fit in 32 bits, from the zip64 extra field (id 1), which holds
/// only those that overflowed, in this order.
fn widen(entry: &mut Entry, extra: &[u8]) {
    let mut at = 0;
    while let (Some(id), Some(len)) = (u16_at(extra, at), field_u16(extra, at + 2)) {
        let data_at = at + 4;
        let Some(data) = data_at
            .checked_add(len)
            .and_then(|end| extra.get(data_at..end))
        else {
            return;
        };
        if id == 1 {
            let mut fields = data.chunks_exact(8).filter_map(|c| c.try_into().ok());
            let mut next = |value: &mut u64| {
                if *value == 0xFFFF_FFFF {
                    if let Some(wide) = fields.next() {
                        *value = u64::from_le_bytes(wide);
                    }
                }
            };
            next(&mut entry.size);
            next(&mut entry.packed);
            next(&mut entry.local);
            return;
        }
        at = data_at + len;
    }
}
