//! How long reading a report takes, natively, from each kind of file people have.
//! Budget (issue 10): a 250 KB portal page or a 50 KB .docx imported in under 10 ms.

use criterion::{criterion_group, criterion_main, Criterion};
use nianbao::export::docx::{crc32, parts};
use nianbao::export::{export, Format};
use nianbao::import::{charset, import};
use nianbao::json::read_report;
use nianbao::Report;
use std::hint::black_box;
use std::path::PathBuf;

fn shared(path: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sample(name: &str) -> Report {
    let bytes = shared(&format!("samples/{name}.json"));
    read_report(std::str::from_utf8(&bytes).unwrap()).expect("sample reads")
}

/// A report as long as the longest real ones: 平潭综合实验区 2022 whose three narratives hold
/// those of every sample, one after another (all the distinct text the samples have).
fn long_report() -> Report {
    let names = [
        "平潭综合实验区_2022",
        "平潭综合实验区_2020_旧格式",
        "平潭综合实验区_2021",
        "平潭综合实验区_2024",
        "平潭综合实验区公安局_2021",
        "平潭综合实验区公安局_2022",
        "平潭综合实验区市场监督管理局_2022",
        "平潭综合实验区自然资源与生态环境局_2022",
        "平潭综合实验区苏平片区管理局_2024",
        "平潭综合实验区金井片区管理局_2023",
        "八卦洲街道_2021",
    ];
    let reports: Vec<Report> = names.iter().map(|n| sample(n)).collect();
    let mut long = reports[0].clone();
    let join = |text: fn(&Report) -> &String| {
        reports
            .iter()
            .map(text)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    };
    long.overview = join(|r| &r.overview);
    long.problems = join(|r| &r.problems);
    long.other_matters = join(|r| &r.other_matters);
    long
}

/// The long report's .docx as Word writes one: every run cut into pieces of a few characters,
/// each with its own revision id (`w:rsidR`) and an East Asian font hint, as editing in Word
/// leaves them: Word writes far more markup than we do for the same text, and that markup is
/// what the reader spends its time on. About 48 KB, twice our own .docx of the same report.
fn word_like_docx(report: &Report) -> Vec<u8> {
    let mut zip = Zip::default();
    for (name, content) in parts(report) {
        let content = if name == "word/document.xml" {
            split_runs(&content)
        } else {
            content
        };
        zip.add(&name, content.as_bytes());
    }
    zip.finish()
}

/// `document` with the text of each run cut every `PIECE` characters into runs of the same
/// properties.
fn split_runs(document: &str) -> String {
    const PIECE: usize = 9;
    let mut out = String::with_capacity(document.len() * 4);
    let mut rsid: u32 = 0x00A1_2B3C;
    let mut rest = document;
    while let Some(at) = rest.find("<w:r>") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find("</w:r>").expect("a run ends") + "</w:r>".len();
        let run = &rest[..end];
        rest = &rest[end..];
        let properties = match (run.find("<w:rPr>"), run.find("</w:rPr>")) {
            (Some(from), Some(to)) => &run[from + "<w:rPr>".len()..to],
            _ => "",
        };
        let (Some(open), Some(close)) = (run.find("<w:t"), run.find("</w:t>")) else {
            out.push_str(run);
            continue;
        };
        let text = &run[run[open..].find('>').unwrap() + open + 1..close];
        for piece in pieces(text, PIECE) {
            // A revision id a run, as Word numbers editing sessions: eight hex digits.
            rsid = rsid.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            out.push_str(&format!(
                "<w:r w:rsidR=\"{:08X}\"><w:rPr><w:rFonts w:hint=\"eastAsia\"/>{properties}</w:rPr><w:t xml:space=\"preserve\">{piece}</w:t></w:r>",
                rsid >> 4
            ));
        }
    }
    out.push_str(rest);
    out
}

/// `text` (escaped XML) in pieces of `size` characters, never inside an entity.
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut count, mut in_entity) = (0, 0, false);
    for (i, c) in text.char_indices() {
        match c {
            '&' => in_entity = true,
            ';' if in_entity => in_entity = false,
            _ => {}
        }
        if !in_entity {
            count += 1;
            if count == size {
                let end = i + c.len_utf8();
                out.push(&text[start..end]);
                (start, count) = (end, 0);
            }
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Just enough of a zip writer for the parts above: deflate, sizes in the local headers.
#[derive(Default)]
struct Zip {
    bytes: Vec<u8>,
    directory: Vec<u8>,
    count: u16,
}

impl Zip {
    fn add(&mut self, name: &str, data: &[u8]) {
        let packed = miniz_oxide::deflate::compress_to_vec(data, 6);
        let mut header = Vec::new();
        for field in [20u16, 0, 8, 0, 0] {
            header.extend_from_slice(&field.to_le_bytes()); // version, flags, deflate, time, date
        }
        for field in [crc32(data), packed.len() as u32, data.len() as u32] {
            header.extend_from_slice(&field.to_le_bytes());
        }
        header.extend_from_slice(&(name.len() as u16).to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // extra field
        let offset = self.bytes.len() as u32;
        self.bytes.extend_from_slice(b"PK\x03\x04");
        self.bytes.extend_from_slice(&header);
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(&packed);
        self.directory.extend_from_slice(b"PK\x01\x02");
        self.directory.extend_from_slice(&20u16.to_le_bytes()); // made by
        self.directory.extend_from_slice(&header);
        self.directory.extend_from_slice(&[0; 10]); // comment, disk, attributes
        self.directory.extend_from_slice(&offset.to_le_bytes());
        self.directory.extend_from_slice(name.as_bytes());
        self.count += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        let start = self.bytes.len() as u32;
        self.bytes.extend_from_slice(&self.directory);
        self.bytes.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        self.bytes.extend_from_slice(&self.count.to_le_bytes());
        self.bytes.extend_from_slice(&self.count.to_le_bytes());
        self.bytes
            .extend_from_slice(&(self.directory.len() as u32).to_le_bytes());
        self.bytes.extend_from_slice(&start.to_le_bytes());
        self.bytes.extend_from_slice(&0u16.to_le_bytes()); // comment
        self.bytes
    }
}

fn benches(c: &mut Criterion) {
    let charsets = charset::platform();
    let page = shared("samples/pages/平潭综合实验区_2022.html");
    let long = long_report();
    let word = word_like_docx(&long);
    let docx = export(&long, Format::Docx);
    let small_docx = export(&sample("平潭综合实验区_2022"), Format::Docx);
    let seed = shared("seeds/000_bafcd2ea084bb138.txt");
    // Each input must import, and the Word-like file to the same report as ours: a benchmark of
    // an error path, or of a file read wrong, would measure nothing useful.
    for (what, bytes) in [("page", &page), ("docx", &docx), ("seed", &seed)] {
        import(bytes, charsets).unwrap_or_else(|e| panic!("{what}: {e}"));
    }
    let from_word = import(&word, charsets).expect("the Word-like .docx imports");
    let from_ours = import(&docx, charsets).expect("our .docx imports");
    assert_eq!(
        from_word.report,
        from_ours.report,
        "{}",
        from_word.notes.to_text()
    );
    let kb = |bytes: &[u8]| bytes.len() as f64 / 1024.0;
    c.bench_function(
        &format!("import the largest portal page ({:.0} KB)", kb(&page)),
        |b| b.iter(|| import(black_box(&page), charsets)),
    );
    c.bench_function(
        &format!(
            "import a long report's .docx as Word writes it ({:.1} KB)",
            kb(&word)
        ),
        |b| b.iter(|| import(black_box(&word), charsets)),
    );
    c.bench_function(
        &format!(
            "import a long report's .docx as we write it ({:.1} KB)",
            kb(&docx)
        ),
        |b| b.iter(|| import(black_box(&docx), charsets)),
    );
    c.bench_function(
        &format!("import one sample's .docx ({:.1} KB)", kb(&small_docx)),
        |b| b.iter(|| import(black_box(&small_docx), charsets)),
    );
    c.bench_function(
        &format!("import text copied out of Word ({:.1} KB)", kb(&seed)),
        |b| b.iter(|| import(black_box(&seed), charsets)),
    );
}

criterion_group!(imports, benches);
criterion_main!(imports);
