//! Turns `nianbao check`'s arguments into the list of files to check: a folder is walked
//! recursively in name order, taking only the files that look like reports; a file given by name
//! is always taken. Each file is taken once, however many arguments lead to it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The extensions (lower case) of the files taken from a folder: every input `nianbao import`
/// reads, and JSON.
const REPORT_EXTENSIONS: [&str; 5] = ["json", "docx", "html", "htm", "txt"];

/// What the arguments lead to.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The files to check, in order: the arguments in turn, a folder's files in its place.
    pub files: Vec<PathBuf>,
    /// Whether any argument was a folder.
    pub any_folder: bool,
    /// Folders that could not be listed, with the reason.
    pub unlisted: Vec<(PathBuf, String)>,
}

pub fn collect(arguments: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    let mut seen = HashSet::new();
    for argument in arguments {
        // A folder given by name is followed even through a symbolic link.
        if argument.is_dir() {
            inputs.any_folder = true;
            walk(argument, &mut inputs, &mut seen);
        } else {
            // A missing or unreadable file stays on the list so that it is reported.
            take(argument.clone(), &mut inputs.files, &mut seen);
        }
    }
    inputs
}

/// Adds `file` unless the same file (after resolving links) is already there.
fn take(file: PathBuf, files: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>) {
    let key = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
    if seen.insert(key) {
        files.push(file);
    }
}

fn walk(folder: &Path, inputs: &mut Inputs, seen: &mut HashSet<PathBuf>) {
    // A folder reached twice (given twice, or inside another one given) is walked again, but
    // `take` drops the files already on the list.
    let mut entries = match std::fs::read_dir(folder).and_then(|entries| {
        entries
            .map(|entry| entry.map(|e| (e.file_name(), e.path(), e.file_type())))
            .collect::<Result<Vec<_>, _>>()
    }) {
        Ok(entries) => entries,
        Err(error) => {
            inputs
                .unlisted
                .push((folder.to_owned(), format!("无法列出文件夹内容（{error}）")));
            return;
        }
    };
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, path, kind) in entries {
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = kind else { continue };
        if kind.is_dir() {
            walk(&path, inputs, seen);
        } else if kind.is_symlink() {
            // A link to a folder is not followed (it could lead back up: a loop); a link to a
            // report file is taken.
            if path.is_file() && looks_like_a_report(&path) {
                take(path, &mut inputs.files, seen);
            }
        } else if kind.is_file() && looks_like_a_report(&path) {
            take(path, &mut inputs.files, seen);
        }
    }
}

/// Whether a file in a folder is taken: by its extension, in any case.
pub fn looks_like_a_report(path: &Path) -> bool {
    path.extension()
        .map(|extension| extension.to_string_lossy().to_lowercase())
        .is_some_and(|extension| REPORT_EXTENSIONS.contains(&extension.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_extensions_in_any_case() {
        for name in [
            "a.json",
            "b.DOCX",
            "c.Html",
            "d.htm",
            "e.TXT",
            "目录/年报.docx",
        ] {
            assert!(looks_like_a_report(Path::new(name)), "{name}");
        }
        for name in ["a.png", "b.doc", "c", "d.json.bak", "e.pdf"] {
            assert!(!looks_like_a_report(Path::new(name)), "{name}");
        }
    }
}
