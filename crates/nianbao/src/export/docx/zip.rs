//! A zip container for the .docx: deflated entries (miniz_oxide), CRC-32, a central directory.
//! Just what OOXML needs — no encryption, no zip64 (a report's parts are kilobytes), no extra
//! fields — so that it stays small in the browser and every part is read by Word, WPS and
//! LibreOffice alike.
//!
//! Entries say they were made by MS-DOS with no external attributes: an entry "made by Unix"
//! with zero permission bits is unreadable once extracted on Linux. Their time is fixed (1 January
//! 1980, the first a zip can hold), so the same report always gives the same bytes.

/// The table of CRC-32 (IEEE, reflected) remainders, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Deflate, for an entry to be stored compressed.
const METHOD_DEFLATE: u16 = 8;
/// Zip format 2.0: what deflate needs; the upper byte 0 says MS-DOS.
const VERSION: u16 = 20;
/// 1980-01-01 in MS-DOS date form; time 00:00.
const DOS_DATE: u16 = (1 << 5) | 1;

struct Entry {
    name: String,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
}

/// Writes entries one after another, then the central directory.
pub struct ZipWriter {
    bytes: Vec<u8>,
    entries: Vec<Entry>,
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl ZipWriter {
    pub fn new() -> ZipWriter {
        ZipWriter {
            bytes: Vec::with_capacity(64 * 1024),
            entries: Vec::new(),
        }
    }

    /// Adds the file `name` (ASCII, `/` between folders) holding `data`.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let packed = miniz_oxide::deflate::compress_to_vec(data, 6);
        let entry = Entry {
            name: name.to_owned(),
            crc: crc32(data),
            compressed: packed.len() as u32,
            size: data.len() as u32,
            offset: self.bytes.len() as u32,
        };
        let out = &mut self.bytes;
        u32le(out, 0x0403_4b50);
        u16le(out, VERSION);
        u16le(out, 0); // flags
        u16le(out, METHOD_DEFLATE);
        u16le(out, 0); // time
        u16le(out, DOS_DATE);
        u32le(out, entry.crc);
        u32le(out, entry.compressed);
        u32le(out, entry.size);
        u16le(out, name.len() as u16);
        u16le(out, 0); // extra field length
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);
        self.entries.push(entry);
    }

    /// The finished archive.
    pub fn finish(mut self) -> Vec<u8> {
        let directory = self.bytes.len() as u32;
        let out = &mut self.bytes;
        for entry in &self.entries {
            u32le(out, 0x0201_4b50);
            u16le(out, VERSION); // made by: MS-DOS, 2.0
            u16le(out, VERSION); // needed to extract
            u16le(out, 0);
            u16le(out, METHOD_DEFLATE);
            u16le(out, 0);
            u16le(out, DOS_DATE);
            u32le(out, entry.crc);
            u32le(out, entry.compressed);
            u32le(out, entry.size);
            u16le(out, entry.name.len() as u16);
            u16le(out, 0); // extra
            u16le(out, 0); // comment
            u16le(out, 0); // disk
            u16le(out, 0); // internal attributes
            u32le(out, 0); // external attributes
            u32le(out, entry.offset);
            out.extend_from_slice(entry.name.as_bytes());
        }
        let size = out.len() as u32 - directory;
        u32le(out, 0x0605_4b50);
        u16le(out, 0);
        u16le(out, 0);
        u16le(out, self.entries.len() as u16);
        u16le(out, self.entries.len() as u16);
        u32le(out, size);
        u32le(out, directory);
        u16le(out, 0); // comment
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn entries_deflate_back_to_their_bytes() {
        let mut zip = ZipWriter::new();
        let text = "政府信息公开".repeat(200);
        zip.add("word/document.xml", text.as_bytes());
        let bytes = zip.finish();
        let entries = crate::export::docx::tests::unzip(&bytes);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].0, "word/document.xml");
        assert_eq!(entries[0].1, text.as_bytes());
        assert!(
            bytes.len() < text.len() / 4,
            "deflated: {} bytes",
            bytes.len()
        );
    }
}
