//! Whatever arrives — any string, a real page cut anywhere or with its markup scrambled — the
//! reader returns a document and never panics.

use proptest::prelude::*;

use crate::import::html::read;

fn sample_page() -> String {
    let path = format!(
        "{}/../../../shared/samples/pages/平潭综合实验区市场监督管理局_2023.html",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).expect("the sample page")
}

/// The nearest char boundary at or before `at`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Markup pieces that stress the builder when dropped anywhere.
const PIECES: [&str; 16] = [
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td rowspan=3>",
    "<td colspan=999>",
    "</td>",
    "<tbody>",
    "<script>",
    "</script>",
    "<select>",
    "<svg/>",
    "<br/>",
    "<!--",
    "<pre>",
    "&nbsp;",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_reads(text in any::<String>()) {
        let _ = read(&text);
    }

    #[test]
    fn markup_soup_reads(pieces in prop::collection::vec(
        prop_oneof![prop::sample::select(PIECES.to_vec()).prop_map(str::to_owned), "[a-z<>/=\" 一]{0,8}"],
        0..200,
    )) {
        let _ = read(&pieces.concat());
    }

    #[test]
    fn a_real_page_cut_or_scrambled_reads(
        start in 0usize..200_000,
        length in 0usize..200_000,
        inserts in prop::collection::vec((0usize..200_000, prop::sample::select(PIECES.to_vec())), 0..20),
    ) {
        let page = sample_page();
        let from = boundary(&page, start);
        let to = boundary(&page, from.saturating_add(length));
        let mut cut = page[from..to].to_owned();
        for (at, piece) in inserts {
            let at = boundary(&cut, at);
            cut.insert_str(at, piece);
        }
        let document = read(&cut);
        // Reading what was read, as text, is stable too.
        let _ = read(&document.text());
    }
}
