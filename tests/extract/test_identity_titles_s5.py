"""A document's own title among the page furniture of session-5 pages, each on a small
document written for it: font-size buttons glued after a notice heading; page-chrome lines
(信息详情, 导航菜单) above the title; a repost's province tag or label before it; a progress
table's title (…进度表); an official notice without a number still owning the text it issues.
Each title's span is checked against the text it was read from."""

import re

from medgraph.documents import read_bytes
from medgraph.evaluate import _own_policy
from medgraph.extract import extract
from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize


def _title(text: str) -> str:
    norm = normalize(text)[0]
    t = own_heading(norm)
    if t.title:
        assert t.span is not None
        # the span quotes the title as written (line breaks and spaces aside)
        assert re.sub(r"\s+", "", norm[t.span[0]:t.span[1]]) == t.title
    return t.title


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
