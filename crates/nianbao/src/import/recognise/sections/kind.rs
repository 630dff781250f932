//! Whether a report is a department's or a government's consolidated (本级政府) report, from the
//! agency's name. The samples show the rule: 「平潭综合实验区」 (a place, no office after it) is
//! the zone's government report; 「…公安局」「…片区管理局」「八卦洲街道办事处」 are departments.
//! A name ending in 人民政府 or 政府 is a government; one ending in an office (局、委员会、办公室、
//! 中心、办事处…) or 街道 is a department (a 街道 is an office of the district, not a government).
//! A bare place name is taken as its government but said as a doubt, since a department
//! sometimes prints only the place in its title; so is a name that fits neither.

use crate::layout::ReportKind;

/// Endings of a government's name.
const GOVERNMENT: [&str; 2] = ["人民政府", "政府"];

/// Endings of an office's or institution's name. Longer endings first only for readability:
/// any match decides.
const OFFICE: [&str; 28] = [
    "办事处",
    "街道",
    "委员会",
    "管委会",
    "办公室",
    "办公厅",
    "局",
    "委",
    "办",
    "厅",
    "部",
    "处",
    "中心",
    "站",
    "所",
    "院",
    "馆",
    "队",
    "会",
    "署",
    "公司",
    "集团",
    "社",
    "室",
    "团",
    "校",
    "大学",
    "银行",
];

/// Endings of a place's name: a province, city, county, district, zone, township.
const PLACE: [&str; 9] = ["省", "自治区", "市", "州", "盟", "县", "旗", "区", "镇"];

/// The kind of report an agency writes, and whether the name made that certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct KindOf {
    pub kind: ReportKind,
    pub certain: bool,
}

pub(super) fn of_agency(agency: &str) -> KindOf {
    let ends = |endings: &[&str]| endings.iter().any(|e| agency.ends_with(e));
    let (kind, certain) = if ends(&GOVERNMENT) {
        (ReportKind::Government, true)
    } else if ends(&OFFICE) {
        (ReportKind::Department, true)
    } else if ends(&PLACE) || agency.ends_with('乡') {
        (ReportKind::Government, false)
    } else {
        (ReportKind::Department, false)
    };
    KindOf { kind, certain }
}

/// Whether a short line reads as an agency's name: it ends like one.
pub(super) fn looks_like_agency(name: &str) -> bool {
    let ends = |endings: &[&str]| endings.iter().any(|e| name.ends_with(e));
    ends(&GOVERNMENT) || ends(&OFFICE) || ends(&PLACE) || name.ends_with('乡')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_the_samples_and_the_usual_names() {
        let kind = |name| {
            let k = of_agency(name);
            (k.kind, k.certain)
        };
        use ReportKind::{Department, Government};
        assert_eq!(kind("平潭综合实验区"), (Government, false));
        assert_eq!(kind("平潭综合实验区公安局"), (Department, true));
        assert_eq!(kind("平潭综合实验区金井片区管理局"), (Department, true));
        assert_eq!(kind("八卦洲街道办事处"), (Department, true));
        assert_eq!(kind("八卦洲街道"), (Department, true));
        assert_eq!(kind("南京市栖霞区人民政府"), (Government, true));
        assert_eq!(kind("南京市人民政府办公厅"), (Department, true));
        assert_eq!(kind("某某"), (Department, false));
    }
}
