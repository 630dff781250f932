//! `nianbao check`: reads each file, runs every check, prints the findings, and sets the exit
//! status (0 no error, 1 an error-severity finding, 2 a file that could not be read).

use crate::args::CheckOptions;
use crate::claims;
use crate::clock;
use crate::walk;
use nianbao::import::ImportReport;
use nianbao::json::{read_report_bytes, ReadErrors};
use nianbao::rules::{check_with, Context, Finding, Severity};
use nianbao::Report;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Why a file gave no report: its own problems, each with the path inside the file.
pub enum Unreadable {
    Io(String),
    Invalid(ReadErrors),
    /// A file that is not a report the importer can read (a .doc, a list page…).
    NotAReport(String),
}

/// The report in a file of any kind the importer reads, and the import report when it was not
/// JSON: a JSON file's problems keep their paths inside the file.
pub fn load_with_notes(path: &Path) -> Result<(Report, Option<ImportReport>), Unreadable> {
    let bytes = read_bytes(path)?;
    if nianbao::import::sniff::sniff(&bytes) == Ok(nianbao::import::sniff::Kind::Json) {
        return read_report_bytes(&bytes)
            .map(|report| (report, None))
            .map_err(Unreadable::Invalid);
    }
    nianbao::import::import(&bytes, nianbao::import::charset::platform())
        .map(|imported| (imported.report, Some(imported.notes)))
        .map_err(Unreadable::NotAReport)
}

pub fn load(path: &Path) -> Result<Report, Unreadable> {
    load_with_notes(path).map(|(report, _)| report)
}

pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Unreadable> {
    if path.is_dir() {
        return Err(Unreadable::Io("这是一个文件夹，不是报告文件".to_owned()));
    }
    std::fs::read(path).map_err(|error| {
        Unreadable::Io(match error.kind() {
            io::ErrorKind::NotFound => "文件不存在".to_owned(),
            io::ErrorKind::PermissionDenied => "没有读取权限".to_owned(),
            _ => format!("无法读取（{error}）"),
        })
    })
}

pub fn report_unreadable(file: &Path, problem: &Unreadable) {
    let name = file.display();
    let mut stderr = io::stderr().lock();
    // Failing to write an error message leaves nothing better to do than to go on.
    let _ = match problem {
        Unreadable::Io(reason) | Unreadable::NotAReport(reason) => {
            writeln!(stderr, "nianbao：{name}：{reason}")
        }
        Unreadable::Invalid(errors) => errors
            .iter()
            .try_for_each(|error| writeln!(stderr, "nianbao：{name}：{error}")),
    };
}

pub fn run(options: &CheckOptions) -> ExitCode {
    let mut unreadable = false;
    let last_year = match &options.last_year {
        None => None,
        Some(path) => match load(path) {
            Ok(report) => Some(report),
            Err(problem) => {
                report_unreadable(path, &problem);
                unreadable = true;
                None
            }
        },
    };
    let context = Context {
        last_year: last_year.as_ref(),
        current_year: clock::current_year(),
        ..Context::default()
    };

    let inputs = walk::collect(&options.files);
    for (folder, reason) in &inputs.unlisted {
        eprintln!("nianbao：{}：{reason}", folder.display());
        unreadable = true;
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut any_error = false;
    let mut summary = Summary::default();
    for file in &inputs.files {
        summary.files += 1;
        let report = match load_with_notes(file) {
            Ok((report, notes)) => {
                if let Some(notes) = notes {
                    say_imported(file, &notes);
                }
                report
            }
            Err(problem) => {
                report_unreadable(file, &problem);
                unreadable = true;
                summary.unreadable.push(file.clone());
                continue;
            }
        };
        let findings = check_with(&report, &context);
        let has_error = findings.iter().any(|f| f.severity == Severity::Error);
        any_error |= has_error;
        summary.readable += 1;
        summary.with_errors += usize::from(has_error);
        summary.with_warnings +=
            usize::from(findings.iter().any(|f| f.severity == Severity::Warning));
        let written = if options.json {
            write_json_lines(&mut out, file, &findings)
        } else {
            write_human(&mut out, file, &findings)
        }
        .and_then(|()| match (options.claims, options.json) {
            (false, _) => Ok(()),
            (true, true) => claims::write_json_lines(&mut out, file, &report),
            (true, false) => claims::write_human(&mut out, &report),
        });
        if written.is_err() {
            // The reader went away (a closed pipe): nothing more can be said.
            return ExitCode::from(2);
        }
    }
    if inputs.files.len() > 1 || inputs.any_folder {
        let written = if options.json {
            summary.write_json(&mut out)
        } else {
            summary.write_human(&mut out)
        };
        if written.is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    if unreadable {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A report read from a .docx, a page or text: where it came from and how much is in doubt, so
/// findings caused by a misread source can be told from the source's own.
fn say_imported(file: &Path, notes: &ImportReport) {
    let doubts = notes.doubts.len() + notes.missing.len();
    let name = file.display();
    let source = notes.source.label();
    if doubts == 0 {
        eprintln!("nianbao：{name}：从{source}读入");
    } else {
        eprintln!("nianbao：{name}：从{source}读入，{doubts} 处存疑或未找到（nianbao import {name} 可查看）");
    }
}

fn write_human(out: &mut impl Write, file: &Path, findings: &[Finding]) -> io::Result<()> {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let name = file.display();
    if findings.is_empty() {
        return writeln!(out, "{name}：未发现问题");
    }
    writeln!(out, "{name}：{errors} 个错误，{warnings} 个提醒")?;
    for finding in findings {
        writeln!(
            out,
            "  {}［{}］{}：{}",
            finding.severity.label(),
            finding.rule.id(),
            finding.path,
            finding.message
        )?;
    }
    Ok(())
}

fn write_json_lines(out: &mut impl Write, file: &Path, findings: &[Finding]) -> io::Result<()> {
    let name = file.to_string_lossy();
    for finding in findings {
        let line = serde_json::json!({
            "file": name,
            "rule": finding.rule.id(),
            "severity": finding.severity.key(),
            "path": finding.path,
            "related": finding.related,
            "message": finding.message,
        });
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The counts printed after the files when there were several, or a folder.
#[derive(Debug, Default)]
struct Summary {
    files: usize,
    readable: usize,
    /// Readable files with at least one error-severity finding.
    with_errors: usize,
    /// Readable files with at least one warning (a file may have both).
    with_warnings: usize,
    unreadable: Vec<PathBuf>,
}

impl Summary {
    fn write_human(&self, out: &mut impl Write) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "汇总")?;
        writeln!(out, "  文件数    {}", self.files)?;
        writeln!(out, "  可读取    {}", self.readable)?;
        writeln!(out, "  有错误    {}", self.with_errors)?;
        writeln!(out, "  有提醒    {}", self.with_warnings)?;
        writeln!(out, "  无法读取  {}", self.unreadable.len())?;
        for file in &self.unreadable {
            writeln!(out, "    {}", file.display())?;
        }
        Ok(())
    }

    fn write_json(&self, out: &mut impl Write) -> io::Result<()> {
        let unreadable: Vec<_> = self
            .unreadable
            .iter()
            .map(|file| file.to_string_lossy())
            .collect();
        let line = serde_json::json!({
            "summary": {
                "files": self.files,
                "readable": self.readable,
                "with_errors": self.with_errors,
                "with_warnings": self.with_warnings,
                "unreadable": self.unreadable.len(),
                "unreadable_files": unreadable,
            }
        });
        writeln!(out, "{line}")
    }
}
