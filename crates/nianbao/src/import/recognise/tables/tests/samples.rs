//! The transcribed samples (rows one a line, 「 | 」 between cells) give their reference JSON's
//! three tables — the 2019-format one as its gb2019 report, before conversion. Where a
//! transcription cannot give a cell, the doubt at that cell is asserted instead.

use super::support::{differences, lines, reference, run, shared};
use crate::import::text;
use crate::layout::Template;

struct Sample {
    name: &'static str,
    template: Template,
    /// The paths of the doubts the transcription calls for.
    doubts: &'static [&'static str],
    /// Cells the reference fills and the recogniser rightly leaves blank.
    blank: &'static [&'static str],
}

const fn plain(name: &'static str) -> Sample {
    Sample {
        name,
        template: Template::Gb2021,
        doubts: &[],
        blank: &[],
    }
}

const NORMATIVE_UNKNOWN: &[&str] = &[
    "proactive.normative_documents.issued",
    "proactive.normative_documents.repealed",
    "proactive.normative_documents.in_force",
];

const SAMPLES: [Sample; 10] = [
    // 表二 is given as raw strings whose cell boundaries the archive lost (「raw '007' (= 0 | 0
    // | 7)」, 「raw '396442278'」): the reference leaves it blank, and so does the recogniser,
    // saying so at each row. Its single （六）其他处理 row marks the 2019 format.
    Sample {
        name: "平潭综合实验区_2020_旧格式",
        template: Template::Gb2019,
        doubts: &[
            "proactive.regulations.issued",
            "proactive.normative_documents.issued",
            "proactive.licensing",
            "proactive.punishment",
            "proactive.coercion",
        ],
        blank: &[],
    },
    plain("平潭综合实验区_2021"),
    plain("平潭综合实验区_2022"),
    plain("平潭综合实验区_2024"),
    plain("平潭综合实验区公安局_2021"),
    plain("平潭综合实验区公安局_2022"),
    // 行政规范性文件 is transcribed 「? | ? | ?」 (the archive's '6051' cannot be split).
    Sample {
        name: "平潭综合实验区市场监督管理局_2022",
        template: Template::Gb2021,
        doubts: NORMATIVE_UNKNOWN,
        blank: &[],
    },
    Sample {
        name: "平潭综合实验区自然资源与生态环境局_2022",
        template: Template::Gb2021,
        doubts: NORMATIVE_UNKNOWN,
        blank: &[],
    },
    plain("平潭综合实验区苏平片区管理局_2024"),
    // 四、结转下年度继续办理 has six cells where the table has seven (the published table lost
    // one). The reference puts the six zeros in the first six columns; which cell is missing
    // cannot be known, so the recogniser leaves the row blank and says so — never shifts.
    Sample {
        name: "平潭综合实验区金井片区管理局_2023",
        template: Template::Gb2021,
        doubts: &["requests.carried_forward"],
        blank: &[
            "requests.carried_forward.natural_person",
            "requests.carried_forward.commercial",
            "requests.carried_forward.research",
            "requests.carried_forward.nonprofit",
            "requests.carried_forward.legal_services",
            "requests.carried_forward.other_org",
        ],
    },
];

#[test]
fn every_sample_gives_its_references_tables() {
    for sample in SAMPLES {
        let name = sample.name;
        let document = text::read(&shared(&format!("samples/{name}.txt")));
        let (read, notes) = run(&document);
        let expected = reference(&format!("samples/{name}.json"));
        let report = lines(&notes);
        assert_eq!(read.template, sample.template, "{name}");
        assert_eq!(expected.template, sample.template, "{name}");
        assert_eq!(read.found, 3, "{name}\n{report}");
        let blank: Vec<String> = sample
            .blank
            .iter()
            .map(|path| format!("{path}: None ≠ Some(0)"))
            .collect();
        assert_eq!(differences(&read, &expected), blank, "{name}\n{report}");
        let doubts: Vec<&str> = notes
            .doubts
            .iter()
            .filter_map(|n| n.path.as_deref())
            .collect();
        assert_eq!(doubts, sample.doubts, "{name}\n{report}");
        assert!(notes.missing.is_empty(), "{name}\n{report}");
    }
}

#[test]
fn the_2019_sample_says_what_the_old_format_had() {
    let document = text::read(&shared("samples/平潭综合实验区_2020_旧格式.txt"));
    let (_, notes) = run(&document);
    let report = lines(&notes);
    assert!(
        report.contains("表二（旧格式）：5 个格中读到 0 个"),
        "{report}"
    );
    assert!(
        report.contains("表三（旧格式）：161 个格中读到 161 个"),
        "{report}"
    );
    assert!(
        report.contains("（六）其他处理是旧格式的单独一行"),
        "{report}"
    );
    assert!(report.contains("政府集中采购"), "{report}");
    assert!(
        report.contains("表二 行政许可 只找到 1 个数（应有 3 个）"),
        "{report}"
    );
}

/// A browser's copy of a page separates a row's cells with TABs: the same rows, the same
/// tables.
#[test]
fn tab_separated_rows_read_as_the_transcriptions_do() {
    for sample in SAMPLES {
        let name = sample.name;
        let transcription = shared(&format!("samples/{name}.txt"));
        let (piped, _) = run(&text::read(&transcription));
        let tabbed: String = transcription
            .lines()
            .map(|line| match line.contains(" | ") {
                true => {
                    line.split('|')
                        .map(str::trim)
                        .collect::<Vec<_>>()
                        .join("\t")
                        + "\n"
                }
                false => format!("{line}\n"),
            })
            .collect();
        let (read, notes) = run(&text::read(&tabbed));
        assert_eq!(read.proactive, piped.proactive, "{name}\n{}", lines(&notes));
        assert_eq!(read.requests, piped.requests, "{name}\n{}", lines(&notes));
        assert_eq!(read.appeals, piped.appeals, "{name}\n{}", lines(&notes));
    }
}
