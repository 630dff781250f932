//! What the findings say about each place, looked up by path while drawing: the worst severity,
//! the messages, and whether the place is part of the finding the user chose.

use nianbao::rules::{Finding, Rule, Severity};
use std::collections::{HashMap, HashSet};
use yew::{classes, AttrValue, Classes};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mark {
    pub severity: Option<Severity>,
    /// The only finding here is that the cell is blank: shown more quietly than a wrong number.
    pub blank_only: bool,
    pub message: AttrValue,
    /// Part of the equation of the finding the user chose.
    pub related: bool,
    /// A total that does not equal the sum of its parts (as a source stated it).
    pub sum_mismatch: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    at: HashMap<String, (Severity, String)>,
    /// Places whose every finding is CELL_BLANK.
    blank_only: HashSet<String>,
    related: HashSet<String>,
    sum_mismatch: HashSet<String>,
}

impl Marks {
    pub fn new(findings: &[Finding], selected: Option<&Finding>) -> Marks {
        let mut at: HashMap<String, (Severity, String)> = HashMap::new();
        let mut blank_only = HashSet::new();
        let mut not_blank = HashSet::new();
        let mut sum_mismatch = HashSet::new();
        for finding in findings {
            if is_sum_mismatch(finding.rule) {
                sum_mismatch.insert(finding.path.clone());
            }
            if finding.rule == Rule::CellBlank {
                blank_only.insert(finding.path.clone());
            } else {
                not_blank.insert(finding.path.clone());
            }
            let entry = at
                .entry(finding.path.clone())
                .or_insert((finding.severity, String::new()));
            entry.0 = entry.0.min(finding.severity);
            if !entry.1.is_empty() {
                entry.1.push('\n');
            }
            entry.1.push_str(&finding.message);
        }
        let related = selected
            .map(|f| f.related.iter().cloned().chain([f.path.clone()]).collect())
            .unwrap_or_default();
        blank_only.retain(|path| !not_blank.contains(path));
        Marks {
            at,
            blank_only,
            related,
            sum_mismatch,
        }
    }

    pub fn get(&self, path: &str) -> Mark {
        let (severity, message) = match self.at.get(path) {
            Some((severity, message)) => (Some(*severity), AttrValue::from(message.clone())),
            None => (None, AttrValue::default()),
        };
        Mark {
            severity,
            blank_only: self.blank_only.contains(path),
            message,
            related: self.related.contains(path),
            sum_mismatch: self.sum_mismatch.contains(path),
        }
    }
}

/// The findings at a total that 「按分项重新计算合计」 fixes.
pub fn is_sum_mismatch(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::T3RowTotal | Rule::T3ClosedSum | Rule::T4GroupTotal
    )
}

/// The id of the element that holds a place's messages, for `aria-describedby`.
pub fn message_id(path: &str) -> String {
    format!("msg-{}", path.replace('.', "-"))
}

/// The CSS classes of a place with this mark.
pub fn mark_classes(mark: &Mark) -> Classes {
    classes!(
        match mark.severity {
            Some(_) if mark.blank_only => Some("is-blank"),
            Some(Severity::Error) => Some("has-error"),
            Some(Severity::Warning) => Some("has-warning"),
            None => None,
        },
        mark.related.then_some("is-related"),
    )
}
