//! A horizontal bar chart as SVG text: rows of labelled bars, one bar a series, every bar with
//! its number written beside it, so the chart reads in print, in grey, and to a screen reader.
//! Only presentation attributes, never `style`: a page under a strict Content-Security-Policy
//! (no 'unsafe-inline' styles) shows it unchanged.

pub use crate::export::escape;
use crate::model::Count;
use std::fmt::Write;

/// One chart: its title, the unit its numbers count (件), the names of its series (empty for
/// one unnamed series) and its rows, each a label and one value a series (None: blank).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarChart {
    pub title: String,
    pub unit: &'static str,
    pub series: Vec<&'static str>,
    pub rows: Vec<(String, Vec<Count>)>,
    /// With one series: each bar's share of the rows' sum is printed after its number.
    pub shares: bool,
    /// Said under the chart (what was left out, what blank means).
    pub note: Option<String>,
}

/// Fills told apart in grey too (print): dark red, light amber, mid grey, blue.
const FILLS: [&str; 4] = ["#9b1c1c", "#e3a008", "#6b7280", "#2563eb"];
const WIDTH: u32 = 680;
/// Room for a bar's number and share after it.
const VALUE_ROOM: u32 = 110;
/// Labels longer than this many characters are cut, with 「…」; the whole is the tooltip.
const LABEL_CHARS: usize = 20;
const BAR: u32 = 16;
const GAP: u32 = 10;
const FONT: &str =
    "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','SimHei',sans-serif";

impl BarChart {
    pub fn to_svg(&self) -> String {
        let series = self.series.len().max(1);
        let legend = if self.series.len() > 1 { 24 } else { 0 };
        let top = 36 + legend;
        let row_height = BAR * series as u32 + GAP;
        let note = if self.note.is_some() { 24 } else { 0 };
        let height = top + row_height * self.rows.len().max(1) as u32 + note + 8;
        let largest = self
            .rows
            .iter()
            .flat_map(|(_, values)| values.iter().flatten())
            .copied()
            .max()
            .unwrap_or(0);
        let label_width = self
            .rows
            .iter()
            .map(|(label, _)| text_width(&cut(label)) + 12)
            .max()
            .unwrap_or(0)
            .clamp(80, 300);
        let bar_area = WIDTH - label_width - VALUE_ROOM;
        let sum: u64 = self
            .rows
            .iter()
            .filter_map(|(_, values)| values.first().copied().flatten())
            .sum();

        let mut out = String::with_capacity(4096);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{title}" font-family="{FONT}" font-size="13"><title>{title}</title>"#,
            title = escape(&self.title),
        );
        let _ = write!(
            out,
            r##"<rect width="{WIDTH}" height="{height}" fill="#fff"/><text x="0" y="20" font-size="15" font-weight="bold" fill="#111">{}</text>"##,
            escape(&self.title)
        );
        if self.series.len() > 1 {
            let mut x = 0;
            for (index, name) in self.series.iter().enumerate() {
                let _ = write!(
                    out,
                    r##"<rect x="{x}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" fill="#333">{}</text>"##,
                    top - 26,
                    FILLS[index % FILLS.len()],
                    x + 16,
                    top - 16,
                    escape(name)
                );
                x += 16 + 14 * name.chars().count() as u32 + 18;
            }
        }
        for (index, (label, values)) in self.rows.iter().enumerate() {
            let y = top + row_height * index as u32;
            let middle = y + (BAR * series as u32) / 2 + 5;
            let shown = cut(label);
            let tooltip = if shown == *label {
                String::new()
            } else {
                format!("<title>{}</title>", escape(label))
            };
            let _ = write!(
                out,
                r##"<text x="{}" y="{middle}" text-anchor="end" fill="#111">{}{tooltip}</text>"##,
                label_width - 8,
                escape(&shown)
            );
            for (serie, value) in values.iter().enumerate() {
                let bar_y = y + BAR * serie as u32;
                let length = match (value, largest) {
                    (Some(value), largest) if largest > 0 => {
                        // At least a sliver, so a small but non-zero count is visible.
                        ((*value as f64 / largest as f64) * bar_area as f64)
                            .round()
                            .max(if *value > 0 { 2.0 } else { 0.0 }) as u32
                    }
                    _ => 0,
                };
                if length > 0 {
                    let _ = write!(
                        out,
                        r#"<rect x="{label_width}" y="{bar_y}" width="{length}" height="{}" fill="{}"/>"#,
                        BAR - 3,
                        FILLS[serie % FILLS.len()]
                    );
                }
                let text = match value {
                    None => "空白".to_owned(),
                    Some(value) if self.shares && self.series.len() <= 1 && sum > 0 => {
                        format!("{value}（{}）", percent(*value, sum))
                    }
                    Some(value) => value.to_string(),
                };
                let _ = write!(
                    out,
                    r##"<text x="{}" y="{}" fill="#111">{text}</text>"##,
                    label_width + length + 6,
                    bar_y + BAR - 5
                );
            }
        }
        if let Some(note) = &self.note {
            let _ = write!(
                out,
                r##"<text x="0" y="{}" font-size="12" fill="#555">{}</text>"##,
                height - 12,
                escape(note)
            );
        }
        let _ = write!(
            out,
            r##"<text x="{}" y="20" text-anchor="end" font-size="12" fill="#555">单位：{}</text></svg>"##,
            WIDTH - 4,
            self.unit
        );
        out
    }
}

/// A label as drawn: at most [`LABEL_CHARS`] characters.
fn cut(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_owned();
    }
    let mut shown: String = label.chars().take(LABEL_CHARS - 1).collect();
    shown.push('…');
    shown
}

/// About how wide `text` is at 13 px: a Chinese character is square, Latin letters and digits
/// about half as wide.
fn text_width(text: &str) -> u32 {
    text.chars()
        .map(|c| if c.is_ascii() { 7 } else { 13 })
        .sum()
}

/// A share with one decimal, as a percentage: 1/3 is 33.3%.
pub fn percent(part: u64, whole: u64) -> String {
    let tenths = (part as u128 * 1000 + whole as u128 / 2) / whole as u128;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_to_a_tenth() {
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(2, 3), "66.7%");
        assert_eq!(percent(5, 5), "100.0%");
        assert_eq!(percent(0, 7), "0.0%");
    }

    #[test]
    fn long_names_are_cut_and_kept_whole_in_the_tooltip() {
        let name = "平潭综合实验区自然资源与生态环境局（林业局、海洋与渔业局）";
        let chart = BarChart {
            title: "t".to_owned(),
            unit: "件",
            series: Vec::new(),
            rows: vec![(name.to_owned(), vec![Some(3)])],
            shares: false,
            note: None,
        };
        let svg = chart.to_svg();
        assert!(svg.contains("平潭综合实验区自然资源与生态环境局（林…<title>"));
        assert!(svg.contains(&format!("<title>{name}</title>")));
    }
}
