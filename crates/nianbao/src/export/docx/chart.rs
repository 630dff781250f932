//! The pictures (crate::charts) as native Word charts: a DrawingML chart part each
//! (word/charts/chartN.xml) with its numbers written in the part's own cache, and an inline
//! drawing in the body that shows it. Word, WPS and LibreOffice draw a chart from that cache, so
//! no spreadsheet is embedded; the chart stays a chart (restyled in Word as any other) rather
//! than a picture, and prints as crisply as the tables.

use super::parts::REL_NS;
use crate::charts::BarChart;
use crate::export::escape::push_escaped;
use crate::export::typeset::{MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH};

const CHART_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const INLINE_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/// EMU in a twip: 914,400 EMU an inch, 1,440 twips an inch.
const EMU_PER_TWIP: u32 = 635;
/// The series' fills, as on screen (crate::charts).
const FILLS: [&str; 4] = ["9B1C1C", "E3A008", "6B7280", "2563EB"];

/// The relationship id of the `n`th chart (from 1) in word/_rels/document.xml.rels.
pub fn relationship_id(n: usize) -> String {
    format!("rIdChart{n}")
}

/// The part's name inside the package.
pub fn part_name(n: usize) -> String {
    format!("word/charts/chart{n}.xml")
}

/// A centred paragraph holding the `n`th chart at the width of the text; its own line spacing,
/// since the body's exact spacing would cut a drawing down to one line.
pub fn paragraph(out: &mut String, n: usize, chart: &BarChart) {
    let width = (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) * EMU_PER_TWIP;
    // Room for the title (and legend) and the axis, then a band a bar: every row's label shows
    // (an office suite skips labels that do not fit).
    let bars = chart.rows.len() * chart.series.len().max(1);
    let height_cm = 2.4 + 0.75 * bars as f64 + if chart.series.len() > 1 { 0.8 } else { 0.0 };
    let height = (height_cm * 360_000.0) as u32;
    out.push_str(
        "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>\
<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>",
    );
    out.push_str(&format!(
        "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"{INLINE_NS}\">\
<wp:extent cx=\"{width}\" cy=\"{height}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
<wp:docPr id=\"{n}\" name=\"图表 {n}\" descr=\""
    ));
    push_escaped(out, &chart.title);
    out.push_str(&format!(
        "\"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"{DRAWING_NS}\">\
<a:graphicData uri=\"{CHART_NS}\"><c:chart xmlns:c=\"{CHART_NS}\" xmlns:r=\"{REL_NS}\" r:id=\"{}\"/>\
</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
        relationship_id(n)
    ));
}

/// The chart part: a horizontal bar chart, first row at the top, every bar labelled with its
/// number (and its share, when the chart shows shares, as on screen); a blank value is a gap,
/// not a zero.
pub fn part(chart: &BarChart) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<c:chartSpace xmlns:c=\"{CHART_NS}\" xmlns:a=\"{DRAWING_NS}\" xmlns:r=\"{REL_NS}\">\
<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr>\
<a:r><a:rPr lang=\"zh-CN\" sz=\"1200\" b=\"1\"><a:latin typeface=\"黑体\"/><a:ea typeface=\"黑体\"/></a:rPr><a:t>"
    ));
    push_escaped(&mut out, &chart.title);
    out.push_str(
        "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>\
<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>",
    );
    let labels: Vec<&String> = chart.rows.iter().map(|(label, _)| label).collect();
    let series: Vec<&str> = if chart.series.is_empty() {
        vec![chart.unit]
    } else {
        chart.series.clone()
    };
    for (index, name) in series.iter().enumerate() {
        out.push_str(&format!(
            "<c:ser><c:idx val=\"{index}\"/><c:order val=\"{index}\"/><c:tx><c:v>"
        ));
        push_escaped(&mut out, name);
        out.push_str(&format!(
            "</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></c:spPr>\
<c:invertIfNegative val=\"0\"/><c:dLbls>",
            FILLS[index % FILLS.len()]
        ));
        // With shares, each bar's label is its own text, 「21 (28.0%)」: ASCII brackets, since
        // LibreOffice breaks a label before a full-width one.
        for (at, text) in shares(chart).iter().enumerate() {
            out.push_str(&format!(
                "<c:dLbl><c:idx val=\"{at}\"/><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>"
            ));
            push_escaped(&mut out, text);
            out.push_str(&format!(
                "</a:t></a:r></a:p></c:rich></c:tx>{ONE_LINE}{SHOW_VALUE}</c:dLbl>"
            ));
        }
        out.push_str(&format!("{ONE_LINE}{SHOW_VALUE}</c:dLbls>"));
        out.push_str(&format!(
            "<c:cat><c:strLit><c:ptCount val=\"{}\"/>",
            labels.len()
        ));
        for (at, label) in labels.iter().enumerate() {
            out.push_str(&format!("<c:pt idx=\"{at}\"><c:v>"));
            push_escaped(&mut out, label);
            out.push_str("</c:v></c:pt>");
        }
        out.push_str(&format!(
            "</c:strLit></c:cat><c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"{}\"/>",
            chart.rows.len()
        ));
        for (at, (_, values)) in chart.rows.iter().enumerate() {
            if let Some(Some(value)) = values.get(index) {
                out.push_str(&format!("<c:pt idx=\"{at}\"><c:v>{value}</c:v></c:pt>"));
            }
        }
        out.push_str("</c:numLit></c:val></c:ser>");
    }
    out.push_str(
        "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>\
<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/>\
<c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>\
<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/>\
<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:tickLblSkip val=\"1\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>\
<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>\
<c:axPos val=\"b\"/><c:majorGridlines/><c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>\
<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"max\"/>\
<c:crossBetween val=\"between\"/></c:valAx></c:plotArea>",
    );
    if chart.series.len() > 1 {
        out.push_str("<c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/></c:legend>");
    }
    out.push_str(
        "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>\
<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1050\"><a:latin typeface=\"Times New Roman\"/>\
<a:ea typeface=\"仿宋\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr></c:chartSpace>",
    );
    out
}

/// A data label on one line, as far as an office suite honours it.
const ONE_LINE: &str =
    "<c:txPr><a:bodyPr wrap=\"none\"/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr>\
<a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>";

/// What a data label shows: the value only.
const SHOW_VALUE: &str =
    "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>\
<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";

/// Each bar's number with its share of the rows' sum, when the chart shows shares (one series,
/// a sum above 0); else none. A blank bar has no label: it is a gap.
fn shares(chart: &BarChart) -> Vec<String> {
    let sum: u64 = chart
        .rows
        .iter()
        .filter_map(|(_, values)| values.first().copied().flatten())
        .sum();
    if !chart.shares || chart.series.len() > 1 || sum == 0 {
        return Vec::new();
    }
    chart
        .rows
        .iter()
        .map(|(_, values)| match values.first().copied().flatten() {
            Some(value) => format!("{value} ({})", crate::charts::percent(value, sum)),
            None => String::new(),
        })
        .collect()
}
