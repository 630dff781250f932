//! The importer on files another office suite made: three samples' Word-ready HTML saved as .docx
//! by LibreOffice (its own WordprocessingML, not ours), and their .docx printed to PDF by
//! LibreOffice and turned into text by `pdftotext -layout`, as a clerk gets text out of a PDF.
//! The .docx must give the same tables, 机关 and 年度; the PDF text must give the same tables, or
//! name in its doubts every row it could not read — and then leave those cells blank, never put a
//! wrong number in them.
//!
//! Needs `soffice` and `pdftotext` (scripts/tools.sh installs them), so it is ignored by a plain
//! `cargo test`; scripts/test.sh runs it with `--ignored`, as it runs tests/libreoffice.rs.

mod common;

use common::office::{finish, soffice};
use common::reports::{failures, read, table_differences};
use nianbao::export::{export, Format};
use nianbao::import::{charset, import, Imported, Note};
use nianbao::model::CountCell;
use nianbao::Report;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Three samples: a department's report whose title has no year, the government report with the
/// longest narrative, and a report in the 2019 format whose 表二 is all blank (a PDF keeps no
/// trace of a blank cell).
const SAMPLES: [&str; 3] = [
    "八卦洲街道_2021",
    "平潭综合实验区_2022",
    "平潭综合实验区_2020_旧格式",
];

/// The files LibreOffice and poppler made, once for all the tests here.
struct Made {
    /// Per sample: the reference, the .docx LibreOffice saved from our HTML, the PDF text.
    samples: Vec<(String, Report, PathBuf, PathBuf)>,
}

fn made() -> &'static Made {
    static MADE: OnceLock<Made> = OnceLock::new();
    MADE.get_or_init(|| {
        let dir =
            std::env::temp_dir().join(format!("nianbao-libreoffice-import-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["ours", "lo-docx", "pdf"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        let reports: Vec<Report> = SAMPLES
            .iter()
            .map(|name| read(&common::samples().join(format!("{name}.json"))))
            .collect();
        let (mut html, mut docx) = (Vec::new(), Vec::new());
        for (i, report) in reports.iter().enumerate() {
            for (format, list) in [(Format::Html, &mut html), (Format::Docx, &mut docx)] {
                let file = dir.join("ours").join(format!("{i}.{}", format.extension()));
                std::fs::write(&file, export(report, format)).unwrap();
                list.push(file);
            }
        }
        soffice(&dir, "docx:MS Word 2007 XML", &dir.join("lo-docx"), &html);
        soffice(&dir, "pdf", &dir.join("pdf"), &docx);
        let samples = reports
            .into_iter()
            .enumerate()
            .map(|(i, report)| {
                let pdf = dir.join("pdf").join(format!("{i}.pdf"));
                let text = pdf.with_extension("txt");
                let mut command = Command::new("pdftotext");
                command.arg("-layout").arg(&pdf).arg(&text);
                finish(command);
                let docx = dir.join("lo-docx").join(format!("{i}.docx"));
                (SAMPLES[i].to_owned(), report, docx, text)
            })
            .collect();
        Made { samples }
    })
}

/// What an import of a rendering of `original` must give: the 2021 format.
fn expected(original: &Report) -> Report {
    nianbao::convert::to_gb2021(original).map_or_else(|| original.clone(), |c| c.report)
}

fn imported(file: &Path) -> Result<Imported, String> {
    import(&std::fs::read(file).unwrap(), charset::platform())
}

/// Says `text` on the test's own standard error, which the harness does not capture, so that it
/// shows in scripts/test.sh's output even when the test passes.
fn tell(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

#[test]
#[ignore = "needs LibreOffice; scripts/test.sh runs it"]
fn libreoffices_docx_of_our_html_gives_the_tables_agency_and_year() {
    let results: Vec<(String, Vec<String>)> = made()
        .samples
        .iter()
        .map(|(name, report, docx, _)| {
            let differences = match imported(docx) {
                Err(message) => vec![format!("not imported: {message}")],
                Ok(got) => {
                    let want = expected(report);
                    let mut out = table_differences(&got.report, &want);
                    if got.report.meta.agency != want.meta.agency {
                        out.push(format!("meta.agency: {}", got.report.meta.agency));
                    }
                    if got.report.meta.year != want.meta.year {
                        out.push(format!("meta.year: {:?}", got.report.meta.year));
                    }
                    if !out.is_empty() {
                        out.push(got.notes.to_text());
                    }
                    out
                }
            };
            (name.clone(), differences)
        })
        .collect();
    let message = failures(&results);
    assert!(message.is_empty(), "{message}");
}

/// The notes that name a place of the tables as not read: doubts and things not found.
fn doubted(notes: &nianbao::import::ImportReport) -> Vec<&Note> {
    notes
        .doubts
        .iter()
        .chain(&notes.missing)
        .filter(|n| {
            n.path.as_deref().is_some_and(|p| {
                ["proactive", "requests", "appeals"].contains(&p.split('.').next().unwrap())
            })
        })
        .collect()
}

/// Every cell (and the fees) of `got` that is wrong and not excused: a cell may differ from
/// `want` only inside a row a note names, and there only by being blank.
fn unexplained(got: &Imported, want: &Report) -> Vec<String> {
    let rows: Vec<&str> = doubted(&got.notes)
        .iter()
        .filter_map(|n| n.path.as_deref())
        .collect();
    let in_doubt = |path: &str| {
        rows.iter()
            .any(|row| path == *row || path.strip_prefix(row).is_some_and(|r| r.starts_with('.')))
    };
    let fees = |r: &Report| r.proactive.fees.as_ref().map(ToString::to_string);
    let cells = CountCell::all()
        .map(|cell| {
            let show = |r: &Report| r.count(cell).map(|n| n.to_string());
            (cell.path(), show(&got.report), show(want))
        })
        .chain([("proactive.fees".to_owned(), fees(&got.report), fees(want))]);
    let mut out = Vec::new();
    for (path, got, want) in cells.filter(|(_, got, want)| got != want) {
        if !in_doubt(&path) {
            out.push(format!(
                "{path}: {got:?} ≠ {want:?}, and no note names its row"
            ));
        } else if got.is_some() {
            out.push(format!(
                "{path}: {got:?} ≠ {want:?} in a row in doubt: a wrong number, not a blank"
            ));
        }
    }
    out
}

#[test]
#[ignore = "needs LibreOffice and poppler; scripts/test.sh runs it"]
fn pdf_text_gives_the_tables_or_names_the_rows_it_could_not_read() {
    let mut results = Vec::new();
    for (name, report, _, text) in &made().samples {
        let differences = match imported(text) {
            Err(message) => vec![format!("not imported: {message}")],
            Ok(got) => {
                let notes = doubted(&got.notes);
                tell(&format!(
                    "{name}, text of the PDF: {} rows in doubt or not found",
                    notes.len()
                ));
                for note in notes {
                    tell(&format!(
                        "    {}  [{}]",
                        note.message,
                        note.path.as_deref().unwrap_or("")
                    ));
                }
                unexplained(&got, &expected(report))
            }
        };
        results.push((name.clone(), differences));
    }
    let message = failures(&results);
    assert!(message.is_empty(), "{message}");
}

#[test]
#[ignore = "needs LibreOffice and poppler; scripts/test.sh runs it"]
fn pdf_text_gives_the_agency_and_year() {
    // The title prints on two lines (「平潭综合实验区 2020 年」「政府信息公开工作年度报告」); a
    // line of the preamble that mentions another 年度报告 is not a title.
    let mut results = Vec::new();
    for (name, report, _, text) in &made().samples {
        let mut differences = Vec::new();
        match imported(text) {
            Err(message) => differences.push(format!("not imported: {message}")),
            Ok(got) => {
                let meta = &got.report.meta;
                if meta.agency != report.meta.agency {
                    differences.push(format!(
                        "meta.agency: {} ≠ {}",
                        meta.agency, report.meta.agency
                    ));
                }
                if meta.year != report.meta.year {
                    differences.push(format!(
                        "meta.year: {:?} ≠ {:?}",
                        meta.year, report.meta.year
                    ));
                }
                if got.report.title() != report.title() {
                    differences.push(format!(
                        "title: {} ≠ {}",
                        got.report.title(),
                        report.title()
                    ));
                }
            }
        }
        results.push((name.clone(), differences));
    }
    let message = failures(&results);
    assert!(message.is_empty(), "{message}");
}
