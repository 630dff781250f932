//! The editor's state and every change a user can make to it, as plain Rust: the Yew store wraps
//! it, and native unit tests drive it directly. Findings are recomputed from the report after
//! every change (microseconds), never patched by hand.

use super::draft::{clean_label, Draft};
use super::grid::{self, BlockDoesNotFit};
use super::history::History;
use super::review::{shown, Progress};
use nianbao::layout::{MetaField, ReportKind, Section, TextField};
use nianbao::number::{parse_amount, parse_count, parse_year};
use nianbao::rules::{check_with, Context, Finding, Severity, Unreadable};
use nianbao::totals::{fill_totals, totals_exceed};
use nianbao::{CountCell, Date, Field, MAX_COUNT};
use std::rc::Rc;

/// A one-line message about the last action (a paste that did not fit, a fill that was done).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetCount {
        cell: CountCell,
        text: String,
        at: f64,
    },
    SetFees {
        text: String,
        at: f64,
    },
    SetText {
        field: TextField,
        text: String,
        at: f64,
    },
    SetMeta {
        field: MetaField,
        text: String,
        at: f64,
    },
    /// A block copied from a spreadsheet, pasted with `origin` focused.
    Paste {
        origin: CountCell,
        text: String,
    },
    FillBlanksWithZero,
    RecomputeTotals,
    /// The draft's own name in the list (empty: list it by 机关 and 年度).
    SetLabel(String),
    /// Last year's report, for the cross-year checks (None forgets it).
    SetLastYear(Box<Option<nianbao::Report>>),
    /// 「检查全部」: show every finding, the blanks of tables not worked in too.
    CheckAll,
    Undo,
    Redo,
    /// Opens a draft (from storage, an import, or a new one); the undo history starts afresh.
    Open(Box<Draft>),
    SelectFinding(Option<usize>),
    DismissNotice,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    /// Shared with the components that draw it and with the undo history; copied on write.
    pub draft: Rc<Draft>,
    /// The findings shown now (see review.rs): what the panel lists and the cells mark. After
    /// 「检查全部」, every finding.
    pub findings: Rc<Vec<Finding>>,
    pub progress: Progress,
    pub current_year: Option<i32>,
    /// The finding whose cells are lit up, by index into `findings`.
    pub selected: Option<usize>,
    pub notice: Option<Notice>,
    /// Bumped by every change to the draft's content, so that autosave knows what to save.
    pub revision: u64,
    history: History,
}

impl Editor {
    pub fn new(draft: Draft, current_year: Option<i32>) -> Editor {
        let mut editor = Editor {
            draft: Rc::new(with_totals(draft)),
            findings: Rc::default(),
            progress: Progress::default(),
            current_year,
            selected: None,
            notice: None,
            revision: 0,
            history: History::default(),
        };
        editor.refresh();
        editor
    }

    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The finding the user chose, if any.
    pub fn selected_finding(&self) -> Option<&Finding> {
        self.findings.get(self.selected?)
    }

    /// Every finding of the report, the ones not shown yet too (what exporting warns of).
    pub fn all_findings(&self) -> Vec<Finding> {
        let unreadable = unreadable(&self.draft);
        let context = Context {
            last_year: self.draft.last_year.as_ref(),
            current_year: self.current_year,
            unreadable: &unreadable,
        };
        check_with(&self.draft.report, &context)
    }

    fn refresh(&mut self) {
        let all = self.all_findings();
        let count = all.len();
        let shown = shown(all, &self.draft.report, self.draft.review);
        self.progress = Progress::of(&self.draft.report, count - shown.len());
        self.findings = Rc::new(shown);
        self.selected = None;
    }

    /// Applies one action. Content changes go through `edit`, which records undo history, keeps
    /// computed totals up to date and re-runs the checks.
    pub fn apply(&mut self, action: Action) {
        if self.draft.is_read_only() && action.changes_content() {
            return;
        }
        if action.changes_content() || matches!(action, Action::Undo | Action::Redo) {
            // A notice is about the last action; the next edit (or undoing it) makes it old news.
            self.notice = None;
        }
        match action {
            Action::SetCount { cell, text, at } => {
                let path = cell.path();
                self.edit(Some(&path), at, |draft| {
                    set_count(draft, cell, &text);
                    if let Some(section) = Field::Count(cell).section() {
                        draft.review.work_in(section);
                    }
                });
            }
            Action::SetFees { text, at } => {
                let path = Field::Fees.path();
                self.edit(Some(&path), at, |draft| {
                    set_fees(draft, &text);
                    draft.review.work_in(Section::Proactive);
                });
            }
            Action::SetText { field, text, at } => {
                if self.draft.report.text(field) != text {
                    self.edit(Some(field.key()), at, |draft| {
                        *draft.report.text_mut(field) = text;
                    });
                }
            }
            Action::SetMeta { field, text, at } => {
                let path = Field::Meta(field).path();
                self.edit(Some(&path), at, |draft| set_meta(draft, field, &text));
            }
            Action::Paste { origin, text } => self.paste(origin, &text),
            Action::FillBlanksWithZero => {
                let mut filled = 0;
                self.edit(None, 0.0, |draft| {
                    filled = fill_blanks(draft);
                    draft.review.work_in_every_table();
                });
                self.notice = Some(Notice {
                    error: false,
                    text: format!("已在 {filled} 个空白单元格中填入 0（可撤销）"),
                });
            }
            Action::RecomputeTotals => {
                if totals_exceed(&self.draft.report, MAX_COUNT) {
                    // A total no JavaScript reader reads exactly would be exported, and refused
                    // when the file is read back.
                    self.notice = Some(Notice {
                        error: true,
                        text: format!("按分项计算的合计会超过件数的上限 {MAX_COUNT}，没有重新计算。请先核对过大的数字。"),
                    });
                    return;
                }
                self.edit(None, 0.0, |draft| draft.stated_totals = false);
                self.notice = Some(Notice {
                    error: false,
                    text: "已按分项重新计算全部合计（可撤销）".to_owned(),
                });
            }
            Action::SetLabel(label) => {
                let label = clean_label(&label);
                self.edit(None, 0.0, |draft| draft.label = label);
            }
            Action::SetLastYear(last_year) => {
                self.edit(None, 0.0, |draft| {
                    // A report shown as it is (2019 format) is not filled in.
                    if let (Some(last), false) = (last_year.as_ref(), draft.is_read_only()) {
                        crate::state::draft::carry_over(&mut draft.report, last);
                    }
                    draft.last_year = *last_year;
                });
            }
            Action::CheckAll => {
                // A way of looking, not an edit: no undo step, but kept with the draft.
                if !self.draft.review.all {
                    Rc::make_mut(&mut self.draft).review.all = true;
                    self.revision += 1;
                    self.refresh();
                }
            }
            Action::Undo => {
                if let Some(previous) = self.history.undo(Rc::clone(&self.draft)) {
                    self.replace(previous);
                }
            }
            Action::Redo => {
                if let Some(next) = self.history.redo(Rc::clone(&self.draft)) {
                    self.replace(next);
                }
            }
            Action::Open(draft) => {
                self.history = History::default();
                self.notice = None;
                self.replace(Rc::new(with_totals(*draft)));
            }
            Action::SelectFinding(index) => {
                self.selected = index.filter(|&i| i < self.findings.len());
            }
            Action::DismissNotice => self.notice = None,
        }
    }

    fn edit(&mut self, field: Option<&str>, at: f64, change: impl FnOnce(&mut Draft)) {
        let before = Rc::clone(&self.draft);
        let draft = Rc::make_mut(&mut self.draft);
        change(draft);
        if *draft == *before {
            return;
        }
        if !draft.stated_totals {
            fill_totals(&mut draft.report);
        }
        self.history.record(before, field, at);
        self.revision += 1;
        self.refresh();
    }

    fn replace(&mut self, draft: Rc<Draft>) {
        self.draft = draft;
        self.revision += 1;
        self.refresh();
    }

    fn paste(&mut self, origin: CountCell, text: &str) {
        let block = grid::split_block(text);
        let targets = match grid::block_targets(origin, &block, self.draft.report.template) {
            Ok(targets) => targets,
            Err(BlockDoesNotFit { rows, columns }) => {
                self.notice = Some(Notice {
                    error: true,
                    text: format!(
                        "粘贴的内容有 {rows} 行 {columns} 列，从所选单元格起放不下，未粘贴任何内容。请选择更靠左上的单元格，或复制更小的区域。"
                    ),
                });
                return;
            }
        };
        let mut pasted = 0;
        let mut skipped = 0;
        self.edit(None, 0.0, |draft| {
            if let Some(section) = Field::Count(origin).section() {
                draft.review.work_in(section);
            }
            for (cell, value) in &targets {
                // Totals are never typed: they follow their parts (or stay as a source stated them).
                if cell.is_total() {
                    skipped += 1;
                } else {
                    set_count(draft, *cell, value);
                    pasted += 1;
                }
            }
        });
        let rows = block.len();
        let columns = block.iter().map(Vec::len).max().unwrap_or(0);
        let mut text = format!("已粘贴 {rows} 行 {columns} 列，共 {pasted} 个单元格");
        if skipped > 0 {
            text.push_str(&format!(
                "；{skipped} 个值落在合计单元格，合计不直接填写，由分项计算"
            ));
        }
        self.notice = Some(Notice { error: false, text });
    }
}

/// A draft as the editor shows it: unless its totals are the ones a source stated, they are the
/// sums of their parts (a draft made from last year's report may carry last year's totals).
fn with_totals(mut draft: Draft) -> Draft {
    if !draft.stated_totals {
        fill_totals(&mut draft.report);
    }
    draft
}

impl Action {
    /// Whether the action changes the report (refused for a read-only 2019-format draft).
    fn changes_content(&self) -> bool {
        matches!(
            self,
            Action::SetCount { .. }
                | Action::SetFees { .. }
                | Action::SetText { .. }
                | Action::SetMeta { .. }
                | Action::Paste { .. }
                | Action::FillBlanksWithZero
                | Action::RecomputeTotals
        )
    }
}

/// Every place holding typed text that is not a value, with why, for the checks to report.
fn unreadable(draft: &Draft) -> Vec<Unreadable> {
    draft
        .raw_inputs
        .iter()
        .filter_map(|(path, text)| {
            let field = Field::from_path(path)?;
            let message = match field {
                Field::Count(_) => parse_count(text).err().map(|e| e.message),
                Field::Fees => parse_amount(text).err().map(|e| e.message),
                Field::Meta(MetaField::Year) => parse_year(text).err().map(|e| e.message),
                _ => None,
            }
            // Read fine, but refused because of what it would make of a total.
            .unwrap_or_else(|| {
                format!(
                    "「{}」太大：填入后合计将超过件数的上限 {MAX_COUNT}，请核对",
                    text.trim()
                )
            });
            Some(Unreadable { field, message })
        })
        .collect()
}

fn set_count(draft: &mut Draft, cell: CountCell, text: &str) {
    let path = cell.path();
    match parse_count(text) {
        Ok(value) => {
            draft.report.set_count(cell, value);
            let too_large = !draft.stated_totals
                && value.is_some()
                && !cell.is_total()
                && totals_exceed(&draft.report, MAX_COUNT);
            if too_large {
                draft.report.set_count(cell, None);
                draft.raw_inputs.insert(path, text.to_owned());
            } else {
                draft.raw_inputs.remove(&path);
            }
        }
        Err(_) => {
            // Kept as typed, and the cell is blank until fixed: never a silent 0.
            draft.raw_inputs.insert(path, text.to_owned());
            draft.report.set_count(cell, None);
        }
    }
}

fn set_fees(draft: &mut Draft, text: &str) {
    let path = Field::Fees.path();
    match parse_amount(text) {
        Ok(value) => {
            draft.raw_inputs.remove(&path);
            draft.report.proactive.fees = value;
        }
        Err(_) => {
            draft.raw_inputs.insert(path, text.to_owned());
            draft.report.proactive.fees = None;
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| text.to_owned())
}

fn set_meta(draft: &mut Draft, field: MetaField, text: &str) {
    let meta = &mut draft.report.meta;
    let path = Field::Meta(field).path();
    match field {
        MetaField::Agency => meta.agency = text.to_owned(),
        MetaField::Title => meta.title = optional(text),
        MetaField::Signature => meta.signature = optional(text),
        MetaField::Kind => {
            if let Some(kind) = ReportKind::from_key(text) {
                meta.kind = kind;
            }
        }
        MetaField::Year => match parse_year(text) {
            Ok(year) => {
                draft.raw_inputs.remove(&path);
                meta.year = year;
            }
            Err(_) => {
                draft.raw_inputs.insert(path, text.to_owned());
                meta.year = None;
            }
        },
        MetaField::Date => meta.date = Date::parse_iso(text.trim()),
    }
}

/// 空白处填 0: every blank cell the template defines, and the fee, become 0. Cells holding
/// unreadable text are left alone: that text is the user's and must be fixed, not replaced. Totals
/// are left to their parts (or, as a source stated them, to 「按分项重新计算合计」): a 0 typed into
/// a total would be invented.
fn fill_blanks(draft: &mut Draft) -> usize {
    let template = draft.report.template;
    let mut filled = 0;
    for cell in CountCell::all() {
        let blank = draft.report.count(cell).is_none();
        if blank
            && !cell.is_total()
            && cell.in_template(template)
            && !draft.raw_inputs.contains_key(&cell.path())
        {
            draft.report.set_count(cell, Some(0));
            filled += 1;
        }
    }
    let fees_path = Field::Fees.path();
    if template == nianbao::Template::Gb2021
        && draft.report.proactive.fees.is_none()
        && !draft.raw_inputs.contains_key(&fees_path)
    {
        draft.report.proactive.fees = Some(nianbao::Amount::zero());
        filled += 1;
    }
    filled
}
