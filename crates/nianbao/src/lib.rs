//! nianbao: the 政府信息公开工作年度报告 as data — its layout, the JSON v1 interchange format, and
//! every check of its arithmetic and content. Pure Rust: no browser types, so the app, the command
//! line and any server share one implementation.

pub mod charts;
pub mod consolidate;
pub mod convert;
pub mod export;
pub mod figures;
pub mod import;
pub mod json;
pub mod layout;
pub mod model;
pub mod names;
pub mod number;
pub mod rules;
pub mod sums;
pub mod totals;

pub use layout::{ReportKind, Section, Template};
pub use model::{Amount, Count, CountCell, Date, Field, Report, MAX_COUNT};
