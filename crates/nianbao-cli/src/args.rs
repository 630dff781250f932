//! Reads the command line. Hand-written: the grammar is four words long and a parser crate would
//! cost more to build than the whole command.

use std::path::PathBuf;

pub const USAGE: &str = "\
用法：nianbao check [--json] [--claims] [--last-year 上年报告] 报告或文件夹...
      nianbao convert [--charts] 报告 -o 输出文件
      nianbao import 报告 [-o 输出.json] [--json]
      nianbao sum [--agency 机关名称] [--year 年度] [--charts] 报告或文件夹... -o 汇总.json

报告可以是 nianbao-report JSON 第 1 版，也可以是 Word 文档（.docx）、网页（.html，UTF-8 或
GBK）或文字（.txt）：种类按内容识别，不看扩展名。

检查政府信息公开工作年度报告的勾稽关系和内容。
文件夹按名称顺序逐层查找，取其中扩展名为 .json、.docx、.html、.htm、.txt（不分大小写）的文件，
跳过以“.”开头的文件和文件夹以及指向文件夹的链接；直接给出的文件不论扩展名都检查，同一文件只查一次。
检查了多个文件或给出了文件夹时，最后输出汇总表（文件数、可读取、有错误、有提醒、无法读取）。
  --json             每条检查结果输出为一行 JSON；汇总为最后一行
                     {\"summary\":{\"files\":…,\"readable\":…,\"with_errors\":…,\"with_warnings\":…,
                     \"unreadable\":…,\"unreadable_files\":[…]}}
  --claims           另列出文字部分中识别到的每个数字说法：原文、与表格中哪一项比较、表格的数、
                     是否一致（或为何无法比较）；--json 时每条一行 {\"file\":…,\"claim\":{…}}
  --last-year FILE   上年报告，用于跨年度核对（上年结转、现行有效件数等）
退出状态：0 没有错误；1 至少一个错误；2 有文件无法读取。

convert 把报告导出为输出文件扩展名所指的格式：
  .doc / .html  Word、WPS 可直接打开的网页格式文档（.htm 同 .html）
  .docx         Word 文档（GB/T 9704 版式，带页码）
  .json         nianbao-report JSON 第 1 版
  --charts      .docx 中在表三、表四之后附上图表（办理结果、申请人、复议和诉讼结果），为可编辑的
                Word 图表
退出状态：0 已写出；2 报告无法读取或输出格式不明（此时不写任何文件）。

import 从 Word 文档、网页或文字中读出报告，列出识别到的、没找到的和存疑的地方（导入报告），
  -o FILE    把读出的报告写成 FILE（扩展名同 convert；通常是 .json）
  --json     导入报告输出为 JSON
退出状态：0 已读出（存疑之处见导入报告）；2 文件不是可以读取的年报（此时不写任何文件）。

sum 把各单位的报告汇总为一份本级政府的报告（表二、表三、表四逐格相加，只有各单位都空白的格才
空白，收费金额按小数精确相加），写成 -o 所指的文件（扩展名同 convert），并列出汇总了哪些单位、
哪些未汇总及原因（其他年度、2019 年旧格式、重名、无法读取），以及哪些格有单位未填。
  --agency NAME  汇总报告的机关名称（可在编辑器中再改）
  --year YEAR    汇总的年度；不给时取多数单位的年度
  --charts       .docx 中附上汇总的图表（办理结果、申请人、复议和诉讼结果、各单位本年新收申请）
退出状态：0 已写出；2 没有可以汇总的报告或参数有误（此时不写任何文件）。
";

#[derive(Debug, PartialEq, Eq)]
pub struct SumOptions {
    pub agency: String,
    pub year: Option<i32>,
    pub charts: bool,
    pub inputs: Vec<PathBuf>,
    pub output: PathBuf,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ImportOptions {
    pub input: PathBuf,
    pub output: Option<PathBuf>,
    pub json: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ConvertOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    /// Pictures after the tables (a .docx only).
    pub charts: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub struct CheckOptions {
    pub json: bool,
    /// List every claim of the narrative checked against the tables.
    pub claims: bool,
    pub last_year: Option<PathBuf>,
    pub files: Vec<PathBuf>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check(CheckOptions),
    Convert(ConvertOptions),
    Import(ImportOptions),
    Sum(SumOptions),
    Help,
}

pub fn parse(argv: &[String]) -> Result<Command, String> {
    let mut words = argv.iter();
    match words.next().map(String::as_str) {
        Some("check") => {}
        Some("convert") => return parse_convert(words),
        Some("import") => return parse_import(words),
        Some("sum") => return parse_sum(words),
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some(other) => return Err(format!("未知的子命令「{other}」")),
        None => return Err("缺少子命令".to_owned()),
    }
    let mut options = CheckOptions {
        json: false,
        claims: false,
        last_year: None,
        files: Vec::new(),
    };
    let mut only_files = false;
    while let Some(word) = words.next() {
        match word.as_str() {
            _ if only_files => options.files.push(PathBuf::from(word)),
            "--" => only_files = true,
            "--json" => options.json = true,
            "--claims" => options.claims = true,
            "-h" | "--help" => return Ok(Command::Help),
            "--last-year" => {
                let file = words.next().ok_or("--last-year 后面缺少上年报告的文件名")?;
                options.last_year = Some(PathBuf::from(file));
            }
            _ if word.starts_with("--last-year=") => {
                options.last_year = Some(PathBuf::from(&word["--last-year=".len()..]));
            }
            _ if word.starts_with('-') && word.len() > 1 => {
                return Err(format!("未知的选项「{word}」"))
            }
            _ => options.files.push(PathBuf::from(word)),
        }
    }
    if options.files.is_empty() {
        return Err("没有给出要检查的报告文件".to_owned());
    }
    Ok(Command::Check(options))
}

/// One input, an optional `-o` output and one switch (`--json` for `import`, `--charts` for
/// `convert`): what both take.
struct InOut {
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    switch: bool,
}

fn parse_in_out<'a>(
    mut words: impl Iterator<Item = &'a String>,
    verb: &str,
    switch: &str,
) -> Result<Option<InOut>, String> {
    let mut found = InOut {
        input: None,
        output: None,
        switch: false,
    };
    while let Some(word) = words.next() {
        match word.as_str() {
            "-h" | "--help" => return Ok(None),
            w if w == switch => found.switch = true,
            w if w == "-o" || w == "--output" || w.starts_with("--output=") => {
                let file = match word.strip_prefix("--output=") {
                    Some(file) => file,
                    None => words.next().ok_or("-o 后面缺少输出文件名")?,
                };
                if found.output.is_some() {
                    return Err("输出文件只能给一个（-o 出现了两次）".to_owned());
                }
                found.output = Some(PathBuf::from(file));
            }
            _ if word.starts_with('-') && word.len() > 1 => {
                return Err(format!("未知的选项「{word}」"))
            }
            _ if found.input.is_some() => {
                return Err(format!("只能{verb}一个报告，多出了「{word}」"))
            }
            _ => found.input = Some(PathBuf::from(word)),
        }
    }
    Ok(Some(found))
}

fn parse_convert<'a>(words: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let Some(found) = parse_in_out(words, "转换", "--charts")? else {
        return Ok(Command::Help);
    };
    Ok(Command::Convert(ConvertOptions {
        input: found.input.ok_or("没有给出要转换的报告文件")?,
        output: found.output.ok_or("没有给出输出文件（-o 输出文件）")?,
        charts: found.switch,
    }))
}

fn parse_sum<'a>(mut words: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let (mut agency, mut year, mut output, mut inputs) = (String::new(), None, None, Vec::new());
    let mut charts = false;
    while let Some(word) = words.next() {
        match word.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--charts" => charts = true,
            "--agency" => agency = words.next().ok_or("--agency 后面缺少机关名称")?.clone(),
            "--year" => {
                let text = words.next().ok_or("--year 后面缺少年度")?;
                let read = nianbao::number::parse_year(text).ok().flatten();
                year = Some(read.ok_or_else(|| format!("「{text}」不是年度，例如 2024"))?);
            }
            "-o" | "--output" => {
                if output.is_some() {
                    return Err("输出文件只能给一个（-o 出现了两次）".to_owned());
                }
                output = Some(PathBuf::from(words.next().ok_or("-o 后面缺少输出文件名")?));
            }
            _ if word.starts_with('-') && word.len() > 1 => {
                return Err(format!("未知的选项「{word}」"))
            }
            _ => inputs.push(PathBuf::from(word)),
        }
    }
    if inputs.is_empty() {
        return Err("没有给出要汇总的报告文件或文件夹".to_owned());
    }
    Ok(Command::Sum(SumOptions {
        agency,
        year,
        charts,
        inputs,
        output: output.ok_or("没有给出输出文件（-o 汇总.json）")?,
    }))
}

fn parse_import<'a>(words: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let Some(found) = parse_in_out(words, "导入", "--json")? else {
        return Ok(Command::Help);
    };
    Ok(Command::Import(ImportOptions {
        input: found.input.ok_or("没有给出要导入的文件")?,
        output: found.output,
        json: found.switch,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn reads_every_option() {
        let parsed = parse(&words(
            "check --json --claims --last-year a.json b.json c.json",
        ))
        .unwrap();
        assert_eq!(
            parsed,
            Command::Check(CheckOptions {
                json: true,
                claims: true,
                last_year: Some("a.json".into()),
                files: vec!["b.json".into(), "c.json".into()],
            })
        );
        let parsed = parse(&words("check --last-year=a.json -- --json")).unwrap();
        let Command::Check(options) = parsed else {
            panic!()
        };
        assert_eq!(options.files, vec![PathBuf::from("--json")]);
        assert!(!options.json);
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        assert!(parse(&words("check")).unwrap_err().contains("没有给出"));
        assert!(parse(&words("check --jsn a"))
            .unwrap_err()
            .contains("--jsn"));
        assert!(parse(&words("verify a")).unwrap_err().contains("verify"));
        assert!(parse(&words("check --last-year"))
            .unwrap_err()
            .contains("--last-year"));
        assert_eq!(parse(&words("--help")).unwrap(), Command::Help);
    }

    #[test]
    fn reads_a_conversion() {
        assert_eq!(
            parse(&words("convert a.json -o b.docx")).unwrap(),
            Command::Convert(ConvertOptions {
                input: "a.json".into(),
                output: "b.docx".into(),
                charts: false,
            })
        );
        assert!(parse(&words("convert a.json")).unwrap_err().contains("-o"));
        assert!(parse(&words("convert -o b.doc"))
            .unwrap_err()
            .contains("报告文件"));
        assert!(parse(&words("convert a b -o c.doc"))
            .unwrap_err()
            .contains("「b」"));
        assert!(parse(&words("convert a.json -o b.doc --json"))
            .unwrap_err()
            .contains("--json"));
    }

    #[test]
    fn reads_a_sum() {
        assert_eq!(
            parse(&words(
                "sum --agency 某县人民政府 --year 2024 甲 乙/ -o 汇总.json"
            ))
            .unwrap(),
            Command::Sum(SumOptions {
                agency: "某县人民政府".into(),
                year: Some(2024),
                charts: false,
                inputs: vec!["甲".into(), "乙/".into()],
                output: "汇总.json".into(),
            })
        );
        let Command::Sum(options) = parse(&words("sum --charts 甲 -o 汇总.docx")).unwrap()
        else {
            panic!("a sum")
        };
        assert!(options.charts);
        assert!(parse(&words("sum a.json")).unwrap_err().contains("-o"));
        assert!(parse(&words("sum -o b.json")).unwrap_err().contains("汇总"));
        assert!(parse(&words("sum --year 两千 a -o b.json"))
            .unwrap_err()
            .contains("「两千」"));
    }

    #[test]
    fn reads_a_convert_with_charts() {
        let Command::Convert(options) = parse(&words("convert --charts a.json -o b.docx")).unwrap()
        else {
            panic!("a convert")
        };
        assert!(options.charts);
        assert!(parse(&words("convert a.json -o b.docx --json"))
            .unwrap_err()
            .contains("--json"));
    }

    #[test]
    fn reads_an_import() {
        assert_eq!(
            parse(&words("import 年报.docx -o a.json --json")).unwrap(),
            Command::Import(ImportOptions {
                input: "年报.docx".into(),
                output: Some("a.json".into()),
                json: true,
            })
        );
        let Command::Import(options) = parse(&words("import page.html")).unwrap() else {
            panic!("an import")
        };
        assert_eq!(options.output, None);
        assert!(parse(&words("import")).unwrap_err().contains("导入"));
        assert!(parse(&words("import a b")).unwrap_err().contains("「b」"));
    }
}
