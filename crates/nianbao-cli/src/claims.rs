//! `nianbao check --claims`: every number claim of the narrative the checker recognised, with
//! what it was compared with, the table's value and the verdict, so that a reviewer sees which
//! sentences were checked, not only those that failed (issue 12).

use nianbao::rules::{claims, ClaimCheck, Verdict};
use nianbao::Report;
use std::io::{self, Write};
use std::path::Path;

fn verdict(check: &ClaimCheck) -> &'static str {
    match check.verdict {
        Verdict::Agrees => "一致",
        Verdict::Disagrees => "不一致",
        Verdict::NotCompared(_) => "未比较",
    }
}

pub fn write_human(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let checks = claims(report);
    if checks.is_empty() {
        return writeln!(out, "  文字与表格核对：文字部分没有识别到可核对的数字说法");
    }
    writeln!(out, "  文字与表格核对（{} 处）：", checks.len())?;
    for check in &checks {
        let table = match (&check.verdict, check.table) {
            (Verdict::NotCompared(why), _) => format!("（{why}）"),
            (_, Some(value)) => format!("为 {value}"),
            (_, None) => String::new(),
        };
        writeln!(
            out,
            "    {}　「{}」写“{}”；{}{table}",
            verdict(check),
            check.field.label(),
            check.quote,
            check.against
        )?;
    }
    Ok(())
}

pub fn write_json_lines(out: &mut impl Write, file: &Path, report: &Report) -> io::Result<()> {
    let name = file.to_string_lossy();
    for check in claims(report) {
        let reason = match check.verdict {
            Verdict::NotCompared(why) => Some(why),
            _ => None,
        };
        let line = serde_json::json!({
            "file": name,
            "claim": {
                "field": check.field.key(),
                "quote": check.quote,
                "against": check.against,
                "table": check.table.map(|v| v as u64),
                "verdict": match check.verdict {
                    Verdict::Agrees => "agrees",
                    Verdict::Disagrees => "disagrees",
                    Verdict::NotCompared(_) => "not_compared",
                },
                "reason": reason,
            },
        });
        writeln!(out, "{line}")?;
    }
    Ok(())
}
