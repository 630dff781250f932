//! What to do first, for a report nothing has been filled in yet: the steps, and where the work
//! is kept. Shown instead of the two hundred blanks a new report would otherwise be scolded for.

use yew::prelude::*;

/// A function, not a component: it has no state, and each component type costs the first load.
/// `drafts`: the drafts list is shown (a portal may hide it).
pub fn guide(drafts: bool) -> Html {
    html! {
        <section class="guide" aria-labelledby="guide-title">
            <h2 id="guide-title">{ "怎样填写" }</h2>
            <ol>
                <li>{ "填写机关名称和报告年度。" }</li>
                <li>{ "在表二、表三、表四中填写数字：没有发生的填 0，合计自动计算；可以从 Excel 或 WPS 复制一整块粘贴进来。" }</li>
                <li>{ "写一、五、六部分的文字。" }</li>
                <li>{ "点右侧的「检查全部」，按检查结果逐项改正后导出。" }</li>
            </ol>
            <p>
                { "草稿自动保存在本浏览器中：换电脑、换浏览器或清理浏览器数据后就看不到了，请随时用「导出」中的「JSON 交换文件」另存一份副本。" }
                if drafts {
                    { "去年用本工具写过报告的，可在「草稿」中对去年的报告点「据此新建下一年度报告」。" }
                }
            </p>
        </section>
    }
}
