//! The table recogniser on real and hand-built sources.

mod grids;
mod pages;
mod pdf;
mod props;
mod samples;
mod seed;
mod support;
