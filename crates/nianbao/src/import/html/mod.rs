//! HTML to the neutral document: a published page (any CMS shell around the report) or HTML from
//! the clipboard (Word, WPS, a browser), already decoded. html5gum tokenizes as WHATWG says —
//! entities, unquoted attributes, `<br/>`, upper-case tags, conditional comments — and a small
//! table-aware builder turns the tokens into paragraphs and tables in reading order.
//!
//! The whole body is read faithfully, navigation and all: the recogniser finds the report by its
//! content, never by a CMS's class names. Only what never shows is left out (scripts, styles,
//! the title, selects, comments). A paragraph ends wherever a browser would start a new line
//! (block elements, `<br>`); inside a table cell those breaks become '\n'. Tables get each cell's
//! place by the HTML table algorithm; a table holding a table only lays out the page, so its
//! content arrives as blocks and only innermost tables are tables.

mod elements;
mod sink;
mod table;
mod text;
mod tokens;
mod tree;

use std::convert::Infallible;

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};

use super::document::Document;
use tokens::Tokens;

/// Reads a page or an HTML fragment, already decoded. Never fails: markup that is not HTML reads
/// as its text.
pub fn read(html: &str) -> Document {
    // A byte-order mark left by decoding is no text of the page.
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let mut tokens = Tokens::default();
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        tokens.handle(event);
        None::<Infallible>
    });
    // Script, style, title and their kin hold raw text up to their end tag: the tokenizer must
    // know, or a "<table>" inside a script would read as markup.
    emitter.naively_switch_states(true);
    // The callback keeps what it reads and yields no tokens: running the tokenizer to its end
    // is all there is to do.
    Tokenizer::new_with_emitter(html, emitter).for_each(drop);
    tokens.builder.finish()
}

#[cfg(test)]
mod tests;
