//! The real published reports of shared/samples/ give exactly what rules.md § “What the samples
//! must give” says.

use nianbao::json::read_report;
use nianbao::rules::{check, Finding, Rule, Severity};
use nianbao::Report;
use std::collections::BTreeSet;

fn sample(name: &str) -> Report {
    let path = format!(
        "{}/../../../shared/samples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let Ok(report) = read_report(&text) else {
        panic!("{path} is not a valid document");
    };
    report
}

const SAMPLES: [&str; 11] = [
    "八卦洲街道_2021",
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

fn errors(findings: &[Finding]) -> BTreeSet<(&'static str, String)> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.rule.id(), f.path.clone()))
        .collect()
}

fn expected_errors(name: &str) -> BTreeSet<(&'static str, String)> {
    let blank = |path: &str| ("CELL_BLANK", path.to_owned());
    let columns = [
        "natural_person",
        "commercial",
        "research",
        "nonprofit",
        "legal_services",
        "other_org",
        "total",
    ];
    let normative = ["issued", "repealed", "in_force"]
        .map(|column| blank(&format!("proactive.normative_documents.{column}")));
    match name {
        "平潭综合实验区公安局_2021" => [
            (
                "T3_BALANCE",
                "requests.carried_forward.natural_person".to_owned(),
            ),
            ("T3_BALANCE", "requests.carried_forward.total".to_owned()),
        ]
        .into(),
        "平潭综合实验区金井片区管理局_2023" => {
            [blank("requests.carried_forward.total")].into()
        }
        "平潭综合实验区自然资源与生态环境局_2022" => normative.into(),
        "平潭综合实验区市场监督管理局_2022" => {
            let mut expected: BTreeSet<_> = normative.into();
            for row in ["other_unpaid_fee", "other_misc"] {
                for column in columns {
                    expected.insert(blank(&format!("requests.{row}.{column}")));
                }
            }
            expected
        }
        "平潭综合实验区_2020_旧格式" => [
            (
                "T3_CLOSED_SUM",
                "requests.closed_total.natural_person".to_owned(),
            ),
            ("T3_CLOSED_SUM", "requests.closed_total.total".to_owned()),
            blank("proactive.regulations.issued"),
            blank("proactive.normative_documents.issued"),
            blank("proactive.licensing"),
            blank("proactive.punishment"),
            blank("proactive.coercion"),
        ]
        .into(),
        _ => BTreeSet::new(),
    }
}

#[test]
fn every_sample_gives_exactly_the_expected_errors() {
    for name in SAMPLES {
        let findings = check(&sample(name), None);
        assert_eq!(errors(&findings), expected_errors(name), "{name}");
    }
}

#[test]
fn only_the_market_regulator_gets_the_fee_and_mismatch_warnings() {
    for name in SAMPLES {
        let findings = check(&sample(name), None);
        let of =
            |rule: Rule| -> Vec<&Finding> { findings.iter().filter(|f| f.rule == rule).collect() };
        if name == "平潭综合实验区市场监督管理局_2022" {
            let fee = of(Rule::FeeStatement);
            assert_eq!(fee.len(), 1, "{name}");
            assert_eq!(fee[0].path, "other_matters");
            let mismatch = of(Rule::TextTableMismatch);
            assert_eq!(mismatch.len(), 1, "{name}: {mismatch:?}");
            assert_eq!(mismatch[0].path, "overview");
            assert!(
                mismatch[0].message.contains("不予公开2件"),
                "{}",
                mismatch[0].message
            );
            assert!(mismatch[0]
                .related
                .iter()
                .any(|path| path == "requests.refused_enforcement_file.total"));
        } else {
            assert_eq!(of(Rule::FeeStatement), [] as [&Finding; 0], "{name}");
            assert_eq!(of(Rule::TextTableMismatch), [] as [&Finding; 0], "{name}");
        }
        // Every sample names both its problems and its measures.
        assert_eq!(of(Rule::ProblemsMeasures), [] as [&Finding; 0], "{name}");
    }
}

#[test]
fn warnings_on_the_samples_are_the_reviewed_ones() {
    // Not required by rules.md, but pinned so a change to a check shows up here: every warning
    // below was read against the sample and is right.
    let mut all = BTreeSet::new();
    for name in SAMPLES {
        for f in check(&sample(name), None) {
            if f.severity == Severity::Warning {
                all.insert((name, f.rule.id(), f.path));
            }
        }
    }
    let expected: BTreeSet<(&str, &str, String)> = [
        // No 落款 or 成文日期 in the published page.
        (
            "平潭综合实验区_2020_旧格式",
            "META_SIGNATURE",
            "meta.signature",
        ),
        ("平潭综合实验区_2020_旧格式", "META_SIGNATURE", "meta.date"),
        ("平潭综合实验区_2021", "META_SIGNATURE", "meta.signature"),
        ("平潭综合实验区_2021", "META_SIGNATURE", "meta.date"),
        ("平潭综合实验区_2022", "META_SIGNATURE", "meta.signature"),
        ("平潭综合实验区_2022", "META_SIGNATURE", "meta.date"),
        ("平潭综合实验区_2024", "META_SIGNATURE", "meta.signature"),
        ("平潭综合实验区_2024", "META_SIGNATURE", "meta.date"),
        (
            "平潭综合实验区公安局_2022",
            "META_SIGNATURE",
            "meta.signature",
        ),
        ("平潭综合实验区公安局_2022", "META_SIGNATURE", "meta.date"),
        (
            "平潭综合实验区苏平片区管理局_2024",
            "META_SIGNATURE",
            "meta.signature",
        ),
        (
            "平潭综合实验区苏平片区管理局_2024",
            "META_SIGNATURE",
            "meta.date",
        ),
        // 24252.311082 万元: six decimal places, finer than 1 元 (rules.md: more than 4).
        ("平潭综合实验区_2021", "FEES_PRECISION", "proactive.fees"),
        // 一 mentions 考核 only: no 社会评议, no 责任追究 (2020's excerpt and 2021, 2024).
        ("平潭综合实验区_2020_旧格式", "GOV_ASSESSMENT", "overview"),
        ("平潭综合实验区_2021", "GOV_ASSESSMENT", "overview"),
        ("平潭综合实验区_2024", "GOV_ASSESSMENT", "overview"),
        (
            "平潭综合实验区市场监督管理局_2022",
            "FEE_STATEMENT",
            "other_matters",
        ),
        (
            "平潭综合实验区市场监督管理局_2022",
            "TEXT_TABLE_MISMATCH",
            "overview",
        ),
    ]
    .into_iter()
    .map(|(name, rule, path)| (name, rule, path.to_owned()))
    .collect();
    assert_eq!(all, expected);
}

#[test]
fn across_years() {
    let pingtan = check(
        &sample("平潭综合实验区_2022"),
        Some(&sample("平潭综合实验区_2021")),
    );
    assert!(
        pingtan.iter().all(|f| f.rule != Rule::CrossCarry),
        "{pingtan:?}"
    );

    let police = check(
        &sample("平潭综合实验区公安局_2022"),
        Some(&sample("平潭综合实验区公安局_2021")),
    );
    assert!(
        police.iter().all(|f| f.rule != Rule::CrossCarry),
        "{police:?}"
    );
    let in_force: Vec<_> = police
        .iter()
        .filter(|f| f.rule == Rule::CrossInForce)
        .collect();
    assert_eq!(in_force.len(), 1, "{police:?}");
    assert_eq!(in_force[0].path, "proactive.normative_documents.in_force");
    assert!(
        in_force[0]
            .message
            .contains("2 + 本年制发件数 4 − 本年废止件数 1 = 5"),
        "{}",
        in_force[0].message
    );
    // Rewritten from the same skeleton, but not the same text.
    assert!(police.iter().all(|f| f.rule != Rule::CrossSameText));
    // A report against itself: both sections are the same text.
    let same = sample("平潭综合实验区公安局_2022");
    let findings = check(&same, Some(&same));
    let same_text: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == Rule::CrossSameText)
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(same_text, ["overview", "problems"]);
}

#[test]
fn cross_in_force_skips_what_gb2019_lacks() {
    let findings = check(
        &sample("平潭综合实验区_2021"),
        Some(&sample("平潭综合实验区_2020_旧格式")),
    );
    assert!(findings.iter().all(|f| f.rule != Rule::CrossInForce));
}
