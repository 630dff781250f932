//! From html5gum's tokenizer events to the builder's start tags, end tags and text. The callback
//! emitter lends names, attributes and text without allocating, which matters on Word-pasted
//! pages where every cell carries a kilobyte of `mso-` style: only rowspan and colspan are kept, and
//! whether `style` or `hidden` hides the element (read as the value passes, never stored).

use std::borrow::Cow;

use html5gum::emitters::callback::CallbackEvent;

use super::table::span;
use super::tree::{Builder, StartTag};

/// Longest span attribute value kept: a number needs a few bytes, whatever follows is ignored.
const SPAN_BYTES: usize = 32;

#[derive(Debug, Default)]
pub(super) struct Tokens {
    pub(super) builder: Builder,
    name: Vec<u8>,
    rowspan: Option<Vec<u8>>,
    colspan: Option<Vec<u8>>,
    attribute: Attribute,
    /// The first `style` attribute was seen, and whether it hides the element.
    style: Option<bool>,
    /// The tag has a `hidden` attribute.
    hidden: bool,
}

/// The attribute whose value is being read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Attribute {
    #[default]
    Other,
    Rowspan,
    Colspan,
    Style,
}

impl Tokens {
    pub(super) fn handle(&mut self, event: CallbackEvent<'_>) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.name.clear();
                self.name.extend_from_slice(name);
                self.rowspan = None;
                self.colspan = None;
                self.style = None;
                self.hidden = false;
                self.attribute = Attribute::Other;
            }
            CallbackEvent::AttributeName { name } => {
                // The first of a repeated attribute counts, as in HTML.
                self.attribute = match name {
                    b"rowspan" if self.rowspan.is_none() => {
                        self.rowspan = Some(Vec::new());
                        Attribute::Rowspan
                    }
                    b"colspan" if self.colspan.is_none() => {
                        self.colspan = Some(Vec::new());
                        Attribute::Colspan
                    }
                    b"style" if self.style.is_none() => {
                        self.style = Some(false);
                        Attribute::Style
                    }
                    b"hidden" => {
                        self.hidden = true;
                        Attribute::Other
                    }
                    _ => Attribute::Other,
                };
            }
            CallbackEvent::AttributeValue { value } => {
                let kept = match self.attribute {
                    Attribute::Rowspan => self.rowspan.as_mut(),
                    Attribute::Colspan => self.colspan.as_mut(),
                    Attribute::Style => {
                        self.style = Some(style_hides(value));
                        None
                    }
                    Attribute::Other => None,
                };
                if let Some(kept) = kept {
                    let room = SPAN_BYTES.saturating_sub(kept.len());
                    kept.extend_from_slice(&value[..value.len().min(room)]);
                }
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                self.builder.start(StartTag {
                    name: &self.name,
                    self_closing,
                    rowspan: span(self.rowspan.as_deref()),
                    colspan: span(self.colspan.as_deref()),
                    hidden: self.hidden || self.style == Some(true),
                });
                self.attribute = Attribute::Other;
            }
            CallbackEvent::EndTag { name } => self.builder.end(name),
            CallbackEvent::String { value } => {
                let text: Cow<'_, str> = String::from_utf8_lossy(value);
                self.builder.text(&text);
            }
            CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => {}
        }
    }
}

/// Whether an inline style hides the element and what it holds: `display: none` or
/// `visibility: hidden` (any case, spaces, `!important`). Text a browser does not show is not
/// the page's: a CMS keeps old figures or search keywords so, and glued to the shown number
/// they would make another one.
pub(super) fn style_hides(style: &[u8]) -> bool {
    style.split(|b| *b == b';').any(|declaration| {
        let Some(colon) = declaration.iter().position(|b| *b == b':') else {
            return false;
        };
        let property = declaration[..colon].trim_ascii();
        let value = declaration[colon + 1..].trim_ascii();
        let starts = |word: &[u8]| {
            value.len() >= word.len() && value[..word.len()].eq_ignore_ascii_case(word)
        };
        (property.eq_ignore_ascii_case(b"display") && starts(b"none"))
            || (property.eq_ignore_ascii_case(b"visibility") && starts(b"hidden"))
    })
}

#[cfg(test)]
mod tests {
    use super::style_hides;

    #[test]
    fn styles_that_hide() {
        assert!(style_hides(b"display:none"));
        assert!(style_hides(
            b"mso-bidi-font-size:10.5pt; DISPLAY : None !important"
        ));
        assert!(style_hides(b"color:red;visibility:hidden"));
        assert!(!style_hides(b"display:block;visibility:visible"));
        assert!(!style_hides(b"font-family:none"));
        assert!(!style_hides(b""));
    }
}
