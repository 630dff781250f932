//! What the findings say about each place, looked up by path while drawing: the worst severity,
//! the messages, and whether the place is part of the finding the user chose.

use nianbao::rules::{Finding, Severity};
use std::collections::{HashMap, HashSet};
use yew::{classes, AttrValue, Classes};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mark {
    pub severity: Option<Severity>,
    pub message: AttrValue,
    /// Part of the equation of the finding the user chose.
    pub related: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marks {
    at: HashMap<String, (Severity, String)>,
    related: HashSet<String>,
}

impl Marks {
    pub fn new(findings: &[Finding], selected: Option<&Finding>) -> Marks {
        let mut at: HashMap<String, (Severity, String)> = HashMap::new();
        for finding in findings {
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
        Marks { at, related }
    }

    pub fn get(&self, path: &str) -> Mark {
        let (severity, message) = match self.at.get(path) {
            Some((severity, message)) => (Some(*severity), AttrValue::from(message.clone())),
            None => (None, AttrValue::default()),
        };
        Mark {
            severity,
            message,
            related: self.related.contains(path),
        }
    }
}

/// The id of the element that holds a place's messages, for `aria-describedby`.
pub fn message_id(path: &str) -> String {
    format!("msg-{}", path.replace('.', "-"))
}

/// The CSS classes of a place with this mark.
pub fn mark_classes(mark: &Mark) -> Classes {
    classes!(
        match mark.severity {
            Some(Severity::Error) => Some("has-error"),
            Some(Severity::Warning) => Some("has-warning"),
            None => None,
        },
        mark.related.then_some("is-related"),
    )
}
