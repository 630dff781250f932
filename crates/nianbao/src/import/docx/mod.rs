//! .docx to the neutral document: a zip reader of our own over `miniz_oxide` (zip.rs, part.rs),
//! the package's main part (package.rs), its WordprocessingML read as a stream (body.rs, with
//! names resolved by namespaces.rs), and tables placed on their grid (grid.rs).
//!
//! Why not the `zip` crate: the export already carries `miniz_oxide` and a CRC-32, and a .docx
//! needs only the few records read here, so the worker grows by this code alone rather than by
//! the crate's layers (+61–73 KB gzip measured in the guide). And every number of the container
//! is distrusted here: a cut, scrambled or hostile file gives a Chinese message, never a panic
//! or an exhausted tab.

mod body;
mod grid;
mod namespaces;
mod package;
mod part;
mod zip;

#[cfg(test)]
mod tests;

use super::document::{Block, Document};
use body::Unreadable;

/// Reads a .docx (a zip holding WordprocessingML). Err is a Chinese message saying what is wrong
/// with the file and what to do.
pub fn read(bytes: &[u8]) -> Result<Document, String> {
    let archive = zip::Archive::open(bytes)?;
    let main = package::main_part(&archive)?;
    let name = main.display_name();
    let xml = part::read(&archive, main, part::DOCUMENT_CAP)?;
    let blocks = body::read(&xml).map_err(|unreadable| match unreadable {
        Unreadable::NotWordprocessing { root } => package::what_it_is(&archive).unwrap_or_else(|| {
            format!(
                "这个文件的正文（{name}）不是 Word 文档，而是 <{root}>。{}",
                package::SAVE_AS_DOCX
            )
        }),
        Unreadable::Malformed {
            line,
            column,
            reason,
        } => format!(
            "文件已损坏：{name} 不是完整的 XML（第 {line} 行第 {column} 列：{reason}）。请用 Word 或 WPS 打开并另存为 .docx 后再导入。"
        ),
    })?;
    let document = Document { blocks };
    if !has_text(&document) {
        return Err(
            "这个 Word 文档里没有文字：可能只有图片（如扫描件）。请找到年报的文字版（.docx 或网页），或复制文字后用「粘贴上年报告」粘贴。"
                .to_owned(),
        );
    }
    Ok(document)
}

/// Whether anything but whitespace was read: a scanned report is a .docx of pictures.
fn has_text(document: &Document) -> bool {
    document.blocks.iter().any(|block| match block {
        Block::Paragraph(text) => !text.trim().is_empty(),
        Block::Table(table) => table.cells.iter().any(|c| !c.text.trim().is_empty()),
    })
}
