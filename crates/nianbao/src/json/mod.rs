//! The JSON v1 interchange format (shared/spec/json-format.md): the one way a report leaves or
//! enters the app, the command line and a consolidating office.
//!
//! Reading is all-or-nothing: every problem of a document is collected, each under its dotted
//! path with a Chinese message, and a document with any problem yields no report at all, so a
//! refused import can never leave half a report behind.

mod body;
mod encoding;
mod error;
mod migrate;
mod place;
mod read;
mod syntax;
mod write;

#[cfg(test)]
mod tests;

pub use encoding::decode;
pub use error::{ReadError, ReadErrors};
pub use read::{from_value, parse_value, read_report, read_report_bytes};
pub use write::{to_value, write_report};

/// The value of the `format` key: lets a reader refuse foreign JSON with a clear message.
pub const FORMAT: &str = "nianbao-report";

/// The newest document version this library reads and the one it writes.
pub const VERSION: u64 = 1;

// The document's own keys; the keys inside the report come from `layout`.
const KEY_FORMAT: &str = "format";
const KEY_VERSION: &str = "version";
const KEY_TEMPLATE: &str = "template";
const KEY_META: &str = "meta";
const KEY_FEES: &str = "fees";
