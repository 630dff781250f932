//! The 汇总 module as Trunk builds it (index.html): the page calls `open_huizong` once loaded.

pub use nianbao_huizong::open_huizong;

fn main() {}
