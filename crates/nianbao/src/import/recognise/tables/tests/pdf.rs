//! Text as a PDF viewer copies it, written by hand from 平潭综合实验区_2021: one row a line,
//! numbers separated by spaces, vertical labels one character a line, parent and child labels
//! fused, page numbers, a header broken over lines — and blank cells that leave no trace.

use super::support::{assert_same_tables, differences, differences_in, lines, reference, run};
use crate::import::document::Block;
use crate::import::text;
use crate::layout::{TableId, Template};

const COPY: &str = "\
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
行政规范性文件 69 3 665
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 2293
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 1282
行政强制 42
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 24252.311082
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，
等于第三项加第四项之和）
申请人情况
自然人
法人或其他组织
总计
商业
企业
科研
机构
社会
公益
组织
法律
服务
机构
其他
一、本年新收政府信息公开申请数量 64 0 0 2 0 4 70
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
三
、
本
年
度
办
理
结
果
（一）予以公开 27 0 0 2 0 1 30
（二）部分公开（区分处理的，只计这一情形，不计其他
情形） 5 0 0 0 0 0 5
（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0
2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
3.危及“三安全一稳定” 0 0 0 0 0 0 0
4.保护第三方合法权益 0 0 0 0 0 0 0
5.属于三类内部事务信息 1 0 0 0 0 0 1
6.属于四类过程性信息 0 0 0 0 0 0 0
7.属于行政执法案卷 6 0 0 0 0 0 6
- 4 -
8.属于行政查询事项 1 0 0 0 0 0 1
（四）无 1.本机关不掌握相关政府信息 22 0 0 0 0 3 25
法提 2.没有现成信息需要另行制作 0 0 0 0 0 0 0
供 3.补正后申请内容仍不明确 0 0 0 0 0 0 0
（五）不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0
2.重复申请 0 0 0 0 0 0 0
3.要求提供公开出版物 0 0 0 0 0 0 0
4.无正当理由大量反复申请 0 0 0 0 0 0 0
5.要求行政机关确认或重新出具已获取
信息 0 0 0 0 0 0 0
（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
3.其他 1 0 0 0 0 0 1
（七）总计 63 0 0 2 0 4 69
四、结转下年度继续办理 1 0 0 0 0 0 1
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
1 0 2 0 3 12 0 0 0 12 0 0 0 0 0
五、存在的主要问题及改进情况
一是信息公开的深度还不够。
";

#[test]
fn a_pdf_viewers_copy_gives_its_tables() {
    let document = text::read(COPY);
    let (read, notes) = run(&document);
    let expected = reference("samples/平潭综合实验区_2021.json");
    assert_same_tables(&read, &notes, &expected, "平潭综合实验区_2021");
    assert_eq!(read.template, Template::Gb2021);
    assert!(
        notes.doubts.is_empty() && notes.missing.is_empty(),
        "{}",
        lines(&notes)
    );
    let kept: Vec<&str> = document
        .blocks
        .iter()
        .zip(&read.consumed)
        .filter(|(_, &consumed)| !consumed)
        .filter_map(|(block, _)| match block {
            Block::Paragraph(text) => Some(text.as_str()),
            Block::Table(_) => None,
        })
        .collect();
    assert_eq!(
        kept,
        [
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "一是信息公开的深度还不够。",
        ]
    );
}

/// Blank cells leave no trace in such a copy: a row short of numbers is named and left blank,
/// nothing shifted into the wrong column, and every other row still read.
#[test]
fn rows_a_pdf_copy_lost_cells_of_are_named_and_left_blank() {
    let copy = COPY
        .replace("行政许可 2293", "行政许可")
        .replace("（七）总计 63 0 0 2 0 4 69", "（七）总计 63 0 2 0 4 69")
        .replace(
            "1 0 2 0 3 12 0 0 0 12 0 0 0 0 0",
            "1 0 2 0 3 12 0 0 12 0 0 0 0 0",
        );
    let (read, notes) = run(&text::read(&copy));
    let paths: Vec<&str> = notes
        .doubts
        .iter()
        .filter_map(|n| n.path.as_deref())
        .collect();
    assert_eq!(
        paths,
        ["proactive.licensing", "requests.closed_total", "appeals"],
        "{}",
        lines(&notes)
    );
    let report = lines(&notes);
    assert!(
        report.contains("表三（七）总计 只找到 6 个数（应有 7 个）"),
        "{report}"
    );
    assert!(
        report.contains("表四 只找到 14 个数（应有 15 个）"),
        "{report}"
    );
    let mut expected = reference("samples/平潭综合实验区_2021.json");
    expected.proactive.licensing = None;
    for column in crate::layout::Applicant::ALL {
        let row = crate::layout::RequestRow::ClosedTotal;
        expected.requests.set(row, column, None);
    }
    expected.appeals = crate::model::Appeals::default();
    for id in TableId::ALL {
        assert_eq!(
            differences_in(&read, &expected, id),
            Vec::<String>::new(),
            "{report}"
        );
    }
}

/// Every cell read is the reference's; a cell left blank is in a row the notes name.
fn no_number_misplaced(
    read: &crate::import::recognise::tables::TablesRead,
    notes: &crate::import::notes::ImportReport,
    expected: &crate::model::Report,
) -> usize {
    let named: Vec<&str> = notes
        .doubts
        .iter()
        .chain(&notes.missing)
        .filter_map(|n| n.path.as_deref())
        .collect();
    let mut blanked = 0;
    for line in differences(read, expected) {
        let (path, _) = line.split_once(':').unwrap();
        let row = path.rsplit_once('.').map_or(path, |(row, _)| row);
        assert!(
            line.contains(": None ≠") && named.iter().any(|n| *n == row || *n == path),
            "{line}\n{}",
            lines(notes)
        );
        blanked += 1;
    }
    blanked
}

/// A row's label wrapped round its numbers (「6.属于四类」, the numbers, 「过程性信息」), as
/// `pdftotext -layout` gives narrow label cells: the words that name the row come after its
/// numbers, so the numbers after them are the next row's. Such a row is blank and said.
#[test]
fn numbers_before_a_labels_words_are_never_given_to_the_row_after() {
    let copy = COPY
        .replace(
            "6.属于四类过程性信息 0 0 0 0 0 0 0\n7.属于行政执法案卷 6 0 0 0 0 0 6\n",
            "6.属于四类\n 0 0 0 0 0 0 0\n过程性信息\n7.属于行政\n 6 0 0 0 0 0 6\n执法案卷\n",
        )
        .replace(
            "5.属于三类内部事务信息 1 0 0 0 0 0 1\n",
            "5.属于三类\n内部事务信 1 0 0 0 0 0 1\n息\n",
        );
    let (read, notes) = run(&text::read(&copy));
    let expected = reference("samples/平潭综合实验区_2021.json");
    no_number_misplaced(&read, &notes, &expected);
    let row = crate::layout::RequestRow::RefusedInternalAffairs;
    let person = crate::layout::Applicant::NaturalPerson;
    assert_eq!(read.requests.get(row, person), Some(1), "{}", lines(&notes));
    assert!(lines(&notes).contains("行名前面还有"), "{}", lines(&notes));
}

/// Several labels, then all their numbers in one block (a plain `pdftotext` of a table whose
/// label cells are tall): no row can tell which numbers are its own.
#[test]
fn a_block_of_numbers_after_several_labels_is_no_ones() {
    let copy = COPY.replace(
        "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n3.危及“三安全一稳定” 0 0 0 0 0 0 0\n4.保护第三方合法权益 0 0 0 0 0 0 0\n5.属于三类内部事务信息 1 0 0 0 0 0 1\n",
        "2.其他法律行政法规禁止公开\n3.危及“三安全一稳定”\n4.保护第三方合法权益\n5.属于三类内部事务信息\n0 0 0 0 0 0 0\n0 0 0 0 0 0 0\n0 0 0 0 0 0 0\n1 0 0 0 0 0 1\n",
    );
    let (read, notes) = run(&text::read(&copy));
    let expected = reference("samples/平潭综合实验区_2021.json");
    assert!(no_number_misplaced(&read, &notes, &expected) >= 7 * 4);
    assert!(lines(&notes).contains("多于 7 个格"), "{}", lines(&notes));
}
