//! What each element means to the reader. Only a few kinds matter: what ends a paragraph, what
//! builds a table, and what never shows text. Everything else — span, font, b, a, o:p, a CMS's
//! custom elements — is inline and adds nothing, so text split over it joins up again.

/// An element's part in reading the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Text flows through it: span, font, strong, a, o:p, unknown elements.
    Inline,
    /// Starts and ends a paragraph: p, div, h1–h6, li, td outside a table…
    Block,
    /// br: the line ends here (`</br>` too, as browsers read it).
    LineBreak,
    /// pre and its kin: the source's line breaks are the text's.
    Preformatted,
    /// Shows no text: script, style, select… Its content is skipped up to its end tag.
    Hidden(&'static str),
    /// Struck-out text (del, s, strike): a correction's old figure, not the report's. Skipped
    /// like a hidden element, but closed where the parser closes it implicitly (a cell's end).
    Struck,
    /// sup and sub: a footnote marker or an exponent (see the builder for where it is kept).
    Script,
    Table,
    /// thead, tbody, tfoot: a rowspan does not reach past one.
    RowGroup,
    Row,
    Cell,
}

/// The role of the element named `name` (lower case, as the tokenizer gives it).
pub(super) fn role(name: &[u8]) -> Role {
    if let Some(hidden) = HIDDEN.iter().find(|h| h.as_bytes() == name) {
        return Role::Hidden(hidden);
    }
    match name {
        b"table" => Role::Table,
        b"thead" | b"tbody" | b"tfoot" => Role::RowGroup,
        b"tr" => Role::Row,
        b"td" | b"th" => Role::Cell,
        b"br" => Role::LineBreak,
        b"del" | b"s" | b"strike" => Role::Struck,
        b"sup" | b"sub" => Role::Script,
        b"pre" | b"listing" | b"xmp" | b"plaintext" => Role::Preformatted,
        // What a browser lays out as a block (CSS `display: block` in the HTML rendering
        // section) or on a line of its own: its start and end break the text.
        b"html" | b"head" | b"body" | b"address" | b"article" | b"aside" | b"blockquote"
        | b"center" | b"dd" | b"details" | b"dialog" | b"dir" | b"div" | b"dl" | b"dt"
        | b"fieldset" | b"figcaption" | b"figure" | b"footer" | b"form" | b"h1" | b"h2" | b"h3"
        | b"h4" | b"h5" | b"h6" | b"header" | b"hgroup" | b"hr" | b"legend" | b"li" | b"main"
        | b"menu" | b"nav" | b"ol" | b"p" | b"search" | b"section" | b"summary" | b"ul"
        | b"caption" | b"colgroup" | b"option" | b"optgroup" | b"frameset" | b"frame" => {
            Role::Block
        }
        _ => Role::Inline,
    }
}

/// Elements whose content is never the page's text. The first seven the tokenizer reads as raw
/// text up to their end tag; the rest hold markup, so nested ones are counted.
const HIDDEN: &[&str] = &[
    "script", "style", "title", "textarea", "noscript", "iframe", "noembed", // raw text
    "noframes", "template", "select", "datalist", "svg", "math",
];

/// Void elements: they hold nothing, so a `hidden` attribute on one hides nothing that follows.
pub(super) fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"keygen"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
    )
}

/// Table structure a stray inline element left open inside a cell does not outlive: the parser
/// closes the element at these tags (start or end) in the table it belongs to.
pub(super) fn is_table_structure(name: &[u8]) -> bool {
    matches!(
        name,
        b"td" | b"th" | b"tr" | b"tbody" | b"thead" | b"tfoot" | b"caption" | b"table"
    )
}

/// Whether a self-closing start tag (`<svg/>`) really is empty: only in SVG and MathML, where
/// `/>` counts; an HTML `<select/>` or `<div/>` is open all the same.
pub(super) fn honours_self_closing(name: &[u8]) -> bool {
    matches!(name, b"svg" | b"math")
}

/// Start tags that end a `<select>` left open, as the HTML parser's "in select" modes say: a
/// form control, or table structure.
pub(super) fn ends_open_select(name: &[u8]) -> bool {
    matches!(
        name,
        b"input"
            | b"keygen"
            | b"textarea"
            | b"table"
            | b"caption"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"tr"
            | b"td"
            | b"th"
    )
}

/// HTML start tags that end an SVG or MathML element left open: the HTML parser leaves foreign
/// content for them, so a page with a stray `<svg>` still shows what follows.
pub(super) fn breaks_out_of_foreign_content(name: &[u8]) -> bool {
    matches!(
        name,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_of_the_elements_a_report_page_holds() {
        assert_eq!(role(b"span"), Role::Inline);
        assert_eq!(role(b"o:p"), Role::Inline);
        assert_eq!(role(b"ucapcontent"), Role::Inline);
        assert_eq!(role(b"p"), Role::Block);
        assert_eq!(role(b"h3"), Role::Block);
        assert_eq!(role(b"br"), Role::LineBreak);
        assert_eq!(role(b"script"), Role::Hidden("script"));
        assert_eq!(role(b"select"), Role::Hidden("select"));
        assert_eq!(role(b"th"), Role::Cell);
        assert_eq!(role(b"tbody"), Role::RowGroup);
        assert_eq!(role(b"del"), Role::Struck);
        assert_eq!(role(b"sup"), Role::Script);
    }
}
