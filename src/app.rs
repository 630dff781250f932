//! The root component: the report's title area and its six sections in printed order.

use crate::components::report_skeleton::ReportSkeleton;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <main class="page" lang="zh-CN">
            <ReportSkeleton />
        </main>
    }
}
