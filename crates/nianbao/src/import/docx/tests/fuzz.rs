//! Whatever the bytes, `read` returns: arbitrary bytes, and a real exported .docx cut anywhere,
//! with bytes flipped, or with its document part's XML mangled (re-zipped with a correct CRC so
//! that the XML reader, not the CRC check, meets the damage).

use super::exported::sample;
use super::*;
use crate::export::{export, Format};
use proptest::prelude::*;
use std::sync::OnceLock;

fn exported() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| export(&sample(), Format::Docx))
}

fn exported_xml() -> &'static [u8] {
    static XML: OnceLock<Vec<u8>> = OnceLock::new();
    XML.get_or_init(|| {
        crate::export::docx::parts(&sample())
            .into_iter()
            .find(|(name, _)| *name == "word/document.xml")
            .map(|(_, xml)| xml.into_bytes())
            .unwrap()
    })
}

/// `bytes` with each (position, value) written over it, positions taken modulo the length.
fn flipped(bytes: &[u8], flips: &[(usize, u8)]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, value) in flips {
        let at = at % out.len();
        out[at] ^= value | 1;
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read(&bytes);
        let _ = read(&[b"PK\x03\x04", &bytes[..]].concat());
        let _ = read(&[&bytes[..], b"PK\x05\x06", &bytes[..bytes.len().min(18)]].concat());
    }

    #[test]
    fn a_cut_or_flipped_docx_never_panics(
        cut in 0usize..100_000,
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8),
    ) {
        let bytes = exported();
        let _ = read(&bytes[..cut.min(bytes.len())]);
        let damaged = flipped(bytes, &flips);
        let _ = read(&damaged);
        // The end of the file holds the directory: damage it there too.
        let tail: Vec<(usize, u8)> = flips.iter().map(|&(at, v)| (bytes.len() - 1 - at % 200, v)).collect();
        let _ = read(&flipped(bytes, &tail));
    }

    #[test]
    fn mangled_xml_never_panics(
        cut in 0usize..1_000_000,
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..16),
        splice in proptest::collection::vec(
            prop::sample::select(vec!["<w:tbl>", "</w:tc>", "<w:tr>", "<w:vMerge/>", "<w:gridSpan w:val=\"99999999999\"/>", "</w:p>", "<mc:Fallback>", "<w:del>", "&amp;", "&#0;", "<![CDATA[", "<w:t>"]),
            0..6,
        ),
        at in 0usize..1_000_000,
    ) {
        let xml = exported_xml();
        let mut mangled = flipped(&xml[..cut.min(xml.len()).max(1)], &flips);
        let at = at % mangled.len();
        mangled.splice(at..at, splice.concat().into_bytes());
        let _ = read(&zip(&[Raw::deflated("word/document.xml", &mangled)]));
    }
}
