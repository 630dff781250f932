//! PROBLEMS_MEASURES: 五 names both problems and the measures taken or planned.

use super::prose::*;
use crate::layout::TextField;
use crate::model::{Field, Report};
use crate::names;
use crate::rules::{Rule, Sink};

const PROBLEM_WORDS: Words = Words("问题|不足|差距|短板|薄弱|弱项|瓶颈|有待|不够|欠缺|缺乏|缺少|滞后|仍需|还需|尚需|亟需|亟待|不到位|不完善|不规范|不平衡|不均衡|不高|不强|不及时|不深入|不全面|不丰富|不明显|单一");
const MEASURE_WORDS: Words = Words("措施|整改|下一步|下步|今后|接下来|未来|明年|来年|计划");
/// What follows 将 when it announces a measure (将进一步加强…), not a preposition (将…纳入).
const AFTER_JIANG: Words = Words("进一步|继续|持续|加强|从|采取|重点|着力|不断|积极|以|围绕|紧扣|严格|加快|深化|做好|强化|推动|完善");
const ACTION_VERBS: Words = Words("加强|强化|提升|提高|完善|健全|推进|推动|深化|丰富|优化|拓展|拓宽|规范|建立|落实|加大|做好|持续|坚持|创新|严格|着力|抓好|扩大|增强|定期|明确|不断|进一步");

pub(super) fn problems_measures(report: &Report, sink: &mut Sink) {
    let text = report.problems.as_str();
    if text.trim().is_empty() {
        return;
    }
    let problems = contains_any(text, PROBLEM_WORDS);
    let measures = names_measures(text);
    let message = match (problems, measures) {
        (true, false) => {
            "写了存在的问题，但没有写改进措施。请补充针对这些问题已经采取或计划采取的改进措施。"
        }
        (false, true) => {
            "写了改进措施，但没有写存在的主要问题。请写明本年度工作中存在的主要问题，再写改进措施。"
        }
        _ => return,
    };
    sink.push(
        Rule::ProblemsMeasures,
        Field::Text(TextField::Problems),
        Vec::new(),
        format!("{}{message}", names::text(TextField::Problems)),
    );
}

fn names_measures(text: &str) -> bool {
    if contains_any(text, MEASURE_WORDS) {
        return true;
    }
    let improve = find_all(text, "改进").any(|i| {
        let before = &text[..i];
        !(before.ends_with('待') || before.ends_with('需') || before.ends_with("需要"))
    });
    if improve {
        return true;
    }
    let will = text.match_indices('将').any(|(i, _)| {
        AFTER_JIANG
            .iter()
            .any(|w| text[i + '将'.len_utf8()..].starts_with(w))
    });
    if will {
        return true;
    }
    // 一是加强…, 二是完善…: an enumerated action.
    text.match_indices('是').any(|(i, _)| {
        let ordinal = text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| "一二三四五六七八九十".contains(c));
        ordinal && {
            let after = &text[i + '是'.len_utf8()..];
            ACTION_VERBS.iter().any(|verb| after.starts_with(verb))
        }
    })
}
