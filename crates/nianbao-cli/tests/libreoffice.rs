//! The exports as an office suite renders them: every sample converted with `nianbao convert` to
//! .docx and to the Word-ready HTML, both turned into PDF by LibreOffice (the HTML through ODT,
//! the way that renders it faithfully, see ../shared/guide/export.md), and read back with poppler:
//! every page A4 with the text inside the GB/T 9704 text block, the six headings in order, every
//! label of the three tables, every number of the tables in order, the tables' rules drawn across
//! the text block, page numbers 「— 2 —」 in place, and a full page of text set as 22 lines of 28
//! characters.
//!
//! Needs `soffice`, `pdfinfo` and `pdftotext` (scripts/tools.sh installs them), so it is ignored by
//! a plain `cargo test`; scripts/test.sh runs it with `--ignored`.

use nianbao::export::value_text;
use nianbao::layout::{PrintedTable, Section, TableId};
use nianbao::Report;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::office::{finish, soffice};

fn samples() -> Vec<(String, Report)> {
    let dir = common::samples();
    let mut out: Vec<(String, Report)> = std::fs::read_dir(&dir)
        .expect("the samples beside the repository")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let report = nianbao::json::read_report_bytes(&std::fs::read(&p).unwrap()).unwrap();
            (p.to_string_lossy().into_owned(), report)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 10, "{} samples", out.len());
    out
}

fn run(program: &str, args: &[&str]) -> String {
    let mut command = Command::new(program);
    command.args(args);
    finish(command)
}

/// Text with every kind of white space removed (labels wrap inside narrow cells), but for page
/// breaks.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| *c == PAGE || !c.is_whitespace())
        .collect()
}

/// pdftotext ends each page with a form feed.
const PAGE: char = '\u{c}';

/// Asserts that `wanted` occur in `text` in that order.
fn in_order(text: &str, wanted: &[String], what: &str, file: &str) {
    let mut at = 0;
    for item in wanted {
        match text[at..].find(item.as_str()) {
            Some(found) => at += found + item.len(),
            None => panic!("{file}: {what} 「{item}」 missing or out of order"),
        }
    }
}

/// Most characters of other cells between two of a label's (a wrapped neighbour's line).
const GAP: usize = 24;

/// Most characters between two of a label's where a page break splits its row: the table's
/// header repeated on the new page (the HTML route: LibreOffice splits rows there).
const PAGE_GAP: usize = 300;

/// Whether `wanted` occurs in `text` with at most GAP other characters between any two of its
/// characters (PAGE_GAP across a page break), starting anywhere.
fn interleaved(text: &str, wanted: &str) -> bool {
    let text: Vec<char> = text.chars().collect();
    let wanted: Vec<char> = wanted.chars().collect();
    (0..text.len())
        .filter(|&i| text[i] == wanted[0])
        .any(|start| follows(&text, start, &wanted[1..]))
}

/// Whether `rest` follows the character at `at`, each within its gap; every candidate is tried
/// (the first 「法」 after 「（四）无」 may be that of 「法人或其他组织」 in the repeated header).
fn follows(text: &[char], at: usize, rest: &[char]) -> bool {
    let Some((next, rest)) = rest.split_first() else {
        return true;
    };
    let near = &text[at + 1..(at + 2 + 2 * GAP).min(text.len())];
    let gap = if near.contains(&PAGE) { PAGE_GAP } else { GAP };
    let end = (at + 2 + gap).min(text.len());
    (at + 1..end).any(|i| text[i] == *next && follows(text, i, rest))
}

/// The numbers of `text`, in order (digit runs with an optional decimal part).
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !current.is_empty() && !current.contains('.')) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches('.').to_owned());
            current.clear();
        }
    }
    out
}

fn check_pdf(pdf: &Path, report: &Report, docx: bool) {
    let file = pdf.display().to_string();
    let info = run("pdfinfo", &["-f", "1", "-l", "9999", &file]);
    let sizes: Vec<&str> = info
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .collect();
    assert!(!sizes.is_empty(), "{file}: no pages");
    for size in &sizes {
        assert!(size.contains("(A4)"), "{file}: {size}");
    }
    let text = run("pdftotext", &[&file, "-"]);
    let flat = squeeze(&text);
    let headings: Vec<String> = Section::ALL
        .iter()
        .map(|s| s.heading().to_owned())
        .collect();
    in_order(&flat, &headings, "heading", &file);
    in_order(&flat, &[squeeze(&report.title())], "title", &file);

    // The tables lie between 二、 and 五、: their labels, and their numbers in order, read from
    // the physical layout (row by row, left to right).
    let layout = run("pdftotext", &["-layout", &file, "-"]);
    let squeezed = squeeze(&layout);
    let start = squeezed.find(Section::Proactive.heading()).unwrap();
    let end = squeezed.find(Section::Problems.heading()).unwrap();
    let tables = &squeezed[start..end];
    let mut values = Vec::new();
    for id in TableId::ALL {
        let table = PrintedTable::new(id, report.template);
        // Each printed line of a label (商业/企业 are two): lines of neighbouring cells come out
        // side by side, so a label's lines are looked for one by one.
        // Labels wrap inside their cells, and the lines of cells side by side come out
        // interleaved (「三、」 of the narrow group column between two lines of 「（二）部分公开…」):
        // a label's characters are looked for in order, each close after the one before.
        for cell in table.rows.iter().flatten().filter(|c| c.is_header()) {
            for line in &cell.lines {
                let label = squeeze(line);
                assert!(
                    interleaved(tables, &label),
                    "{file}: label 「{label}」 of {}",
                    id.name()
                );
            }
        }
        values.extend(
            table
                .values()
                .map(|v| value_text(report, v))
                .filter(|v| !v.is_empty()),
        );
    }
    let from = layout
        .find(Section::Proactive.heading().trim_start_matches("二、"))
        .unwrap_or(0);
    let printed = numbers(&layout[from..]);
    let mut at = 0;
    for value in &values {
        match printed[at..].iter().position(|n| n == value) {
            Some(found) => at += found + 1,
            None => panic!(
                "{file}: the table value {value} missing or out of order (values {values:?})"
            ),
        }
    }

    margins(&file, docx);
    table_rules(&file, &text, docx);

    if docx {
        // 表二 and 表四 are shorter than a page: each is kept whole, on the page of its heading.
        for id in [TableId::Proactive, TableId::Appeals] {
            let heading = id.section().heading();
            let page = text
                .split(PAGE)
                .find(|p| squeeze(p).contains(heading))
                .unwrap();
            let page = squeeze(page);
            let after = &page[page.find(heading).unwrap()..];
            for cell in PrintedTable::new(id, report.template).rows.iter().flatten() {
                for line in cell.lines.iter().map(|l| squeeze(l)) {
                    assert!(
                        interleaved(after, &line),
                        "{file}: 「{line}」 of {} is not on the page of its heading",
                        id.name()
                    );
                }
            }
        }
        if sizes.len() > 1 {
            assert!(
                squeeze(&text).contains("—2—"),
                "{file}: no page number 「— 2 —」"
            );
        }
        full_page_of_text(&text, &file);
    }
}

/// A4 in points and the GB/T 9704 text block: 28 mm from the left, 37 mm from the top, 156 × 225 mm.
const LEFT: f64 = 79.37;
const TOP: f64 = 104.88;
const RIGHT: f64 = LEFT + 442.2;
const BOTTOM: f64 = TOP + 637.8;

/// Where a word is on its page: (page, xMin, yMin, xMax, yMax).
fn words(file: &str) -> Vec<(usize, f64, f64, f64, f64)> {
    let xml = run("pdftotext", &["-bbox", file, "-"]);
    let mut page = 0;
    let mut out = Vec::new();
    for line in xml.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<word ") {
            let attr = |name: &str| -> f64 {
                let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                line[start..start + line[start..].find('"').unwrap()]
                    .parse()
                    .unwrap()
            };
            out.push((page, attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")));
        }
    }
    out
}

/// The text stays inside the GB/T 9704 text block, and starts at its left and top edges; on the
/// .docx the page number sits 7 mm below the block, one character in from the outer edge.
fn margins(file: &str, docx: bool) {
    let words = words(file);
    // A line's last 「，」 or 「。」 may hang into the margin (Chinese typesetting's default in Word
    // and LibreOffice alike): one character of 16 pt.
    let hang = 17.0;
    let (body, numbers): (Vec<_>, Vec<_>) = words.iter().partition(|w| w.2 < BOTTOM + 5.0);
    for &(page, x0, y0, x1, y1) in &body {
        assert!(
            x0 >= LEFT - 1.5 && x1 <= RIGHT + hang,
            "{file} page {page}: a word at x {x0}–{x1}"
        );
        assert!(
            y0 >= TOP - 1.5 && y1 <= BOTTOM + 3.0,
            "{file} page {page}: a word at y {y0}–{y1}"
        );
    }
    let leftmost = body.iter().map(|w| w.1).fold(f64::MAX, f64::min);
    let topmost = body
        .iter()
        .filter(|w| w.0 == 1)
        .map(|w| w.2)
        .fold(f64::MAX, f64::min);
    assert!(
        (leftmost - LEFT).abs() < 1.5,
        "{file}: text starts at x {leftmost}"
    );
    assert!(
        topmost - TOP < 12.0,
        "{file}: the first line starts at y {topmost}"
    );
    if docx {
        let pages = numbers.iter().map(|w| w.0).max().unwrap_or(0);
        for page in 1..=pages {
            let number: Vec<_> = numbers.iter().filter(|w| w.0 == page).collect();
            assert!(!number.is_empty(), "{file} page {page}: no page number");
            let x0 = number.iter().map(|w| w.1).fold(f64::MAX, f64::min);
            let x1 = number.iter().map(|w| w.3).fold(f64::MIN, f64::max);
            let y0 = number.iter().map(|w| w.2).fold(f64::MAX, f64::min);
            assert!(
                (BOTTOM + 15.0..BOTTOM + 30.0).contains(&y0),
                "{file} page {page}: number at y {y0}"
            );
            // One character (14 pt) in from the outer edge: the right on odd pages, the left on even.
            let inset = if page % 2 == 1 { RIGHT - x1 } else { x0 - LEFT };
            assert!(
                (12.0..17.0).contains(&inset),
                "{file} page {page}: number {inset} pt in"
            );
        }
        assert!(!numbers.is_empty(), "{file}: no page numbers");
    }
}

/// The page where 表二 starts, rendered in grey at 72 dpi (a pixel a point): its horizontal rules
/// are drawn, each across the whole text block, from 28 mm to 28 + 156 mm. In the .docx 表二 is
/// whole on that page; the HTML route may break it after a row or two.
fn table_rules(file: &str, text: &str, docx: bool) {
    let caption = squeeze(nianbao::layout::TABLE2_ITEM_1);
    let page = text
        .split(PAGE)
        .position(|p| squeeze(p).contains(&caption))
        .unwrap()
        + 1;
    let dir = Path::new(file).parent().unwrap();
    let stem = dir.join(format!(
        "rules-{}",
        Path::new(file).file_stem().unwrap().to_string_lossy()
    ));
    let stem = stem.display().to_string();
    let page_arg = page.to_string();
    run(
        "pdftoppm",
        &[
            "-gray",
            "-r",
            "72",
            "-f",
            &page_arg,
            "-l",
            &page_arg,
            "-singlefile",
            file,
            &stem,
        ],
    );
    let pgm = std::fs::read(format!("{stem}.pgm")).unwrap();
    // P5 header: magic, width, height, maximum, each followed by white space.
    let mut fields = pgm
        .split(|b| b.is_ascii_whitespace())
        .filter(|f| !f.is_empty());
    let _magic = fields.next();
    let mut number = || -> usize {
        std::str::from_utf8(fields.next().unwrap())
            .unwrap()
            .parse()
            .unwrap()
    };
    let (width, height, _max) = (number(), number(), number());
    let pixels = &pgm[pgm.len() - width * height..];
    // The longest run of dark pixels on each row of the page.
    let mut rules = Vec::new();
    for y in 0..height {
        let row = &pixels[y * width..(y + 1) * width];
        let (mut best, mut start) = ((0, 0), None);
        for (x, &p) in row.iter().enumerate().chain(std::iter::once((width, &255))) {
            match (p < 160, start) {
                (true, None) => start = Some(x),
                (false, Some(s)) => {
                    if x - s > best.1 - best.0 {
                        best = (s, x);
                    }
                    start = None;
                }
                _ => {}
            }
        }
        if best.1 - best.0 > 400 {
            rules.push(best);
        }
    }
    // Every rule ends at the right edge of the text block; a rule under a merged label (表三's
    // 「三、本年度办理结果」) starts at that column's edge, all the others at the left edge.
    for &(x0, x1) in &rules {
        assert!(
            x0 as f64 > LEFT - 4.0 && (x1 as f64 - RIGHT).abs() < 4.0,
            "{file} page {page}: a rule from x {x0} to {x1}"
        );
    }
    let across = rules
        .iter()
        .filter(|(x0, _)| (*x0 as f64 - LEFT).abs() < 4.0)
        .count();
    let least = if docx { 8 } else { 2 };
    assert!(
        across >= least,
        "{file} page {page}: {across} rules across the text block"
    );
}

/// 「— 3 —」, the page number in the footer.
fn is_page_number(line: &str) -> bool {
    line.starts_with('—') && line.ends_with('—')
}

/// On a page of the .docx that is all narrative, 22 lines, none longer than 28 Chinese characters.
fn full_page_of_text(text: &str, file: &str) {
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let headings = Section::ALL.map(|s| s.heading());
    for (i, page) in pages
        .iter()
        .enumerate()
        .skip(1)
        .take(pages.len().saturating_sub(2))
    {
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !is_page_number(l))
            .collect();
        // A page is full unless a table is on it, or the next section's heading moved on to
        // stay with its table.
        let next_starts_section = pages[i + 1]
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .is_some_and(|l| headings.contains(&l));
        let table =
            page.contains("第二十条") || page.contains("申请人情况") || page.contains("行政复议");
        if lines.len() < 20 || table || next_starts_section {
            continue;
        }
        assert_eq!(
            lines.len(),
            22,
            "{file}: a full page of text has {} lines",
            lines.len()
        );
        // Lines of Chinese alone (digits and Latin letters are narrower): most hold exactly 28
        // characters; one with punctuation compressed may hold one more, none two more.
        let chinese = |l: &&&str| l.chars().all(|c| !c.is_ascii() && c != '　');
        let lengths: Vec<usize> = lines
            .iter()
            .filter(chinese)
            .map(|l| l.chars().count())
            .collect();
        let longest = lengths.iter().max().copied().unwrap_or(0);
        assert!(longest <= 29, "{file}: a line of {longest} characters");
        let mut counts = std::collections::BTreeMap::new();
        for length in &lengths {
            *counts.entry(*length).or_insert(0) += 1;
        }
        let common = counts.iter().max_by_key(|(_, n)| **n).map(|(l, _)| *l);
        assert_eq!(common, Some(28), "{file}: lines of Chinese {counts:?}");
        return;
    }
}

#[test]
#[ignore = "needs LibreOffice and poppler; scripts/test.sh runs it"]
fn every_sample_renders_in_libreoffice_as_typeset() {
    let dir = std::env::temp_dir().join(format!("nianbao-libreoffice-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let samples = samples();
    let (mut docx, mut html) = (Vec::new(), Vec::new());
    for (i, (path, _)) in samples.iter().enumerate() {
        for (ext, list) in [("docx", &mut docx), ("html", &mut html)] {
            let out = dir.join(format!("{i:02}.{ext}"));
            run(
                env!("CARGO_BIN_EXE_nianbao"),
                &["convert", path, "-o", &out.display().to_string()],
            );
            list.push(out);
        }
    }
    for sub in ["docx-pdf", "odt", "html-pdf"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    soffice(&dir, "pdf", &dir.join("docx-pdf"), &docx);
    soffice(&dir, "odt:writerweb8_writer", &dir.join("odt"), &html);
    let odts: Vec<PathBuf> = (0..samples.len())
        .map(|i| dir.join("odt").join(format!("{i:02}.odt")))
        .collect();
    soffice(&dir, "pdf", &dir.join("html-pdf"), &odts);
    for (i, (path, report)) in samples.iter().enumerate() {
        let name = Path::new(path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for (sub, docx) in [("docx-pdf", true), ("html-pdf", false)] {
            let pdf = dir.join(sub).join(format!("{i:02}.pdf"));
            assert!(pdf.is_file(), "{name}: LibreOffice made no {sub} PDF");
            let _ = &name;
            check_pdf(&pdf, report, docx);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `convert --charts` and `sum --charts`: the pictures are Word charts LibreOffice draws, each
/// after its table, with the tables' numbers on their bars.
#[test]
#[ignore = "needs LibreOffice and poppler; scripts/test.sh runs it"]
fn charts_in_a_docx_are_drawn_after_their_tables() {
    let dir = std::env::temp_dir().join(format!("nianbao-charts-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let samples = common::samples();
    let one = samples.join("平潭综合实验区_2022.json");
    let report = nianbao::json::read_report_bytes(&std::fs::read(&one).unwrap()).unwrap();
    let docx = dir.join("one.docx");
    let path = |p: &Path| p.display().to_string();
    run(
        env!("CARGO_BIN_EXE_nianbao"),
        &["convert", "--charts", &path(&one), "-o", &path(&docx)],
    );
    let units = [
        "平潭综合实验区公安局_2022.json",
        "平潭综合实验区自然资源与生态环境局_2022.json",
    ];
    let sum = dir.join("sum.docx");
    let mut args = vec!["sum".to_owned(), "--charts".to_owned()];
    args.extend(units.iter().map(|unit| path(&samples.join(unit))));
    args.extend(["-o".to_owned(), path(&sum)]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(env!("CARGO_BIN_EXE_nianbao"), &args);
    soffice(&dir, "pdf", &dir, &[docx, sum]);

    let text = |name: &str| squeeze(&run("pdftotext", &[&path(&dir.join(name)), "-"]));
    let one = text("one.pdf");
    let granted = report
        .requests
        .get(
            nianbao::layout::RequestRow::Granted,
            nianbao::layout::Applicant::Total,
        )
        .unwrap();
    // 表三 总计: 21 of 75 outcomes granted; the chart after 表三, before the heading of 四.
    assert_eq!(granted, 21);
    let chart = one
        .find("申请办理结果")
        .expect("the outcome chart is drawn");
    let four = one.find("四、政府信息公开行政复议、行政诉讼情况").unwrap();
    assert!(chart < four, "after 表三, before 四");
    assert!(
        one[chart..four].contains("21(28.0%)"),
        "{}",
        &one[chart..four]
    );
    assert!(one[chart..four].contains("本年新收申请的申请人"));
    assert!(one[four..].contains("行政复议和行政诉讼结果"));
    let sum = text("sum.pdf");
    let ranking = sum
        .find("各单位本年新收申请")
        .expect("the ranking is drawn");
    // pdftotext reads a chart's labels in its own order: the names and the bars' numbers.
    let ranked = &sum[ranking..sum.find("四、政府信息公开行政复议、行政诉讼情况").unwrap()];
    for unit in [
        "平潭综合实验区自然资源与生态环境局",
        "平潭综合实验区公安局",
        "30",
    ] {
        assert!(ranked.contains(unit), "{unit} in {ranked}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
