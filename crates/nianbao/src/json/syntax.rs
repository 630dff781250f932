//! A JSON syntax error, told in Chinese with the line and column a text editor would show.

use super::error::ReadError;

pub fn syntax_error(text: &str, error: &serde_json::Error) -> ReadError {
    let line = error.line();
    let reason = reason(&detail(error));
    let message = if line == 0 {
        format!("不是有效的 JSON：{reason}")
    } else {
        let column = char_column(text, line, error.column());
        format!("不是有效的 JSON：第 {line} 行第 {column} 列，{reason}")
    };
    ReadError::new("", message)
}

/// serde_json's own description without its English position suffix.
fn detail(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&suffix) {
        Some(detail) => detail.to_owned(),
        None => full,
    }
}

fn reason(detail: &str) -> String {
    let known = match detail {
        "EOF while parsing a value" => "文件在此处意外结束：文件为空或被截断",
        "EOF while parsing a list" => "数组（[…]）还没结束文件就结束了：可能缺少 ]，或文件被截断",
        "EOF while parsing an object" => {
            "对象（{…}）还没结束文件就结束了：可能缺少 }，或文件被截断"
        }
        "EOF while parsing a string" => "字符串没有结束的双引号，文件就结束了",
        "expected value" => "此处应有一个值（数字、字符串、对象、数组、true、false 或 null）",
        "expected ident" => "此处的词无法识别（不带引号的只能是 true、false 或 null）",
        "expected `:`" => "此处应为冒号 :（键和值之间）",
        "expected `,` or `]`" => "此处应为逗号 , 或 ]（可能漏了逗号）",
        "expected `,` or `}`" => "此处应为逗号 , 或 }（可能漏了逗号）",
        "key must be a string" => "对象的键必须是带双引号的字符串",
        "trailing comma" => "多余的逗号（最后一项后面不能有逗号）",
        "trailing characters" => "JSON 内容结束后还有多余的字符",
        "invalid escape" => "字符串中有无效的转义（反斜杠 \\ 后的字符不合法）",
        "invalid number" => "数字的写法不合法",
        "number out of range" => "数字超出范围",
        "invalid unicode code point" => "字符串中有无效的 Unicode 码点",
        "lone leading surrogate in hex escape" => "字符串中有不成对的 \\u 代理项",
        "unexpected end of hex escape" => "\\u 转义不完整（应有 4 位十六进制数字）",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "字符串中有未转义的控制字符（例如直接换行，应写作 \\n）"
        }
        "recursion limit exceeded" => "嵌套层数过多",
        _ => return format!("语法错误（{detail}）"),
    };
    known.to_owned()
}

/// serde_json counts columns in bytes; an editor counts characters, and in Chinese text the two
/// differ threefold.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line - 1) else {
        return byte_column;
    };
    let chars = line_text
        .char_indices()
        .take_while(|&(start, _)| start < byte_column)
        .count();
    chars.max(1)
}
