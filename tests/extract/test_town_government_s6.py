"""A town's government written in full (X镇人民政府) is the town's government, its evidence
the whole name (session 6, issuers 2); written for the test in a Cangnan-county style."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities

from issuer_support import issued

_NOTICE = ("来源：苍南县人民政府网\n"
           "钱库镇人民政府关于印发《钱库镇2023年民生实事项目实施方案》的通知\n"
           "各村、社区：\n"
           "《钱库镇2023年民生实事项目实施方案》已经镇政府同意，现印发给你们，请认真贯彻执行。\n\n"
           "钱库镇人民政府\n2023年3月1日\n")


def test_a_town_government_issues_under_its_full_name():
    assert issued(_NOTICE) == [("苍南县钱库镇人民政府", "钱库镇人民政府")]


def test_a_town_government_named_in_prose_is_a_body():
    text = "来源：苍南县人民政府网\n由钱库镇政府负责组织实施。\n"
    ms = find_entities(text, load_catalog(), "d").mentions
    assert [(m.entity_id, text[m.start:m.end]) for m in ms if m.start > 12] == [
        ("bureau-苍南县钱库镇人民政府", "钱库镇政府")]
