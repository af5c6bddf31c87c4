"""A document's own title and number (extract/identity.py) on small documents written for
these tests in shapes real pages have: a source line and breadcrumbs above the title, a
metadata block, debris glued to the title, a title broken over lines, a notice that issues
another text, a consultation on a draft, numbers in any brackets, cut short or labelled,
and numbers the text only cites."""

from __future__ import annotations

import pytest

from medgraph.documents import read_bytes
from medgraph.extract.identity import find_title, own_number, own_title


def _norm(text: str) -> str:
    """The text extraction reads: normalized as the loader does (full-width brackets → ASCII)."""
    return read_bytes(text.encode("utf-8"), "identity.txt").normalized


def _title(text: str) -> str:
    return own_title(_norm(text))[0]


def _number(text: str) -> str:
    return own_number(_norm(text))[0]


def test_source_line_and_breadcrumbs_are_never_the_title():
    text = """来源：某某网（转载） https://example.org/a/1.html
首页 > 政策文件 > 市级文件
济南市人民政府关于加快康复辅具产业发展的实施意见
济政发[2019]8号
各区县人民政府：
现提出如下意见。
"""
    assert _title(text) == "济南市人民政府关于加快康复辅具产业发展的实施意见"
    assert _number(text) == "济政发[2019]8号"
    norm = _norm(text)
    t = find_title(norm)
    assert norm[t.span[0]:t.span[1]] == "济南市人民政府关于加快康复辅具产业发展的实施意见"


def test_debris_and_numbers_glued_to_a_title_are_cut():
    text = """国务院关于同意撤销某某县设立某某市的批复时间:2021-03-02 来源:政府网 浏览次数:88
"""
    assert _title(text) == "国务院关于同意撤销某某县设立某某市的批复"
    text2 = "合肥市人民政府办公室关于印发合肥市智慧养老实施方案的通知（合政办〔2022〕3号）\n各县（市）区人民政府：\n"
    assert _title(text2) == "合肥市智慧养老实施方案"
    assert _number(text2) == "合政办〔2022〕3号"
    text3 = "昆明市中医药传承创新发展规划纲要-规划计划-政务公开-昆明市人民政府\n"
    assert _title(text3) == "昆明市中医药传承创新发展规划纲要"


def test_a_metadata_block_labels_the_title_and_the_number():
    text = """索 引 号：11530100/2022-00017   主题分类：卫生
发文机关：某某市卫生健康委员会
标　　题：某某市卫生健康委员会关于印发某某市基层中医馆建设指南的通知
发文字号：某卫发〔2022〕21号   发布日期：2022-05-06
关键词 | 中医馆 建设 指南 | 公开形式 | 主动公开 |
"""
    assert _title(text) == "某某市基层中医馆建设指南"
    assert _number(text) == "某卫发〔2022〕21号"


def test_a_wrapped_title_over_lines_with_its_period_on_a_line_of_its_own():
    text = """某某省人民政府办公厅关于印发某某省加快

推动合成生物产业创新发展行动方案

（2025—2028年）的通知

某办函〔2025〕40号

各地级以上市人民政府：
"""
    assert _title(text) == "某某省加快推动合成生物产业创新发展行动方案(2025—2028年)"
    assert _number(text) == "某办函〔2025〕40号"


def test_the_attached_heading_names_what_the_wrapper_says_deictically():
    text = """某某区人民政府关于印发本区促进数字健康产业发展办法的通知
（某区规发〔2018〕3号）
各街道办事处：
现将《本区促进数字健康产业发展办法》印发给你们。
某某区人民政府
2018年3月1日
某某区促进数字健康产业发展办法
第一条 为促进数字健康产业发展，制定本办法。
"""
    assert _title(text) == "某某区促进数字健康产业发展办法"
    assert _number(text) == "某区规发〔2018〕3号"


def test_the_issuing_sentence_gives_the_wrapped_title_as_written():
    # the wrapper drops a particle and names companion documents; the sentence names the policy
    text = """某某市人民政府办公厅关于印发某某市促进医疗器械产业集聚发展指导意见及相关配套文件的通知
某府办〔2021〕9号
各区人民政府：
《某某市促进医疗器械产业集聚发展的指导意见》及《某某市医疗器械产业发展行动计划》已经市政府同意，现印发给你们。
"""
    assert _title(text) == "某某市促进医疗器械产业集聚发展的指导意见"


def test_a_quoted_report_in_a_notice_is_the_policy():
    text = "某某区人民政府关于印发张三同志在区人大会议上所作的《政府工作报告》的通知\n"
    assert _title(text) == "政府工作报告"


def test_a_consultation_on_a_draft_is_about_the_draft_policy():
    text = """关于对《某某市生物医药产业园区认定办法（试行）（征求意见稿）》公开征求意见的公告
为规范园区认定工作，现公开征求意见。
"""
    assert _title(text) == "某某市生物医药产业园区认定办法(试行)"


def test_a_news_headline_is_not_the_title_but_the_official_one_below_it_is():
    text = """来源：某某财经（转载）
国务院批复某某新区 打造内陆开放新高地
2019年05月06日 10:20
国务院关于同意设立某某新区的批复
国函〔2019〕45号
某某省人民政府：
"""
    assert _title(text) == "国务院关于同意设立某某新区的批复"
    assert _number(text) == "国函〔2019〕45号"


def test_a_draft_marker_ends_no_title():
    text = "某某市推进智慧医院建设实施意见\n（征求意见稿）\n为推进智慧医院建设，制定本意见。\n"
    assert _title(text) == "某某市推进智慧医院建设实施意见"


@pytest.mark.parametrize("text,number", [
    # a label glued to the number
    ("发文字号某函〔2020〕7号\n某某市人民政府关于同意某事项的批复\n", "某函〔2020〕7号"),
    # the closing bracket lost by a scrape: restored
    ("某某市人民政府关于印发某某办法的通知\n（某政规发〔202112号）\n", "某政规发〔2021〕12号"),
    # no 号, but alone on its line
    ("某某市促进中医药发展行动计划\n某卫中字(2019)3\n各区：\n", "某卫中字(2019)3"),
    # glued after the issuer's name in a source row
    ("发布时间:2010-01-02 来源:某某市科学技术委员会某科合(2010)012号\n", "某科合(2010)012号"),
    # a decree number
    ("# 某某管理办法\n2005年3月1日 某某部第12号令公布\n第一条 为规范管理，制定本办法。\n", "第12号令"),
    # a complete number before one a page cut short
    ("【发文字号】某行规发[2016]5\n某某区人民政府关于印发某某办法的通知\n(某行规发〔2016〕5号)\n", "某行规发〔2016〕5号"),
])
def test_own_numbers_in_many_shapes(text, number):
    assert _number(text) == number


def test_numbers_the_text_only_cites_are_never_its_own():
    text = """某某市促进创新药发展若干措施
为贯彻落实《国务院办公厅关于全面深化药品医疗器械监管改革促进医药产业高质量发展的意见》（国办发〔2024〕53号），
根据某省政府（某政发〔2023〕9号）要求，制定本措施。
"""
    assert _number(text) == ""
    assert _title(text) == "某某市促进创新药发展若干措施"


def test_a_traditional_script_number_opening_the_title_line_is_its_own():
    # normalized text of a Big5 repost: the number, then the title in 《》 on the same line
    text = "国函〔2017〕12号《国务院关于同意某某市城市总体规划的批复》\n某某省人民政府：\n"
    assert _number(text) == "国函〔2017〕12号"
    assert _title(text) == "国务院关于同意某某市城市总体规划的批复"


def test_no_title_shaped_line_gives_no_title():
    # a metadata row of keywords is no title
    text = "文 号 | 某府发〔2016〕20号 | 发文日期 | 2016-11-04 |\n关键词 | 某某市 人民政府 实施意见 | 公开形式 | 主动公开 |\n各县（市、区）人民政府：\n"
    assert _title(text) == ""
    assert _number(text) == "某府发〔2016〕20号"


@pytest.mark.parametrize("text,number", [
    # an announcement's number: year and serial (公告2023年第12号), in brackets after the title
    ("国家药监局关于发布某某指导原则的公告（2023年第12号）\n为规范某某工作，现予发布。\n", "2023年第12号"),
    # a decree number on the line under the body's 令
    ("某某部令\n第7号\n《某某管理办法》已经部务会议审议通过，现予公布。\n", "某某部令第7号"),
])
def test_announcement_and_decree_numbers(text, number):
    assert _number(text) == number


def test_a_cited_announcement_number_is_not_its_own():
    text = "某某省药品监督管理局关于加强某某管理的通知\n根据国家药监局公告（2019年第56号）要求，现通知如下。\n"
    assert _number(text) == ""


def test_more_shapes_of_titles():
    # the page's <title>: the site after the title; a (全文) tag
    assert _title("某某市促进医疗器械产业发展若干措施_某某市人民政府门户网站\n") == "某某市促进医疗器械产业发展若干措施"
    assert _title("某某市促进医疗器械产业发展若干措施（全文）\n") == "某某市促进医疗器械产业发展若干措施"
    # a label of the catalogue of a site
    assert _title("政策名称：某某区支持生物医药企业上市若干规定\n") == "某某区支持生物医药企业上市若干规定"
    # an action with its period, a specification
    assert _title("健康某某行动（2020—2030年）\n为推进健康某某建设，制定本行动。\n") == "健康某某行动(2020—2030年)"
    assert _title("某某市互联网医院管理规范（试行）\n") == "某某市互联网医院管理规范(试行)"
    # a notice issuing two texts whose page carries the notice only: the policy is the notice
    # itself (corpus README, "Notices that issue several documents"; was: the first text)
    assert _title("某某市人民政府关于印发《某某市数字医疗发展规划》《某某市数字医疗项目管理办法》的通知\n") == \
        "某某市人民政府关于印发《某某市数字医疗发展规划》《某某市数字医疗项目管理办法》的通知"


def test_a_title_quoting_another_is_one_title():
    text = "某某市中医药发展领导小组关于印发《关于促进中医药传承创新发展的实施意见》重点任务分工方案的通知\n"
    assert _title(text) == "《关于促进中医药传承创新发展的实施意见》重点任务分工方案"


def test_page_furniture_around_titles():
    assert _title("【某某市智慧养老服务规范】\n") == "某某市智慧养老服务规范"
    assert _title("某某市人民政府关于同意设立某某园区的批复【字体：大 中 小】【打印本页】\n") == "某某市人民政府关于同意设立某某园区的批复"
    # a related link above the page's own title is never its title
    text = "相关文件：某某省人民政府关于加快中医药发展的意见\n某某市中医药产业发展三年行动计划（2024—2026年）\n"
    assert _title(text) == "某某市中医药产业发展三年行动计划(2024—2026年)"


def test_a_flattened_cover_gives_the_title_and_its_author_over_a_sharing_page_header():
    """A PDF's text on a document-sharing page: the page's own header (a file name with a page
    count) first, then the cover flattened into one paragraph with the table of contents —
    title, the body that wrote it and the month glued together."""
    toc = "".join(f"{n}、第{n}章 某项工作.{n}" for n in range(1, 40))
    text = ("来源：某文库（文档分享站） https://example.org/doc/77.html\n"
            "临江县“十四五”时期养老服务体系建设规划方案(2021-2025年)(41页)\n"
            "上传人:ab**12 2024-05-01 41页\n"
            "1、临江县“十四五”时期养老服务体系建设规划临江县民政局2021 年 11 月目录" + toc + "\n")
    norm = _norm(text)
    t = find_title(norm)
    assert (t.title, t.kind) == ("临江县“十四五”时期养老服务体系建设规划", "cover")
    assert norm[t.span[0]:t.span[1]] == t.title
    assert norm[t.heading[0]:t.heading[1]] == "临江县民政局"
    # a month line without a body before it is no cover: the page header stays the title
    plain = text.replace("临江县民政局2021", "2021")
    assert find_title(_norm(plain)).kind != "cover"
