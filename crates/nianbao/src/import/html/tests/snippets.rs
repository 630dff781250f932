//! Markup seen on portal pages and in Word pastes, one trap a test.

use super::{outline, paragraphs};
use crate::import::html::read;

fn lines(html: &str) -> Vec<String> {
    outline(&read(html))
}

#[test]
fn labels_and_numbers_split_over_spans_join_up() {
    let html = "<p><span>自然</span><span>人</span></p>\
                <table><tr><td><span>1</span><span>2</span></td>\
                <td><b>本年</b><font>新收</font></td></tr>\
                <tr><td>3</td><td>4</td></tr></table>";
    assert_eq!(
        lines(html),
        [
            "自然人",
            "table",
            "0,0 1×1 12",
            "0,1 1×1 本年新收",
            "1,0 1×1 3",
            "1,1 1×1 4"
        ]
    );
}

#[test]
fn no_break_spaces_stay_and_blank_paragraphs_go() {
    let html = "<p>&nbsp;</p><p>&nbsp;一、总体情况</p>\
                <table><tr><td>&nbsp;0&nbsp;</td><td><p>&nbsp;</p></td></tr>\
                <tr><td>a</td><td>b</td></tr></table>";
    assert_eq!(
        lines(html),
        [
            "\u{a0}一、总体情况",
            "table",
            "0,0 1×1 \u{a0}0\u{a0}",
            "0,1 1×1 ",
            "1,0 1×1 a",
            "1,1 1×1 b"
        ]
    );
}

#[test]
fn rowspan_value_cells_hold_their_columns() {
    // 表三 (六)1–3 as 市场监督管理局_2023 prints it: one rowspan=3 cell a column.
    let html = "<table>\
        <tr><td rowspan=\"3\">（六）其他处理</td><td>1.逾期不补正</td>\
            <td rowspan=\"3\">0</td><td rowspan=\"3\">0</td></tr>\
        <tr><td>2.逾期未缴费</td></tr>\
        <tr><td>3.其他</td></tr>\
        <tr><td colspan=\"2\">（七）总计</td><td>5</td><td>6</td></tr></table>";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 3×1 （六）其他处理",
            "0,1 1×1 1.逾期不补正",
            "0,2 3×1 0",
            "0,3 3×1 0",
            "1,1 1×1 2.逾期未缴费",
            "2,1 1×1 3.其他",
            "3,0 1×2 （七）总计",
            "3,2 1×1 5",
            "3,3 1×1 6",
        ]
    );
}

#[test]
fn colspan_headers_and_br_in_header_cells() {
    let html = "<table><thead><tr><th colspan=5>行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\
                <tr><th rowspan=2>结果<br/>维持</th><th rowspan=2>结果<br>纠正</th>\
                <th colspan=5>未经复议直接起诉</th></tr>\
                <tr><th>结果<BR/>维持</th></tr></thead></table>";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 1×5 行政复议",
            "0,5 1×10 行政诉讼",
            "1,0 2×1 结果\n维持",
            "1,1 2×1 结果\n纠正",
            "1,2 1×5 未经复议直接起诉",
            "2,2 1×1 结果\n维持",
        ]
    );
}

#[test]
fn implicitly_closed_cells_rows_and_a_missing_tbody() {
    let html = "<table><tr><td>a<td>b<tr><td>c<td>d</table><p>after";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 1×1 a",
            "0,1 1×1 b",
            "1,0 1×1 c",
            "1,1 1×1 d",
            "after"
        ]
    );
    // No <tr> at all, and no </table>: the page's end closes everything.
    let html = "<table><td>a<td>b";
    assert_eq!(lines(html), ["table", "0,0 1×1 a", "0,1 1×1 b"]);
}

#[test]
fn upper_case_tags_and_unquoted_attributes() {
    let html = "<TABLE BORDER=1><TBODY><TR><TD ROWSPAN=2 class=xl65>a</TD><TD>b</TD></TR>\
                <TR><TD COLSPAN=2 style=width:10pt>c</TD></TR></TBODY></TABLE>";
    assert_eq!(
        lines(html),
        ["table", "0,0 2×1 a", "0,1 1×1 b", "1,1 1×2 c"]
    );
}

#[test]
fn bad_spans_are_one() {
    let html = "<table><tr><td rowspan=0 colspan=abc>a</td><td colspan=\"-3\">b</td>\
                <td rowspan=\"2px\">c</td></tr><tr><td>d</td><td>e</td></tr></table>";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 1×1 a",
            "0,1 1×1 b",
            "0,2 2×1 c",
            "1,0 1×1 d",
            "1,1 1×1 e"
        ]
    );
}

#[test]
fn a_rowspan_past_the_last_row_is_cut_as_browsers_draw_it() {
    let html = "<table><tr><td rowspan=9>a</td><td>b</td></tr><tr><td>c</td></tr></table>";
    assert_eq!(
        lines(html),
        ["table", "0,0 2×1 a", "0,1 1×1 b", "1,1 1×1 c"]
    );
}

#[test]
fn comments_and_conditional_comments_show_nothing_but_revealed_content_shows() {
    let html = "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->\
                <p class=MsoListParagraph><![if !supportLists]><span>1.</span><![endif]>\
                <span>规章</span><o:p></o:p></p><!-- 注释 --><p>二<o:p>&nbsp;</o:p></p>";
    assert_eq!(lines(html), ["1.规章", "二\u{a0}"]);
}

#[test]
fn a_script_holding_table_markup_is_no_table() {
    let html = "<script>document.write(\"<table><tr><td>x</td></tr></table>\");</script>\
                <style>td { color: red }</style><noscript><p>请启用脚本</p></noscript>\
                <p>正文</p><script type=text/template><div>模板</div></script>";
    assert_eq!(lines(html), ["正文"]);
}

#[test]
fn head_title_meta_and_script_inside_body_lose_no_text() {
    let html = "<html><head><meta charset=utf-8><title>年报</title><script>var a;</script>\
                <body><p>a<p>b<meta name=x><title>标题</title><script>x()</script>c\
                <div>d<div>e</div>f";
    assert_eq!(lines(html), ["a", "bc", "d", "e", "f"]);
}

#[test]
fn a_div_holding_text_and_paragraphs_keeps_each_once() {
    let html = "<div class=TRS_Editor>一、总体情况<p>（一）主动公开</p>正文<span>续</span>\
                <div>内层</div>尾</div>";
    assert_eq!(
        lines(html),
        ["一、总体情况", "（一）主动公开", "正文续", "内层", "尾"]
    );
}

#[test]
fn br_outside_a_table_starts_a_paragraph() {
    let html = "<div>一、总体情况<br>　　2023年，本机关……<br/><br/>二、主动公开</div>";
    assert_eq!(
        lines(html),
        ["一、总体情况", "　　2023年，本机关……", "二、主动公开"]
    );
}

#[test]
fn whitespace_collapses_like_a_browser() {
    let html = "<p>\n   本年新收政府信息\n   公开申请数量 \t <span> 共 </span> 75 件\n</p>";
    assert_eq!(lines(html), ["本年新收政府信息公开申请数量 共 75 件"]);
    let html = "<pre>第一行\n  第二行</pre>";
    assert_eq!(lines(html), ["第一行", "第二行"]);
}

#[test]
fn entities_are_decoded() {
    let html = "<p>&lt;条例&gt; &amp; &#x4E00;&#20108;&quot;&nbsp;&ensp;</p>";
    assert_eq!(lines(html), ["<条例> & 一二\"\u{a0}\u{2002}"]);
}

#[test]
fn navigation_selects_are_not_text() {
    let html = "<select onchange=go(this)><option>国务院</option><option>省政府</option></select>\
                <p>正文</p><select><option>a<table><tr><td>x</td><td>y</td></tr></table>";
    assert_eq!(lines(html), ["正文", "table", "0,0 1×1 x", "0,1 1×1 y"]);
}

#[test]
fn a_nested_table_makes_the_outer_one_layout() {
    let html = "<table width=100%><tr><td>导航</td><td>\
                <p>二、主动公开政府信息情况</p>\
                <table border=1><tr><td>信息内容</td><td>本年制发件数</td></tr>\
                <tr><td>规章</td><td>0</td></tr></table>\
                <p>三、收到和处理</p></td></tr></table><p>页脚</p>";
    assert_eq!(
        lines(html),
        [
            "导航",
            "二、主动公开政府信息情况",
            "table",
            "0,0 1×1 信息内容",
            "0,1 1×1 本年制发件数",
            "1,0 1×1 规章",
            "1,1 1×1 0",
            "三、收到和处理",
            "页脚"
        ]
    );
}

#[test]
fn a_one_cell_table_framing_the_body_is_unwrapped() {
    let html = "<table><tr><td><p>一、总体情况</p><p>正文</p></td></tr></table>";
    assert_eq!(lines(html), ["一、总体情况", "正文"]);
}

#[test]
fn text_between_rows_shows_before_the_table() {
    let html = "<p>前</p><table>注：<tr><td>a</td><td>b</td></tr></table>";
    assert_eq!(
        lines(html),
        ["前", "注：", "table", "0,0 1×1 a", "0,1 1×1 b"]
    );
}

#[test]
fn a_word_phantom_row_shifts_no_cell() {
    let html = "<table class=MsoNormalTable><tr style='height:20pt'><td colspan=2>a</td></tr>\
                <tr><td>b</td><td>c</td></tr>\
                <![if !supportMisalignedColumns]><tr height=0 style='height:0pt'>\
                <td width=44 style='border:none'></td><td width=80 style='border:none'></td></tr>\
                <![endif]></table>";
    let lines = lines(html);
    assert_eq!(lines[..4], ["table", "0,0 1×2 a", "1,0 1×1 b", "1,1 1×1 c"]);
    assert!(lines[4..].iter().all(|l| l.starts_with("2,")), "{lines:?}");
}

#[test]
fn a_style_attribute_with_newlines_and_mso_styles_is_harmless() {
    let html = "<table><tr><td width=164 valign=center style=\"width:123.7pt;\n\
                mso-border-left-alt:0.5pt solid windowtext;\nborder-top:none;\">\
                <p class=p style='margin:0pt'><span style=\"font-family:仿宋_GB2312\">信息内容</span>\
                <span>&nbsp;</span></p></td><td>x</td></tr></table>";
    assert_eq!(
        lines(html),
        ["table", "0,0 1×1 信息内容\u{a0}", "0,1 1×1 x"]
    );
}

#[test]
fn deep_and_unclosed_nesting_keeps_its_text() {
    let mut html = "<div><span>".repeat(50_000);
    html.push_str("深处");
    html.push_str(&"<table><tr><td>".repeat(200));
    html.push_str("表中");
    let document = read(&html);
    let text = document.text();
    assert!(text.contains("深处") && text.contains("表中"), "{text}");
}

#[test]
fn a_byte_order_mark_is_no_paragraph() {
    assert_eq!(paragraphs(&read("\u{feff}<p>a</p>")), ["a"]);
    assert!(read("").blocks.is_empty());
    assert_eq!(paragraphs(&read("纯文本，没有标记")), ["纯文本，没有标记"]);
}

#[test]
fn a_stray_svg_or_select_hides_only_what_a_browser_hides() {
    let html = "<svg viewBox=\"0 0 9 9\"><title>图标</title><path d=M0/><text>x</text>\
                <p>正文</p><svg/><p>续</p>";
    assert_eq!(lines(html), ["正文", "续"]);
    let html = "<select><option>一<select><p>正文</p></select><p>续</p>";
    assert_eq!(lines(html), ["正文", "续"]);
    let html = "<template><p>模板</p><template>内</template></template><p>正文</p>";
    assert_eq!(lines(html), ["正文"]);
}

#[test]
fn a_footnote_marker_in_a_cell_is_no_part_of_its_number() {
    let html = "<table><tr><td>4529<sup>1</sup></td><td>12<sub>a</sub></td></tr>\
                <tr><td><sup>注</sup>3</td><td>4<sup>1</td><td>5</td></tr></table>\
                <p>面积100m<sup>2</sup>，见注<sup>1</sup>。</p>";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 1×1 4529",
            "0,1 1×1 12",
            "1,0 1×1 3",
            "1,1 1×1 4",
            "1,2 1×1 5",
            "面积100m2，见注1。"
        ],
        "an unclosed <sup> ends with its cell; in running text it stays, joined"
    );
}

#[test]
fn struck_out_text_is_not_read() {
    let html = "<table><tr><td><del>4528</del>4529</td><td><s>1</s>2</td></tr>\
                <tr><td><strike>7</strike>8</td><td><del>9</td><td>10</td></tr></table>\
                <p>共<del>十</del>九件</p>";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 1×1 4529",
            "0,1 1×1 2",
            "1,0 1×1 8",
            "1,1 1×1 ",
            "1,2 1×1 10",
            "共九件"
        ]
    );
}

#[test]
fn text_hidden_by_style_or_attribute_is_not_read() {
    let html = "<table><tr><td><span style=\"display:none\">9999</span>4529</td>\
                <td><span style='color:red; VISIBILITY: hidden'>8</span>1</td></tr>\
                <tr><td><font hidden>7</font>2</td><td><span style=\"display:none\"><b>6</b>\
                </td><td>3</td></tr></table>\
                <p>正文<span style=\"display:none\">隐藏<span>的</span>字</span>可见</p>\
                <div style=\"display: none\"><p>整段隐藏</p></div><p>后文</p>\
                <p hidden>隐藏段<p>显示段</p><img hidden src=x>图后";
    assert_eq!(
        lines(html),
        [
            "table",
            "0,0 1×1 4529",
            "0,1 1×1 1",
            "1,0 1×1 2",
            "1,1 1×1 ",
            "1,2 1×1 3",
            "正文可见",
            "后文",
            "显示段",
            "图后"
        ]
    );
}

#[test]
fn a_hidden_element_holding_a_table_skips_it_whole() {
    let html = "<table><tr><td>a</td><td><div style=\"display:none\">\
                <table><tr><td>9</td><td>9</td></tr></table></div>1</td></tr>\
                <tr><td>b</td><td>2</td></tr></table>";
    assert_eq!(
        lines(html),
        ["table", "0,0 1×1 a", "0,1 1×1 1", "1,0 1×1 b", "1,1 1×1 2"]
    );
}
