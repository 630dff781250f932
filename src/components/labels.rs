//! Accessible names of the value cells, read like the printed tables
//! (「表三 一、本年新收政府信息公开申请数量 自然人」), composed from the library's layout labels.

use nianbao::layout::{
    OutcomeGroup, RequestRow, Template, TABLE2_DECISIONS, TABLE2_FEES_COLUMN, TABLE2_FEES_ROW,
    TABLE4_LITIGATION,
};
use nianbao::CountCell;

fn request_row_name(row: RequestRow, template: Template) -> String {
    match row.group() {
        Some(group) if !(template == Template::Gb2019 && group == OutcomeGroup::OtherHandling) => {
            format!("{} {}", group.label(), row.label_in(template))
        }
        _ => row.label_in(template).to_owned(),
    }
}

pub fn cell_name(cell: CountCell, template: Template) -> String {
    match cell {
        CountCell::Doc(kind, column) => {
            format!("表二 {} {}", kind.label(template), column.label(template))
        }
        CountCell::Decision(kind) => format!("表二 {} {}", kind.label(), TABLE2_DECISIONS),
        CountCell::Request(row, column) => {
            format!(
                "表三 {} {}",
                request_row_name(row, template),
                column.label()
            )
        }
        CountCell::Appeal(group, column) => match group {
            nianbao::layout::AppealGroup::Review => {
                format!("表四 {} {}", group.label(), column.label())
            }
            _ => format!(
                "表四 {} {} {}",
                TABLE4_LITIGATION,
                group.label(),
                column.label()
            ),
        },
    }
}

/// A header label wrapped where the printed table wraps it (商业/企业).
pub fn header_lines(lines: &[&str]) -> yew::Html {
    use yew::html;
    html! {
        <>
            { for lines.iter().enumerate().map(|(i, line)| html! {
                <>
                    if i > 0 { <br /> }
                    { *line }
                </>
            }) }
        </>
    }
}

pub fn fees_name() -> String {
    format!("表二 {} {}", TABLE2_FEES_ROW, TABLE2_FEES_COLUMN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao::layout::{AppealColumn, AppealGroup, Applicant, DocColumn, DocKind};

    #[test]
    fn names_read_like_the_tables() {
        let t = Template::Gb2021;
        assert_eq!(
            cell_name(
                CountCell::Request(RequestRow::Received, Applicant::NaturalPerson),
                t
            ),
            "表三 一、本年新收政府信息公开申请数量 自然人"
        );
        assert_eq!(
            cell_name(
                CountCell::Request(RequestRow::RefusedStateSecret, Applicant::Total),
                t
            ),
            "表三 （三）不予公开 1.属于国家秘密 总计"
        );
        assert_eq!(
            cell_name(
                CountCell::Doc(DocKind::NormativeDocuments, DocColumn::InForce),
                t
            ),
            "表二 行政规范性文件 现行有效件数"
        );
        assert_eq!(
            cell_name(
                CountCell::Appeal(AppealGroup::LitigationDirect, AppealColumn::Upheld),
                t
            ),
            "表四 行政诉讼 未经复议直接起诉 结果维持"
        );
        let names: std::collections::HashSet<_> =
            CountCell::all().map(|c| cell_name(c, t)).collect();
        assert_eq!(
            names.len(),
            CountCell::all().count(),
            "every name is unique"
        );
    }
}
