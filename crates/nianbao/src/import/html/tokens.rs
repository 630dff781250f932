//! From html5gum's tokenizer events to the builder's start tags, end tags and text. The callback
//! emitter lends names, attributes and text without allocating, which matters on Word-pasted
//! pages where every cell carries a kilobyte of `mso-` style: only rowspan and colspan are kept.

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
}

/// The attribute whose value is being read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Attribute {
    #[default]
    Other,
    Rowspan,
    Colspan,
}

impl Tokens {
    pub(super) fn handle(&mut self, event: CallbackEvent<'_>) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.name.clear();
                self.name.extend_from_slice(name);
                self.rowspan = None;
                self.colspan = None;
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
                    _ => Attribute::Other,
                };
            }
            CallbackEvent::AttributeValue { value } => {
                let kept = match self.attribute {
                    Attribute::Rowspan => self.rowspan.as_mut(),
                    Attribute::Colspan => self.colspan.as_mut(),
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
