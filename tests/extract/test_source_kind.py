"""Source kinds from texts written here in several shapes (not the bundled documents' wording)."""

from __future__ import annotations

import pytest

from medgraph.extract.source_kind import infer_source_kind, own_doc_number

NOTICE = """杭州市人民政府办公厅关于印发杭州市加快生物医药产业发展实施意见的通知
杭政办函〔2023〕12号
各区、县（市）人民政府，市政府各部门、各直属单位：
现将《杭州市加快生物医药产业发展实施意见》印发给你们，请结合实际认真组织实施。
"""
CITING_ONLY = """为贯彻落实《国务院办公厅关于全面深化药品医疗器械监管改革促进医药产业高质量发展的意见》（国办发〔2024〕53号），
结合本市实际，制定以下措施。
一、支持研发。本措施自2025年3月1日起施行。
"""
PRESS = """问：请介绍一下这次措施的主要内容？
答：这次措施共有二十条，主要包括以下几个方面。
问：企业如何申请？
答：企业可以通过线上平台提交申请。
"""
NEWS = """本报讯（记者 王小明）日前，成都市出台支持医疗器械产业发展的若干政策，
对首次取得三类医疗器械注册证的企业给予奖励。
"""
NEWS_QUOTING_NUMBER = """新华社上海6月3日电 上海市近日印发沪府办规〔2024〕8号文件，支持创新药械发展。"""
ANALYSIS = """本文从政策工具的角度，对三地生物医药政策进行比较，梳理各自亮点。
| 城市 | 研发补贴 |
| --- | --- |
"""
INTERPRETATION = "《深圳市促进生物医药产业集群发展的若干措施》政策解读\n一、出台背景\n"


@pytest.mark.parametrize("text,title,kind", [
    (NOTICE, "杭州市加快生物医药产业发展实施意见", "official"),
    (CITING_ONLY, "", "official"),
    (PRESS, "", "interpretation"),
    (NEWS, "", "news"),
    (NEWS_QUOTING_NUMBER, "", "news"),
    (ANALYSIS, "", "analysis"),
    (INTERPRETATION, "《深圳市促进生物医药产业集群发展的若干措施》政策解读", "interpretation"),
])
def test_kind_and_its_evidence(text, title, kind):
    k = infer_source_kind(text, title)
    assert k.kind == kind, k
    assert 0 <= k.start < k.end <= len(text)   # the deciding words are a real span of the text


def test_own_number_is_not_a_cited_one():
    assert own_doc_number(NOTICE).group(0) == "杭政办函〔2023〕12号"
    assert own_doc_number(CITING_ONLY) is None
    assert own_doc_number("依据京政发[2019]3号，现通知如下") is None


def test_entry_into_force_clause_marks_an_official_text():
    k = infer_source_kind(CITING_ONLY)
    assert CITING_ONLY[k.start:k.end] == "自2025年3月1日起施行"
