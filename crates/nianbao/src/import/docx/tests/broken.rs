//! Files that are not a readable .docx get a message naming what is wrong, and what to do.

use super::exported::sample;
use super::*;
use crate::export::{export, Format};

fn error(bytes: &[u8]) -> String {
    match read(bytes) {
        Ok(document) => panic!("read: {:?}", outline(&document)),
        Err(message) => message,
    }
}

fn assert_says(message: &str, words: &[&str]) {
    for word in words {
        assert!(message.contains(word), "「{word}」 not in 「{message}」");
    }
}

fn document_entry(raw: Raw) -> Vec<u8> {
    zip(&[
        Raw::deflated("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        Raw::deflated("_rels/.rels", rels("word/document.xml").as_bytes()),
        raw,
    ])
}

fn body_bytes() -> Vec<u8> {
    document_xml(&p("一、总体情况")).into_bytes()
}

#[test]
fn a_cut_file_says_it_is_incomplete() {
    let bytes = export(&sample(), Format::Docx);
    for cut in [4, 30, bytes.len() / 2, bytes.len() - 1] {
        assert_says(
            &error(&bytes[..cut]),
            &["文件不完整（zip 目录缺失）", "中断"],
        );
    }
    assert_says(&error(b"PK\x03\x04"), &["文件不完整"]);
    assert_says(&error(b""), &["文件不完整"]);
}

#[test]
fn a_directory_pointing_nowhere_is_damaged() {
    let mut bytes = docx(&p("一"));
    let end = bytes.len() - 22;
    // The directory's offset, made to point past the end.
    bytes[end + 16..end + 20].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
    assert_says(&error(&bytes), &["zip 目录不完整"]);
}

#[test]
fn a_corrupt_deflate_stream_names_the_part() {
    let mut raw = Raw::deflated("word/document.xml", &body_bytes());
    // A block of the reserved type 3: no inflater accepts it.
    raw.data = vec![0xFF; 16];
    assert_says(
        &error(&document_entry(raw)),
        &["word/document.xml", "无法解压"],
    );
}

#[test]
fn a_part_cut_short_inside_the_archive_names_the_part() {
    let mut raw = Raw::deflated("word/document.xml", &body_bytes());
    raw.data.truncate(raw.data.len() / 2);
    let message = error(&document_entry(raw));
    assert_says(&message, &["word/document.xml"]);
}

#[test]
fn a_crc_mismatch_names_the_part() {
    let mut raw = Raw::deflated("word/document.xml", &body_bytes());
    raw.crc ^= 1;
    assert_says(
        &error(&document_entry(raw)),
        &["word/document.xml", "校验和"],
    );
}

/// 200 MB of zeros deflated (about 200 KB), made once for the tests that need it.
fn two_hundred_megabytes_of_zeros() -> &'static [u8] {
    static PAYLOAD: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PAYLOAD.get_or_init(|| deflated_zeros(200))
}

/// `megabytes` MB of zeros deflated, without ever holding them: a zip bomb's payload.
fn deflated_zeros(megabytes: usize) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        compress, create_comp_flags_from_zip_params, CompressorOxide,
    };
    use miniz_oxide::deflate::core::{TDEFLFlush, TDEFLStatus};
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(6, 0, 0));
    let zeros = vec![0u8; 1024 * 1024];
    let mut out = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    for i in 0..megabytes {
        let flush = if i + 1 == megabytes {
            TDEFLFlush::Finish
        } else {
            TDEFLFlush::None
        };
        let mut input = &zeros[..];
        loop {
            let (status, read, written) = compress(&mut compressor, input, &mut buffer, flush);
            out.extend_from_slice(&buffer[..written]);
            input = &input[read..];
            assert!(matches!(status, TDEFLStatus::Okay | TDEFLStatus::Done));
            if input.is_empty() && (status == TDEFLStatus::Done || flush == TDEFLFlush::None) {
                break;
            }
        }
    }
    out
}

fn bomb(payload: &[u8], declared: u64) -> Vec<u8> {
    let raw = Raw {
        method: 8,
        size: declared,
        crc: 0,
        data: payload.to_vec(),
        ..Raw::stored("word/document.xml", b"")
    };
    document_entry(raw)
}

#[test]
fn a_zip_bomb_is_refused_before_it_fills_the_memory() {
    let payload = bomb(two_hundred_megabytes_of_zeros(), 200 * 1024 * 1024);
    assert!(payload.len() < 400 * 1024, "{} bytes", payload.len());
    assert_says(
        &error(&payload),
        &["word/document.xml", "解压后超过 64 MB", "不像是年报"],
    );
}

#[test]
fn a_bomb_whose_directory_lies_is_stopped_at_the_declared_size() {
    // Says 1 KB, inflates to 200 MB: stopped after 1 KB.
    let payload = two_hundred_megabytes_of_zeros();
    assert_says(&error(&bomb(payload, 1024)), &["word/document.xml", "大小"]);
    // Says 60 MB from 1 MB's worth of packed zeros: more than deflate can reach.
    let payload = deflated_zeros(1);
    assert_says(
        &error(&bomb(&payload, 60 * 1024 * 1024)),
        &["word/document.xml", "倍"],
    );
}

#[test]
fn encrypted_and_unknown_methods_are_named() {
    let mut raw = Raw::deflated("word/document.xml", &body_bytes());
    raw.flags = 1;
    assert_says(&error(&document_entry(raw)), &["加密"]);
    let mut raw = Raw::deflated("word/document.xml", &body_bytes());
    raw.method = 14; // LZMA
    assert_says(&error(&document_entry(raw)), &["不支持的压缩方式（14）"]);
}

#[test]
fn a_document_that_is_not_well_formed_names_the_part_and_place() {
    let xml = document_xml("<w:p><w:r><w:t>一、总体情况</w:t></w:p>");
    let message = error(&document_entry(Raw::deflated(
        "word/document.xml",
        xml.as_bytes(),
    )));
    assert_says(
        &message,
        &["word/document.xml", "不是完整的 XML", "第 2 行第"],
    );
    // Cut off in the middle: the end of the file is where it breaks.
    let cut = &xml[..xml.len() - 40];
    let message = error(&document_entry(Raw::deflated(
        "word/document.xml",
        cut.as_bytes(),
    )));
    assert_says(&message, &["word/document.xml", "不是完整的 XML"]);
    let latin1 = [&xml.as_bytes()[..60], b"\xE9t\xE9", &xml.as_bytes()[60..]].concat();
    let message = error(&document_entry(Raw::deflated("word/document.xml", &latin1)));
    assert_says(&message, &["UTF-8"]);
}

#[test]
fn a_document_without_text_says_so() {
    let body = format!(
        "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">\u{3000} </w:t></w:r></w:p>{}",
        "<w:p><w:r><w:drawing/></w:r></w:p>"
    );
    assert_says(&error(&docx(&body)), &["没有文字", "扫描件"]);
}

const SPREADSHEET: &str = r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="表三" sheetId="1"/></sheets></workbook>"#;

#[test]
fn an_xlsx_is_named_with_what_to_do() {
    let xlsx = zip(&[
        Raw::deflated("[Content_Types].xml", b"<Types/>"),
        Raw::deflated("_rels/.rels", rels("xl/workbook.xml").as_bytes()),
        Raw::deflated("xl/workbook.xml", SPREADSHEET.as_bytes()),
        Raw::deflated("xl/worksheets/sheet1.xml", b"<worksheet/>"),
    ]);
    assert_says(&error(&xlsx), &["Excel", "请用 Word 或 WPS 另存为 .docx"]);
    // Its relationships lost, it is still told by its parts.
    let bare = zip(&[Raw::deflated("xl/workbook.xml", SPREADSHEET.as_bytes())]);
    assert_says(&error(&bare), &["Excel", "请用 Word 或 WPS 另存为 .docx"]);
}

#[test]
fn other_zipped_documents_are_named() {
    let odt = zip(&[
        Raw::stored("mimetype", b"application/vnd.oasis.opendocument.text"),
        Raw::deflated("content.xml", b"<office:document-content/>"),
    ]);
    assert_says(
        &error(&odt),
        &["OpenDocument 文本（.odt）", "请用 Word 或 WPS 另存为 .docx"],
    );
    let pptx = zip(&[Raw::deflated("ppt/presentation.xml", b"<p:presentation/>")]);
    assert_says(&error(&pptx), &["PowerPoint"]);
    let ofd = zip(&[Raw::deflated("OFD.xml", b"<ofd:OFD/>")]);
    assert_says(&error(&ofd), &["OFD", "粘贴上年报告"]);
    let reports = zip(&[
        Raw::deflated("2021年报.docx", b"PK"),
        Raw::deflated("说明.txt", b"x"),
    ]);
    assert_says(&error(&reports), &["zip 压缩包", "2021年报.docx", "解压"]);
    let plain = zip(&[Raw::deflated("照片.jpg", b"x")]);
    assert_says(
        &error(&plain),
        &["zip 压缩包", "请用 Word 或 WPS 另存为 .docx"],
    );
}

#[test]
fn the_main_part_is_found_without_relationships_or_where_they_point() {
    let body = document_xml(&p("一、总体情况"));
    let without_rels = zip(&[Raw::deflated("word/document.xml", body.as_bytes())]);
    assert_eq!(outline(&read_ok(&without_rels)), ["一、总体情况"]);
    let elsewhere = zip(&[
        Raw::deflated("_rels/.rels", rels("/word/./main2.xml").as_bytes()),
        Raw::deflated("word/document.xml", document_xml(&p("旧")).as_bytes()),
        Raw::deflated("word/main2.xml", body.as_bytes()),
    ]);
    assert_eq!(outline(&read_ok(&elsewhere)), ["一、总体情况"]);
    // Broken relationships: Word's usual place is tried.
    let broken_rels = zip(&[
        Raw::deflated("_rels/.rels", b"<Relationships><Relation"),
        Raw::deflated("word/document.xml", body.as_bytes()),
    ]);
    assert_eq!(outline(&read_ok(&broken_rels)), ["一、总体情况"]);
}

#[test]
fn prefixes_comments_zip64_streamed_and_stored_entries_are_read() {
    let entries = [
        Raw::stored("_rels/.rels", rels("word/document.xml").as_bytes()),
        Raw::stored(
            "word/document.xml",
            document_xml(&p("一、总体情况")).as_bytes(),
        ),
    ];
    let layouts = [
        Layout {
            prefix: b"MZ self-extractor stub",
            ..Layout::default()
        },
        Layout {
            comment: "PK\x05\x06 注释".as_bytes(),
            ..Layout::default()
        },
        Layout {
            zip64: true,
            ..Layout::default()
        },
        Layout {
            zip64: true,
            prefix: b"stub",
            comment: b"c",
            ..Layout::default()
        },
    ];
    for layout in layouts {
        assert_eq!(
            outline(&read_ok(&zip_with(&entries, layout))),
            ["一、总体情况"]
        );
    }
    let deflated: Vec<Raw> = entries
        .iter()
        .map(|raw| Raw::deflated(&raw.name, &raw.data))
        .collect();
    let streamed = Layout {
        streamed: true,
        ..Layout::default()
    };
    assert_eq!(
        outline(&read_ok(&zip_with(&deflated, streamed))),
        ["一、总体情况"]
    );
}

#[test]
fn a_main_part_of_another_vocabulary_is_named() {
    let other = zip(&[
        Raw::deflated("_rels/.rels", rels("content/main.xml").as_bytes()),
        Raw::deflated("content/main.xml", b"<doc:root xmlns:doc=\"urn:x\"/>"),
    ]);
    assert_says(
        &error(&other),
        &[
            "content/main.xml",
            "<doc:root>",
            "请用 Word 或 WPS 另存为 .docx",
        ],
    );
}
