//! The transcribed samples: each .txt beside its JSON. The transcriptions start with a '#' comment
//! header (and a URL), which the test cuts at the report's title, and end with the archive's raw
//! table text, which the test cuts off.

use super::*;

const SAMPLES: [&str; 10] = [
    "平潭综合实验区_2020_旧格式",
    "平潭综合实验区_2021",
    "平潭综合实验区_2022",
    "平潭综合实验区_2024",
    "平潭综合实验区公安局_2021",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2022",
    "平潭综合实验区自然资源与生态环境局_2022",
    "平潭综合实验区苏平片区管理局_2024",
    "平潭综合实验区金井片区管理局_2023",
];

/// The report's text of a transcription: from its title to the raw table text. The transcriber
/// put notes after some headings (「四、…情况   [sic: heading as published]」); they are not the
/// report's and are cut too.
fn report_text(transcription: &str, title: &str) -> String {
    let lines: Vec<&str> = transcription
        .lines()
        .skip_while(|line| line.trim() != title)
        .take_while(|line| !line.starts_with("RAW TABLE TEXT"))
        .map(|line| match line.find("   [") {
            Some(at) if line.ends_with(']') => &line[..at],
            _ => line,
        })
        // 「二、主动公开政府信息情况（2019格式 — raw cell text…）」: the transcriber's too.
        .map(|line| line.split("（2019格式").next().unwrap_or(line))
        .collect();
    lines.join("\n")
}

/// The transcriber separated table cells with " | "; the reference JSON's other_matters of
/// 苏平片区 keeps its inserted table's cells separated by U+3000, as the page's text had them.
fn cells_as_in_reference(text: &str) -> String {
    normalised(text).replace(" | ", "\u{3000}")
}

#[test]
fn each_sample_gives_its_reports_meta_and_narrative() {
    for name in SAMPLES {
        let expected = reference(&format!("samples/{name}.json"));
        let title = expected
            .meta
            .title
            .clone()
            .expect("every sample has a title");
        let text = report_text(&shared_text(&format!("samples/{name}.txt")), &title);
        assert!(
            !text.is_empty(),
            "{name}: title not found in the transcription"
        );
        let (read, notes) = recognise_text(&text);
        let context = format!("{name}\n{}", notes.to_text());
        assert_eq!(read.title.as_ref(), Some(&title), "{context}");
        assert_eq!(read.agency, expected.meta.agency, "{context}");
        assert_eq!(read.year, expected.meta.year, "{context}");
        assert_eq!(read.kind, expected.meta.kind, "{context}");
        assert_eq!(read.signature, expected.meta.signature, "{context}");
        assert_eq!(read.date, expected.meta.date, "{context}");
        assert_eq!(
            normalised(&read.preamble),
            normalised(&expected.preamble),
            "{context}"
        );
        assert_eq!(
            normalised(&read.overview),
            normalised(&expected.overview),
            "{context}"
        );
        assert_eq!(
            normalised(&read.problems),
            normalised(&expected.problems),
            "{context}"
        );
        assert_eq!(
            cells_as_in_reference(&read.other_matters),
            normalised(&expected.other_matters),
            "{context}"
        );
    }
}
