//! The body of a document whose header is known good. The reader walks all of it even after a
//! problem, so that one refusal lists everything there is to fix instead of one per attempt.

use super::error::ReadError;
use super::place::{self, describe, quote};
use super::{KEY_FEES, KEY_META, KEY_TEMPLATE};
use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DecisionKind, DocColumn, DocKind, MetaField, ReportKind,
    RequestRow, Section, Template, TextField,
};
use crate::model::{
    Amount, Appeals, CountCell, Date, Meta, Proactive, Report, Requests, MAX_COUNT,
};
use serde_json::{Map, Number, Value};

pub type Object = Map<String, Value>;

/// Every template, for messages that list the accepted keys.
const TEMPLATES: [Template; 2] = [Template::Gb2021, Template::Gb2019];

const EXPECT_OBJECT: &str = "对象（{…}）";
const EXPECT_TEXT: &str = "文本（字符串）";
const EXPECT_OPTIONAL_TEXT: &str = "文本（字符串）或 null";
const EXPECT_COUNT: &str = "不小于 0 的整数或 null";
const EXPECT_FEES: &str = "十进制数字字符串（如 \"9116.36\"）或 null";
const EXPECT_YEAR: &str = "整数年份或 null";
const EXPECT_DATE: &str = "YYYY-MM-DD 格式的真实日期（如 \"2022-01-14\"）或 null";

/// The report, or every problem of the body in document order.
pub fn read_body(root: &Object) -> Result<Report, Vec<ReadError>> {
    let mut reader = Reader {
        errors: Vec::new(),
        template: Template::Gb2021,
    };
    let report = reader.report(root);
    if reader.errors.is_empty() {
        Ok(report)
    } else {
        Err(reader.errors)
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

struct Reader {
    errors: Vec<ReadError>,
    /// Picks the labels that messages use; Gb2021 until the document says otherwise.
    template: Template,
}

impl Reader {
    fn report(&mut self, root: &Object) -> Report {
        self.template = self.template_of(root).unwrap_or(Template::Gb2021);
        let meta = self.meta(root);
        let preamble = self.narrative(root, TextField::Preamble);
        let overview = self.narrative(root, TextField::Overview);
        let proactive = self.proactive(root);
        let requests = self.requests(root);
        let appeals = self.appeals(root);
        let problems = self.narrative(root, TextField::Problems);
        let other_matters = self.narrative(root, TextField::OtherMatters);
        Report {
            template: self.template,
            meta,
            preamble,
            overview,
            proactive,
            requests,
            appeals,
            problems,
            other_matters,
        }
    }

    fn problem(&mut self, path: String, message: String) {
        self.errors.push(ReadError::new(path, message));
    }

    fn wrong(&mut self, path: String, place: &str, expected: &str, found: &Value, hint: &str) {
        let found = describe(found);
        let expected = should_be(expected);
        self.problem(path, format!("{expected}（{place}），实际是{found}{hint}"));
    }

    /// The value that `path` names inside `map` (its last segment is the key); when absent, a
    /// problem is recorded and None returned.
    fn required<'v>(
        &mut self,
        map: &'v Object,
        path: &str,
        place: &str,
        expected: &str,
    ) -> Option<&'v Value> {
        let key = path.rsplit('.').next().unwrap_or(path);
        let value = map.get(key);
        if value.is_none() {
            self.problem(
                path.to_owned(),
                format!("缺少{place}（键 \"{key}\"），{}", should_be(expected)),
            );
        }
        value
    }

    fn object<'v>(&mut self, map: &'v Object, path: &str, place: &str) -> Option<&'v Object> {
        match self.required(map, path, place, EXPECT_OBJECT)? {
            Value::Object(object) => Some(object),
            other => {
                self.wrong(path.to_owned(), place, EXPECT_OBJECT, other, "");
                None
            }
        }
    }

    fn text(&mut self, map: &Object, path: &str, place: &str) -> String {
        match self.required(map, path, place, EXPECT_TEXT) {
            Some(Value::String(text)) => text.clone(),
            Some(other) => {
                self.wrong(path.to_owned(), place, EXPECT_TEXT, other, "");
                String::new()
            }
            None => String::new(),
        }
    }

    /// A text that may be null or absent.
    fn optional_text(&mut self, map: &Object, path: &str, place: &str) -> Option<String> {
        let key = path.rsplit('.').next().unwrap_or(path);
        match map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(other) => {
                self.wrong(path.to_owned(), place, EXPECT_OPTIONAL_TEXT, other, "");
                None
            }
        }
    }

    fn narrative(&mut self, root: &Object, field: TextField) -> String {
        self.text(root, field.key(), &format!("「{}」", field.label()))
    }

    fn template_of(&mut self, root: &Object) -> Option<Template> {
        let keys = TEMPLATES.map(|t| format!("\"{}\"", t.key())).join(" 或 ");
        let place = "报告所用的表格格式";
        let value = self.required(root, KEY_TEMPLATE, place, &keys)?;
        if let Some(template) = value.as_str().and_then(Template::from_key) {
            return Some(template);
        }
        let meanings: Vec<String> = TEMPLATES
            .iter()
            .map(|t| format!("{} 即{}", t.key(), t.label()))
            .collect();
        let hint = format!("；{}", meanings.join("，"));
        self.wrong(KEY_TEMPLATE.to_owned(), place, &keys, value, &hint);
        None
    }

    fn meta(&mut self, root: &Object) -> Meta {
        let mut meta = Meta {
            agency: String::new(),
            year: None,
            kind: ReportKind::Department,
            title: None,
            signature: None,
            date: None,
        };
        let Some(map) = self.object(root, KEY_META, "报告基本信息（机关名称、年度等）")
        else {
            return meta;
        };
        for field in MetaField::ALL {
            let path = join(KEY_META, field.key());
            let place = format!("「{}」", field.label());
            match field {
                MetaField::Agency => meta.agency = self.text(map, &path, &place),
                MetaField::Year => meta.year = self.year(map, &path, &place),
                MetaField::Kind => meta.kind = self.kind(map, &path, &place),
                MetaField::Title => meta.title = self.optional_text(map, &path, &place),
                MetaField::Signature => meta.signature = self.optional_text(map, &path, &place),
                MetaField::Date => meta.date = self.date(map, &path, &place),
            }
        }
        meta
    }

    fn year(&mut self, map: &Object, path: &str, place: &str) -> Option<i32> {
        let value = self.required(map, path, place, EXPECT_YEAR)?;
        let hint = match value {
            Value::Null => return None,
            Value::Number(n) if n.is_f64() => "，年份应写成不带小数点的整数",
            Value::Number(n) => match n.as_i64().map(i32::try_from) {
                Some(Ok(year)) => return Some(year),
                _ => "，超出年份的范围",
            },
            Value::String(s) if s.trim().parse::<i32>().is_ok() => "（年份不应加引号）",
            _ => "",
        };
        self.wrong(path.to_owned(), place, EXPECT_YEAR, value, hint);
        None
    }

    fn kind(&mut self, map: &Object, path: &str, place: &str) -> ReportKind {
        let keys = ReportKind::ALL
            .map(|k| format!("\"{}\"", k.key()))
            .join(" 或 ");
        let Some(value) = self.required(map, path, place, &keys) else {
            return ReportKind::Department;
        };
        if let Some(kind) = value.as_str().and_then(ReportKind::from_key) {
            return kind;
        }
        let meanings: Vec<String> = ReportKind::ALL
            .iter()
            .map(|k| format!("{} 即{}", k.key(), k.label()))
            .collect();
        let hint = format!("；{}", meanings.join("，"));
        self.wrong(path.to_owned(), place, &keys, value, &hint);
        ReportKind::Department
    }

    /// 成文日期 may be null or absent: many published reports do not print one.
    fn date(&mut self, map: &Object, path: &str, place: &str) -> Option<Date> {
        let key = path.rsplit('.').next().unwrap_or(path);
        let value = map.get(key)?;
        let hint = match value {
            Value::Null => return None,
            Value::String(text) => match Date::parse_iso(text) {
                Some(date) => return Some(date),
                None if looks_like_iso_date(text) => "，该日期不存在",
                None => "，格式不对",
            },
            _ => "",
        };
        self.wrong(path.to_owned(), place, EXPECT_DATE, value, hint);
        None
    }

    fn count(&mut self, map: &Object, cell: CountCell) -> Option<u64> {
        let path = cell.path();
        let place = place::cell(cell, self.template);
        let value = self.required(map, &path, &place, EXPECT_COUNT)?;
        match count_value(value) {
            Ok(count) => count,
            Err(found) => {
                let expected = should_be(EXPECT_COUNT);
                self.problem(path, format!("{expected}（{place}），实际是{found}"));
                None
            }
        }
    }

    fn proactive(&mut self, root: &Object) -> Proactive {
        let mut proactive = Proactive::default();
        let section = Section::Proactive.key();
        let Some(map) = self.object(root, section, &place::section(Section::Proactive)) else {
            return proactive;
        };
        for kind in DocKind::ALL {
            let path = join(section, kind.key());
            let Some(row) = self.object(map, &path, &place::doc_row(kind, self.template)) else {
                continue;
            };
            for column in DocColumn::ALL {
                let count = self.count(row, CountCell::Doc(kind, column));
                *proactive.docs_mut(kind).slot(column) = count;
            }
        }
        for kind in DecisionKind::ALL {
            *proactive.decisions_mut(kind) = self.count(map, CountCell::Decision(kind));
        }
        proactive.fees = self.fees(map, &join(section, KEY_FEES));
        proactive
    }

    fn fees(&mut self, map: &Object, path: &str) -> Option<Amount> {
        let place = place::fees();
        let value = self.required(map, path, &place, EXPECT_FEES)?;
        let hint = match value {
            Value::Null => return None,
            Value::String(text) => match Amount::parse(text) {
                Some(amount) => return Some(amount),
                None => "，不是合法的金额（只能有数字和至多一个小数点，不带单位和千位分隔符）",
            },
            Value::Number(_) => "；金额须写成带引号的字符串，以免二进制浮点数改变它的数位",
            _ => "",
        };
        self.wrong(path.to_owned(), &place, EXPECT_FEES, value, hint);
        None
    }

    fn requests(&mut self, root: &Object) -> Requests {
        let mut requests = Requests::default();
        let section = Section::Requests.key();
        let Some(map) = self.object(root, section, &place::section(Section::Requests)) else {
            return requests;
        };
        for row in RequestRow::ALL {
            let path = join(section, row.key());
            let Some(cells) = self.object(map, &path, &place::request_row(row)) else {
                continue;
            };
            for column in Applicant::ALL {
                let count = self.count(cells, CountCell::Request(row, column));
                requests.set(row, column, count);
            }
        }
        requests
    }

    fn appeals(&mut self, root: &Object) -> Appeals {
        let mut appeals = Appeals::default();
        let section = Section::Appeals.key();
        let Some(map) = self.object(root, section, &place::section(Section::Appeals)) else {
            return appeals;
        };
        for group in AppealGroup::ALL {
            let path = join(section, group.key());
            let Some(cells) = self.object(map, &path, &place::appeal_group(group)) else {
                continue;
            };
            for column in AppealColumn::ALL {
                let count = self.count(cells, CountCell::Appeal(group, column));
                appeals.set(group, column, count);
            }
        }
        appeals
    }
}

/// 应为…, spaced the way the other messages space Chinese from Latin text.
fn should_be(expected: &str) -> String {
    if expected.starts_with(|c: char| c.is_ascii()) {
        format!("应为 {expected}")
    } else {
        format!("应为{expected}")
    }
}

/// A count cell's value, or what was found instead, worded to follow 实际是.
fn count_value(value: &Value) -> Result<Option<u64>, String> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => match n.as_u64() {
            Some(count) if count <= MAX_COUNT => Ok(Some(count)),
            Some(count) => Err(format!(
                "{count}，超过了件数的上限 {MAX_COUNT}（更大的整数在 JavaScript 等程序中读出来会变）"
            )),
            None => Err(bad_count_number(n)),
        },
        Value::String(s) if s.trim().parse::<u64>().is_ok() => {
            Err(format!("字符串 {}（数字不应加引号）", quote(s)))
        }
        other => Err(describe(other)),
    }
}

fn bad_count_number(n: &Number) -> String {
    if n.is_i64() {
        return format!("负数 {n}");
    }
    let f = n.as_f64().unwrap_or(f64::NAN);
    if f.fract() != 0.0 {
        format!("小数 {n}")
    } else if f < 0.0 {
        format!("负数 {n}")
    } else if f >= u64::MAX as f64 {
        format!("{n}，超出可处理的最大值 {}", u64::MAX)
    } else {
        format!("{n}（带小数点或指数的写法），应写成不带小数点的整数")
    }
}

/// `YYYY-MM-DD` by shape alone, to tell a non-existent date from a malformed one.
fn looks_like_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}
