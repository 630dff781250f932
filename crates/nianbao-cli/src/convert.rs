//! `nianbao convert [--charts] IN -o OUT`: the report in IN written as OUT's extension asks
//! (.doc/.html, the Word-ready HTML; .docx, with its pictures after the tables when asked; .json). A report that cannot be read gets `check`'s messages, exit 2,
//! and no file is written; one with errors is still converted (as in the app: exporting never
//! blocks), with a word about them.

use crate::args::ConvertOptions;
use crate::check::{load, report_unreadable};
use crate::clock;
use nianbao::charts::beside_tables;
use nianbao::export::docx::docx_with_charts;
use nianbao::export::{export, Format};
use nianbao::rules::{check_with, Context, Severity};
use std::process::ExitCode;

/// The format an output file's name asks for; None, the reason said, when it names none.
/// `convert`, `import` and `sum` all write this way.
pub fn output_format(output: &std::path::Path) -> Option<Format> {
    let format = output
        .file_name()
        .and_then(|name| Format::from_file_name(&name.to_string_lossy()));
    if format.is_none() {
        eprintln!(
            "nianbao：{}：不知道要写成什么格式，输出文件名请以 .doc、.html、.docx 或 .json 结尾",
            output.display()
        );
    }
    format
}

/// Whether pictures can be put in `format`: only a .docx holds them (as Word charts); said when not.
pub fn charts_fit(format: Format, output: &std::path::Path) -> bool {
    let fit = format == Format::Docx;
    if !fit {
        eprintln!(
            "nianbao：{}：--charts 只用于 .docx（图表写成 Word 图表）；请把输出文件名改为 .docx",
            output.display()
        );
    }
    fit
}

pub fn run(options: &ConvertOptions) -> ExitCode {
    let output = options.output.display();
    let Some(format) = output_format(&options.output) else {
        return ExitCode::from(2);
    };
    if options.charts && !charts_fit(format, &options.output) {
        return ExitCode::from(2);
    }
    let same = |a: &std::path::Path, b: &std::path::Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if same(&options.input, &options.output) {
        eprintln!("nianbao：{output}：输出文件就是要转换的报告本身，请换一个文件名");
        return ExitCode::from(2);
    }
    let report = match load(&options.input) {
        Ok(report) => report,
        Err(problem) => {
            report_unreadable(&options.input, &problem);
            return ExitCode::from(2);
        }
    };
    let context = Context {
        current_year: clock::current_year(),
        ..Context::default()
    };
    let errors = check_with(&report, &context)
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let bytes = if options.charts {
        docx_with_charts(&report, &beside_tables(&report, None))
    } else {
        export(&report, format)
    };
    if let Err(error) = write_whole(&options.output, &bytes) {
        eprintln!("nianbao：{output}：无法写入（{error}）");
        return ExitCode::from(2);
    }
    if errors > 0 {
        eprintln!(
            "nianbao：{}：报告还有 {errors} 个错误，已照原样导出；用 nianbao check 查看",
            options.input.display()
        );
    }
    println!("已导出 {output}");
    ExitCode::SUCCESS
}

/// Writes `bytes` to `path` whole or not at all: into a file beside it, then renamed over it, so a
/// failure half-way (a full disk) leaves no half-written report and any earlier file intact.
pub fn write_whole(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut part = path.as_os_str().to_owned();
    part.push(format!(".nianbao-{}.part", std::process::id()));
    let part = std::path::PathBuf::from(part);
    let written = std::fs::write(&part, bytes).and_then(|()| std::fs::rename(&part, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    written
}
