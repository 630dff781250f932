//! Files that are not a report the importer can read, as offices receive them: random bytes or a
//! cut, damaged or exploding zip named .docx, other documents renamed .docx, pages with no report
//! in them, 50 MB of text. Each gets exit 2 and a Chinese message naming the file, never a panic,
//! and no output file.

mod common;

use common::zip::{deflate, packed_range, parts, zip, Crc, Part};
use common::{nianbao, sample, scratch, stderr};
use miniz_oxide::deflate::core::TDEFLFlush;
use std::path::{Path, PathBuf};

/// A pseudo-random sequence (xorshift): the same files on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_START: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;

const DOCUMENT_END: &str = "</w:body></w:document>";

/// A well-formed .docx of `paragraphs` only.
fn docx_of(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"))
        .collect();
    let document = format!("{DOCUMENT_START}{body}{DOCUMENT_END}");
    zip(&[
        Part::new("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        Part::new("_rels/.rels", RELS.as_bytes()),
        Part::new("word/document.xml", document.as_bytes()),
    ])
}

/// One MiB of spaces, deflated as a stream that stays open: about a kilobyte.
fn mebibyte_of_spaces() -> Vec<u8> {
    deflate(&vec![b' '; 1 << 20], TDEFLFlush::Sync)
}

/// A .docx whose word/document.xml is well-formed and inflates to `mebibytes` MiB of spaces
/// inside one w:t, from a few hundred KB: the deflated MiB repeated (each repetition decodes on
/// its own), between an open start and a finished end. The headers give the true size, or the
/// size `claimed`, as a hostile file would.
fn zip_bomb(mebibytes: usize, claimed: Option<u32>) -> Vec<u8> {
    let start = format!("{DOCUMENT_START}<w:p><w:r><w:t xml:space=\"preserve\">");
    let end = format!("</w:t></w:r></w:p>{DOCUMENT_END}");
    let spaces = mebibyte_of_spaces();
    let mut packed = deflate(start.as_bytes(), TDEFLFlush::Sync);
    let mut crc = Crc::default().update(start.as_bytes());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..mebibytes {
        packed.extend_from_slice(&spaces);
        crc = crc.update(&chunk);
    }
    packed.extend(deflate(end.as_bytes(), TDEFLFlush::Finish));
    let crc = crc.update(end.as_bytes());
    let size = start.len() + (mebibytes << 20) + end.len();
    zip(&[
        Part::new("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        Part::new("_rels/.rels", RELS.as_bytes()),
        Part {
            name: "word/document.xml".to_owned(),
            method: 8,
            packed,
            crc: crc.value(),
            size: claimed.unwrap_or(size as u32),
        },
    ])
}

#[test]
fn the_zip_bomb_is_built_right() {
    // The same construction, small enough to inflate here: valid deflate, the right size and CRC.
    let small = zip_bomb(3, None);
    let document = parts(&small).pop().unwrap();
    assert_eq!(document.name, "word/document.xml");
    let xml = miniz_oxide::inflate::decompress_to_vec(&document.packed).expect("valid deflate");
    assert_eq!(xml.len(), document.size as usize);
    assert!(xml.len() > 3 << 20);
    assert!(xml.ends_with(DOCUMENT_END.as_bytes()));
    assert_eq!(document.crc, Crc::default().update(&xml).value());
    // The real one: over 200 MB from a small file.
    let bomb = zip_bomb(256, None);
    assert!(bomb.len() < 400_000, "{} bytes", bomb.len());
    assert!(parts(&bomb).pop().unwrap().size > 256 << 20);
}

/// A .docx of ours with bytes of word/document.xml's deflate stream inverted at `at` (a
/// fraction of its length).
fn corrupt_deflate(at: f64) -> Vec<u8> {
    let dir = scratch("bad-corrupt-source");
    let docx = dir.join("good.docx");
    let output = nianbao(&[
        "convert",
        &sample("平潭综合实验区_2022"),
        "-o",
        &docx.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut bytes = std::fs::read(&docx).unwrap();
    let range = packed_range(&bytes, "word/document.xml");
    let from = range.start + ((range.len() as f64 * at) as usize).min(range.len() - 16);
    for b in &mut bytes[from..from + 16] {
        *b ^= 0xFF;
    }
    bytes
}

/// `mebibytes` MiB of random lines of Chinese, digits and punctuation, none of them a report's.
fn random_text(mebibytes: usize) -> Vec<u8> {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(mebibytes << 20);
    while out.len() < mebibytes << 20 {
        let length = 5 + random.next() % 60;
        for _ in 0..length {
            let r = random.next();
            let c = match r % 10 {
                0 => char::from(b'0' + (r >> 8) as u8 % 10),
                1 => ['，', '。', '、', '；', ' '][(r >> 8) as usize % 5],
                // The common CJK block.
                _ => char::from_u32(0x4E00 + (r >> 8) as u32 % 0x51A5).unwrap(),
            };
            out.push(c);
        }
        out.push('\n');
    }
    out.into_bytes()
}

const LIST_PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报_平潭综合实验区</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<ul class="list">
<li><a href="./202301/t20230130_1.htm">平潭综合实验区2022年度政府信息公开工作年度报告</a><span>2023-01-30</span></li>
<li><a href="./202201/t20220128_2.htm">平潭综合实验区2021年度政府信息公开工作年度报告</a><span>2022-01-28</span></li>
<li><a href="./202101/t20210129_3.htm">平潭综合实验区2020年政府信息公开工作年度报告</a><span>2021-01-29</span></li>
<li><a href="./202301/t20230112_4.htm">平潭综合实验区公安局2022年政府信息公开工作年度报告</a><span>2023-01-12</span></li>
</ul><div class="page">共 4 条 第 1 页</div></body></html>"#;

const SPA_SHELL: &str = r#"<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>政府信息公开</title><link href=/static/css/app.3f2a.css rel=stylesheet></head><body><noscript>请启用 JavaScript 后浏览本网站。</noscript><div id=app></div><script src=/static/js/chunk-vendors.8c1d.js></script><script src=/static/js/app.77e0.js></script></body></html>"#;

const RTF: &str = r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\pard\f0\fs32 \'d2\'bb\'a1\'a2\'d7\'dc\'cc\'e5\'c7\'e9\'bf\'f6\par}";

const MHT: &str = "From: <由 Microsoft Word 保存>\r\nSubject: 政府信息公开工作年度报告\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n------=_NextPart_01D9\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body><p>一、总体情况</p></body></html>\r\n------=_NextPart_01D9--\r\n";

const WORD_2003_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:wordDocument>"#;

/// Every bad file: its name, its bytes, and words its message must hold (beyond being Chinese
/// and naming the file) when what is wrong can be told for sure.
fn bad_files() -> Vec<(&'static str, Vec<u8>, &'static [&'static str])> {
    let mut random = Random(0x2545_F491_4F6C_DD1D);
    let good = std::fs::read(sample_docx()).unwrap();
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(random.bytes(8192));
    vec![
        ("random.docx", random.bytes(65536), &[]),
        (
            "truncated.docx",
            good[..good.len() / 2].to_vec(),
            &["不完整"],
        ),
        ("cut-at-the-end.docx", good[..good.len() - 30].to_vec(), &[]),
        ("corrupt-early.docx", corrupt_deflate(0.0), &["损坏"]),
        ("corrupt-middle.docx", corrupt_deflate(0.5), &["损坏"]),
        ("bomb.docx", zip_bomb(256, None), &[]),
        ("bomb-claiming-1-KB.docx", zip_bomb(256, Some(1024)), &[]),
        // A reader that reserves what the header claims would abort on this one.
        (
            "bomb-claiming-4-GB.docx",
            zip_bomb(256, Some(u32::MAX - 1)),
            &[],
        ),
        // An OLE compound file: what Word 97–2003 (.doc) and WPS (.wps) save alike.
        ("ole.docx", ole, &[".doc", ".wps", "另存为"]),
        ("rtf.docx", RTF.as_bytes().to_vec(), &["RTF", "另存为"]),
        ("mht.docx", MHT.as_bytes().to_vec(), &[".mht", "另存为"]),
        (
            "word2003.docx",
            WORD_2003_XML.as_bytes().to_vec(),
            &["Word 2003", "另存为"],
        ),
        (
            "no-tables.docx",
            docx_of(&[
                "关于召开年度工作会议的通知",
                "各科室：定于下周一上午九时召开会议。",
                "办公室",
            ]),
            &["没有找到年报"],
        ),
        ("empty.html", Vec::new(), &["空"]),
        (
            "blank-page.html",
            b"<!DOCTYPE html><html><head><title></title></head><body></body></html>".to_vec(),
            &["没有找到"],
        ),
        ("list.html", LIST_PAGE.as_bytes().to_vec(), &["列表"]),
        ("spa.html", SPA_SHELL.as_bytes().to_vec(), &["脚本"]),
    ]
}

fn sample_docx() -> PathBuf {
    let docx = scratch("bad-source").join("sample.docx");
    if !docx.is_file() {
        let output = nianbao(&[
            "convert",
            &sample("八卦洲街道_2021"),
            "-o",
            &docx.to_string_lossy(),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    docx
}

fn is_chinese(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// What is wrong with the command's answer for `file`, if anything.
fn judge(file: &Path, words: &[&str], args: &[&str]) -> Option<String> {
    let out = file.with_extension("out.json");
    let _ = std::fs::remove_file(&out);
    let mut argv = args.to_vec();
    let file_arg = file.to_string_lossy().into_owned();
    let out_arg = out.to_string_lossy().into_owned();
    argv.push(&file_arg);
    if args[0] == "import" {
        argv.extend(["-o", &out_arg]);
    }
    let output = nianbao(&argv);
    let said = stderr(&output);
    let message = said.lines().find(|l| l.contains(file_arg.as_str()));
    let mut wrong = Vec::new();
    if output.status.code() != Some(2) {
        wrong.push(format!("exit {:?}", output.status.code()));
    }
    if said.contains("panicked") {
        wrong.push("a panic".to_owned());
    }
    match message {
        None => wrong.push("no message naming the file".to_owned()),
        Some(line) => {
            let reason = line.replace(file_arg.as_str(), "");
            if !reason.chars().any(is_chinese) {
                wrong.push("the message is not Chinese".to_owned());
            }
            for word in words.iter().filter(|w| !reason.contains(*w)) {
                wrong.push(format!("the message does not say 「{word}」"));
            }
        }
    }
    if out.exists() {
        wrong.push("an output file was written".to_owned());
    }
    (!wrong.is_empty()).then(|| {
        format!(
            "{} {}: {}\n    stderr: {}\n    stdout: {}",
            args[0],
            file.file_name().unwrap().to_string_lossy(),
            wrong.join(", "),
            said.trim_end(),
            common::stdout(&output)
                .lines()
                .take(12)
                .collect::<Vec<_>>()
                .join("\n            ")
        )
    })
}

#[test]
fn every_bad_file_gets_a_chinese_message_and_no_report() {
    let dir = scratch("bad-files");
    let files: Vec<(PathBuf, &[&str])> = bad_files()
        .into_iter()
        .map(|(name, bytes, words)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            (path, words)
        })
        .collect();
    // The judge is not blind: a good report is not taken for a bad file.
    let good = judge(&sample_docx(), &[], &["import"]).unwrap_or_default();
    assert!(good.contains("exit Some(0)"), "{good}");
    let mut wrong = Vec::new();
    for (path, words) in &files {
        wrong.extend(judge(path, words, &["import"]));
        wrong.extend(judge(path, words, &["check"]));
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn fifty_megabytes_of_text_lines_are_not_a_report() {
    // Alone, so that it runs beside the others: the debug build takes half a minute over it.
    let file = scratch("bad-big-text").join("random-lines.txt");
    std::fs::write(&file, random_text(50)).unwrap();
    let wrong = judge(&file, &["太大"], &["import"]);
    let _ = std::fs::remove_file(&file);
    assert!(wrong.is_none(), "{}", wrong.unwrap());
}

#[test]
fn a_fifty_megabyte_docx_with_a_photograph_is_still_read() {
    // A real report is a real report however large: what makes a .docx big is its pictures,
    // and only the text part is read.
    let mut docx = parts(&std::fs::read(sample_docx()).unwrap());
    docx.push(Part::stored(
        "word/media/image1.png",
        Random(7).bytes(50 << 20),
    ));
    let file = scratch("big-docx").join("big.docx");
    std::fs::write(&file, zip(&docx)).unwrap();
    let out = file.with_extension("json");
    let output = nianbao(&[
        "import",
        &file.to_string_lossy(),
        "-o",
        &out.to_string_lossy(),
    ]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = common::reports::read(&out);
    let want = common::reports::read(Path::new(&sample("八卦洲街道_2021")));
    assert_eq!(
        common::reports::table_differences(&report, &want),
        Vec::<String>::new()
    );
}
