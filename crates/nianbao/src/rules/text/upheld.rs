//! 「均获维持」「均已结案」: a sentence about 行政复议 or 行政诉讼 that says every case was upheld,
//! or closed, against 表四's 结果纠正 and 尚未审结.

use super::mismatch::{ClaimCheck, Verdict};
use super::prose::*;
use crate::layout::{AppealColumn, AppealGroup, TextField};
use crate::model::{CountCell, Report};
use crate::names;

const UPHELD: Words = Words("均获维持|均获得维持|均得到维持|均被维持|均被依法维持|均依法维持|均予以维持|均予维持|均维持|均为维持|全部维持|全部予以维持|全部获得维持|全部被维持");
const CLOSED: Words = Words("均已结案|均已审结|均结案|均审结|全部结案|全部审结");

/// “均获维持” against 结果纠正, “均已结案” against 尚未审结, in the groups the sentence names.
pub(super) fn all_upheld_or_closed<const DESCRIBE: bool>(
    report: &Report,
    field: TextField,
    text: &str,
    at: usize,
    on: &mut impl FnMut(ClaimCheck),
) {
    let rest = &text[at..];
    // 均获维持: none corrected and none still pending; 均已结案: none pending, whatever the result.
    for (phrases, columns) in [
        (
            UPHELD,
            &[AppealColumn::Corrected, AppealColumn::Pending][..],
        ),
        (CLOSED, &[AppealColumn::Pending][..]),
    ] {
        let Some(phrase) = phrases.iter().find(|p| rest.starts_with(*p)) else {
            continue;
        };
        let end = at + phrase.len();
        let sentence = sentence_around(text, at, end);
        let mut groups = Vec::new();
        if sentence.contains("复议") {
            groups.push(AppealGroup::Review);
        }
        if sentence.contains("诉讼") {
            groups.extend([
                AppealGroup::LitigationDirect,
                AppealGroup::LitigationAfterReview,
            ]);
        }
        if groups.is_empty() {
            // A sentence that names neither 复议 nor 诉讼 says nothing about table 4.
            continue;
        }
        let against = if !DESCRIBE {
            String::new()
        } else {
            format!(
                "表四{}的{}",
                if groups.len() == 1 {
                    "行政复议"
                } else if groups.len() == 2 {
                    "行政诉讼"
                } else {
                    "行政复议和行政诉讼"
                },
                columns
                    .iter()
                    .map(|c| c.label())
                    .collect::<Vec<_>>()
                    .join("、")
            )
        };
        let blank = groups.iter().any(|&group| {
            columns
                .iter()
                .any(|&column| report.appeals.get(group, column).is_none())
        });
        let contradicting: Vec<(AppealGroup, AppealColumn, u64)> = groups
            .into_iter()
            .flat_map(|group| columns.iter().map(move |&column| (group, column)))
            .filter_map(|(group, column)| {
                report
                    .appeals
                    .get(group, column)
                    .filter(|&n| n > 0)
                    .map(|n| (group, column, n))
            })
            .collect();
        if contradicting.is_empty() && !DESCRIBE {
            continue;
        }
        let quoted = lead_up(text, at, end).to_owned();
        if contradicting.is_empty() {
            let verdict = if blank {
                Verdict::NotCompared("表格中对应的格是空的")
            } else {
                Verdict::Agrees
            };
            let table = (!blank).then_some(0);
            on(ClaimCheck {
                field,
                quote: quoted,
                against,
                table,
                verdict,
                related: Vec::new(),
                message: String::new(),
            });
            continue;
        }
        let table: Vec<String> = contradicting
            .iter()
            .map(|(group, column, n)| format!("{}{}为 {n}", group.full_label(), column.label()))
            .collect();
        on(ClaimCheck {
            field,
            against,
            table: Some(contradicting.iter().map(|(_, _, n)| u128::from(*n)).sum()),
            verdict: Verdict::Disagrees,
            related: contradicting
                .iter()
                .map(|(group, column, _)| CountCell::Appeal(*group, *column).path())
                .collect(),
            message: format!(
                "{}写“{}”，但表四{}。文字与表格应一致：请核对后改正其中之一。",
                names::text(field),
                quote(&quoted),
                table.join("，")
            ),
            quote: quoted,
        });
    }
}
