//! `nianbao check --claims`: each number claim of the narrative, checked, listed for a person
//! and as JSON lines.

mod common;

use common::{nianbao, sample, stdout};

#[test]
fn every_claim_checked_is_listed_with_its_verdict() {
    let file = sample("平潭综合实验区_2022");
    let said = stdout(&nianbao(&["check", "--claims", &file]));
    assert!(said.contains("文字与表格核对（8 处）"), "{said}");
    // 收到 75 件: 本年新收 74 plus 上年结转 1.
    assert!(
        said.contains("一致　「一、总体情况」写“收到政府信息公开申请75件”；表三本年新收总计（或加上年结转）为 75"),
        "{said}"
    );
    assert!(!said.contains("不一致"), "{said}");

    let lines = stdout(&nianbao(&["check", "--claims", "--json", &file]));
    let claims: Vec<serde_json::Value> = lines
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|line| line.get("claim").is_some())
        .collect();
    assert_eq!(claims.len(), 8);
    assert_eq!(claims[0]["claim"]["field"], "overview");
    assert_eq!(claims[0]["claim"]["verdict"], "agrees");
    assert_eq!(claims[0]["claim"]["table"], 698);
}

#[test]
fn without_the_switch_nothing_more_is_said() {
    let said = stdout(&nianbao(&["check", &sample("平潭综合实验区_2022")]));
    assert!(!said.contains("文字与表格核对"));
}
