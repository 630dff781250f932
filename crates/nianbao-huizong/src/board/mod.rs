//! The 汇总 board as plain Rust (tested natively): the reports read so far, each with its checks
//! and key figures; the list of expected units; how the table is sorted and filtered; and the
//! consolidation of the units that can be summed. The view only draws it.

use nianbao::consolidate::{
    consolidate, expected_units, most_reported_year, reasons_left_out, roster, Consolidation, Unit,
};
use nianbao::figures::Figures;
use nianbao::rules::{check, Finding, Severity};
use nianbao::{Amount, Count, Report};
use std::cmp::Ordering;
use std::rc::Rc;

/// One report handed in: read, or refused with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The unit: the report's 机关, else the file's name.
    pub name: String,
    /// Where it came from: a file's name, or 「本浏览器草稿」.
    pub source: String,
    pub read: Result<Rc<Checked>, String>,
}

/// A readable report, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub report: Report,
    pub findings: Vec<Finding>,
    pub errors: usize,
    pub warnings: usize,
    pub figures: Figures,
}

impl Checked {
    pub fn of(report: Report) -> Checked {
        let findings = check(&report, None);
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        Checked {
            errors,
            warnings: findings.len() - errors,
            figures: Figures::of(&report),
            findings,
            report,
        }
    }
}

impl Entry {
    pub fn read(source: &str, outcome: Result<Report, String>) -> Entry {
        match outcome {
            Ok(report) => Entry {
                name: unit_name(&report.meta.agency, source),
                source: source.to_owned(),
                read: Ok(Rc::new(Checked::of(report))),
            },
            Err(reason) => Entry {
                name: source.to_owned(),
                source: source.to_owned(),
                read: Err(reason),
            },
        }
    }
}

/// A report's 机关, or its file's name without the extension when the 机关 is blank.
fn unit_name(agency: &str, source: &str) -> String {
    match agency.trim() {
        "" => source
            .rsplit_once('.')
            .map_or(source, |(stem, _)| stem)
            .to_owned(),
        agency => agency.to_owned(),
    }
}

/// What the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// The order the reports were added in.
    Added,
    Name,
    Findings,
    Received,
    Closed,
    CarriedForward,
    Reviews,
    Lawsuits,
    Fees,
}

/// An expected unit's standing, as the list of expected units shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    Missing,
    /// Read but not summed (another year, the 2019 format…), with the reason.
    Apart(String),
    Errors(usize),
    Warnings(usize),
    Ready,
}

impl Standing {
    pub fn label(&self) -> String {
        match self {
            Standing::Missing => "未报送".to_owned(),
            Standing::Apart(reason) => format!("未汇总：{reason}"),
            Standing::Errors(n) => format!("有 {n} 处错误"),
            Standing::Warnings(n) => format!("就绪，{n} 处提醒待看"),
            Standing::Ready => "就绪".to_owned(),
        }
    }

    pub fn class(&self) -> &'static str {
        match self {
            Standing::Missing => "missing",
            Standing::Apart(_) => "apart",
            Standing::Errors(_) => "errors",
            Standing::Warnings(_) | Standing::Ready => "ready",
        }
    }
}

/// A line of the expected units: the unit as listed, its standing, its entry when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterLine {
    pub unit: String,
    pub standing: Standing,
    pub entry: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Board {
    pub entries: Vec<Entry>,
    /// The expected units as typed (kept in the browser).
    pub expected_text: String,
    /// The office's own 机关, for the consolidated report.
    pub agency: String,
    /// The year summed; None: the year most units report on.
    pub year: Option<i32>,
    pub sort: Option<(SortKey, bool)>,
    pub find: String,
    /// Reports read so far of those being read, while reading.
    pub progress: Option<(usize, usize)>,
    /// The entry whose findings and pictures are shown.
    pub selected: Option<usize>,
    /// Per entry: why it is not summed (None: summed, or unreadable).
    pub apart: Vec<Option<String>>,
    pub consolidation: Option<Rc<Consolidation>>,
}

impl Board {
    /// Adds reports read, then sums again.
    pub fn add(&mut self, entries: Vec<Entry>) {
        self.entries.extend(entries);
        self.refresh();
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.entries.len() {
            self.entries.remove(index);
            self.selected = None;
            self.refresh();
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.selected = None;
        self.refresh();
    }

    pub fn set_year(&mut self, year: Option<i32>) {
        self.year = year;
        self.refresh();
    }

    pub fn set_agency(&mut self, agency: String) {
        self.agency = agency;
        self.refresh();
    }

    /// Which reports are summed, and their sum: after every change of what goes in.
    pub fn refresh(&mut self) {
        let (units, at): (Vec<Unit>, Vec<usize>) = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                let checked = entry.read.as_ref().ok()?;
                Some((
                    Unit {
                        name: entry.name.clone(),
                        report: checked.report.clone(),
                    },
                    index,
                ))
            })
            .unzip();
        let year = self.year.or_else(|| most_reported_year(&units));
        self.apart = vec![None; self.entries.len()];
        let agency = self.agency.trim();
        for (index, reason) in at.iter().zip(reasons_left_out(&units, year, agency)) {
            self.apart[*index] = reason;
        }
        self.consolidation = (!units.is_empty()).then(|| {
            // Until the office names itself; the buttons that hand the sum on wait for the name.
            let agency = if agency.is_empty() {
                "（本级政府）"
            } else {
                agency
            };
            Rc::new(consolidate(&units, agency, year))
        });
    }

    /// The entries that are summed, in the order added: (index, entry, checked).
    pub fn summed(&self) -> impl Iterator<Item = (usize, &Entry, &Checked)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(index, _)| self.apart.get(*index).is_some_and(Option::is_none))
            .filter_map(|(index, entry)| Some((index, entry, entry.read.as_deref().ok()?)))
    }

    /// The entries that are summed, in the table's order and filter.
    pub fn summed_rows(&self) -> Vec<(usize, &Entry, &Checked)> {
        let find = self.find.trim();
        let mut rows: Vec<(usize, &Entry, &Checked)> = self
            .summed()
            .filter(|(_, entry, _)| find.is_empty() || entry.name.contains(find))
            .collect();
        if let Some((key, descending)) = self.sort {
            rows.sort_by(|a, b| {
                let order = compare(key, a.1, a.2, b.1, b.2);
                if descending {
                    order.reverse()
                } else {
                    order
                }
            });
        }
        rows
    }

    /// Reports listed apart: unreadable, or read and not summed, with the reason.
    pub fn apart_rows(&self) -> Vec<(usize, &Entry, String)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(
                |(index, entry)| match (&entry.read, self.apart.get(index)) {
                    (Err(reason), _) => Some((index, entry, format!("无法读取：{reason}"))),
                    (Ok(_), Some(Some(reason))) => Some((index, entry, reason.clone())),
                    _ => None,
                },
            )
            .collect()
    }

    /// Each expected unit with its standing and its entry; then the summed entries no line
    /// names. A line is answered by a summed report first; only a unit with none is matched to
    /// a report listed apart (of another year, unreadable…), so that its reason shows.
    pub fn roster(&self) -> (Vec<RosterLine>, Vec<usize>) {
        let expected = expected_units(&self.expected_text);
        let summed: Vec<usize> = self.summed().map(|(index, _, _)| index).collect();
        let apart: Vec<usize> = (0..self.entries.len())
            .filter(|index| !summed.contains(index))
            .collect();
        let names = |indices: &[usize]| -> Vec<String> {
            indices
                .iter()
                .map(|&index| self.entries[index].name.clone())
                .collect()
        };
        let first = roster(&expected, &names(&summed));
        let mut found: Vec<Option<usize>> = first
            .found
            .iter()
            .map(|at| at.map(|at| summed[at]))
            .collect();
        let missing: Vec<usize> = (0..expected.len())
            .filter(|&line| found[line].is_none())
            .collect();
        let lines_missing: Vec<String> =
            missing.iter().map(|&line| expected[line].clone()).collect();
        let second = roster(&lines_missing, &names(&apart));
        for (line, at) in missing.into_iter().zip(second.found) {
            found[line] = at.map(|at| apart[at]);
        }
        let lines = expected
            .into_iter()
            .zip(found)
            .map(|(unit, entry)| RosterLine {
                standing: entry.map_or(Standing::Missing, |index| self.standing(index)),
                unit,
                entry,
            })
            .collect();
        let unexpected = first.unexpected.into_iter().map(|at| summed[at]).collect();
        (lines, unexpected)
    }

    /// The same unit's report of the year before `index`'s, when one was added too (for the
    /// picture of this year against last).
    pub fn last_year_of(&self, index: usize) -> Option<Rc<Checked>> {
        let entry = self.entries.get(index)?;
        let year = entry.read.as_ref().ok()?.report.meta.year?;
        self.entries.iter().find_map(|other| {
            let checked = other.read.as_ref().ok()?;
            (other.name.trim() == entry.name.trim() && checked.report.meta.year == Some(year - 1))
                .then(|| Rc::clone(checked))
        })
    }

    pub fn standing(&self, index: usize) -> Standing {
        let entry = &self.entries[index];
        match (&entry.read, self.apart.get(index).cloned().flatten()) {
            (Err(reason), _) => Standing::Apart(format!("无法读取（{reason}）")),
            (Ok(_), Some(reason)) => Standing::Apart(reason),
            (Ok(checked), None) if checked.errors > 0 => Standing::Errors(checked.errors),
            (Ok(checked), None) if checked.warnings > 0 => Standing::Warnings(checked.warnings),
            (Ok(_), None) => Standing::Ready,
        }
    }
}

fn compare(key: SortKey, a: &Entry, ca: &Checked, b: &Entry, cb: &Checked) -> Ordering {
    let count = |f: fn(&Figures) -> Count| f(&ca.figures).cmp(&f(&cb.figures));
    match key {
        SortKey::Added => Ordering::Equal,
        SortKey::Name => a.name.cmp(&b.name),
        SortKey::Findings => (ca.errors, ca.warnings).cmp(&(cb.errors, cb.warnings)),
        SortKey::Received => count(|f| f.received),
        SortKey::Closed => count(|f| f.closed),
        SortKey::CarriedForward => count(|f| f.carried_forward),
        SortKey::Reviews => count(|f| f.reviews),
        SortKey::Lawsuits => count(|f| f.lawsuits),
        SortKey::Fees => fees_order(&ca.figures.fees, &cb.figures.fees),
    }
}

/// Fees in order of amount; blank first, as blank counts sort before numbers.
fn fees_order(a: &Option<Amount>, b: &Option<Amount>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => {
            let (whole_a, frac_a) = split(&a.to_string());
            let (whole_b, frac_b) = split(&b.to_string());
            whole_a
                .len()
                .cmp(&whole_b.len())
                .then_with(|| whole_a.cmp(&whole_b))
                .then_with(|| {
                    let width = frac_a.len().max(frac_b.len());
                    format!("{frac_a:0<width$}").cmp(&format!("{frac_b:0<width$}"))
                })
        }
    }
}

fn split(amount: &str) -> (String, String) {
    let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
    (
        whole.trim_start_matches('0').to_owned(),
        fraction.to_owned(),
    )
}

#[cfg(test)]
mod tests;
