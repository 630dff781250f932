//! `nianbao import IN [-o OUT] [--json]`: reads a report out of a .docx, a web page or text (the
//! kind told by content), prints the import report, and writes the report as OUT's extension
//! asks. Exit 0 when a report was read, whatever its doubts; 2 when the file is not a report it
//! can read, and then nothing is written.

use crate::args::ImportOptions;
use crate::check::{read_bytes, report_unreadable, Unreadable};
use crate::convert::{output_format, write_whole};
use nianbao::export::export;
use std::process::ExitCode;

pub fn run(options: &ImportOptions) -> ExitCode {
    let format = match &options.output {
        None => None,
        Some(output) => match output_format(output) {
            Some(format) => Some(format),
            None => return ExitCode::from(2),
        },
    };
    let bytes = match read_bytes(&options.input) {
        Ok(bytes) => bytes,
        Err(problem) => {
            report_unreadable(&options.input, &problem);
            return ExitCode::from(2);
        }
    };
    let imported = match nianbao::import::import(&bytes, nianbao::import::charset::platform()) {
        Ok(imported) => imported,
        Err(message) => {
            report_unreadable(&options.input, &Unreadable::NotAReport(message));
            return ExitCode::from(2);
        }
    };
    if options.json {
        println!("{}", imported.notes.to_json());
    } else {
        print!("{}", imported.notes.to_text());
    }
    if let (Some(output), Some(format)) = (&options.output, format) {
        if let Err(error) = write_whole(output, &export(&imported.report, format)) {
            eprintln!("nianbao：{}：无法写入（{error}）", output.display());
            return ExitCode::from(2);
        }
        if !options.json {
            println!("已写出 {}", output.display());
        }
    }
    ExitCode::SUCCESS
}
