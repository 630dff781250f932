//! The end of the report: the 落款 (the agency's name on a line of its own) and the 成文日期
//! under it, then on a portal the page's buttons and footer. The report ends at whichever comes
//! first; nothing after it is narrative.

use super::chrome;
use super::dates::date_line;
use super::kind::looks_like_agency;
use super::lines::{has_sentence_marks, Line};
use crate::model::Date;
use std::ops::Range;

/// The date is among the last few lines of the report: after it a page may print 「附件：」
/// lines, before it sits the 落款.
const DATE_WITHIN_LAST: usize = 4;

/// What ends the last section's body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Closing {
    /// Where the narrative stops (a line index): at the 落款, the date or the footer.
    pub narrative_end: usize,
    /// Where the report stops: lines from `narrative_end` up to here that are neither 落款 nor
    /// date were left out, and the footer starts here.
    pub report_end: usize,
    pub signature: Option<(usize, String)>,
    pub date: Option<(usize, Date)>,
    /// Whether page furniture followed the report.
    pub footer: bool,
}

/// Reads the end of `body`, the last section's lines. `agency` (from the title) helps tell a
/// 落款 from a short last line.
pub(super) fn read(lines: &[Line], body: Range<usize>, agency: Option<&str>) -> Closing {
    let body = body.start.min(lines.len())..body.end.min(lines.len());
    let footer_at = body
        .clone()
        .find(|i| chrome::is_footer(&lines[*i].squeezed));
    let report_end = footer_at.unwrap_or(body.end);
    let last = body.start.max(report_end.saturating_sub(DATE_WITHIN_LAST))..report_end;
    let date = last
        .rev()
        .filter(|i| lines[*i].is_text())
        .find_map(|i| date_line(&lines[i].squeezed).map(|d| (i, d)));
    let is_signature =
        |i: usize| (body.start..report_end).contains(&i) && signature_like(&lines[i], agency);
    let signature_at = match date {
        Some((at, _)) => [at.checked_sub(1), Some(at + 1)]
            .into_iter()
            .flatten()
            .find(|i| is_signature(*i)),
        None => report_end.checked_sub(1).filter(|i| is_signature(*i)),
    };
    let narrative_end = [date.map(|d| d.0), signature_at]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(report_end);
    Closing {
        narrative_end,
        report_end,
        signature: signature_at.map(|i| (i, lines[i].text.to_owned())),
        date,
        footer: footer_at.is_some(),
    }
}

/// A line that is only an agency's name: short, no sentence marks, digits or 「、」, and
/// either the title's agency or a name ending like one (局、办事处、人民政府…).
fn signature_like(line: &Line, agency: Option<&str>) -> bool {
    let name = &line.squeezed;
    let width = line.width();
    let plain = (2..=40).contains(&width)
        && line.is_text()
        && !has_sentence_marks(name)
        && !name.contains([':', '：', '(', ')', '（', '）', '、'])
        && !name.chars().any(|c| c.is_ascii_digit());
    let is_agency =
        agency.is_some_and(|a| !a.is_empty() && (name.contains(a) || a.contains(name.as_str())));
    plain && (is_agency || looks_like_agency(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closing(texts: &[&'static str]) -> Closing {
        let lines: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(block, text)| Line::plain(block, text))
            .collect();
        read(&lines, 0..lines.len(), Some("某局"))
    }

    #[test]
    fn signature_and_date_end_the_report() {
        let c = closing(&["本年度未收取信息处理费。", "某局", "2022年1月14日"]);
        assert_eq!(c.narrative_end, 1);
        assert_eq!(c.signature, Some((1, "某局".to_owned())));
        assert_eq!(c.date, Some((2, Date::new(2022, 1, 14).unwrap())));
    }

    #[test]
    fn a_footer_ends_the_report_when_no_signature_does() {
        let c = closing(&[
            "本年度未收取信息处理费。",
            "附件下载",
            "扫一扫在手机上查看当前页面",
        ]);
        assert_eq!((c.narrative_end, c.report_end, c.footer), (1, 1, true));
        assert_eq!((c.signature, c.date), (None, None));
    }

    #[test]
    fn a_date_alone_or_a_signature_alone() {
        let c = closing(&["无。", "二〇二二年一月十四日", "【打印本页】"]);
        assert_eq!((c.narrative_end, c.signature.is_none()), (1, true));
        let c = closing(&["无。", "某市某区人民政府"]);
        assert_eq!(c.signature.map(|s| s.0), Some(1));
        let c = closing(&["无其他需要报告的事项"]);
        assert_eq!((c.narrative_end, c.signature), (1, None));
    }
}
