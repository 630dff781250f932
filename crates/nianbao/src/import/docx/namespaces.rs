//! Which vocabulary an element belongs to, by the namespace its prefix is bound to. Word binds
//! `w:` on the root and never again, but another writer may pick another prefix, use a default
//! namespace, or rebind a prefix on an inner element; the prefix alone would misread those.
//! quick-xml's own resolver does this in general, at twice the cost of the whole parse (it
//! compares namespace URIs on every element, and Word declares thirty of them on the root): here
//! only the bindings that matter are kept — those to WordprocessingML or markup compatibility,
//! and any later binding that hides one — so resolving is a look through one or two entries.

use quick_xml::events::attributes::Attribute;
use quick_xml::events::BytesStart;
use quick_xml::name::PrefixDeclaration;

/// The vocabularies the reader cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    /// WordprocessingML, transitional or strict.
    Word,
    /// Markup compatibility (`mc:AlternateContent`).
    Compatibility,
    Other,
}

impl Vocabulary {
    fn of(uri: &[u8]) -> Vocabulary {
        match uri {
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | b"http://purl.oclc.org/ooxml/wordprocessingml/main" => Vocabulary::Word,
            b"http://schemas.openxmlformats.org/markup-compatibility/2006" => {
                Vocabulary::Compatibility
            }
            _ => Vocabulary::Other,
        }
    }
}

/// A prefix (empty for the default namespace) bound on the element at `depth`.
struct Binding {
    depth: usize,
    prefix: Vec<u8>,
    vocabulary: Vocabulary,
}

/// The bindings in scope.
#[derive(Default)]
pub struct Namespaces {
    bindings: Vec<Binding>,
}

impl Namespaces {
    /// Takes the declarations of an element opened at `depth`.
    pub fn declare(&mut self, element: &BytesStart, depth: usize) {
        if !contains(element.attributes_raw(), b"xmlns") {
            return;
        }
        for attribute in element.attributes().with_checks(false).flatten() {
            let Attribute { key, value } = attribute;
            let prefix = match key.as_namespace_binding() {
                Some(PrefixDeclaration::Default) => &b""[..],
                Some(PrefixDeclaration::Named(prefix)) => prefix,
                None => continue,
            };
            let vocabulary = Vocabulary::of(value.as_ref());
            let hides = self.bindings.iter().any(|b| b.prefix == prefix);
            if vocabulary != Vocabulary::Other || hides {
                self.bindings.push(Binding {
                    depth,
                    prefix: prefix.to_vec(),
                    vocabulary,
                });
            }
        }
    }

    /// Drops the bindings of the element at `depth`, which has closed.
    pub fn close(&mut self, depth: usize) {
        while self.bindings.last().is_some_and(|b| b.depth >= depth) {
            self.bindings.pop();
        }
    }

    /// The vocabulary of a name with `prefix` (None: no prefix, the default namespace).
    pub fn resolve(&self, prefix: Option<&[u8]>) -> Vocabulary {
        let prefix = prefix.unwrap_or_default();
        // Byte by byte rather than `==`: prefixes are a letter or two, shorter than the call
        // to memcmp that slice equality makes on every element.
        let same = |b: &&Binding| {
            b.prefix.len() == prefix.len() && b.prefix.iter().zip(prefix).all(|(x, y)| x == y)
        };
        self.bindings
            .iter()
            .rev()
            .find(same)
            .map_or(Vocabulary::Other, |b| b.vocabulary)
    }
}

/// Whether `needle` occurs in `haystack`: found by its first byte, the test every element's
/// attributes go through.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    haystack
        .iter()
        .enumerate()
        .any(|(at, &b)| b == first && haystack.get(at..).is_some_and(|h| h.starts_with(needle)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(xml: &str) -> BytesStart<'_> {
        let end = xml.find(' ').unwrap_or(xml.len());
        BytesStart::from_content(xml, end)
    }

    #[test]
    fn prefixes_resolve_in_scope_and_rebinding_hides() {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        let mut namespaces = Namespaces::default();
        namespaces.declare(
            &start(&format!("w:document xmlns:w=\"{w}\" xmlns:v=\"urn:v\"")),
            0,
        );
        assert_eq!(namespaces.resolve(Some(b"w")), Vocabulary::Word);
        assert_eq!(namespaces.resolve(Some(b"v")), Vocabulary::Other);
        assert_eq!(namespaces.resolve(None), Vocabulary::Other);
        namespaces.declare(&start("w:p xmlns:w=\"urn:not-word\""), 3);
        namespaces.declare(&start(&format!("p xmlns=\"{w}\"")), 4);
        assert_eq!(namespaces.resolve(Some(b"w")), Vocabulary::Other);
        assert_eq!(namespaces.resolve(None), Vocabulary::Word);
        namespaces.close(3);
        assert_eq!(namespaces.resolve(Some(b"w")), Vocabulary::Word);
        assert_eq!(namespaces.resolve(None), Vocabulary::Other);
    }
}
