//! The reader checked against the project's own export, against hand-written WordprocessingML
//! for every merge and revision Word writes, against broken and foreign zips, and against
//! arbitrary and mutated bytes. The zips are built here, byte by byte, so that each can be
//! broken in exactly one way.

mod broken;
mod exported;
mod fuzz;
mod tables;
mod text;

use super::read;
use crate::export::docx::crc32;
use crate::import::document::{Block, Document, Table};

/// One entry to be zipped, its fields public so a test can break one of them.
#[derive(Clone)]
pub struct Raw {
    pub name: String,
    pub method: u16,
    pub flags: u16,
    pub crc: u32,
    pub size: u64,
    /// The bytes as stored (deflated or not).
    pub data: Vec<u8>,
}

impl Raw {
    pub fn stored(name: &str, content: &[u8]) -> Raw {
        Raw {
            name: name.to_owned(),
            method: 0,
            flags: 0,
            crc: crc32(content),
            size: content.len() as u64,
            data: content.to_vec(),
        }
    }

    pub fn deflated(name: &str, content: &[u8]) -> Raw {
        Raw {
            method: 8,
            data: miniz_oxide::deflate::compress_to_vec(content, 6),
            ..Raw::stored(name, content)
        }
    }
}

/// How the archive around the entries is laid out.
#[derive(Default, Clone, Copy)]
pub struct Layout<'a> {
    /// Bytes in front of the archive (a self-extractor's stub).
    pub prefix: &'a [u8],
    /// The archive comment after the end record.
    pub comment: &'a [u8],
    /// Whether the end record points through zip64 records.
    pub zip64: bool,
    /// Whether entries are written as a streaming writer does (Java's ZipOutputStream, many
    /// OA systems): zeros in the local header, a data descriptor after the data.
    pub streamed: bool,
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A zip holding `entries`, laid out as `layout` says. Offsets in the records count from the
/// archive's start, as a self-extractor's do.
pub fn zip_with(entries: &[Raw], layout: Layout) -> Vec<u8> {
    let mut out = Vec::new();
    let mut offsets = Vec::new();
    for raw in entries {
        offsets.push(out.len() as u32);
        let flags = raw.flags | if layout.streamed { 8 } else { 0 };
        let known = |v: u32| if layout.streamed { 0 } else { v };
        u32le(&mut out, 0x0403_4b50);
        u16le(&mut out, 20);
        u16le(&mut out, flags);
        u16le(&mut out, raw.method);
        u32le(&mut out, 0); // time and date
        u32le(&mut out, known(raw.crc));
        u32le(&mut out, known(raw.data.len() as u32));
        u32le(&mut out, known(raw.size.min(0xFFFF_FFFF) as u32));
        u16le(&mut out, raw.name.len() as u16);
        u16le(&mut out, 0);
        out.extend_from_slice(raw.name.as_bytes());
        out.extend_from_slice(&raw.data);
        if layout.streamed {
            u32le(&mut out, 0x0807_4b50);
            u32le(&mut out, raw.crc);
            u32le(&mut out, raw.data.len() as u32);
            u32le(&mut out, raw.size.min(0xFFFF_FFFF) as u32);
        }
    }
    let directory = out.len() as u32;
    for (raw, offset) in entries.iter().zip(&offsets) {
        u32le(&mut out, 0x0201_4b50);
        u16le(&mut out, 20);
        u16le(&mut out, 20);
        u16le(&mut out, raw.flags | if layout.streamed { 8 } else { 0 });
        u16le(&mut out, raw.method);
        u32le(&mut out, 0);
        u32le(&mut out, raw.crc);
        u32le(&mut out, raw.data.len() as u32);
        u32le(&mut out, raw.size.min(0xFFFF_FFFF) as u32);
        u16le(&mut out, raw.name.len() as u16);
        u16le(&mut out, 0); // extra
        u16le(&mut out, 0); // comment
        u16le(&mut out, 0); // disk
        u16le(&mut out, 0); // internal attributes
        u32le(&mut out, 0); // external attributes
        u32le(&mut out, *offset);
        out.extend_from_slice(raw.name.as_bytes());
    }
    let size = out.len() as u32 - directory;
    let count = entries.len() as u16;
    if layout.zip64 {
        let record = out.len() as u64;
        u32le(&mut out, 0x0606_4b50);
        out.extend_from_slice(&44u64.to_le_bytes());
        u16le(&mut out, 45);
        u16le(&mut out, 45);
        u32le(&mut out, 0);
        u32le(&mut out, 0);
        out.extend_from_slice(&(count as u64).to_le_bytes());
        out.extend_from_slice(&(count as u64).to_le_bytes());
        out.extend_from_slice(&(size as u64).to_le_bytes());
        out.extend_from_slice(&(directory as u64).to_le_bytes());
        u32le(&mut out, 0x0706_4b50);
        u32le(&mut out, 0);
        out.extend_from_slice(&record.to_le_bytes());
        u32le(&mut out, 1);
    }
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    let (count, size, directory) = if layout.zip64 {
        (0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF)
    } else {
        (count, size, directory)
    };
    u16le(&mut out, count);
    u16le(&mut out, count);
    u32le(&mut out, size);
    u32le(&mut out, directory);
    u16le(&mut out, layout.comment.len() as u16);
    out.extend_from_slice(layout.comment);
    [layout.prefix, &out].concat()
}

pub fn zip(entries: &[Raw]) -> Vec<u8> {
    zip_with(entries, Layout::default())
}

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A document part whose body is `body`, declaring the prefixes Word declares.
pub fn document_xml(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
<w:document xmlns:w=\"{W}\" \
xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" \
xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" \
xmlns:v=\"urn:schemas-microsoft-com:vml\" \
mc:Ignorable=\"w14 wp14\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    )
}

pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

/// Package relationships whose officeDocument is `target`.
pub fn rels(target: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/></Relationships>"#
    )
}

/// A minimal .docx, deflated as Word writes it, whose body is `body`.
pub fn docx(body: &str) -> Vec<u8> {
    zip(&[
        Raw::deflated("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        Raw::deflated("_rels/.rels", rels("word/document.xml").as_bytes()),
        Raw::deflated("word/document.xml", document_xml(body).as_bytes()),
    ])
}

/// Reads a .docx that must read.
pub fn read_ok(bytes: &[u8]) -> Document {
    read(bytes).unwrap_or_else(|e| panic!("not read: {e}"))
}

/// The document's blocks in a form easy to compare: paragraphs as their text, tables as "表".
pub fn outline(document: &Document) -> Vec<&str> {
    document
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(text) => text.as_str(),
            Block::Table(_) => "表",
        })
        .collect()
}

pub fn tables(document: &Document) -> Vec<&Table> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
        .collect()
}

/// A paragraph of one run of `text`.
pub fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A cell with properties `properties` (inside w:tcPr) holding paragraphs `content`.
pub fn tc(properties: &str, content: &str) -> String {
    let content = if content.is_empty() {
        "<w:p/>"
    } else {
        content
    };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>{properties}</w:tcPr>{content}</w:tc>"
    )
}

pub fn tr(properties: &str, cells: &[String]) -> String {
    format!(
        "<w:tr><w:trPr>{properties}</w:trPr>{}</w:tr>",
        cells.concat()
    )
}

pub fn tbl(rows: &[String]) -> String {
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid>{}</w:tbl>",
        rows.concat()
    )
}
