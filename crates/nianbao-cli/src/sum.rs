//! `nianbao sum [--agency NAME] [--year YEAR] FILE|DIR... -o OUT`: the units' reports (every input
//! `nianbao import` reads; folders walked as `check` walks them) consolidated into one report of
//! kind 政府 (`nianbao::consolidate`), written as OUT's extension asks; which units were summed,
//! which were left out and why, and which cells some units left blank, printed. Exit 0 when
//! written; 2 when nothing could be summed or the output cannot be written, and then nothing is.

use crate::args::SumOptions;
use crate::check::{load, Unreadable};
use crate::convert::{charts_fit, output_format, write_whole};
use crate::walk;
use nianbao::charts::consolidation_beside_tables;
use nianbao::consolidate::{consolidate, reasons_left_out, LeftOut, Unit};
use nianbao::export::docx::docx_with_charts;
use nianbao::export::export;
use nianbao::names::place;
use std::path::Path;
use std::process::ExitCode;

pub fn run(options: &SumOptions) -> ExitCode {
    let output = options.output.display();
    let Some(format) = output_format(&options.output) else {
        return ExitCode::from(2);
    };
    if options.charts && !charts_fit(format, &options.output) {
        return ExitCode::from(2);
    }
    let inputs = walk::collect(&options.inputs);
    let mut units = Vec::new();
    let mut unreadable = Vec::new();
    for (folder, why) in &inputs.unlisted {
        unreadable.push(LeftOut {
            name: folder.display().to_string(),
            reason: why.clone(),
        });
    }
    for file in &inputs.files {
        match load(file) {
            Ok(report) => units.push(Unit {
                name: unit_name(&report.meta.agency, file),
                report,
            }),
            Err(problem) => unreadable.push(LeftOut {
                name: file.display().to_string(),
                reason: why_unreadable(&problem),
            }),
        }
    }
    let consolidation = consolidate(&units, &options.agency, options.year);
    let year = consolidation
        .report
        .meta
        .year
        .map_or("（未定）".to_owned(), |y| y.to_string());
    println!(
        "汇总 {year} 年度：{} 份报告，汇总了 {} 份。",
        inputs.files.len(),
        consolidation.summed.len()
    );
    for name in &consolidation.summed {
        println!("  汇总：{name}");
    }
    for left in consolidation.left_out.iter().chain(&unreadable) {
        println!("  未汇总：{}（{}）", left.name, left.reason);
    }
    if !consolidation.blanks.is_empty() {
        println!(
            "有 {} 个格部分单位未填（按已填的相加）：",
            consolidation.blanks.len()
        );
        for blanks in &consolidation.blanks {
            println!(
                "  {}（{}）：{}",
                place(&blanks.path, consolidation.report.template),
                blanks.path,
                blanks.units.join("、")
            );
        }
    }
    if consolidation.summed.is_empty() {
        eprintln!("nianbao：没有可以汇总的报告，未写出 {output}");
        return ExitCode::from(2);
    }
    let bytes = if options.charts {
        let summed: Vec<(String, &nianbao::Report)> = units
            .iter()
            .zip(reasons_left_out(
                &units,
                consolidation.report.meta.year,
                &options.agency,
            ))
            .filter(|(_, reason)| reason.is_none())
            .map(|(unit, _)| (unit.name.clone(), &unit.report))
            .collect();
        let charts = consolidation_beside_tables(&consolidation.report, &summed, "");
        docx_with_charts(&consolidation.report, &charts)
    } else {
        export(&consolidation.report, format)
    };
    if let Err(error) = write_whole(&options.output, &bytes) {
        eprintln!("nianbao：{output}：无法写入（{error}）");
        return ExitCode::from(2);
    }
    println!("已写出 {output}");
    ExitCode::SUCCESS
}

/// A unit is listed under its 机关; a report that does not name one, under its file's name.
fn unit_name(agency: &str, file: &Path) -> String {
    match agency.trim() {
        "" => file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        agency => agency.to_owned(),
    }
}

fn why_unreadable(problem: &Unreadable) -> String {
    match problem {
        Unreadable::Io(reason) | Unreadable::NotAReport(reason) => reason.clone(),
        Unreadable::Invalid(errors) => errors
            .iter()
            .next()
            .map_or_else(|| "无法读取".to_owned(), |e| format!("无法读取：{e}")),
    }
}
