use super::prose::{count, number};
use super::*;
use crate::layout::{AppealColumn, AppealGroup, Applicant, ReportKind, RequestRow};
use crate::model::Report;
use crate::rules::testing::{consistent_report, findings_of};
use crate::rules::{Finding, Rule};

fn run(report: &Report) -> Vec<Finding> {
    let mut sink = Sink::default();
    check(report, &mut sink);
    sink.into_findings()
}

fn with_other_matters(text: &str) -> Report {
    let mut report = consistent_report();
    report.other_matters = text.to_owned();
    report
}

fn fee_fires(text: &str) -> bool {
    !findings_of(&run(&with_other_matters(text)), Rule::FeeStatement).is_empty()
}

#[test]
fn a_consistent_report_passes_every_text_check() {
    assert_eq!(run(&consistent_report()), []);
}

#[test]
fn fee_statement_accepts_what_was_charged() {
    for text in [
        "截至目前，本机关未收取信息处理费。",
        "2021年，无收取信息处理费情况。",
        "本年度未收取信息处理费。",
        "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。",
        "本机关依申请提供政府信息，未收取任何费用。",
        "本年度收取信息处理费0元。",
        "2022年共收取信息处理费300元，已全部上缴国库。",
        "本年度共收取信息处理费0.03万元。",
        "五、信息处理费收取情况\n通知收取件数　通知收取金额（元）　实际收取金额（元）\n信息处理费收取情况　0　0　0",
        "本年度不存在收取信息处理费的情况。",
        "本机关未向申请人收取信息处理费。",
        "2022年，本机关不收取信息处理费。",
        "信息处理费收取情况：无。",
        "本年度信息处理费收取金额为零。",
        "全年未发生信息处理费。",
        "本年度无信息处理费收取情况。",
        "（一）信息处理费。本年度没有收取信息处理费。\n（二）其他事项。无。",
        "我单位本年度无信息处理费。",
        "2023年度，本单位依申请公开政府信息未收取任何费用。",
        "无信息处理费收费情况。",
        "本年度不涉及信息处理费收取。",
        "本机关2023年度未发生收取信息处理费的情况。",
        "信息处理费：0",
        "本年度零收费。",
    ] {
        assert!(!fee_fires(text), "{text}");
    }
}

#[test]
fn fee_statement_rejects_policy_and_silence() {
    for text in [
        "",
        "  \n",
        "无其他需要报告的事项。",
        "本机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关将依照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）收取信息处理费。",
        "本机关依申请提供政府信息，不收取费用。",
        "依据《政府信息公开信息处理费管理办法》，超过合理范围的按每件10元收取信息处理费。",
        "本年度未收到有关信息处理费的投诉。",
        "申请人未按收费通知要求缴纳费用的，本机关不再处理其申请。",
        "关于信息处理费收取情况，按照国办函〔2020〕109号执行。",
        "申请人无需缴纳任何费用，但超出合理范围的除外。",
        "信息处理费：按照《政府信息公开信息处理费管理办法》执行。",
        "收费标准：无需缴费。",
        "全年免费发放政策宣传资料2000份。",
    ] {
        assert!(fee_fires(text), "{text}");
    }
    let findings = run(&with_other_matters("无。"));
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::FeeStatement)
        .unwrap();
    assert_eq!(finding.path, "other_matters");
    assert!(finding.message.contains("本年度未收取信息处理费"));
}

#[test]
fn fee_statement_only_from_2021() {
    let mut report = with_other_matters("无其他需要报告的事项。");
    report.meta.year = Some(2020);
    assert!(findings_of(&run(&report), Rule::FeeStatement).is_empty());
    report.meta.year = None;
    assert!(findings_of(&run(&report), Rule::FeeStatement).is_empty());
    report.meta.year = Some(2021);
    assert_eq!(
        findings_of(&run(&report), Rule::FeeStatement),
        ["other_matters"]
    );
}

fn with_problems(text: &str) -> Vec<Finding> {
    let mut report = consistent_report();
    report.problems = text.to_owned();
    run(&report)
}

#[test]
fn problems_need_measures_and_the_reverse() {
    for fires in [
        "存在的主要问题：政务公开意识不强，信息更新不够及时。",
        "政策解读工作有待改进。",
        "下一步，我局将进一步加强业务培训，持续提升公开质量。",
        "一是加强培训；二是完善制度；三是丰富解读形式。",
    ] {
        assert_eq!(
            findings_of(&with_problems(fires), Rule::ProblemsMeasures),
            ["problems"],
            "{fires}"
        );
    }
    for passes in [
        "信息公开的深度和广度有待拓展。下一步，将围绕重点领域深化公开。",
        "一是重大行政决策预公开程度需进一步加强。二是政策解读形式单一。2023年，我区将采取以下措施加以改进。",
        "工作人员业务水平不高。一是加强培训，二是完善制度。",
        "存在的问题：解读不够深入。改进情况：已组织专题培训。",
        // Neither side: something this check cannot read; SECTION_EMPTY handles the empty one.
        "无。",
        "",
    ] {
        assert!(
            findings_of(&with_problems(passes), Rule::ProblemsMeasures).is_empty(),
            "{passes}"
        );
    }
    let findings = with_problems("存在问题：信息更新不及时。");
    assert!(findings[0].message.contains("没有写改进措施"));
}

#[test]
fn government_reports_cover_assessment_review_and_accountability() {
    let mut report = consistent_report();
    report.meta.kind = ReportKind::Government;
    report.overview = "（五）监督保障方面。细化年度政务公开考核标准，制定考核细则。".to_owned();
    let findings = run(&report);
    assert_eq!(findings_of(&findings, Rule::GovAssessment), ["overview"]);
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::GovAssessment)
        .unwrap();
    assert!(
        finding.message.contains("没有写到社会评议、责任追究"),
        "{}",
        finding.message
    );
    report
        .overview
        .push_str("积极接受社会评议，未发生责任追究情况。");
    assert!(findings_of(&run(&report), Rule::GovAssessment).is_empty());
    // Reported in 六 instead is covered too.
    report.overview = "（五）监督保障方面。将政务公开纳入绩效考核。".to_owned();
    report.other_matters =
        "本年度未收取信息处理费。本年度开展社会评议一次，未发生问责情况。".to_owned();
    assert!(findings_of(&run(&report), Rule::GovAssessment).is_empty());
    // A department need not.
    report.meta.kind = ReportKind::Department;
    report.other_matters = "本年度未收取信息处理费。".to_owned();
    assert!(findings_of(&run(&report), Rule::GovAssessment).is_empty());
}

/// consistent_report(): 新收 12, 上年结转 1, 予以公开 6, 部分公开 2, 不予公开 1, 无法提供 3,
/// 不予处理 0, 行政复议 2 (维持 1, 其他 1), 行政诉讼 0 + 0, 现行有效规范性文件 10.
fn mismatches(overview: &str) -> Vec<Finding> {
    let mut report = consistent_report();
    report.overview = overview.to_owned();
    run(&report)
        .into_iter()
        .filter(|f| f.rule == Rule::TextTableMismatch)
        .collect()
}

#[test]
fn text_agreeing_with_the_tables_passes() {
    for text in [
        "全年共收到政府信息公开申请12件。",
        "本年度收到政府信息公开申请13件（含上年结转1件）。",
        "本年度全区共收到13件申请，及时依法依规办结12件。",
        "全年受理向我局提出的信息公开申请12件，办复率达100%。",
        "共受理依申请公开12件。",
        "予以公开6件，部分公开2件，不予公开1件，无法提供3件，不予处理0件。",
        "其中予以公开的6件、部分予以公开2件、不予以公开1件。",
        "予以公开６件，部分公开两件，不予公开一件，无法提供三件。",
        "因政府信息公开申请行政复议2件，行政诉讼0件。",
        "政府信息公开工作方面共有行政复议案件2件，无行政诉讼。",
        "集中公开现行有效行政规范性文件10件。",
        "现行有效的规范性文件共10件。",
        // Numbers that are not the claims they look like.
        "全年受理行政许可申请3000件，办结率100%。",
        "其中网上收到申请5件，信函收到申请7件。",
        "收到申请较上年增加5件。",
        "2021年收到政府信息公开申请50件，2022年收到政府信息公开申请12件。",
        "主动予以公开规范性文件12件。",
        "区分可以公开和不予公开部分内容后，作出答复；结转上年度政府信息公开申请1件。",
        "公开行政复议决定书15件。",
        "全年办理行政复议案件356件，行政诉讼案件120件。",
        "予以公开20余件。",
        "全年没有应公开而不予公开的情况。",
        "因政府信息公开申请行政复议2件，其中1件维持原行政行为，均已结案。",
    ] {
        assert_eq!(mismatches(text), [], "{text}");
    }
}

#[test]
fn text_contradicting_the_tables_is_noticed() {
    for (text, related) in [
        (
            "全年共收到政府信息公开申请15件。",
            "requests.received.total",
        ),
        ("本年度全区共收到70件申请。", "requests.received.total"),
        ("受理21件政府信息公开申请。", "requests.received.total"),
        ("予以公开7件。", "requests.granted.total"),
        ("部分予以公开3件。", "requests.partly_granted.total"),
        ("不予公开2件。", "requests.refused_state_secret.total"),
        ("无法提供的2件。", "requests.unavailable_not_held.total"),
        ("不予处理1件。", "requests.unhandled_complaint.total"),
        ("因政府信息公开申请行政复议3件。", "appeals.review.total"),
        (
            "政府信息公开行政诉讼案件1件。",
            "appeals.litigation_direct.total",
        ),
        (
            "集中公开现行有效行政规范性文件698件。",
            "proactive.normative_documents.in_force",
        ),
        ("予以公开十二件。", "requests.granted.total"),
        ("予以公开1,200件。", "requests.granted.total"),
        ("本年度收到依申请公开事项1项。", "requests.received.total"),
    ] {
        let found = mismatches(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].path, "overview");
        assert!(
            found[0].related.iter().any(|r| r == related),
            "{text}: {:?}",
            found[0].related
        );
    }
}

#[test]
fn mismatch_messages_quote_and_explain() {
    let found = mismatches("2022年共收到政府信息公开申请3件，予以公开6件，不予公开4件，分别属于本机关不掌握相关政府信息及行政执法案卷。");
    let messages: Vec<_> = found.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with("「一、总体情况」写“收到政府信息公开申请3件”，但表三本年新收总计为 12（加上年结转 1 为 13）"), "{}", messages[0]);
    assert!(messages[1].contains("“不予公开4件”"), "{}", messages[1]);
    assert!(
        messages[1].contains("加上（四）无法提供 3 才是 4"),
        "{}",
        messages[1]
    );
}

#[test]
fn all_upheld_and_all_closed_are_checked() {
    let mut report = consistent_report();
    report.overview = "因政府信息公开申请行政复议2件，均获维持。".to_owned();
    assert!(findings_of(&run(&report), Rule::TextTableMismatch).is_empty());
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Corrected, Some(1));
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Other, Some(0));
    let findings: Vec<_> = run(&report)
        .into_iter()
        .filter(|f| f.rule == Rule::TextTableMismatch)
        .collect();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].related, ["appeals.review.corrected"]);
    assert!(
        findings[0].message.contains("行政复议结果纠正为 1"),
        "{}",
        findings[0].message
    );

    report.overview = "行政诉讼案件均已结案。".to_owned();
    assert!(findings_of(&run(&report), Rule::TextTableMismatch).is_empty());
    report.appeals.set(
        AppealGroup::LitigationAfterReview,
        AppealColumn::Pending,
        Some(1),
    );
    report.appeals.set(
        AppealGroup::LitigationAfterReview,
        AppealColumn::Total,
        Some(1),
    );
    let findings = run(&report);
    let found: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == Rule::TextTableMismatch)
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].related,
        ["appeals.litigation_after_review.pending"]
    );
    // A sentence that names neither 复议 nor 诉讼 says nothing about table 4.
    report.overview = "申请均已结案。".to_owned();
    assert!(findings_of(&run(&report), Rule::TextTableMismatch).is_empty());
}

#[test]
fn blank_tables_are_not_compared() {
    let mut report = consistent_report();
    report.requests = crate::model::Requests::default();
    report.overview = "全年共收到政府信息公开申请15件，予以公开7件。".to_owned();
    assert!(findings_of(&run(&report), Rule::TextTableMismatch).is_empty());
}

#[test]
fn numbers_are_read_in_several_scripts() {
    assert_eq!(number("12件"), Some((12, "件")));
    assert_eq!(number("１２件"), Some((12, "件")));
    assert_eq!(number("1,234件"), Some((1234, "件")));
    assert_eq!(number("1,23件"), Some((1, ",23件")));
    assert_eq!(number("十二件"), Some((12, "件")));
    assert_eq!(number("二十件"), Some((20, "件")));
    assert_eq!(number("一百零五件"), Some((105, "件")));
    assert_eq!(number("两件"), Some((2, "件")));
    assert_eq!(number("件"), None);
    assert_eq!(number("99999999999999999999999件"), None);
    assert_eq!(count(" 3 件，"), Some((3, "，")));
    assert_eq!(count("3条"), None);
}

/// Issue 12: what real reports write, read as what it says.
#[test]
fn combined_and_caused_claims_are_read_whole() {
    // 予以公开 6 + 部分公开 2 = 8; 无法提供 3 (本机关不掌握); 不予公开 1.
    for text in [
        "予以公开及部分公开8件。",
        "予以公开和部分公开8件，无法提供3件。",
        "予以公开（含部分公开）8件。",
        "予以公开(含部分公开)8件。",
        "予以公开与部分公开共8件。",
        "因本机关不掌握等原因无法提供3件。",
        "因本机关不掌握相关政府信息等原因无法提供的3件。",
        "因涉及第三方合法权益等原因不予公开1件。",
    ] {
        assert_eq!(mismatches(text), [], "{text}");
    }
    for (text, related) in [
        ("予以公开及部分公开9件。", "requests.partly_granted.total"),
        ("予以公开（含部分公开）2件。", "requests.granted.total"),
        (
            "因本机关不掌握等原因无法提供4件。",
            "requests.unavailable_not_held.total",
        ),
    ] {
        let found = mismatches(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0].related.iter().any(|r| r == related),
            "{text}: {:?}",
            found[0].related
        );
    }
}

#[test]
fn all_upheld_is_contradicted_by_pending_cases_too() {
    let mut report = consistent_report();
    // 行政复议 2: 维持 1, 其他 1 — «均获维持» holds for none of the phrasings below once a case
    // is pending or corrected.
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Other, Some(0));
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Pending, Some(1));
    for text in [
        "因政府信息公开申请行政复议2件，均获维持。",
        "行政复议2件，结果均为维持。",
        "行政复议2件，均得到维持。",
        "行政复议2件，全部予以维持。",
        "行政复议2件，均被依法维持。",
    ] {
        report.overview = text.to_owned();
        let findings = run(&report);
        assert_eq!(
            findings_of(&findings, Rule::TextTableMismatch).len(),
            1,
            "{text}"
        );
    }
    // «均已结案» is about 尚未审结 only: a corrected case is closed.
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Pending, Some(0));
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Corrected, Some(1));
    report.overview = "行政复议2件，均已结案。".to_owned();
    assert!(findings_of(&run(&report), Rule::TextTableMismatch).is_empty());
}

#[test]
fn every_claim_recognised_is_listed_with_its_verdict() {
    let mut report = consistent_report();
    report.overview = "全年共收到政府信息公开申请12件，予以公开及部分公开8件，不予公开2件。因政府信息公开申请行政复议2件，均已结案。".to_owned();
    // A 2019-style blank: 不予处理's rows blank, so a claim about them cannot be compared.
    report.other_matters = "不予处理1件。".to_owned();
    for row in crate::layout::OutcomeGroup::Unhandled.rows() {
        report.requests.set(row, Applicant::Total, None);
        report.requests.set(row, Applicant::NaturalPerson, None);
    }
    let listed: Vec<(String, Option<u128>, Verdict)> = claims(&report)
        .into_iter()
        .map(|c| (c.quote, c.table, c.verdict))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "收到政府信息公开申请12件".to_owned(),
                Some(12),
                Verdict::Agrees
            ),
            ("予以公开及部分公开8件".to_owned(), Some(8), Verdict::Agrees),
            ("不予公开2件".to_owned(), Some(1), Verdict::Disagrees),
            ("行政复议2件".to_owned(), Some(2), Verdict::Agrees),
            (
                "因政府信息公开申请行政复议2件，均已结案".to_owned(),
                Some(0),
                Verdict::Agrees
            ),
            (
                "不予处理1件".to_owned(),
                None,
                Verdict::NotCompared("表格中对应的格是空的")
            ),
        ]
    );
    // The findings are exactly the claims that disagree.
    let findings = run(&report);
    assert_eq!(
        findings_of(&findings, Rule::TextTableMismatch),
        ["overview"]
    );
}

fn mismatches_in(report: &Report) -> Vec<Finding> {
    run(report)
        .into_iter()
        .filter(|f| f.rule == Rule::TextTableMismatch)
        .collect()
}

#[test]
fn received_is_compared_even_with_carried_over_blank() {
    let mut report = consistent_report();
    report
        .requests
        .set(RequestRow::CarriedOver, Applicant::Total, None);
    report
        .requests
        .set(RequestRow::CarriedOver, Applicant::NaturalPerson, None);
    report.overview = "全年共收到政府信息公开申请15件。".to_owned();
    assert_eq!(mismatches_in(&report).len(), 1);
    report.overview = "全年共收到政府信息公开申请12件。".to_owned();
    assert_eq!(mismatches_in(&report), []);
}

fn listed(report: &Report) -> Vec<(String, Option<u128>, Verdict)> {
    claims(report)
        .into_iter()
        .map(|c| (c.quote, c.table, c.verdict))
        .collect()
}

#[test]
fn a_blank_total_is_read_from_the_applicant_columns_and_the_message_says_so() {
    let mut report = consistent_report();
    // 本年新收: 自然人 10, 商业企业 2, the other columns 0; 总计 left blank.
    report
        .requests
        .set(RequestRow::Received, Applicant::Total, None);
    report.overview = "全年共收到政府信息公开申请15件。".to_owned();
    let found = mismatches_in(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("表三本年新收总计为 12")
            && found[0].message.contains("总计一栏空白，按各列相加"),
        "{}",
        found[0].message
    );
    report.overview = "全年共收到政府信息公开申请12件。".to_owned();
    assert_eq!(mismatches_in(&report), []);
    // Not while a column beside it is blank too: that may be the case the claim counts.
    report
        .requests
        .set(RequestRow::Received, Applicant::Research, None);
    report.overview = "全年共收到政府信息公开申请15件。".to_owned();
    assert_eq!(
        listed(&report),
        [(
            "收到政府信息公开申请15件".to_owned(),
            None,
            Verdict::NotCompared("表格中对应的格是空的")
        )]
    );
    // Table 4 the same way: 行政复议 总计 blank, 维持 1 + 其他 1.
    let mut report = consistent_report();
    report
        .appeals
        .set(AppealGroup::Review, AppealColumn::Total, None);
    report.overview = "因政府信息公开申请行政复议3件。".to_owned();
    let found = mismatches_in(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("表四行政复议总计为 2（表中总计一栏空白"),
        "{}",
        found[0].message
    );
}

#[test]
fn claims_are_checked_on_2019_format_reports() {
    let mut report = consistent_report();
    report.template = crate::layout::Template::Gb2019;
    report.overview = "全年共收到政府信息公开申请15件，予以公开6件。现行有效规范性文件10件。因政府信息公开申请行政复议2件，均获维持。".to_owned();
    assert_eq!(
        listed(&report),
        [
            (
                "收到政府信息公开申请15件".to_owned(),
                Some(12),
                Verdict::Disagrees
            ),
            ("予以公开6件".to_owned(), Some(6), Verdict::Agrees),
            (
                "现行有效规范性文件10件".to_owned(),
                None,
                Verdict::NotCompared("旧格式的表格没有这一项")
            ),
            ("行政复议2件".to_owned(), Some(2), Verdict::Agrees),
            (
                "因政府信息公开申请行政复议2件，均获维持".to_owned(),
                Some(0),
                Verdict::Agrees
            ),
        ]
    );
}

#[test]
fn saying_there_was_none_is_a_claim_of_zero() {
    let mut report = consistent_report();
    report.overview =
        "本年度未收到政府信息公开申请。本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。"
            .to_owned();
    assert_eq!(
        listed(&report),
        [
            (
                "未收到政府信息公开申请".to_owned(),
                Some(12),
                Verdict::Disagrees
            ),
            (
                "未发生因政府信息公开引起的行政复议、行政诉讼案件".to_owned(),
                Some(2),
                Verdict::Disagrees
            ),
            (
                "未发生因政府信息公开引起的行政复议、行政诉讼案件".to_owned(),
                Some(0),
                Verdict::Agrees
            ),
        ]
    );
    let found = mismatches_in(&report);
    assert!(
        found[0]
            .message
            .starts_with("「一、总体情况」写“未收到政府信息公开申请”，但表三本年新收总计为 12"),
        "{}",
        found[0].message
    );
    // 未发生行政诉讼 is about both kinds: one 复议后起诉 case contradicts it.
    report.appeals.set(
        AppealGroup::LitigationAfterReview,
        AppealColumn::Other,
        Some(1),
    );
    crate::totals::fill_totals(&mut report);
    let verdicts: Vec<Verdict> = claims(&report).into_iter().map(|c| c.verdict).collect();
    assert_eq!(verdicts[2], Verdict::Disagrees);
}

#[test]
fn handled_closed_and_carried_are_compared_with_their_rows() {
    let mut report = consistent_report();
    // 新收 12, 上年结转 1, 办理结果总计 12, 结转下年度 1.
    report.overview = "全年办理政府信息公开申请13件，办结12件，1件结转下年度继续办理。上年结转政府信息公开申请1件。".to_owned();
    assert!(claims(&report).iter().all(|c| c.verdict == Verdict::Agrees));
    report.overview = "全年办理政府信息公开申请20件，办结11件，2件结转下年度继续办理。上年结转政府信息公开申请3件。本年度制发规范性文件5件。".to_owned();
    let found = mismatches_in(&report);
    let related: Vec<&str> = found.iter().map(|f| f.related[0].as_str()).collect();
    assert_eq!(
        related,
        [
            "requests.received.total",
            "requests.closed_total.total",
            "requests.carried_forward.total",
            "requests.carried_over.total",
            "proactive.normative_documents.issued",
        ]
    );
    assert!(
        found[0]
            .message
            .contains("表三本年新收总计为 12，加上年结转为 13，办理结果总计为 12"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_governments_parts_are_not_its_total() {
    let mut report = consistent_report();
    report.meta.kind = ReportKind::Government;
    report.overview = "全区共收到政府信息公开申请12件。区政府办公室收到政府信息公开申请3件。县直部门共收到政府信息公开申请9件。".to_owned();
    let quotes: Vec<String> = claims(&report).into_iter().map(|c| c.quote).collect();
    assert_eq!(quotes, ["收到政府信息公开申请12件"]);
    // The office's own report says what it received itself.
    report.meta.kind = ReportKind::Department;
    report.overview = "区政府办公室收到政府信息公开申请12件。".to_owned();
    assert_eq!(listed(&report).len(), 1);
}
