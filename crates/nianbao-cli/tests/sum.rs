//! `nianbao sum` as a 汇总 office runs it over a folder of what units sent: the units of the
//! year summed cell by cell, the others listed apart with their reasons, nothing written when
//! nothing can be summed.

mod common;

use common::{nianbao, sample, samples, scratch, stdout};
use serde_json::Value;

const YEAR_2022: [&str; 4] = [
    "平潭综合实验区_2022",
    "平潭综合实验区公安局_2022",
    "平潭综合实验区市场监督管理局_2022",
    "平潭综合实验区自然资源与生态环境局_2022",
];

fn json(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn a_folder_of_units_is_summed_for_the_year_most_report_on() {
    let dir = scratch("sum-folder");
    let inbox = dir.join("收到的报告");
    std::fs::create_dir_all(inbox.join("街道")).unwrap();
    for name in YEAR_2022 {
        std::fs::copy(sample(name), inbox.join(format!("{name}.json"))).unwrap();
    }
    // Another year, the 2019 format, a broken file, and one unit's report sent twice (as a
    // .docx besides its JSON).
    std::fs::copy(
        sample("平潭综合实验区公安局_2021"),
        inbox.join("街道/公安局_2021.json"),
    )
    .unwrap();
    std::fs::copy(
        sample("平潭综合实验区_2020_旧格式"),
        inbox.join("旧格式.json"),
    )
    .unwrap();
    std::fs::write(inbox.join("坏文件.json"), "{ 不是 JSON").unwrap();
    let docx = inbox.join("街道/公安局_2022_又一份.docx");
    let converted = nianbao(&[
        "convert",
        &sample("平潭综合实验区公安局_2022"),
        "-o",
        &docx.to_string_lossy(),
    ]);
    assert!(converted.status.success());

    let out = dir.join("汇总.json");
    let output = nianbao(&[
        "sum",
        "--agency",
        "某县人民政府",
        &inbox.to_string_lossy(),
        "-o",
        &out.to_string_lossy(),
    ]);
    let said = stdout(&output);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("汇总 2022 年度：8 份报告，汇总了 4 份。"),
        "{said}"
    );
    assert!(
        said.contains("报告年度为 2021，汇总的是 2022 年度"),
        "{said}"
    );
    assert!(said.contains("2019 年旧格式"), "{said}");
    assert!(said.contains("坏文件.json"), "{said}");
    assert!(said.contains("重名"), "{said}");

    // Every count cell is the sum of the four units' cells, computed here from their JSON.
    let total = json(&out);
    assert_eq!(total["meta"]["kind"], "government");
    assert_eq!(total["meta"]["agency"], "某县人民政府");
    assert_eq!(total["meta"]["year"], 2022);
    let units: Vec<Value> = YEAR_2022
        .iter()
        .map(|name| json(&samples().join(format!("{name}.json"))))
        .collect();
    for (section, rows) in total["requests"].as_object().unwrap() {
        for (column, value) in rows.as_object().unwrap() {
            let cells: Vec<Option<u64>> = units
                .iter()
                .map(|u| u["requests"][section][column].as_u64())
                .collect();
            let expected = if cells.iter().all(Option::is_none) {
                Value::Null
            } else {
                Value::from(cells.iter().flatten().sum::<u64>())
            };
            assert_eq!(*value, expected, "requests.{section}.{column}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_to_sum_writes_nothing_and_exits_two() {
    let dir = scratch("sum-nothing");
    std::fs::write(dir.join("坏文件.json"), "{").unwrap();
    let out = dir.join("汇总.json");
    let output = nianbao(&["sum", &dir.to_string_lossy(), "-o", &out.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
    assert!(String::from_utf8_lossy(&output.stderr).contains("没有可以汇总的报告"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn charts_go_into_a_docx_and_nowhere_else() {
    let dir = scratch("sum-charts");
    let units: Vec<String> = YEAR_2022.iter().map(|name| sample(name)).collect();
    let run = |out: &std::path::Path| {
        let mut args = vec!["sum", "--charts"];
        args.extend(units.iter().map(String::as_str));
        let out = out.to_string_lossy().into_owned();
        nianbao(&[args, vec!["-o", &out]].concat())
    };
    let docx = dir.join("汇总.docx");
    assert!(run(&docx).status.success());
    let names: Vec<String> = common::zip::parts(&std::fs::read(&docx).unwrap())
        .into_iter()
        .map(|part| part.name)
        .filter(|name| name.starts_with("word/charts/"))
        .collect();
    // How the requests ended, who asked, reviews and lawsuits, and the units ranked.
    assert_eq!(names.len(), 4, "{names:?}");

    let json = dir.join("汇总.json");
    let refused = run(&json);
    assert_eq!(refused.status.code(), Some(2));
    assert!(common::stderr(&refused).contains("--charts 只用于 .docx"));
    assert!(!json.exists(), "nothing written");
    let _ = std::fs::remove_dir_all(&dir);
}
