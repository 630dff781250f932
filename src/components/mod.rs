//! One file per component.

pub mod report_skeleton;
