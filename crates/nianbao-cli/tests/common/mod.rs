//! Shared by the command's tests (`mod common;`): the samples beside the repository, running the
//! built `nianbao`, and a scratch folder per test.

// Each test file uses its own subset.
#![allow(dead_code)]

pub mod office;
pub mod reports;
pub mod zip;

use std::path::PathBuf;
use std::process::{Command, Output};

pub fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples")
}

/// The path of the sample `name` (without .json), which must exist.
pub fn sample(name: &str) -> String {
    let path = samples().join(format!("{name}.json"));
    assert!(path.is_file(), "missing sample {}", path.display());
    path.to_string_lossy().into_owned()
}

pub fn nianbao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(args)
        .output()
        .expect("the nianbao binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// A folder of its own for the test `name`.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nianbao-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
