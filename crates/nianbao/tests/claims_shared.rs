//! Every claim the narratives of ../shared make (samples and saved pages), checked against their
//! own tables: how many each report makes, and that all agree but the one real mistake (the 2022
//! report of 平潭综合实验区市场监督管理局 counts 本机关不掌握 under 不予公开 in its text).

use nianbao::json::read_report;
use nianbao::rules::{claims, Verdict};

/// (file under shared/samples, claims recognised).
const EXPECTED: [(&str, usize); 15] = [
    ("八卦洲街道_2021.json", 0),
    ("平潭综合实验区_2020_旧格式.json", 1),
    ("平潭综合实验区_2021.json", 3),
    ("平潭综合实验区_2022.json", 8),
    ("平潭综合实验区_2024.json", 2),
    ("平潭综合实验区公安局_2021.json", 3),
    ("平潭综合实验区公安局_2022.json", 4),
    ("平潭综合实验区市场监督管理局_2022.json", 3),
    ("平潭综合实验区自然资源与生态环境局_2022.json", 1),
    ("平潭综合实验区苏平片区管理局_2024.json", 1),
    ("平潭综合实验区金井片区管理局_2023.json", 1),
    ("pages/平潭综合实验区_2022.json", 8),
    ("pages/平潭综合实验区_2024.json", 2),
    ("pages/平潭综合实验区公安局_2022.json", 4),
    ("pages/平潭综合实验区市场监督管理局_2023.json", 2),
];

#[test]
fn every_claim_in_the_shared_reports_agrees_but_the_one_real_mistake() {
    let dir = format!("{}/../../../shared/samples", env!("CARGO_MANIFEST_DIR"));
    let mut listed = 0;
    for entry in std::fs::read_dir(&dir).expect("shared/samples") {
        let path = entry.expect("entry").path();
        listed += usize::from(path.extension().is_some_and(|e| e == "json"));
    }
    let pages = std::fs::read_dir(format!("{dir}/pages")).expect("shared/samples/pages");
    listed += pages
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
        })
        .count();
    assert_eq!(
        listed,
        EXPECTED.len(),
        "a report in ../shared is missing from the table"
    );

    for (file, count) in EXPECTED {
        let text = std::fs::read_to_string(format!("{dir}/{file}")).expect(file);
        let report = read_report(&text).unwrap_or_else(|_| panic!("{file}"));
        let found = claims(&report);
        assert_eq!(found.len(), count, "{file}: {found:#?}");
        for claim in found {
            let mistake =
                file == "平潭综合实验区市场监督管理局_2022.json" && claim.quote == "不予公开2件";
            let want = if mistake {
                Verdict::Disagrees
            } else {
                Verdict::Agrees
            };
            assert_eq!(claim.verdict, want, "{file}: {claim:?}");
        }
    }
}
