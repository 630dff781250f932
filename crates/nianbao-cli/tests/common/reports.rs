//! Comparing an imported report with the report it should be, field by field, so a failure names
//! every place that differs at once rather than stopping at the first.

use nianbao::layout::TextField;
use nianbao::model::CountCell;
use nianbao::Report;
use std::path::Path;

/// A report in JSON v1, which must read.
pub fn read(path: &Path) -> Report {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    nianbao::json::read_report_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
}

/// The reports of `dir`'s *.json, sorted by path.
pub fn all_in(dir: &Path) -> Vec<(String, Report)> {
    let mut out: Vec<(String, Report)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, read(&path))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Every count cell and the fees where `got` differs from `want`, as 「path: got ≠ want」.
pub fn table_differences(got: &Report, want: &Report) -> Vec<String> {
    let mut out: Vec<String> = CountCell::all()
        .filter(|&cell| got.count(cell) != want.count(cell))
        .map(|cell| {
            format!(
                "{}: {:?} ≠ {:?}",
                cell.path(),
                got.count(cell),
                want.count(cell)
            )
        })
        .collect();
    if got.proactive.fees != want.proactive.fees {
        out.push(format!(
            "proactive.fees: {:?} ≠ {:?}",
            got.proactive.fees.as_ref().map(ToString::to_string),
            want.proactive.fees.as_ref().map(ToString::to_string)
        ));
    }
    out
}

/// Text as paragraphs: each line trimmed of every kind of white space (U+3000 and U+00A0 too),
/// empty lines dropped. The writers typeset indents and paragraph spacing themselves, and a page
/// pads with &nbsp;: none of it is the report's words.
pub fn normalised(text: &str) -> String {
    text.lines()
        .map(|line| line.trim_matches(char::is_whitespace))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where the meta block differs: 机关, 年度, type, template and the printed title.
pub fn meta_differences(got: &Report, want: &Report) -> Vec<String> {
    let mut out = Vec::new();
    let mut differ = |what: &str, got: String, want: String| {
        if got != want {
            out.push(format!("{what}: {got} ≠ {want}"));
        }
    };
    differ(
        "template",
        got.template.key().into(),
        want.template.key().into(),
    );
    differ(
        "meta.agency",
        got.meta.agency.clone(),
        want.meta.agency.clone(),
    );
    differ(
        "meta.year",
        format!("{:?}", got.meta.year),
        format!("{:?}", want.meta.year),
    );
    differ(
        "meta.kind",
        got.meta.kind.key().into(),
        want.meta.kind.key().into(),
    );
    differ("title", got.title(), want.title());
    out
}

/// Where the narratives differ, whitespace normalised; `fields` says which are compared.
pub fn narrative_differences(got: &Report, want: &Report, fields: &[TextField]) -> Vec<String> {
    fields
        .iter()
        .filter(|&&field| normalised(got.text(field)) != normalised(want.text(field)))
        .map(|&field| {
            format!(
                "{}:\n    got  {:?}\n    want {:?}",
                field.key(),
                normalised(got.text(field)),
                normalised(want.text(field))
            )
        })
        .collect()
}

/// The failures of many inputs as one message: each input's name, then its differences.
pub fn failures(list: &[(String, Vec<String>)]) -> String {
    list.iter()
        .filter(|(_, differences)| !differences.is_empty())
        .map(|(name, differences)| format!("{name}:\n  {}", differences.join("\n  ")))
        .collect::<Vec<_>>()
        .join("\n")
}
