//! A page holding two reports (a portal printing this year's and last year's one under the
//! other, a clerk pasting two): the tables are read from the first, so the title, meta and
//! narrative must be too. The second starts where the section headings start over — a
//! 「一、总体情况」 after the first report's 「六、其他需要报告的事项」 — or at its title just
//! before.

use super::headings::numbered_as_format;
use super::lines::Line;
use super::narrative::excerpt;
use super::title;
use crate::layout::Section;

/// Where a second report starts, and how to name it in the notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Second {
    /// Index into the lines: the first line of the second report.
    pub start: usize,
    /// Its title, or its first heading when it has no title.
    pub name: String,
}

/// The second report among `lines`, if the headings start over after a 六.
pub(super) fn find(lines: &[Line]) -> Option<Second> {
    let mut six = None;
    for (index, line) in lines.iter().enumerate() {
        match numbered_as_format(index, line) {
            Some(Section::OtherMatters) if six.is_none() => six = Some(index),
            Some(Section::Overview) => {
                let Some(six) = six else { continue };
                let title = title::find(lines, index, true).filter(|t| t.first_line > six);
                return Some(match title {
                    Some(title) => Second {
                        start: title.first_line,
                        name: title.text,
                    },
                    None => Second {
                        start: index,
                        name: format!("从「{}」起", excerpt(line.text)),
                    },
                });
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&'static str]) -> Vec<Line<'static>> {
        Line::plain_all(texts)
    }

    #[test]
    fn a_second_report_starts_at_its_title_or_its_first_heading() {
        let texts = [
            "某局2024年度政府信息公开工作年度报告",
            "一、总体情况",
            "六、其他需要报告的事项",
            "无。",
            "某局",
            "2025年1月20日",
            "某局2022年政府信息公开工作年度报告",
            "根据《条例》规定，编制本报告。",
            "一、总体情况",
        ];
        assert_eq!(
            find(&lines(&texts)),
            Some(Second {
                start: 6,
                name: "某局2022年政府信息公开工作年度报告".to_owned()
            })
        );
        let mut untitled = texts.to_vec();
        untitled.remove(6);
        assert_eq!(find(&lines(&untitled)).map(|s| s.start), Some(7));
        assert_eq!(find(&lines(&texts[..6])), None);
        // A 一 before the 六 is the first report's own.
        assert_eq!(
            find(&lines(&[
                "一、总体情况",
                "一、总体情况",
                "六、其他需要报告的事项"
            ])),
            None
        );
    }
}
