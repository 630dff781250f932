//! How long the checks take: on every keystroke in the editor, and per file in `nianbao check`.
//! Budget (issue 3): one report, every rule, under 50 µs natively.

use criterion::{criterion_group, criterion_main, Criterion};
use nianbao::json::read_report;
use nianbao::rules::check;
use std::hint::black_box;
use std::path::PathBuf;

fn sample_text(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/samples")
        .join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn benches(c: &mut Criterion) {
    let this_year = read_report(&sample_text("平潭综合实验区公安局_2022")).expect("sample reads");
    let last_year = read_report(&sample_text("平潭综合实验区公安局_2021")).expect("sample reads");
    let market = read_report(&sample_text("平潭综合实验区市场监督管理局_2022")).expect("reads");

    c.bench_function("check one report (every rule, with last year)", |b| {
        b.iter(|| check(black_box(&this_year), Some(black_box(&last_year))))
    });
    c.bench_function("check one report with findings (no last year)", |b| {
        b.iter(|| check(black_box(&market), None))
    });
    let text = sample_text("平潭综合实验区_2022");
    c.bench_function("read and check a sample file's text", |b| {
        b.iter(|| {
            let report = read_report(black_box(&text)).expect("reads");
            check(&report, None)
        })
    });
}

criterion_group!(checks, benches);
criterion_main!(checks);
