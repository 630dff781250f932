//! How long writing a full report takes in each export format, natively.
//! Budget (issue 8): any export of a full report under 5 ms natively.

use criterion::{criterion_group, criterion_main, Criterion};
use nianbao::export::{export, fragment, Format};
use nianbao::json::read_report;
use std::hint::black_box;
use std::path::PathBuf;

fn benches(c: &mut Criterion) {
    // The sample with the longest narrative and every table filled.
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/samples/平潭综合实验区_2022.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let report = read_report(&text).expect("sample reads");
    for format in [Format::Doc, Format::Docx, Format::Json] {
        c.bench_function(
            &format!("export a full report as .{}", format.extension()),
            |b| b.iter(|| export(black_box(&report), format)),
        );
    }
    c.bench_function("the web-page fragment of a full report", |b| {
        b.iter(|| fragment(black_box(&report)))
    });
}

criterion_group!(exports, benches);
criterion_main!(exports);
