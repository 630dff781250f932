//! The one place that knows what the report looks like: every printed label, the order of rows and
//! columns, the JSON keys, and the spans of the official tables (国办公开办函〔2021〕30号, and what the
//! 2019 trial format had). The editor, the exports, the importers and the checks all ask this module.

mod tables;

pub use tables::{
    CellRole, Column, ColumnRole, Placed, PrintedTable, TableCell, TableId, ValueCell,
    TEXT_BLOCK_TWIPS,
};

/// The national format a report's tables follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Template {
    /// 国办公开办函〔2021〕30号: reports on 2021 and later.
    Gb2021,
    /// 国办公开办函〔2019〕60号: reports on 2019 and 2020.
    Gb2019,
}

impl Template {
    pub fn key(self) -> &'static str {
        match self {
            Template::Gb2021 => "gb2021",
            Template::Gb2019 => "gb2019",
        }
    }

    pub fn from_key(key: &str) -> Option<Template> {
        match key {
            "gb2021" => Some(Template::Gb2021),
            "gb2019" => Some(Template::Gb2019),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Template::Gb2021 => "国办公开办函〔2021〕30号格式",
            Template::Gb2019 => "国办公开办函〔2019〕60号格式（旧格式）",
        }
    }
}

/// Who writes the report: a department, or a government compiling its consolidated 本级政府 report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportKind {
    Department,
    Government,
}

impl ReportKind {
    pub const ALL: [ReportKind; 2] = [ReportKind::Department, ReportKind::Government];

    pub fn key(self) -> &'static str {
        match self {
            ReportKind::Department => "department",
            ReportKind::Government => "government",
        }
    }

    pub fn from_key(key: &str) -> Option<ReportKind> {
        ReportKind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            ReportKind::Department => "部门（单位）年度报告",
            ReportKind::Government => "本级政府年度报告",
        }
    }
}

/// The six sections of the report, in printed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Overview,
    Proactive,
    Requests,
    Appeals,
    Problems,
    OtherMatters,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Overview,
        Section::Proactive,
        Section::Requests,
        Section::Appeals,
        Section::Problems,
        Section::OtherMatters,
    ];

    /// The exact printed heading.
    pub fn heading(self) -> &'static str {
        match self {
            Section::Overview => "一、总体情况",
            Section::Proactive => "二、主动公开政府信息情况",
            Section::Requests => "三、收到和处理政府信息公开申请情况",
            Section::Appeals => "四、政府信息公开行政复议、行政诉讼情况",
            Section::Problems => "五、存在的主要问题及改进情况",
            Section::OtherMatters => "六、其他需要报告的事项",
        }
    }

    /// The JSON key of the section's content.
    pub fn key(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Proactive => "proactive",
            Section::Requests => "requests",
            Section::Appeals => "appeals",
            Section::Problems => "problems",
            Section::OtherMatters => "other_matters",
        }
    }
}

/// The narrative fields, each a run of paragraphs separated by `\n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    Preamble,
    Overview,
    Problems,
    OtherMatters,
}

impl TextField {
    pub const ALL: [TextField; 4] = [
        TextField::Preamble,
        TextField::Overview,
        TextField::Problems,
        TextField::OtherMatters,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TextField::Preamble => "preamble",
            TextField::Overview => "overview",
            TextField::Problems => "problems",
            TextField::OtherMatters => "other_matters",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TextField::Preamble => "前言（正文前的说明）",
            TextField::Overview => Section::Overview.heading(),
            TextField::Problems => Section::Problems.heading(),
            TextField::OtherMatters => Section::OtherMatters.heading(),
        }
    }
}

/// The fields of the report's meta block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetaField {
    Agency,
    Year,
    Kind,
    Title,
    Signature,
    Date,
}

impl MetaField {
    pub const ALL: [MetaField; 6] = [
        MetaField::Agency,
        MetaField::Year,
        MetaField::Kind,
        MetaField::Title,
        MetaField::Signature,
        MetaField::Date,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MetaField::Agency => "agency",
            MetaField::Year => "year",
            MetaField::Kind => "kind",
            MetaField::Title => "title",
            MetaField::Signature => "signature",
            MetaField::Date => "date",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MetaField::Agency => "机关名称",
            MetaField::Year => "报告年度",
            MetaField::Kind => "报告类型",
            MetaField::Title => "标题",
            MetaField::Signature => "落款",
            MetaField::Date => "成文日期",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Table 2 (二、主动公开政府信息情况)

/// The two kinds of document counted under 第二十条第（一）项.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Regulations,
    NormativeDocuments,
}

impl DocKind {
    pub const ALL: [DocKind; 2] = [DocKind::Regulations, DocKind::NormativeDocuments];

    pub fn key(self) -> &'static str {
        match self {
            DocKind::Regulations => "regulations",
            DocKind::NormativeDocuments => "normative_documents",
        }
    }

    pub fn label(self, template: Template) -> &'static str {
        match (self, template) {
            (DocKind::Regulations, _) => "规章",
            (DocKind::NormativeDocuments, Template::Gb2021) => "行政规范性文件",
            (DocKind::NormativeDocuments, Template::Gb2019) => "规范性文件",
        }
    }
}

/// The three columns of 第二十条第（一）项.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocColumn {
    Issued,
    Repealed,
    InForce,
}

impl DocColumn {
    pub const ALL: [DocColumn; 3] = [DocColumn::Issued, DocColumn::Repealed, DocColumn::InForce];

    pub fn key(self) -> &'static str {
        match self {
            DocColumn::Issued => "issued",
            DocColumn::Repealed => "repealed",
            DocColumn::InForce => "in_force",
        }
    }

    pub fn label(self, template: Template) -> &'static str {
        match (self, template) {
            (DocColumn::Issued, Template::Gb2021) => "本年制发件数",
            (DocColumn::Repealed, Template::Gb2021) => "本年废止件数",
            (DocColumn::InForce, Template::Gb2021) => "现行有效件数",
            (DocColumn::Issued, Template::Gb2019) => "本年新制作数量",
            (DocColumn::Repealed, Template::Gb2019) => "本年新公开数量",
            (DocColumn::InForce, Template::Gb2019) => "对外公开总数量",
        }
    }

    /// Whether the 2019 format had a column that maps onto this one without loss.
    pub fn in_gb2019(self) -> bool {
        self == DocColumn::Issued
    }
}

/// The single-value rows of table 2 that hold a count of decisions (本年处理决定数量).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecisionKind {
    Licensing,
    Punishment,
    Coercion,
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 3] = [
        DecisionKind::Licensing,
        DecisionKind::Punishment,
        DecisionKind::Coercion,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DecisionKind::Licensing => "licensing",
            DecisionKind::Punishment => "punishment",
            DecisionKind::Coercion => "coercion",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DecisionKind::Licensing => "行政许可",
            DecisionKind::Punishment => "行政处罚",
            DecisionKind::Coercion => "行政强制",
        }
    }
}

/// 第二十条第（一）项 … 第（八）项: the four blocks of table 2, each with a caption spanning the table.
pub const TABLE2_ITEM_1: &str = "第二十条第（一）项";
pub const TABLE2_ITEM_5: &str = "第二十条第（五）项";
pub const TABLE2_ITEM_6: &str = "第二十条第（六）项";
pub const TABLE2_ITEM_8: &str = "第二十条第（八）项";
pub const TABLE2_CONTENT: &str = "信息内容";
pub const TABLE2_DECISIONS: &str = "本年处理决定数量";
/// The same column in the 2019 format, whose （五）（六） blocks also had 上一年项目数量 and 本年增/减.
pub const TABLE2_DECISIONS_2019: &str = "处理决定数量";
pub const TABLE2_FEES_ROW: &str = "行政事业性收费";
pub const TABLE2_FEES_COLUMN: &str = "本年收费金额（单位：万元）";

// ---------------------------------------------------------------------------------------------
// Table 3 (三、收到和处理政府信息公开申请情况)

pub const TABLE3_CORNER: &str =
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
pub const TABLE3_APPLICANTS: &str = "申请人情况";
pub const TABLE3_ORGANISATIONS: &str = "法人或其他组织";
pub const TABLE3_OUTCOMES: &str = "三、本年度办理结果";

/// The seven columns of table 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Applicant {
    NaturalPerson,
    Commercial,
    Research,
    Nonprofit,
    LegalServices,
    OtherOrg,
    Total,
}

impl Applicant {
    pub const ALL: [Applicant; 7] = [
        Applicant::NaturalPerson,
        Applicant::Commercial,
        Applicant::Research,
        Applicant::Nonprofit,
        Applicant::LegalServices,
        Applicant::OtherOrg,
        Applicant::Total,
    ];

    /// The six columns whose sum is 总计.
    pub const PARTS: [Applicant; 6] = [
        Applicant::NaturalPerson,
        Applicant::Commercial,
        Applicant::Research,
        Applicant::Nonprofit,
        Applicant::LegalServices,
        Applicant::OtherOrg,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        match self {
            Applicant::NaturalPerson => "natural_person",
            Applicant::Commercial => "commercial",
            Applicant::Research => "research",
            Applicant::Nonprofit => "nonprofit",
            Applicant::LegalServices => "legal_services",
            Applicant::OtherOrg => "other_org",
            Applicant::Total => "total",
        }
    }

    pub fn from_key(key: &str) -> Option<Applicant> {
        Applicant::ALL.into_iter().find(|a| a.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Applicant::NaturalPerson => "自然人",
            Applicant::Commercial => "商业企业",
            Applicant::Research => "科研机构",
            Applicant::Nonprofit => "社会公益组织",
            Applicant::LegalServices => "法律服务机构",
            Applicant::OtherOrg => "其他",
            Applicant::Total => "总计",
        }
    }

    /// The label as the printed header wraps it in a narrow column (商业/企业).
    pub fn header_lines(self) -> &'static [&'static str] {
        match self {
            Applicant::NaturalPerson => &["自然人"],
            Applicant::Commercial => &["商业", "企业"],
            Applicant::Research => &["科研", "机构"],
            Applicant::Nonprofit => &["社会", "公益", "组织"],
            Applicant::LegalServices => &["法律", "服务", "机构"],
            Applicant::OtherOrg => &["其他"],
            Applicant::Total => &["总计"],
        }
    }

    /// Whether the column sits under 法人或其他组织 in the header.
    pub fn is_organisation(self) -> bool {
        !matches!(self, Applicant::NaturalPerson | Applicant::Total)
    }
}

/// The groups of outcome rows that have a label row of their own and no cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutcomeGroup {
    Refused,
    Unavailable,
    Unhandled,
    OtherHandling,
}

impl OutcomeGroup {
    pub const ALL: [OutcomeGroup; 4] = [
        OutcomeGroup::Refused,
        OutcomeGroup::Unavailable,
        OutcomeGroup::Unhandled,
        OutcomeGroup::OtherHandling,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OutcomeGroup::Refused => "（三）不予公开",
            OutcomeGroup::Unavailable => "（四）无法提供",
            OutcomeGroup::Unhandled => "（五）不予处理",
            OutcomeGroup::OtherHandling => "（六）其他处理",
        }
    }

    /// The group's number as printed (（三）).
    pub fn number(self) -> &'static str {
        let label = self.label();
        label.split_once('）').map_or(label, |(number, _)| {
            &label[..number.len() + '）'.len_utf8()]
        })
    }

    /// The group's name without its number (不予公开).
    pub fn name(self) -> &'static str {
        let label = self.label();
        label.split_once('）').map_or(label, |(_, name)| name)
    }

    pub fn rows(self) -> impl Iterator<Item = RequestRow> {
        RequestRow::ALL
            .into_iter()
            .filter(move |row| row.group() == Some(self))
    }
}

/// The 25 data rows of table 3, in printed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestRow {
    Received,
    CarriedOver,
    Granted,
    PartlyGranted,
    RefusedStateSecret,
    RefusedLawProhibited,
    RefusedSecurityStability,
    RefusedThirdParty,
    RefusedInternalAffairs,
    RefusedProcessInfo,
    RefusedEnforcementFile,
    RefusedQueryMatter,
    UnavailableNotHeld,
    UnavailableNeedsCreation,
    UnavailableUnclear,
    UnhandledComplaint,
    UnhandledDuplicate,
    UnhandledPublication,
    UnhandledExcessive,
    UnhandledConfirmation,
    OtherNoCorrection,
    OtherUnpaidFee,
    OtherMisc,
    ClosedTotal,
    CarriedForward,
}

impl RequestRow {
    pub const ALL: [RequestRow; 25] = [
        RequestRow::Received,
        RequestRow::CarriedOver,
        RequestRow::Granted,
        RequestRow::PartlyGranted,
        RequestRow::RefusedStateSecret,
        RequestRow::RefusedLawProhibited,
        RequestRow::RefusedSecurityStability,
        RequestRow::RefusedThirdParty,
        RequestRow::RefusedInternalAffairs,
        RequestRow::RefusedProcessInfo,
        RequestRow::RefusedEnforcementFile,
        RequestRow::RefusedQueryMatter,
        RequestRow::UnavailableNotHeld,
        RequestRow::UnavailableNeedsCreation,
        RequestRow::UnavailableUnclear,
        RequestRow::UnhandledComplaint,
        RequestRow::UnhandledDuplicate,
        RequestRow::UnhandledPublication,
        RequestRow::UnhandledExcessive,
        RequestRow::UnhandledConfirmation,
        RequestRow::OtherNoCorrection,
        RequestRow::OtherUnpaidFee,
        RequestRow::OtherMisc,
        RequestRow::ClosedTotal,
        RequestRow::CarriedForward,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The 21 outcome rows whose sum is （七）总计.
    pub fn outcomes() -> impl Iterator<Item = RequestRow> {
        RequestRow::ALL.into_iter().filter(|row| row.is_outcome())
    }

    pub fn is_outcome(self) -> bool {
        (RequestRow::Granted..=RequestRow::OtherMisc).contains(&self)
    }

    pub fn key(self) -> &'static str {
        self.info().0
    }

    pub fn from_key(key: &str) -> Option<RequestRow> {
        RequestRow::ALL.into_iter().find(|row| row.key() == key)
    }

    /// The label exactly as printed in the row's own cell.
    pub fn label(self) -> &'static str {
        self.info().1
    }

    /// The label with its group, as json-format.md writes it (三（三）1.属于国家秘密).
    pub fn full_label(self) -> String {
        match (
            self.group(),
            self.is_outcome() || self == RequestRow::ClosedTotal,
        ) {
            (Some(group), _) => format!("三{}{}", group.number(), self.label()),
            (None, true) => format!("三{}", self.label()),
            (None, false) => self.label().to_owned(),
        }
    }

    /// A short name for messages (国家秘密 rather than the whole printed label).
    pub fn short_label(self) -> &'static str {
        match self {
            RequestRow::Received => "本年新收",
            RequestRow::CarriedOver => "上年结转",
            RequestRow::ClosedTotal => "办理结果总计",
            RequestRow::CarriedForward => "结转下年度",
            _ => self.label(),
        }
    }

    pub fn group(self) -> Option<OutcomeGroup> {
        use RequestRow::*;
        match self {
            RefusedStateSecret
            | RefusedLawProhibited
            | RefusedSecurityStability
            | RefusedThirdParty
            | RefusedInternalAffairs
            | RefusedProcessInfo
            | RefusedEnforcementFile
            | RefusedQueryMatter => Some(OutcomeGroup::Refused),
            UnavailableNotHeld | UnavailableNeedsCreation | UnavailableUnclear => {
                Some(OutcomeGroup::Unavailable)
            }
            UnhandledComplaint
            | UnhandledDuplicate
            | UnhandledPublication
            | UnhandledExcessive
            | UnhandledConfirmation => Some(OutcomeGroup::Unhandled),
            OtherNoCorrection | OtherUnpaidFee | OtherMisc => Some(OutcomeGroup::OtherHandling),
            _ => None,
        }
    }

    /// Rows the 2019 format did not have: their cells are blank in a gb2019 document.
    pub fn in_gb2019(self) -> bool {
        !matches!(
            self,
            RequestRow::OtherNoCorrection | RequestRow::OtherUnpaidFee
        )
    }

    /// The label of this row in the 2019 format, where it differs.
    pub fn label_in(self, template: Template) -> &'static str {
        match (self, template) {
            (RequestRow::OtherMisc, Template::Gb2019) => "（六）其他处理",
            _ => self.label(),
        }
    }

    fn info(self) -> (&'static str, &'static str) {
        use RequestRow::*;
        match self {
            Received => ("received", "一、本年新收政府信息公开申请数量"),
            CarriedOver => ("carried_over", "二、上年结转政府信息公开申请数量"),
            Granted => ("granted", "（一）予以公开"),
            PartlyGranted => (
                "partly_granted",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            ),
            RefusedStateSecret => ("refused_state_secret", "1.属于国家秘密"),
            RefusedLawProhibited => ("refused_law_prohibited", "2.其他法律行政法规禁止公开"),
            RefusedSecurityStability => ("refused_security_stability", "3.危及“三安全一稳定”"),
            RefusedThirdParty => ("refused_third_party", "4.保护第三方合法权益"),
            RefusedInternalAffairs => ("refused_internal_affairs", "5.属于三类内部事务信息"),
            RefusedProcessInfo => ("refused_process_info", "6.属于四类过程性信息"),
            RefusedEnforcementFile => ("refused_enforcement_file", "7.属于行政执法案卷"),
            RefusedQueryMatter => ("refused_query_matter", "8.属于行政查询事项"),
            UnavailableNotHeld => ("unavailable_not_held", "1.本机关不掌握相关政府信息"),
            UnavailableNeedsCreation => {
                ("unavailable_needs_creation", "2.没有现成信息需要另行制作")
            }
            UnavailableUnclear => ("unavailable_unclear", "3.补正后申请内容仍不明确"),
            UnhandledComplaint => ("unhandled_complaint", "1.信访举报投诉类申请"),
            UnhandledDuplicate => ("unhandled_duplicate", "2.重复申请"),
            UnhandledPublication => ("unhandled_publication", "3.要求提供公开出版物"),
            UnhandledExcessive => ("unhandled_excessive", "4.无正当理由大量反复申请"),
            UnhandledConfirmation => (
                "unhandled_confirmation",
                "5.要求行政机关确认或重新出具已获取信息",
            ),
            OtherNoCorrection => (
                "other_no_correction",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ),
            OtherUnpaidFee => (
                "other_unpaid_fee",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ),
            OtherMisc => ("other_misc", "3.其他"),
            ClosedTotal => ("closed_total", "（七）总计"),
            CarriedForward => ("carried_forward", "四、结转下年度继续办理"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Table 4 (四、政府信息公开行政复议、行政诉讼情况)

pub const TABLE4_REVIEW: &str = "行政复议";
pub const TABLE4_LITIGATION: &str = "行政诉讼";

/// The three groups of table 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppealGroup {
    Review,
    LitigationDirect,
    LitigationAfterReview,
}

impl AppealGroup {
    pub const ALL: [AppealGroup; 3] = [
        AppealGroup::Review,
        AppealGroup::LitigationDirect,
        AppealGroup::LitigationAfterReview,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        match self {
            AppealGroup::Review => "review",
            AppealGroup::LitigationDirect => "litigation_direct",
            AppealGroup::LitigationAfterReview => "litigation_after_review",
        }
    }

    pub fn from_key(key: &str) -> Option<AppealGroup> {
        AppealGroup::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The group's own header cell: 行政复议 spans its columns; the two litigation groups sit under 行政诉讼.
    pub fn label(self) -> &'static str {
        match self {
            AppealGroup::Review => TABLE4_REVIEW,
            AppealGroup::LitigationDirect => "未经复议直接起诉",
            AppealGroup::LitigationAfterReview => "复议后起诉",
        }
    }

    /// The name used in messages and accessible names (行政诉讼·复议后起诉).
    pub fn full_label(self) -> String {
        match self {
            AppealGroup::Review => TABLE4_REVIEW.to_owned(),
            _ => format!("{}·{}", TABLE4_LITIGATION, self.label()),
        }
    }
}

/// The five columns of each group of table 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppealColumn {
    Upheld,
    Corrected,
    Other,
    Pending,
    Total,
}

impl AppealColumn {
    pub const ALL: [AppealColumn; 5] = [
        AppealColumn::Upheld,
        AppealColumn::Corrected,
        AppealColumn::Other,
        AppealColumn::Pending,
        AppealColumn::Total,
    ];

    /// The four columns whose sum is 总计.
    pub const PARTS: [AppealColumn; 4] = [
        AppealColumn::Upheld,
        AppealColumn::Corrected,
        AppealColumn::Other,
        AppealColumn::Pending,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        match self {
            AppealColumn::Upheld => "upheld",
            AppealColumn::Corrected => "corrected",
            AppealColumn::Other => "other",
            AppealColumn::Pending => "pending",
            AppealColumn::Total => "total",
        }
    }

    pub fn from_key(key: &str) -> Option<AppealColumn> {
        AppealColumn::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            AppealColumn::Upheld => "结果维持",
            AppealColumn::Corrected => "结果纠正",
            AppealColumn::Other => "其他结果",
            AppealColumn::Pending => "尚未审结",
            AppealColumn::Total => "总计",
        }
    }

    /// The label as the printed header wraps it (结果/维持).
    pub fn header_lines(self) -> &'static [&'static str] {
        match self {
            AppealColumn::Upheld => &["结果", "维持"],
            AppealColumn::Corrected => &["结果", "纠正"],
            AppealColumn::Other => &["其他", "结果"],
            AppealColumn::Pending => &["尚未", "审结"],
            AppealColumn::Total => &["总计"],
        }
    }
}

/// The default title when the report does not state one.
pub fn default_title(agency: &str, year: Option<i32>) -> String {
    match year {
        Some(year) => format!("{agency}{year}年政府信息公开工作年度报告"),
        None => format!("{agency}政府信息公开工作年度报告"),
    }
}
