//! The `nianbao` command: checks report files with the same library the browser app uses, for
//! offices that collect many reports, and converts them to Word and JSON.
//! `nianbao check [--json] [--last-year FILE] FILE_OR_FOLDER...`, `nianbao convert IN -o OUT`,
//! `nianbao import IN [-o OUT] [--json]`

mod args;
mod check;
mod claims;
mod clock;
mod convert;
mod import;
mod sum;
mod walk;

use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&argv) {
        Ok(args::Command::Check(options)) => check::run(&options),
        Ok(args::Command::Convert(options)) => convert::run(&options),
        Ok(args::Command::Import(options)) => import::run(&options),
        Ok(args::Command::Sum(options)) => sum::run(&options),
        Ok(args::Command::Help) => {
            print!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("nianbao：{message}");
            eprint!("{}", args::USAGE);
            ExitCode::from(2)
        }
    }
}
