//! The report as data: meta, narrative, and the three tables. A blank cell (`None`) and 0 are
//! different values; the fee amount is an exact decimal kept as its digits.

use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DecisionKind, DocColumn, DocKind, ReportKind, RequestRow,
    Section, Template, TextField,
};
use std::fmt;

/// A table cell: a non-negative count, or blank.
pub type Count = Option<u64>;

/// The largest count a report may hold: 2^53 − 1, the largest integer a JavaScript reader of the
/// JSON (a portal's page, a spreadsheet macro) reads exactly. Above it numbers silently round.
pub const MAX_COUNT: u64 = (1 << 53) - 1;

/// One whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub template: Template,
    pub meta: Meta,
    pub preamble: String,
    pub overview: String,
    pub proactive: Proactive,
    pub requests: Requests,
    pub appeals: Appeals,
    pub problems: String,
    pub other_matters: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// 机关名称.
    pub agency: String,
    /// 报告年度: the year reported on.
    pub year: Option<i32>,
    pub kind: ReportKind,
    /// None: the default title, see [`Report::title`].
    pub title: Option<String>,
    /// 落款.
    pub signature: Option<String>,
    /// 成文日期.
    pub date: Option<Date>,
}

/// A calendar date (成文日期).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date as a Chinese document prints it: 2022年1月14日.
    pub fn chinese(&self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An exact non-negative decimal amount (本年收费金额, 万元), kept as its digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Amount {
    integer: String,
    fraction: String,
}

impl Amount {
    /// Reads `^[0-9]+(\.[0-9]+)?$`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Amount> {
        let (integer, fraction) = match text.split_once('.') {
            Some((i, f)) => (i, f),
            None => (text, ""),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(integer) || (text.contains('.') && !digits(fraction)) {
            return None;
        }
        Some(Amount {
            integer: integer.to_owned(),
            fraction: fraction.to_owned(),
        })
    }

    pub fn zero() -> Amount {
        Amount {
            integer: "0".to_owned(),
            fraction: String::new(),
        }
    }

    /// How many digits follow the decimal point, as written.
    pub fn decimal_places(&self) -> usize {
        self.fraction.len()
    }

    /// The whole 万元, saturating at u64::MAX for absurd inputs.
    pub fn whole_units(&self) -> u64 {
        let trimmed = self.integer.trim_start_matches('0');
        if trimmed.len() > 19 {
            return u64::MAX;
        }
        trimmed
            .parse()
            .unwrap_or(if trimmed.is_empty() { 0 } else { u64::MAX })
    }

    pub fn is_zero(&self) -> bool {
        self.integer.bytes().all(|b| b == b'0') && self.fraction.bytes().all(|b| b == b'0')
    }

    /// The exact sum, digit by digit, keeping the most decimal places of the two ("1.5" +
    /// "0.25" = "1.75", "0.00" + "1" = "1.00"); the integer part loses its leading zeros.
    pub fn plus(&self, other: &Amount) -> Amount {
        let places = self.fraction.len().max(other.fraction.len());
        let width = self.integer.len().max(other.integer.len());
        // Both as one digit string, integers right-aligned and fractions left-aligned.
        let digits = |a: &Amount| -> Vec<u8> {
            let mut out = vec![b'0'; width - a.integer.len()];
            out.extend_from_slice(a.integer.as_bytes());
            out.extend_from_slice(a.fraction.as_bytes());
            out.resize(width + places, b'0');
            out
        };
        let (left, right) = (digits(self), digits(other));
        let mut sum = vec![b'0'; width + places];
        let mut carry = 0;
        for i in (0..width + places).rev() {
            let digit = (left[i] - b'0') + (right[i] - b'0') + carry;
            sum[i] = b'0' + digit % 10;
            carry = digit / 10;
        }
        let fraction = sum.split_off(width);
        if carry > 0 {
            sum.insert(0, b'0' + carry);
        }
        let integer = String::from_utf8(sum).expect("ASCII digits");
        let integer = match integer.trim_start_matches('0') {
            "" => "0".to_owned(),
            trimmed => trimmed.to_owned(),
        };
        Amount {
            integer,
            fraction: String::from_utf8(fraction).expect("ASCII digits"),
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fraction.is_empty() {
            f.write_str(&self.integer)
        } else {
            write!(f, "{}.{}", self.integer, self.fraction)
        }
    }
}

/// One row of 第二十条第（一）项.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocCounts {
    pub issued: Count,
    pub repealed: Count,
    pub in_force: Count,
}

impl DocCounts {
    pub fn get(&self, column: DocColumn) -> Count {
        match column {
            DocColumn::Issued => self.issued,
            DocColumn::Repealed => self.repealed,
            DocColumn::InForce => self.in_force,
        }
    }

    pub fn slot(&mut self, column: DocColumn) -> &mut Count {
        match column {
            DocColumn::Issued => &mut self.issued,
            DocColumn::Repealed => &mut self.repealed,
            DocColumn::InForce => &mut self.in_force,
        }
    }
}

/// Table 2: 主动公开政府信息情况.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Proactive {
    pub regulations: DocCounts,
    pub normative_documents: DocCounts,
    pub licensing: Count,
    pub punishment: Count,
    pub coercion: Count,
    pub fees: Option<Amount>,
}

impl Proactive {
    pub fn docs(&self, kind: DocKind) -> &DocCounts {
        match kind {
            DocKind::Regulations => &self.regulations,
            DocKind::NormativeDocuments => &self.normative_documents,
        }
    }

    pub fn docs_mut(&mut self, kind: DocKind) -> &mut DocCounts {
        match kind {
            DocKind::Regulations => &mut self.regulations,
            DocKind::NormativeDocuments => &mut self.normative_documents,
        }
    }

    pub fn decisions(&self, kind: DecisionKind) -> Count {
        match kind {
            DecisionKind::Licensing => self.licensing,
            DecisionKind::Punishment => self.punishment,
            DecisionKind::Coercion => self.coercion,
        }
    }

    pub fn decisions_mut(&mut self, kind: DecisionKind) -> &mut Count {
        match kind {
            DecisionKind::Licensing => &mut self.licensing,
            DecisionKind::Punishment => &mut self.punishment,
            DecisionKind::Coercion => &mut self.coercion,
        }
    }
}

/// Table 3: 25 rows × 7 columns, indexed by [`RequestRow`] and [`Applicant`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Requests {
    rows: [[Count; 7]; 25],
}

impl Requests {
    pub fn get(&self, row: RequestRow, column: Applicant) -> Count {
        self.rows[row.index()][column.index()]
    }

    pub fn set(&mut self, row: RequestRow, column: Applicant, value: Count) {
        self.rows[row.index()][column.index()] = value;
    }

    /// Every cell of the table set to `value`.
    pub fn filled(value: Count) -> Requests {
        Requests {
            rows: [[value; 7]; 25],
        }
    }
}

/// Table 4: three groups × five columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Appeals {
    groups: [[Count; 5]; 3],
}

impl Appeals {
    pub fn get(&self, group: AppealGroup, column: AppealColumn) -> Count {
        self.groups[group.index()][column.index()]
    }

    pub fn set(&mut self, group: AppealGroup, column: AppealColumn, value: Count) {
        self.groups[group.index()][column.index()] = value;
    }

    pub fn filled(value: Count) -> Appeals {
        Appeals {
            groups: [[value; 5]; 3],
        }
    }
}

/// One count cell of the three tables: what a path like `requests.received.total` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountCell {
    Doc(DocKind, DocColumn),
    Decision(DecisionKind),
    Request(RequestRow, Applicant),
    Appeal(AppealGroup, AppealColumn),
}

impl CountCell {
    /// Every count cell, in the order the tables print them.
    pub fn all() -> impl Iterator<Item = CountCell> {
        let docs = DocKind::ALL.into_iter().flat_map(|kind| {
            DocColumn::ALL
                .into_iter()
                .map(move |column| CountCell::Doc(kind, column))
        });
        let decisions = DecisionKind::ALL.into_iter().map(CountCell::Decision);
        let requests = RequestRow::ALL.into_iter().flat_map(|row| {
            Applicant::ALL
                .into_iter()
                .map(move |column| CountCell::Request(row, column))
        });
        let appeals = AppealGroup::ALL.into_iter().flat_map(|group| {
            AppealColumn::ALL
                .into_iter()
                .map(move |column| CountCell::Appeal(group, column))
        });
        docs.chain(decisions).chain(requests).chain(appeals)
    }

    /// The JSON path (json-format.md § Paths). Pushed into one buffer rather than formatted:
    /// the checks name up to 200 cells on every keystroke.
    pub fn path(self) -> String {
        let (prefix, first, second) = match self {
            CountCell::Doc(kind, column) => ("proactive.", kind.key(), Some(column.key())),
            CountCell::Decision(kind) => ("proactive.", kind.key(), None),
            CountCell::Request(row, column) => ("requests.", row.key(), Some(column.key())),
            CountCell::Appeal(group, column) => ("appeals.", group.key(), Some(column.key())),
        };
        let mut out = String::with_capacity(48);
        out.push_str(prefix);
        out.push_str(first);
        if let Some(second) = second {
            out.push('.');
            out.push_str(second);
        }
        out
    }

    /// Whether the cell holds a total that the editor computes from its parts.
    pub fn is_total(self) -> bool {
        match self {
            CountCell::Request(row, column) => {
                row == RequestRow::ClosedTotal || column == Applicant::Total
            }
            CountCell::Appeal(_, column) => column == AppealColumn::Total,
            _ => false,
        }
    }

    /// Whether the format of `template` has this cell (a gb2019 source lacks some).
    pub fn in_template(self, template: Template) -> bool {
        match (template, self) {
            (Template::Gb2021, _) => true,
            (Template::Gb2019, CountCell::Doc(_, column)) => column.in_gb2019(),
            (Template::Gb2019, CountCell::Request(row, _)) => row.in_gb2019(),
            (Template::Gb2019, _) => true,
        }
    }
}

/// Any place in the report that a finding or an error can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Meta(crate::layout::MetaField),
    Text(TextField),
    Fees,
    Count(CountCell),
}

impl Field {
    /// Every place, in the order the report prints them.
    pub fn all() -> impl Iterator<Item = Field> {
        let meta = crate::layout::MetaField::ALL.into_iter().map(Field::Meta);
        let texts = TextField::ALL.into_iter().map(Field::Text);
        meta.chain(texts)
            .chain(CountCell::all().map(Field::Count))
            .chain([Field::Fees])
    }

    /// The place a dotted path names (the inverse of [`Field::path`]). Read key by key, with no
    /// path built to compare: the editor asks this on every keystroke.
    pub fn from_path(path: &str) -> Option<Field> {
        use crate::layout::MetaField;
        let mut parts = path.split('.');
        let (first, second, third) = (parts.next()?, parts.next(), parts.next());
        if parts.next().is_some() {
            return None;
        }
        match (first, second, third) {
            ("meta", Some(key), None) => MetaField::ALL
                .into_iter()
                .find(|f| f.key() == key)
                .map(Field::Meta),
            (key, None, None) => TextField::ALL
                .into_iter()
                .find(|f| f.key() == key)
                .map(Field::Text),
            ("proactive", Some("fees"), None) => Some(Field::Fees),
            ("proactive", Some(key), None) => DecisionKind::ALL
                .into_iter()
                .find(|k| k.key() == key)
                .map(|k| Field::Count(CountCell::Decision(k))),
            ("proactive", Some(kind), Some(column)) => {
                let kind = DocKind::ALL.into_iter().find(|k| k.key() == kind)?;
                let column = DocColumn::ALL.into_iter().find(|c| c.key() == column)?;
                Some(Field::Count(CountCell::Doc(kind, column)))
            }
            ("requests", Some(row), Some(column)) => Some(Field::Count(CountCell::Request(
                RequestRow::from_key(row)?,
                Applicant::from_key(column)?,
            ))),
            ("appeals", Some(group), Some(column)) => Some(Field::Count(CountCell::Appeal(
                AppealGroup::from_key(group)?,
                AppealColumn::from_key(column)?,
            ))),
            _ => None,
        }
    }

    /// The section the place is printed in; None for the meta block and the preamble.
    pub fn section(self) -> Option<Section> {
        match self {
            Field::Meta(_) | Field::Text(TextField::Preamble) => None,
            Field::Text(TextField::Overview) => Some(Section::Overview),
            Field::Text(TextField::Problems) => Some(Section::Problems),
            Field::Text(TextField::OtherMatters) => Some(Section::OtherMatters),
            Field::Fees | Field::Count(CountCell::Doc(..) | CountCell::Decision(_)) => {
                Some(Section::Proactive)
            }
            Field::Count(CountCell::Request(..)) => Some(Section::Requests),
            Field::Count(CountCell::Appeal(..)) => Some(Section::Appeals),
        }
    }

    pub fn path(self) -> String {
        match self {
            Field::Meta(field) => format!("meta.{}", field.key()),
            Field::Text(field) => field.key().to_owned(),
            Field::Fees => "proactive.fees".to_owned(),
            Field::Count(cell) => cell.path(),
        }
    }
}

impl Report {
    /// A new, empty report on `year` for `agency`, every cell blank.
    pub fn blank(agency: &str, year: i32, kind: ReportKind) -> Report {
        Report {
            template: Template::Gb2021,
            meta: Meta {
                agency: agency.to_owned(),
                year: Some(year),
                kind,
                title: None,
                signature: None,
                date: None,
            },
            preamble: String::new(),
            overview: String::new(),
            proactive: Proactive::default(),
            requests: Requests::default(),
            appeals: Appeals::default(),
            problems: String::new(),
            other_matters: String::new(),
        }
    }

    /// The title as printed: the stated one, or the default built from agency and year.
    pub fn title(&self) -> String {
        match self.meta.title.as_deref().map(str::trim) {
            Some(title) if !title.is_empty() => title.to_owned(),
            _ => crate::layout::default_title(&self.meta.agency, self.meta.year),
        }
    }

    pub fn count(&self, cell: CountCell) -> Count {
        match cell {
            CountCell::Doc(kind, column) => self.proactive.docs(kind).get(column),
            CountCell::Decision(kind) => self.proactive.decisions(kind),
            CountCell::Request(row, column) => self.requests.get(row, column),
            CountCell::Appeal(group, column) => self.appeals.get(group, column),
        }
    }

    pub fn set_count(&mut self, cell: CountCell, value: Count) {
        match cell {
            CountCell::Doc(kind, column) => *self.proactive.docs_mut(kind).slot(column) = value,
            CountCell::Decision(kind) => *self.proactive.decisions_mut(kind) = value,
            CountCell::Request(row, column) => self.requests.set(row, column, value),
            CountCell::Appeal(group, column) => self.appeals.set(group, column, value),
        }
    }

    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::Preamble => &self.preamble,
            TextField::Overview => &self.overview,
            TextField::Problems => &self.problems,
            TextField::OtherMatters => &self.other_matters,
        }
    }

    pub fn text_mut(&mut self, field: TextField) -> &mut String {
        match field {
            TextField::Preamble => &mut self.preamble,
            TextField::Overview => &mut self.overview,
            TextField::Problems => &mut self.problems,
            TextField::OtherMatters => &mut self.other_matters,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_validated() {
        assert_eq!(Date::parse_iso("2022-01-14"), Date::new(2022, 1, 14));
        assert_eq!(Date::parse_iso("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse_iso("2023-02-29"), None);
        assert_eq!(Date::parse_iso("2023-13-01"), None);
        assert_eq!(Date::parse_iso("2023-1-01"), None);
        assert_eq!(Date::parse_iso("２０２３-01-01"), None);
        assert_eq!(Date::new(2022, 1, 14).unwrap().chinese(), "2022年1月14日");
    }

    #[test]
    fn amounts_stay_exact() {
        let amount = Amount::parse("24252.311082").unwrap();
        assert_eq!(amount.to_string(), "24252.311082");
        assert_eq!(amount.decimal_places(), 6);
        assert_eq!(amount.whole_units(), 24252);
        for bad in ["", ".", "1.", ".5", "-1", "1e3", "1,000", " 1", "1.2.3"] {
            assert_eq!(Amount::parse(bad), None, "{bad:?}");
        }
        assert!(Amount::parse("0.000").unwrap().is_zero());
        assert!(!Amount::parse("0.001").unwrap().is_zero());
    }

    #[test]
    fn amounts_add_exactly() {
        let sum = |a: &str, b: &str| {
            let (a, b) = (Amount::parse(a).unwrap(), Amount::parse(b).unwrap());
            assert_eq!(a.plus(&b), b.plus(&a));
            a.plus(&b).to_string()
        };
        assert_eq!(sum("1.5", "0.25"), "1.75");
        assert_eq!(sum("0.00", "1"), "1.00");
        assert_eq!(sum("24252.311082", "9116.36"), "33368.671082");
        assert_eq!(sum("0.999999", "0.000001"), "1.000000");
        assert_eq!(sum("99", "1"), "100");
        assert_eq!(sum("007", "0"), "7");
        assert_eq!(sum("0", "0"), "0");
        assert_eq!(sum("0.1", "0.2"), "0.3");
        assert_eq!(
            sum("18446744073709551615.5", "18446744073709551615.5"),
            "36893488147419103231.0"
        );
    }

    #[test]
    fn blank_and_zero_differ() {
        let mut report = Report::blank("某局", 2024, ReportKind::Department);
        let cell = CountCell::Request(RequestRow::Received, Applicant::Total);
        assert_eq!(report.count(cell), None);
        report.set_count(cell, Some(0));
        assert_eq!(report.count(cell), Some(0));
        assert_ne!(report, Report::blank("某局", 2024, ReportKind::Department));
    }

    #[test]
    fn there_are_as_many_cells_as_the_tables_have() {
        // table 2: 6 + 3 counts; table 3: 25 × 7; table 4: 15.
        assert_eq!(CountCell::all().count(), 9 + 175 + 15);
        let paths: std::collections::HashSet<_> = CountCell::all().map(CountCell::path).collect();
        assert_eq!(paths.len(), 199);
        assert!(paths.contains("requests.closed_total.natural_person"));
        assert!(paths.contains("proactive.normative_documents.in_force"));
        assert!(paths.contains("appeals.review.total"));
    }

    #[test]
    fn every_place_is_found_again_by_its_path() {
        let fields: Vec<Field> = Field::all().collect();
        assert_eq!(fields.len(), 6 + 4 + 199 + 1);
        for field in fields {
            assert_eq!(Field::from_path(&field.path()), Some(field));
        }
        assert_eq!(Field::from_path("proactive.fees"), Some(Field::Fees));
        for field in Field::all() {
            // A place's path starts with its section's key, as json-format.md § Paths has it.
            if let Some(section) = field.section() {
                assert!(field.path().starts_with(section.key()), "{field:?}");
            }
        }
        for wrong in [
            "requests.received",
            "",
            "meta",
            "meta.agency.x",
            "proactive",
            "proactive.regulations",
            "proactive.licensing.issued",
            "appeals.review",
            "requests.received.total.x",
            "overview.x",
        ] {
            assert_eq!(Field::from_path(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn default_title_uses_agency_and_year() {
        let mut report = Report::blank("八卦洲街道办事处", 2021, ReportKind::Department);
        assert_eq!(
            report.title(),
            "八卦洲街道办事处2021年政府信息公开工作年度报告"
        );
        report.meta.title = Some("  ".into());
        assert_eq!(
            report.title(),
            "八卦洲街道办事处2021年政府信息公开工作年度报告"
        );
        report.meta.title = Some("自定标题".into());
        assert_eq!(report.title(), "自定标题");
    }
}
