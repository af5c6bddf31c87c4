"""A document's own 发文字号 in the places session-5 pages put it, each on a small document
written for it: after the masthead ``X文件`` of a page flattened into one line; in brackets
right after the notice's own heading with page debris following; alone on its line with its
closing bracket and 号 lost (kept as written). Spans are checked against the text, and a
number the text only cites stays cited."""

import pytest

from identity_support import own as _own


def test_a_number_after_the_masthead_of_a_flattened_page_is_its_own():
    text = ("某某县卫生健康局文件 某卫健〔2022〕7 号 某某县卫生健康局 关于印发《某某县2022年"
            "慢病防控工作要点》的通知 各乡镇卫生院: 现将《某某县2022年慢病防控工作要点》印发给你们。\n")
    assert _own(text) == "某卫健〔2022〕7号"


def test_a_number_in_brackets_after_the_notices_own_heading_is_its_own():
    text = ("首页 > 政策文件\n"
            "某某市人民政府关于印发某某市支持中药材种植若干措施的通知(某府〔2021〕12号)来源:某某日报发布时间:2021-05-06\n"
            "各县(区)人民政府：\n现将《某某市支持中药材种植若干措施》印发给你们。\n")
    assert _own(text) == "某府〔2021〕12号"


def test_a_number_in_brackets_after_a_cited_title_is_not_its_own():
    # the same bracket after a title the sentence cites: a citation, not the document's number
    text = ("某某区促进康养产业发展实施方案\n"
            "按照某某市人民政府关于促进康养产业发展的意见(某府〔2021〕12号)要求，制定本方案。\n")
    assert _own(text) == ""


@pytest.mark.parametrize("text,number", [
    # 〕 and 号 lost by the page: kept as the text writes it (README Conventions)
    ("某某区人民政府关于印发某某区康养小镇建设方案的通知\n\n某区府发〔202115\n\n各街道办事处：\n", "某区府发〔202115"),
    ("关于印发2024年某某州爱国卫生工作要点的通知\n某爱卫函〔20249\n各县市爱卫办：\n", "某爱卫函〔20249"),
])
def test_a_number_that_lost_its_bracket_and_hao_is_kept_as_written(text, number):
    assert _own(text) == number


def test_a_year_in_brackets_alone_on_a_line_is_no_number():
    # a period under a title, not an office's number: no 发/办/字/函 letters before it
    text = "某某市中医药发展规划\n某某市(202125\n为推进中医药发展，制定本规划。\n"
    assert _own(text) == ""
