//! How the page holding the editor set it up. The app's own page sets nothing; a portal page that
//! embeds `<nianbao-editor>` (embed.js) passes its attributes or its `options` property:
//!
//! - `data-storage-prefix`: the drafts' keys start with it, so two editors on one page or origin
//!   never share drafts;
//! - `data-agency`, `data-year`: what a new draft starts with;
//! - `data-fixed="agency year"`: those values are kept on every draft and cannot be edited;
//! - `data-hide="drafts import"`: no drafts list, no import buttons;
//! - `shared-prefix` (set by embed.js, not by the page): another editor of the page already uses
//!   this prefix.
//!
//! Read here as plain text, so that what a portal team can get wrong is tested natively and told
//! in Chinese, naming the attribute.

use super::draft::Draft;

/// The options of one editor on its page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Setup {
    /// Put before every storage key ("" on the app's own page: its keys stay as they always were).
    pub storage_prefix: String,
    pub agency: Option<String>,
    pub year: Option<i32>,
    pub fixed_agency: bool,
    pub fixed_year: bool,
    pub show_drafts: bool,
    pub show_import: bool,
    /// What could not be used, said for the user.
    pub problems: Vec<String>,
}

/// The years a report can be on: the format dates from 2019; a century is room enough.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

impl Setup {
    /// The app on its own page: its own storage keys, everything shown, nothing fixed.
    pub fn page() -> Setup {
        Setup {
            show_drafts: true,
            show_import: true,
            ..Setup::default()
        }
    }

    /// Reads the options by name (`storage-prefix`, `agency`, `year`, `fixed`, `hide`: the
    /// attributes without `data-`).
    pub fn read(get: impl Fn(&str) -> Option<String>) -> Setup {
        let mut setup = Setup::page();
        let value = |name: &str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        if let Some(prefix) = value("storage-prefix") {
            setup.storage_prefix = format!("{prefix}:");
        }
        if let Some(prefix) = value("shared-prefix") {
            setup.problems.push(format!(
                "本页面另有一个年报编辑器使用同一个 data-storage-prefix「{prefix}」：两者会共用草稿、互相提示冲突。请给每个编辑器设不同的前缀。"
            ));
        }
        setup.agency = value("agency");
        if let Some(text) = value("year") {
            match text.parse::<i32>() {
                Ok(year) if YEARS.contains(&year) => setup.year = Some(year),
                _ => setup.problems.push(format!(
                    "嵌入参数 data-year 的值「{text}」不是年度（应为 2000 至 2100 之间的年份，如 2025），已忽略。"
                )),
            }
        }
        let fixed = words(
            value("fixed"),
            "fixed",
            &["agency", "year"],
            &mut setup.problems,
        );
        setup.fixed_agency = fixed.contains(&"agency");
        setup.fixed_year = fixed.contains(&"year");
        let hidden = words(
            value("hide"),
            "hide",
            &["drafts", "import"],
            &mut setup.problems,
        );
        setup.show_drafts = !hidden.contains(&"drafts");
        setup.show_import = !hidden.contains(&"import");
        if setup.fixed_agency && setup.agency.is_none() {
            setup.fixed_agency = false;
            setup.problems.push(
                "嵌入参数 data-fixed 含 agency，但没有给出 data-agency：机关名称未限定。"
                    .to_owned(),
            );
        }
        if setup.fixed_year && setup.year.is_none() {
            setup.fixed_year = false;
            setup.problems.push(
                "嵌入参数 data-fixed 含 year，但没有可用的 data-year：年度未限定。".to_owned(),
            );
        }
        setup
    }

    /// Why a stored draft is not opened on this page: it is of another agency or year than the
    /// page fixed (opening it would change it, and autosave would store the change over it).
    pub fn refusal_to_open(&self, draft: &Draft) -> Option<String> {
        self.impose(&mut draft.clone())?;
        let mut fixed = Vec::new();
        if let Some(agency) = self.agency.as_ref().filter(|_| self.fixed_agency) {
            fixed.push(format!("机关「{agency}」"));
        }
        if let Some(year) = self.year.filter(|_| self.fixed_year) {
            fixed.push(format!("{year} 年"));
        }
        Some(format!(
            "本页面只编写{}的报告，「{}」不是，未打开（它保持原样）。",
            fixed.join("、"),
            draft.display_name()
        ))
    }

    /// Why 「据此新建下一年度报告」 from a report on `year` is refused: with the year fixed, only
    /// the year before gives this page's report (any other would carry the wrong 上年结转).
    pub fn next_year_refusal(&self, year: Option<i32>) -> Option<String> {
        let fixed = self.year.filter(|_| self.fixed_year)?;
        (year != Some(fixed - 1)).then(|| {
            let was = year.map_or("未填年度".to_owned(), |y| format!("{y} 年"));
            format!(
                "本页面限定报告年度为 {fixed} 年，只能据 {} 年的报告新建下一年度报告；所选草稿是{was}的报告。",
                fixed - 1
            )
        })
    }

    /// A new draft: the page's agency and year, where it gave them.
    pub fn fresh(&self, mut draft: Draft) -> Draft {
        if let Some(agency) = &self.agency {
            draft.report.meta.agency = agency.clone();
        }
        if let Some(year) = self.year {
            draft.report.meta.year = Some(year);
        }
        draft
    }

    /// Puts the fixed values on a draft about to be opened (one imported, stored earlier, made
    /// for the next year); the message says what was changed, None when nothing was.
    pub fn impose(&self, draft: &mut Draft) -> Option<String> {
        let mut changed = Vec::new();
        let meta = &mut draft.report.meta;
        if let Some(agency) = self.agency.as_ref().filter(|_| self.fixed_agency) {
            if meta.agency != *agency {
                changed.push(format!("机关名称「{}」改为「{agency}」", meta.agency));
                meta.agency = agency.clone();
            }
        }
        if let Some(year) = self.year.filter(|_| self.fixed_year) {
            if meta.year != Some(year) {
                let was = meta.year.map(|y| y.to_string()).unwrap_or_default();
                changed.push(format!("年度「{was}」改为「{year}」"));
                meta.year = Some(year);
                draft.raw_inputs.remove("meta.year");
            }
        }
        (!changed.is_empty())
            .then(|| format!("本页面限定了报告的机关和年度，已将{}。", changed.join("，")))
    }
}

/// The known words of a list option (`data-<name>="a b"`); an unknown one is named in `problems`.
fn words(
    text: Option<String>,
    name: &str,
    known: &[&'static str],
    problems: &mut Vec<String>,
) -> Vec<&'static str> {
    let mut found = Vec::new();
    for word in text.iter().flat_map(|t| t.split_whitespace()) {
        match known.iter().find(|k| **k == word) {
            Some(k) => found.push(*k),
            None => problems.push(format!(
                "嵌入参数 data-{name} 中的「{word}」无法识别（可用 {}），已忽略。",
                known.join("、")
            )),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn read(pairs: &[(&str, &str)]) -> Setup {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Setup::read(|name| map.get(name).cloned())
    }

    /// Asserts that problem `index` names each of `words` (the attribute, the value).
    fn said(setup: &Setup, index: usize, words: &[&str]) {
        let problem = setup
            .problems
            .get(index)
            .map(String::as_str)
            .unwrap_or_default();
        assert!(
            words.iter().all(|w| problem.contains(w)),
            "{words:?} in {:?}",
            setup.problems
        );
    }

    #[test]
    fn nothing_given_is_the_apps_own_page() {
        assert_eq!(read(&[]), Setup::page());
        assert_eq!(Setup::page().storage_prefix, "");
    }

    #[test]
    fn a_prefix_is_kept_apart_by_a_colon() {
        assert_eq!(read(&[("storage-prefix", " 局A ")]).storage_prefix, "局A:");
        // Blank is no prefix at all, not ":".
        assert_eq!(read(&[("storage-prefix", "  ")]).storage_prefix, "");
    }

    #[test]
    fn a_prefix_shared_with_another_editor_of_the_page_is_said() {
        let setup = read(&[("storage-prefix", "a"), ("shared-prefix", "a")]);
        assert_eq!(setup.storage_prefix, "a:");
        said(&setup, 0, &["data-storage-prefix「a」"]);
    }

    #[test]
    fn with_the_year_fixed_only_the_year_before_makes_the_next_years_report() {
        let setup = read(&[("year", "2025"), ("fixed", "year")]);
        assert_eq!(setup.next_year_refusal(Some(2024)), None);
        let refusal = setup.next_year_refusal(Some(2025)).expect("refused");
        assert!(
            refusal.contains("2025") && refusal.contains("2024"),
            "{refusal}"
        );
        assert!(setup.next_year_refusal(None).is_some());
        // Not fixed: any year.
        assert_eq!(
            read(&[("year", "2025")]).next_year_refusal(Some(2019)),
            None
        );
    }

    #[test]
    fn a_stored_draft_of_another_year_is_not_opened_where_the_year_is_fixed() {
        let setup = read(&[("agency", "某某局"), ("year", "2025"), ("fixed", "year")]);
        let mut last_year = Draft::new("a".into(), 2024);
        last_year.report.meta.agency = "某某局".into();
        let refusal = setup.refusal_to_open(&last_year).expect("refused");
        assert!(
            refusal.contains("2025 年") && refusal.contains("某某局"),
            "{refusal}"
        );
        assert_eq!(last_year.report.meta.year, Some(2024), "left as it is");
        let this_year = setup.fresh(Draft::new("b".into(), 2025));
        assert_eq!(setup.refusal_to_open(&this_year), None);
        // Nothing fixed: anything opens.
        assert_eq!(read(&[("year", "2025")]).refusal_to_open(&last_year), None);
    }

    #[test]
    fn fixed_values_need_the_values() {
        let setup = read(&[
            ("agency", "某某局"),
            ("year", "2025"),
            ("fixed", "agency year"),
        ]);
        assert!(setup.fixed_agency && setup.fixed_year && setup.problems.is_empty());
        let setup = read(&[("fixed", "agency")]);
        assert!(!setup.fixed_agency);
        said(&setup, 0, &["data-agency"]);
    }

    #[test]
    fn bad_values_are_named_and_ignored() {
        let setup = read(&[
            ("year", "二〇二五"),
            ("hide", "drafts menus"),
            ("fixed", "title"),
        ]);
        assert_eq!(setup.year, None);
        assert!(!setup.show_drafts && setup.show_import);
        assert_eq!(setup.problems.len(), 3, "{:?}", setup.problems);
        said(&setup, 0, &["data-year", "二〇二五"]);
        said(&setup, 1, &["data-fixed", "title"]);
        said(&setup, 2, &["data-hide", "menus"]);
        assert!(read(&[("year", "1999")]).year.is_none());
    }

    #[test]
    fn a_new_draft_starts_with_the_pages_values() {
        let setup = read(&[("agency", "某某局"), ("year", "2025")]);
        let draft = setup.fresh(Draft::new("a".into(), 2024));
        assert_eq!(draft.report.meta.agency, "某某局");
        assert_eq!(draft.report.meta.year, Some(2025));
        // Not fixed: another draft keeps its own values.
        let mut other = Draft::new("b".into(), 2020);
        assert_eq!(setup.impose(&mut other), None);
        assert_eq!(other.report.meta.year, Some(2020));
    }

    #[test]
    fn fixed_values_are_imposed_and_said() {
        let setup = read(&[
            ("agency", "某某局"),
            ("year", "2025"),
            ("fixed", "agency year"),
        ]);
        let mut draft = Draft::new("a".into(), 2024);
        draft.report.meta.agency = "别的局".into();
        let said = setup.impose(&mut draft).expect("something changed");
        assert!(
            said.contains("别的局") && said.contains("2024") && said.contains("2025"),
            "{said}"
        );
        assert_eq!(draft.report.meta.agency, "某某局");
        assert_eq!(draft.report.meta.year, Some(2025));
        assert_eq!(setup.impose(&mut draft), None, "already so: nothing to say");
    }
}
