"""A title's end is a line's end (session 6, issuers/titles 2): a page that states its
title twice in a row, or a report whose heading wraps on a kind word, written for the test in
formats of their own (a Kunming district's report, a Guilin notice page)."""

from title_support import own_title as _title

from medgraph.textnorm import normalize

from issuer_support import issued


_TWICE = ("当前位置: 首页 » 政策文件 »桂林市卫生健康委员会关于印发桂林市2024年基层卫生工作要点和家庭医生签约服务重点任务清单的通知\n\n"
          "桂林市卫生健康委员会关于印发桂林市2024年基层卫生工作要点和家庭医生签约服务重点任务清单的通知\n\n"
          "各县（市、区）卫生健康局：\n现将《桂林市2024年基层卫生工作要点》印发给你们，请认真贯彻执行。\n")


def test_a_line_ending_like_a_title_is_not_joined_to_the_next_across_a_blank_line():
    norm = normalize(_TWICE)[0]
    # both headings keep their own lines: a long line with no sentence mark that ends on 的通知
    # is a whole title, not the first half of a paragraph a page break cut
    assert norm.count("的通知\n") == 2
    # a paragraph a page break cut still joins (its line has sentence marks inside)
    para = ("各县（市、区）要加强组织领导，明确责任分工，细化工作措施，确保基层卫生工作各项任务按期\n\n"
            "完成，并于每季度末报送进展情况。\n")
    assert "按期完成" in normalize(para)[0]


def test_a_report_heading_wrapped_after_a_kind_word_goes_on_with_its_conjunction_line():
    text = ("区政府关于落实区人大常委会对2023年预算执行情况审查意见及区人大常委会审计工作报告审议意见的报告\n\n"
            "昆明市官渡区人民政府关于落实区人大常委会对2023年预算执行情况审查意见\n\n"
            "及区人大常委会审计工作报告审议意见的报告\n\n"
            "——2024年8月28日在官渡区第十七届人民代表大会常务委员会第二十次会议上\n\n"
            "官渡区卫生健康委员会副主任  李明\n\n"
            "主任、各位副主任、各位委员：\n\n"
            "受区政府委托，我向区人大常委会报告审查意见落实情况，请予审议。\n")
    assert _title(text) == ("昆明市官渡区人民政府关于落实区人大常委会对2023年预算执行情况审查意见"
                            "及区人大常委会审计工作报告审议意见的报告")
    # the report is its speaker's body's, though its title opens with the government that
    # commissioned it
    assert [n for n, _ in issued(text)] == ["昆明市官渡区卫生健康委员会"]


def test_a_notice_that_goes_on_to_its_own_items_is_the_pages_policy():
    # 现将…印发给你们，并就有关事项通知如下：一、… — the page carries the notice and its own
    # requirements; the issued task list is not on it
    text = ("株洲市全民健身工作领导小组关于印发《株洲市全民健身实施计划》重点任务分工方案的通知\n"
            "各县市区人民政府，市全民健身工作领导小组各成员单位：\n"
            "为贯彻落实《湖南省全民健身实施计划》，经市人民政府同意，现将重点任务分工方案印发给你们，"
            "并就有关事项通知如下：\n"
            "一、加强领导。各成员单位要把所承担的任务纳入重要工作日程。\n"
            "二、狠抓落实。各牵头单位要做好跟踪分析、督促检查。\n")
    assert _title(text) == "株洲市全民健身工作领导小组关于印发《株洲市全民健身实施计划》重点任务分工方案的通知"


def test_a_sentence_opening_with_the_issued_title_is_no_heading_of_it():
    # the issuing sentence lost its 《 (X方案》已经…同意，现印发给你们): no heading of X below
    text = ("区人民政府办公室关于印发2024年区重点民生实事项目责任分解方案的通知\n\n"
            "各街道办事处，区人民政府各部门：\n\n"
            "2024年区重点民生实事项目责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下，请一并贯彻执行。\n\n"
            "一、加强组织领导。各责任单位要高度重视。\n")
    assert _title(text) == "区人民政府办公室关于印发2024年区重点民生实事项目责任分解方案的通知"
