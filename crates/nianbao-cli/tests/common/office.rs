//! LibreOffice and poppler as the tests run them: each command checked, its output returned.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `command` to its end; its standard output, or a failure naming the command and its
/// standard error.
pub fn finish(mut command: Command) -> String {
    let what = format!("{command:?}");
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{what} does not run ({e}); scripts/tools.sh installs it"));
    assert!(
        output.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// LibreOffice, converting every file at once (one start-up), with a profile of its own.
pub fn soffice(dir: &Path, to: &str, out: &Path, files: &[PathBuf]) {
    let mut command = Command::new("soffice");
    command
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(out)
        .args(files)
        // The official fonts mapped to the nearest Noto faces (tests/fonts/fonts.conf).
        .env(
            "FONTCONFIG_FILE",
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fonts/fonts.conf"),
        );
    finish(command);
}
