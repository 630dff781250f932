//! What leaves nianbao as a file.

mod file_name;

pub use file_name::{file_name, MAX_STEM_CHARS};
