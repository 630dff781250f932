//! The status line: how many errors and warnings remain, and whether the draft is saved.

use yew::prelude::*;

/// Where the draft stands with local storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// As opened: nothing changed yet.
    Opened,
    /// Saved at this time of day (HH:MM:SS).
    Saved(AttrValue),
    Pending,
    /// Not saved: the work is only in this page.
    NotSaved,
}

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub errors: usize,
    pub warnings: usize,
    pub save: SaveState,
}

#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let checks = if props.errors == 0 && props.warnings == 0 {
        "检查通过，可以导出".to_owned()
    } else if props.errors == 0 {
        format!(
            "0 个错误，{} 个提醒：可以导出，建议先看提醒",
            props.warnings
        )
    } else {
        format!("{} 个错误，{} 个提醒", props.errors, props.warnings)
    };
    let save = match &props.save {
        SaveState::Saved(time) => format!("已保存 {time}"),
        SaveState::Opened => "自动保存已开启".to_owned(),
        SaveState::Pending => "正在保存…".to_owned(),
        SaveState::NotSaved => "未保存到浏览器".to_owned(),
    };
    // Only the counts are announced: the save time changes every few hundred milliseconds while
    // typing and would keep a screen reader talking. A failure to save is announced at once.
    let not_saved = matches!(props.save, SaveState::NotSaved);
    html! {
        <div class="status-line">
            <span class={classes!("checks", (props.errors > 0).then_some("has-errors"))} role="status" aria-live="polite" data-testid="check-status">{ checks }</span>
            <span class={classes!("save", not_saved.then_some("not-saved"))} role={not_saved.then_some("alert")} data-testid="save-status">{ save }</span>
        </div>
    }
}
