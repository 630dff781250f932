//! Reads the command line. Hand-written: the grammar is four words long and a parser crate would
//! cost more to build than the whole command.

use std::path::PathBuf;

pub const USAGE: &str = "\
用法：nianbao check [--json] [--last-year 上年报告.json] 报告.json...
      nianbao convert 报告.json -o 输出文件

检查政府信息公开工作年度报告（nianbao-report JSON 第 1 版）的勾稽关系和内容。
  --json             每条检查结果输出为一行 JSON
  --last-year FILE   上年报告，用于跨年度核对（上年结转、现行有效件数等）
退出状态：0 没有错误；1 至少一个错误；2 有文件无法读取。

convert 把报告导出为输出文件扩展名所指的格式：
  .doc / .html  Word、WPS 可直接打开的网页格式文档（.htm 同 .html）
  .docx         Word 文档（GB/T 9704 版式，带页码）
  .json         nianbao-report JSON 第 1 版
退出状态：0 已写出；2 报告无法读取或输出格式不明（此时不写任何文件）。
";

#[derive(Debug, PartialEq, Eq)]
pub struct ConvertOptions {
    pub input: PathBuf,
    pub output: PathBuf,
}

#[derive(Debug, PartialEq, Eq)]
pub struct CheckOptions {
    pub json: bool,
    pub last_year: Option<PathBuf>,
    pub files: Vec<PathBuf>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check(CheckOptions),
    Convert(ConvertOptions),
    Help,
}

pub fn parse(argv: &[String]) -> Result<Command, String> {
    let mut words = argv.iter();
    match words.next().map(String::as_str) {
        Some("check") => {}
        Some("convert") => return parse_convert(words),
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some(other) => return Err(format!("未知的子命令「{other}」")),
        None => return Err("缺少子命令".to_owned()),
    }
    let mut options = CheckOptions {
        json: false,
        last_year: None,
        files: Vec::new(),
    };
    let mut only_files = false;
    while let Some(word) = words.next() {
        match word.as_str() {
            _ if only_files => options.files.push(PathBuf::from(word)),
            "--" => only_files = true,
            "--json" => options.json = true,
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

fn parse_convert<'a>(mut words: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let (mut input, mut output) = (None, None);
    while let Some(word) = words.next() {
        match word.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            w if w == "-o" || w == "--output" || w.starts_with("--output=") => {
                let file = match word.strip_prefix("--output=") {
                    Some(file) => file,
                    None => words.next().ok_or("-o 后面缺少输出文件名")?,
                };
                if output.is_some() {
                    return Err("输出文件只能给一个（-o 出现了两次）".to_owned());
                }
                output = Some(PathBuf::from(file));
            }
            _ if word.starts_with('-') && word.len() > 1 => {
                return Err(format!("未知的选项「{word}」"))
            }
            _ if input.is_some() => return Err(format!("只能转换一个报告，多出了「{word}」")),
            _ => input = Some(PathBuf::from(word)),
        }
    }
    Ok(Command::Convert(ConvertOptions {
        input: input.ok_or("没有给出要转换的报告文件")?,
        output: output.ok_or("没有给出输出文件（-o 输出文件）")?,
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
        let parsed = parse(&words("check --json --last-year a.json b.json c.json")).unwrap();
        assert_eq!(
            parsed,
            Command::Check(CheckOptions {
                json: true,
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
                output: "b.docx".into()
            })
        );
        assert!(parse(&words("convert a.json")).unwrap_err().contains("-o"));
        assert!(parse(&words("convert -o b.doc"))
            .unwrap_err()
            .contains("报告文件"));
        assert!(parse(&words("convert a b -o c.doc"))
            .unwrap_err()
            .contains("「b」"));
    }
}
