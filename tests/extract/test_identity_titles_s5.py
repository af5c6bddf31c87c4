"""A document's own title among the page furniture of session-5 pages, each on a small
document written for it: font-size buttons glued after a notice heading; page-chrome lines
(信息详情, 导航菜单) above the title; a repost's province tag or label before it; a progress
table's title (…进度表); an official notice without a number still owning the text it issues.
Each title's span is checked against the text it was read from."""

from title_support import own_title as _title

from medgraph.documents import read_bytes
from medgraph.evaluate import _own_policy
from medgraph.extract import extract


def test_font_size_buttons_glued_after_a_notice_heading_are_no_part_of_it():
    # the page carries the notice only: the policy is the text it issues, read from its heading
    text = ("某某网 | 关于我们\n"
            "关于印发《某某市学校食堂 卫生提升行动方案》的通知放大字体  缩小字体 发布日期:2024-03-02\n"
            "核心提示:近日，市教育局部署开展学校食堂卫生提升行动。\n")
    assert _title(text) == "某某市学校食堂卫生提升行动方案"


def test_a_page_chrome_line_above_the_title_is_not_joined_to_it():
    text = ("某某区人民政府\n\n信息详情\n2023年某某区民生实事全年完成情况\n\n发布时间:2024-01-08\n"
            "序号 实事内容 牵头单位 完成情况\n")
    assert _title(text) == "2023年某某区民生实事全年完成情况"
    text = "导航菜单\n\n某某市2024年政府工作报告重点任务分解方案\n\n1.推进老旧小区改造。(牵头单位:市住建局)\n"
    assert _title(text) == "某某市2024年政府工作报告重点任务分解方案"


def test_a_reposts_province_tag_before_the_title_is_no_part_of_it():
    text = "(河南省)某某市2024年《政府工作报告》重点任务分工方案\n\n1.推进老旧小区改造。(牵头单位:市住建局)\n"
    assert _title(text) == "某某市2024年《政府工作报告》重点任务分工方案"


def test_a_reposts_label_before_an_official_about_title_is_no_part_of_it():
    text = ("某某企业服务网\n\n某某区人才奖励政策:关于加快建设人才强区的若干政策意见\n\n"
            "为加快建设人才强区，特制定如下政策。\n一、支持人才引进。\n")
    assert _title(text) == "关于加快建设人才强区的若干政策意见"


def test_a_progress_table_is_a_titled_document():
    text = ("2023年度县级民生实事项目进度表(截至9月30日)\n\n  • 发布日期:2023-10-12\n\n"
            "序号\n项目内容\n当前进度\n牵头单位\n1\n新建公办幼儿园3所。\n80%\n县教育局\n")
    assert _title(text) == "2023年度县级民生实事项目进度表(截至9月30日)"


def test_an_official_notice_without_a_number_owns_the_text_it_issues():
    # an official notice (印发给你们) whose page gives neither its number nor its signature: the issued text is still the document's own policy, not a mere mention
    text = ("关于印发《某某省中药材质量提升工作方案》的通知\n\n各市市场监管局：\n"
            "现将《某某省中药材质量提升工作方案》印发给你们，请认真贯彻执行。\n\n"
            "某某省中药材质量提升工作方案\n\n"
            "为提升中药材质量，保障用药安全，制定本方案。" + "加强中药材种植环节质量管理，推进规范化种植基地建设。" * 6 + "\n")
    ex = extract(read_bytes(text.encode("utf-8"), "notice.txt"))
    own = _own_policy(ex)
    assert own is not None and own.name == "某某省中药材质量提升工作方案"


# --- reports ----------------------------------------------------------------------------------

def test_a_reports_title_above_page_buttons_and_its_dateline_is_its_title():
    # 列印 / 字号: between the title and the congress dateline are page buttons, not text
    text = ("关于某某市2030年国民经济和社会发展计划执行情况的报告\n\n列印\n字号:  \n\n"
            "——2031年1月20日在某某市第九届人民代表大会第三次会议上\n\n某某市发展和改革委员会主任 某某\n\n各位代表:\n"
            "  受市人民政府委托，现将某某市2030年国民经济和社会发展计划执行情况和2031年计划草案的报告提请大会审议。\n")
    assert _title(text) == "关于某某市2030年国民经济和社会发展计划执行情况的报告"


def test_breadcrumbs_ending_with_the_pages_own_about_heading_give_the_title():
    # the last crumb opens with the gazette's issue (2031年 第3号) before the 关于 heading
    text = ("导航 首页 > 人大资料 > 常委会公报 > 市九届人大常委会公报2031年 第3号关于市人大常委会审议意见研究处理情况的报告\n\n"
            "【字号: 收藏 打印\n\n某某市卫生健康委员会\n\n市人大常委会：\n"
            "  收到审议意见后，市政府高度重视，现将审议意见研究处理情况汇报如下：\n  一、加强基层医疗卫生服务。\n")
    assert _title(text) == "关于市人大常委会审议意见研究处理情况的报告"


def test_a_report_answering_a_body_is_its_own_document_and_its_author_issues_it():
    text = ("导航 首页 > 人大资料 > 常委会公报 > 泉州市十七届人大常委会公报2031年 第3号关于市人大常委会审议意见研究处理情况的报告\n\n"
            "【字号: 收藏 打印\n\n泉州市卫生健康委员会\n\n市人大常委会：\n"
            "  收到审议意见后，市政府高度重视，委托市卫生健康委会同有关部门认真研究，现将审议意见研究处理情况汇报如下：\n"
            "  一、加强基层医疗卫生服务。完善社区卫生服务网络，推进家庭医生签约服务。\n")
    ex = extract(read_bytes(text.encode("utf-8"), "report.txt"))
    own = _own_policy(ex)
    assert own is not None and own.name == "关于市人大常委会审议意见研究处理情况的报告"
    nodes = {n.id: n for n in ex.nodes}
    issued = [e for e in ex.edges if e.type == "ISSUED" and e.target == own.id]
    assert [nodes[e.source].name for e in issued] == ["泉州市卫生健康委员会"]
    ev = issued[0].evidence[0]
    assert text[ev.start:ev.end] == "泉州市卫生健康委员会"


def test_a_quoted_title_broken_inside_its_marks_on_a_flattened_page_is_joined():
    # a PDF's text: the masthead, number and notice heading on one line, the 《》 title broken
    # by a blank line, the salutation glued after the heading's 的通知
    text = ("某某县爱国卫生运动委员会文件 某爱卫〔2031〕3 号 某某县爱国卫生运动委员会 关于印发《某某县\n\n"
            "2031 年病媒生物防制 工作方案》的通知 各乡镇人民政府、县直各部门: 为做好\n\n"
            "2031 年病媒生物防制工作, 现将 《某某县\n\n2031 年病媒生物防制工作方案》印发给你们,请认真组织实施.\n")
    assert _title(text) == "某某县2031年病媒生物防制工作方案"


def test_a_journal_pages_running_header_gives_the_title_after_its_issuer():
    # a scanned journal page: issue, then 发文机关:标题 set off by wide spaces, then the page
    # number glued to the text of an item that began on the page before
    text = ("Page 5 - 某某卫生杂志2031年2期\nP. 5\n\n"
            "2031 年 2 月 第 2 期          某某省爱国卫生运动委员会办公室:某某省2031年爱国卫生工作要点"
            "                    5理能力。(省卫生健康委负责)\n\n"
            "          (三) 开展病媒生物防制。(省卫生健康委牵头负责)\n")
    assert _title(text) == "某某省2031年爱国卫生工作要点"
