//! A portal's furniture around the report: breadcrumbs and article metadata before it, print and
//! share buttons, related links and the site footer after it. None of it is report text.

/// Words of a page footer or of the buttons under an article. A line holding one ends the report
/// when it is short and not a sentence, so 「如有疑问，请联系我们。」 in the report is not cut.
const FOOTER: [&str; 34] = [
    "打印本页",
    "关闭窗口",
    "关闭本页",
    "扫一扫",
    "在手机上查看",
    "手机打开",
    "相关链接",
    "相关文章",
    "相关阅读",
    "相关稿件",
    "版权所有",
    "主办单位",
    "承办单位",
    "网站标识码",
    "ICP备",
    "公网安备",
    "公安备案",
    "附件下载",
    "上一篇",
    "下一篇",
    "分享到",
    "责任编辑",
    "友情链接",
    "网站地图",
    "联系我们",
    "【打印】",
    "【关闭】",
    "我要纠错",
    "返回首页",
    "返回顶部",
    "网站声明",
    "浏览次数",
    "阅读次数",
    "点击数",
];

/// Buttons that are a line of their own.
const BUTTONS: [&str; 8] = [
    "关闭",
    "打印",
    "收藏",
    "返回顶部",
    "[关闭]",
    "[打印]",
    "分享",
    "附件",
];

/// Labels of the metadata a portal prints over an article (索引号、发布机构…).
const METADATA: [&str; 18] = [
    "来源",
    "时间",
    "发布时间",
    "发布日期",
    "索引号",
    "发布机构",
    "发文机关",
    "发文日期",
    "成文日期",
    "生成日期",
    "文号",
    "主题分类",
    "有效性",
    "浏览次数",
    "点击数",
    "阅读次数",
    "字号",
    "作者",
];

/// A footer marker longer than this is a sentence that mentions the words.
const LONGEST_FOOTER: usize = 60;

/// Whether a squeezed line is page furniture that ends the report.
pub(super) fn is_footer(squeezed: &str) -> bool {
    let short =
        squeezed.chars().count() <= LONGEST_FOOTER && !super::lines::has_sentence_marks(squeezed);
    (short && FOOTER.iter().any(|w| squeezed.contains(w))) || BUTTONS.contains(&squeezed)
}

/// A breadcrumb: 「首页 > 政府信息公开 > 政府信息公开年报」 or 「当前位置：…」.
pub(super) fn is_breadcrumb(squeezed: &str) -> bool {
    squeezed.contains(['>', '»', '›', '＞', '→']) || squeezed.contains("当前位置")
}

/// Whether a squeezed line is a portal's article metadata: 「来源：…」「时间：2023-01-09」.
pub(super) fn is_metadata(squeezed: &str) -> bool {
    squeezed
        .split_once([':', '：'])
        .is_some_and(|(label, _)| METADATA.contains(&label))
}

/// Whether a squeezed line between the title and the first heading is page furniture rather
/// than the preamble: metadata (「来源：…」), or any line without sentence marks (a breadcrumb,
/// 「微信」「文字版」). A preamble is sentences, and may quote 「<…报告格式>」.
pub(super) fn is_page_furniture(squeezed: &str) -> bool {
    let labelled = is_metadata(squeezed);
    let sentence = super::lines::has_sentence_marks(squeezed) || squeezed.ends_with('。');
    labelled || !sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers_and_furniture() {
        assert!(is_footer("【打印本页】【关闭窗口】"));
        assert!(is_footer("扫一扫在手机打开当前页"));
        assert!(is_footer("闽ICP备09032658号"));
        assert!(is_footer("关闭"));
        assert!(!is_footer("2022年，无收取信息处理费情况。"));
        assert!(!is_footer("如有疑问，请联系我们。"));
        assert!(is_page_furniture("来源:平潭综合实验区管委会办公室"));
        assert!(is_page_furniture("时间:2023-01-09 19:52"));
        assert!(is_page_furniture("微信"));
        assert!(is_metadata("来源:时间:2023-01-0919:52"));
        assert!(!is_metadata("根据《条例》规定:"));
        assert!(!is_page_furniture(
            "根据《中华人民共和国政府信息公开条例》规定，特编制此报告:"
        ));
        assert!(is_breadcrumb("首页>政府信息公开>政府信息公开年报"));
    }
}
