//! What a check reports: the rule, how serious it is, where, and what to do about it.

/// How serious a finding is (rules.md): an `Error` means the published report would be wrong or
/// incomplete; a `Warning` asks a reviewer to look, and may be right as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The key used in `--json` output.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The word shown to a person.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "提醒",
        }
    }
}

/// Every check of rules.md, by its stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    CellBlank,
    T3RowTotal,
    T3ClosedSum,
    T3Balance,
    T4GroupTotal,
    MetaRequired,
    SectionEmpty,
    MetaSignature,
    Deadline,
    FeesPrecision,
    FeeStatement,
    ProblemsMeasures,
    GovAssessment,
    TextTableMismatch,
    CrossCarry,
    CrossInForce,
    CrossSameText,
    CrossJump,
    /// Not a check of rules.md: text where a number belongs that could not be read as one (typed
    /// in the editor, or found in an imported source). A JSON document cannot hold it, so only
    /// callers that pass such text in [`crate::rules::Context`] ever see it.
    CellUnreadable,
}

impl Rule {
    /// Every rule: those of rules.md in its order, then CELL_UNREADABLE.
    pub const ALL: [Rule; 19] = [
        Rule::CellBlank,
        Rule::T3RowTotal,
        Rule::T3ClosedSum,
        Rule::T3Balance,
        Rule::T4GroupTotal,
        Rule::MetaRequired,
        Rule::SectionEmpty,
        Rule::MetaSignature,
        Rule::Deadline,
        Rule::FeesPrecision,
        Rule::FeeStatement,
        Rule::ProblemsMeasures,
        Rule::GovAssessment,
        Rule::TextTableMismatch,
        Rule::CrossCarry,
        Rule::CrossInForce,
        Rule::CrossSameText,
        Rule::CrossJump,
        Rule::CellUnreadable,
    ];

    /// The stable id (rules.md), e.g. `T3_BALANCE`.
    pub fn id(self) -> &'static str {
        self.info().0
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.id() == id)
    }

    pub fn severity(self) -> Severity {
        self.info().1
    }

    /// A short Chinese name for lists and filters.
    pub fn title(self) -> &'static str {
        self.info().2
    }

    fn info(self) -> (&'static str, Severity, &'static str) {
        use Severity::{Error, Warning};
        match self {
            Rule::CellBlank => ("CELL_BLANK", Error, "表格有空格"),
            Rule::T3RowTotal => ("T3_ROW_TOTAL", Error, "表三行总计"),
            Rule::T3ClosedSum => ("T3_CLOSED_SUM", Error, "表三办理结果总计"),
            Rule::T3Balance => ("T3_BALANCE", Error, "表三勾稽关系"),
            Rule::T4GroupTotal => ("T4_GROUP_TOTAL", Error, "表四总计"),
            Rule::MetaRequired => ("META_REQUIRED", Error, "机关名称和报告年度"),
            Rule::SectionEmpty => ("SECTION_EMPTY", Error, "必填部分为空"),
            Rule::MetaSignature => ("META_SIGNATURE", Warning, "落款和成文日期"),
            Rule::Deadline => ("DEADLINE", Warning, "公布时限"),
            Rule::FeesPrecision => ("FEES_PRECISION", Warning, "收费金额的单位和精度"),
            Rule::FeeStatement => ("FEE_STATEMENT", Warning, "信息处理费收取情况"),
            Rule::ProblemsMeasures => ("PROBLEMS_MEASURES", Warning, "问题与改进措施"),
            Rule::GovAssessment => ("GOV_ASSESSMENT", Warning, "考核、评议和责任追究"),
            Rule::TextTableMismatch => ("TEXT_TABLE_MISMATCH", Warning, "文字与表格不一致"),
            Rule::CrossCarry => ("CROSS_CARRY", Error, "与上年结转衔接"),
            Rule::CrossInForce => ("CROSS_IN_FORCE", Warning, "现行有效件数衔接"),
            Rule::CrossSameText => ("CROSS_SAME_TEXT", Warning, "与上年内容雷同"),
            Rule::CrossJump => ("CROSS_JUMP", Warning, "数量与上年相差悬殊"),
            Rule::CellUnreadable => ("CELL_UNREADABLE", Error, "无法识别的数字"),
        }
    }
}

/// One problem found in a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// Always `rule.severity()`; kept here so that a consumer need not look it up.
    pub severity: Severity,
    /// The dotted path (json-format.md § Paths) of the cell or field to fix.
    pub path: String,
    /// The paths of the other cells in the same equation, so an editor can light them all up.
    pub related: Vec<String>,
    /// In Chinese: both sides with their numbers, and what to do.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        let mut ids: Vec<_> = Rule::ALL.iter().map(|rule| rule.id()).collect();
        for rule in Rule::ALL {
            assert_eq!(Rule::from_id(rule.id()), Some(rule));
            assert!(!rule.title().is_empty());
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
        assert_eq!(Rule::T3Balance.id(), "T3_BALANCE");
        assert_eq!(Rule::from_id("NOPE"), None);
    }

    #[test]
    fn severities_match_rules_md() {
        let errors: Vec<_> = Rule::ALL
            .into_iter()
            .filter(|rule| rule.severity() == Severity::Error)
            .map(Rule::id)
            .collect();
        assert_eq!(
            errors,
            [
                "CELL_BLANK",
                "T3_ROW_TOTAL",
                "T3_CLOSED_SUM",
                "T3_BALANCE",
                "T4_GROUP_TOTAL",
                "META_REQUIRED",
                "SECTION_EMPTY",
                "CROSS_CARRY",
                "CELL_UNREADABLE"
            ]
        );
        assert_eq!(Severity::Error.key(), "error");
        assert_eq!(Severity::Warning.label(), "提醒");
        assert!(Severity::Error < Severity::Warning);
    }
}
