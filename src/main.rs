//! The browser module. It draws nothing by itself: the page that loads it says where, through
//! `mount` (boot.js on the app's own page, embed.js in a portal), so the same module serves both.

pub use nianbao_app::mount::{mount, Mounted};

fn main() {}
