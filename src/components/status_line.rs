//! The status line: how far the report is, what is wrong so far, and whether the draft is saved.

use crate::services::clock;
use crate::state::review::Progress;
use crate::state::session::SaveState;
use yew::prelude::*;

pub struct StatusLineProps {
    pub errors: usize,
    pub warnings: usize,
    pub progress: Progress,
    pub save: SaveState,
}

/// What the checks say so far, as the status line and the findings panel put it.
pub fn checks_text(errors: usize, warnings: usize, progress: &Progress) -> String {
    let done = progress.hidden == 0;
    match (errors, warnings) {
        (0, 0) if done => "检查通过，可以导出".to_owned(),
        (0, 0) => "暂未发现错误".to_owned(),
        (0, w) if done => format!("0 个错误，{w} 个提醒：可以导出，建议先看提醒"),
        (e, w) => format!("{e} 个错误，{w} 个提醒"),
    }
}

/// 「已填 37/200 个单元格，已完成 2/6 个部分」.
pub fn progress_text(progress: &Progress) -> String {
    format!(
        "已填 {}/{} 个单元格，已完成 {}/{} 个部分",
        progress.cells_filled,
        progress.cells,
        progress.sections_done,
        Progress::SECTIONS
    )
}

/// A function, not a component: it is redrawn with the app anyway, and each component type costs
/// the first load.
pub fn status_line(props: &StatusLineProps) -> Html {
    let checks = checks_text(props.errors, props.warnings, &props.progress);
    let save = match props.save {
        SaveState::Saved(at) => format!("已保存 {}", clock::time_of_day(at)),
        SaveState::Opened => "自动保存已开启".to_owned(),
        SaveState::Pending => "正在保存…".to_owned(),
        SaveState::NotSaved => "未保存到浏览器".to_owned(),
        SaveState::Paused => "自动保存已暂停".to_owned(),
    };
    // Only the counts are announced: the progress and the save time change with every few
    // keystrokes and would keep a screen reader talking. A failure to save is announced at once.
    let alarm = matches!(props.save, SaveState::NotSaved | SaveState::Paused);
    html! {
        <div class="status-line">
            <span class="progress" data-testid="progress">{ progress_text(&props.progress) }</span>
            <span class={classes!("checks", (props.errors > 0).then_some("has-errors"))} role="status" aria-live="polite" data-testid="check-status">{ checks }</span>
            <span class={classes!("save", alarm.then_some("not-saved"))} role={alarm.then_some("alert")} data-testid="save-status">{ save }</span>
        </div>
    }
}
