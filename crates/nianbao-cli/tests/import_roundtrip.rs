//! The importer against the project's own writers: every sample report (shared/samples and
//! shared/samples/pages) exported as .docx, as the Word-ready HTML and as .doc, then imported
//! from the bytes, gives the same report back — every cell, the fees, 机关, 年度, type, title,
//! the narratives, 落款 and 成文日期. Library calls, no process: fast enough to run on all of them.

mod common;

use common::reports::{
    all_in, failures, meta_differences, narrative_differences, normalised, table_differences,
};
use nianbao::export::{export, signature, Format};
use nianbao::import::{charset, import};
use nianbao::layout::TextField;
use nianbao::Report;

/// Every sample and every page's reference report.
fn samples() -> Vec<(String, Report)> {
    let mut out = all_in(&common::samples());
    out.extend(
        all_in(&common::samples().join("pages"))
            .into_iter()
            .map(|(name, report)| (format!("pages/{name}"), report)),
    );
    assert!(out.len() >= 15, "{} samples", out.len());
    out
}

/// What an import of `original`'s export must give: a 2019-format report comes back in the 2021
/// format, converted as `nianbao::convert` converts it (the importer always converts).
fn expected(original: &Report) -> Report {
    nianbao::convert::to_gb2021(original).map_or_else(|| original.clone(), |c| c.report)
}

/// Everything that differs between the import of `bytes` and `want`.
fn differences(bytes: &[u8], want: &Report) -> Vec<String> {
    let imported = match import(bytes, charset::platform()) {
        Ok(imported) => imported,
        Err(message) => return vec![format!("not imported: {message}")],
    };
    let got = &imported.report;
    let mut out = meta_differences(got, want);
    out.extend(table_differences(got, want));
    out.extend(narrative_differences(got, want, &TextField::ALL));
    // The writers print the agency as 落款 when the report has none (export::signature), so
    // what comes back is the printed signature: compare that.
    if signature(got) != signature(want) {
        out.push(format!(
            "printed 落款: {} ≠ {}",
            signature(got),
            signature(want)
        ));
    }
    if got.meta.date != want.meta.date {
        out.push(format!(
            "meta.date: {:?} ≠ {:?}",
            got.meta.date, want.meta.date
        ));
    }
    if !out.is_empty() {
        out.push(format!("import report:\n{}", imported.notes.to_text()));
    }
    out
}

fn round_trip(format: Format) {
    let results: Vec<(String, Vec<String>)> = samples()
        .iter()
        .map(|(name, report)| {
            (
                name.clone(),
                differences(&export(report, format), &expected(report)),
            )
        })
        .collect();
    let message = failures(&results);
    assert!(
        message.is_empty(),
        "through .{}:\n{message}",
        format.extension()
    );
}

#[test]
fn every_sample_comes_back_from_our_docx() {
    round_trip(Format::Docx);
}

#[test]
fn every_sample_comes_back_from_our_word_html() {
    round_trip(Format::Html);
}

#[test]
fn every_sample_comes_back_from_our_doc() {
    round_trip(Format::Doc);
}

/// The comparison is not blind: a changed cell, fee or word is seen.
#[test]
fn a_difference_is_named() {
    let (_, report) = &samples()[0];
    let bytes = export(report, Format::Docx);
    let mut other = report.clone();
    other.proactive.licensing = Some(other.proactive.licensing.unwrap_or(0) + 1);
    other.overview.push('多');
    let found = differences(&bytes, &other).join("\n");
    assert!(found.contains("proactive.licensing"), "{found}");
    assert!(found.contains("overview"), "{found}");
    assert_eq!(normalised(" 甲\u{3000}\n\n\u{a0}乙 "), "甲\n乙");
}
