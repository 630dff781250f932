//! Report → JSON v1. Every key is always written, in the order of json-format.md, so that two
//! exports of one report are byte-identical and a diff between two years lines up.

use super::{FORMAT, KEY_FEES, KEY_FORMAT, KEY_META, KEY_TEMPLATE, KEY_VERSION, VERSION};
use crate::layout::{
    AppealColumn, AppealGroup, Applicant, DecisionKind, DocColumn, DocKind, MetaField, RequestRow,
    Section, TextField,
};
use crate::model::{Count, CountCell, Report};
use serde_json::{Map, Value};

/// The report as a pretty-printed (2-space) JSON document ending in a newline.
pub fn write_report(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(&to_value(report))
        .expect("a tree of strings, integers and nulls always serialises");
    text.push('\n');
    text
}

/// The report as a JSON v1 value.
pub fn to_value(report: &Report) -> Value {
    let mut doc = Map::new();
    doc.insert(KEY_FORMAT.into(), FORMAT.into());
    doc.insert(KEY_VERSION.into(), VERSION.into());
    doc.insert(KEY_TEMPLATE.into(), report.template.key().into());
    doc.insert(KEY_META.into(), meta(report));
    text(&mut doc, report, TextField::Preamble);
    text(&mut doc, report, TextField::Overview);
    doc.insert(Section::Proactive.key().into(), proactive(report));
    doc.insert(Section::Requests.key().into(), requests(report));
    doc.insert(Section::Appeals.key().into(), appeals(report));
    text(&mut doc, report, TextField::Problems);
    text(&mut doc, report, TextField::OtherMatters);
    Value::Object(doc)
}

fn text(doc: &mut Map<String, Value>, report: &Report, field: TextField) {
    doc.insert(field.key().into(), report.text(field).into());
}

fn meta(report: &Report) -> Value {
    let meta = &report.meta;
    let mut map = Map::new();
    for field in MetaField::ALL {
        let value = match field {
            MetaField::Agency => meta.agency.as_str().into(),
            MetaField::Year => meta.year.into(),
            MetaField::Kind => meta.kind.key().into(),
            MetaField::Title => meta.title.as_deref().into(),
            MetaField::Signature => meta.signature.as_deref().into(),
            MetaField::Date => meta.date.map(|date| date.iso()).into(),
        };
        map.insert(field.key().into(), value);
    }
    Value::Object(map)
}

fn count(value: Count) -> Value {
    value.into()
}

fn proactive(report: &Report) -> Value {
    let mut map = Map::new();
    for kind in DocKind::ALL {
        let row: Map<String, Value> = DocColumn::ALL
            .into_iter()
            .map(|column| {
                let cell = report.count(CountCell::Doc(kind, column));
                (column.key().to_owned(), count(cell))
            })
            .collect();
        map.insert(kind.key().into(), Value::Object(row));
    }
    for kind in DecisionKind::ALL {
        let cell = report.count(CountCell::Decision(kind));
        map.insert(kind.key().into(), count(cell));
    }
    let fees = report.proactive.fees.as_ref().map(|fees| fees.to_string());
    map.insert(KEY_FEES.into(), fees.into());
    Value::Object(map)
}

fn requests(report: &Report) -> Value {
    let rows: Map<String, Value> = RequestRow::ALL
        .into_iter()
        .map(|row| {
            let cells: Map<String, Value> = Applicant::ALL
                .into_iter()
                .map(|column| {
                    (
                        column.key().to_owned(),
                        count(report.requests.get(row, column)),
                    )
                })
                .collect();
            (row.key().to_owned(), Value::Object(cells))
        })
        .collect();
    Value::Object(rows)
}

fn appeals(report: &Report) -> Value {
    let groups: Map<String, Value> = AppealGroup::ALL
        .into_iter()
        .map(|group| {
            let cells: Map<String, Value> = AppealColumn::ALL
                .into_iter()
                .map(|column| {
                    (
                        column.key().to_owned(),
                        count(report.appeals.get(group, column)),
                    )
                })
                .collect();
            (group.key().to_owned(), Value::Object(cells))
        })
        .collect();
    Value::Object(groups)
}
