"""A body named after a label and a blank (发布机构 X, a site's metadata table copied as text:
session 6, issuers 2), on a page written for the test in a Xiangtan district's style."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities

from issuer_support import issued

_PAGE = ("来源：湘潭市雨湖区人民政府网\n"
         "索 引 号 4303020000/2024-01234    文 号 雨政办发〔2024〕3号\n"
         "发布机构 雨湖区人民政府办公室    有 效 性 有效\n"
         "标 题 雨湖区人民政府办公室关于印发雨湖区中医药服务能力提升行动方案的通知\n\n"
         "雨湖区人民政府办公室关于印发雨湖区中医药服务能力提升行动方案的通知\n\n"
         "各街道办事处、区直各单位：\n《雨湖区中医药服务能力提升行动方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。\n")


def test_a_body_a_blank_after_its_label_is_found():
    text = "发布机构 雨湖区卫生健康局    有 效 性 有效\n"
    ms = find_entities("来源：湘潭市雨湖区人民政府网\n" + text, load_catalog(), "d").mentions
    assert [m.entity_id for m in ms if m.label == "Bureau"][-1:] == ["bureau-湘潭市雨湖区卫生健康局"]
    # a name a blank splits (PDF debris) is still one name
    ms = find_entities("湘 潭市雨湖区卫生健康局\n", load_catalog(), "d").mentions
    assert [m.entity_id for m in ms if m.label == "Bureau"] == ["bureau-湘潭市雨湖区卫生健康局"]


def test_the_labelled_publisher_issues_the_notice():
    assert [n for n, _ in issued(_PAGE)] == ["湘潭市雨湖区人民政府办公室"]
