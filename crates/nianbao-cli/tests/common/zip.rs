//! A tiny zip writer for hand-made .docx files (a document without tables, a zip bomb), and a
//! reader of local headers to find a part's compressed bytes in a real one. Deflate by
//! miniz_oxide; the CRC-32 by hand.

use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};

/// A part as stored: its name, its bytes (deflated, or stored as they are), and the CRC-32 and
/// size of its content.
pub struct Part {
    pub name: String,
    /// 8 deflate, 0 stored.
    pub method: u16,
    pub packed: Vec<u8>,
    pub crc: u32,
    pub size: u32,
}

impl Part {
    /// `content` deflated.
    pub fn new(name: &str, content: &[u8]) -> Part {
        Part {
            name: name.to_owned(),
            method: 8,
            packed: deflate(content, TDEFLFlush::Finish),
            crc: Crc::default().update(content).value(),
            size: content.len() as u32,
        }
    }

    /// `content` stored as it is (what zip tools do with photographs).
    pub fn stored(name: &str, content: Vec<u8>) -> Part {
        Part {
            name: name.to_owned(),
            method: 0,
            crc: Crc::default().update(&content).value(),
            size: content.len() as u32,
            packed: content,
        }
    }
}

/// Raw deflate of `input` in one go. `Sync` leaves the stream open and byte-aligned, so the
/// output can be followed by more blocks: streams are built by concatenation.
pub fn deflate(input: &[u8], flush: TDEFLFlush) -> Vec<u8> {
    // Negative window bits: raw deflate, no zlib header (what a zip stores).
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(6, -15, 0));
    let mut out = vec![0; input.len() + 1024];
    let (status, read, written) = compress(&mut compressor, input, &mut out, flush);
    assert!(
        matches!(status, TDEFLStatus::Okay | TDEFLStatus::Done) && read == input.len(),
        "deflate: {status:?}, {read} of {} bytes read",
        input.len()
    );
    out.truncate(written);
    out
}

/// CRC-32 (IEEE, as zip uses it), fed piece by piece.
pub struct Crc {
    table: [u32; 256],
    state: u32,
}

impl Default for Crc {
    fn default() -> Crc {
        let mut table = [0u32; 256];
        for (i, entry) in table.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *entry = c;
        }
        Crc {
            table,
            state: 0xFFFF_FFFF,
        }
    }
}

impl Crc {
    pub fn update(mut self, bytes: &[u8]) -> Crc {
        for &b in bytes {
            self.state = self.table[((self.state ^ b as u32) & 0xFF) as usize] ^ (self.state >> 8);
        }
        self
    }

    pub fn value(&self) -> u32 {
        !self.state
    }
}

/// The zip of `parts`: local headers and data, the central directory, the end record.
pub fn zip(parts: &[Part]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for part in parts {
        let offset = out.len() as u32;
        let fixed = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes()); // version needed
            out.extend_from_slice(&0u16.to_le_bytes()); // flags
            out.extend_from_slice(&part.method.to_le_bytes());
            out.extend_from_slice(&0u32.to_le_bytes()); // time and date
            out.extend_from_slice(&part.crc.to_le_bytes());
            out.extend_from_slice(&(part.packed.len() as u32).to_le_bytes());
            out.extend_from_slice(&part.size.to_le_bytes());
            out.extend_from_slice(&(part.name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes()); // extra
        };
        out.extend_from_slice(b"PK\x03\x04");
        fixed(&mut out);
        out.extend_from_slice(part.name.as_bytes());
        out.extend_from_slice(&part.packed);

        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        fixed(&mut central);
        // Comment length, disk number, internal and external attributes.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(part.name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment
    out
}

/// Every part of `zip` as its local headers give it (sizes in the header: the writers here
/// never defer them to a data descriptor).
pub fn parts(zip: &[u8]) -> Vec<Part> {
    walk(zip).into_iter().map(|(part, _)| part).collect()
}

/// Where the compressed bytes of part `name` lie in `zip`.
pub fn packed_range(zip: &[u8], name: &str) -> std::ops::Range<usize> {
    let (part, data) = walk(zip)
        .into_iter()
        .find(|(part, _)| part.name == name)
        .unwrap_or_else(|| panic!("no part {name} among the local headers"));
    data..data + part.packed.len()
}

/// Each part, and where its bytes start.
fn walk(zip: &[u8]) -> Vec<(Part, usize)> {
    let u16_at = |at: usize| u16::from_le_bytes([zip[at], zip[at + 1]]);
    let u32_at = |at: usize| u32::from_le_bytes(zip[at..at + 4].try_into().unwrap());
    let mut out = Vec::new();
    let mut at = 0;
    while zip[at..].starts_with(b"PK\x03\x04") {
        assert_eq!(u16_at(at + 6) & 8, 0, "sizes deferred to a data descriptor");
        let packed = u32_at(at + 18) as usize;
        let name_len = u16_at(at + 26) as usize;
        let data = at + 30 + name_len + u16_at(at + 28) as usize;
        let part = Part {
            name: String::from_utf8(zip[at + 30..at + 30 + name_len].to_vec()).unwrap(),
            method: u16_at(at + 8),
            packed: zip[data..data + packed].to_vec(),
            crc: u32_at(at + 14),
            size: u32_at(at + 22),
        };
        out.push((part, data));
        at = data + packed;
    }
    out
}
