"""A text that names no city or province but names a Beijing district is Beijing's: a
district bureau's measure list (昌经信发, 在昌平区建设…) must keep its 市经济和信息化局 as
Beijing's bureau, while a text naming no place at all stays placeless (no Beijing body)."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.extract.entities import detect_jurisdiction

DISTRICT_PAGE = (
    "关于印发《合成生物中试若干措施》的通知\n昌经信发〔2027〕9号\n各有关单位：\n"
    "（一）建设中试验证平台。在昌平区建设合成生物制造中试验证平台。牵头单位：市经济和信息化局。\n"
    "（二）完善人才服务。做好高端人才引进服务保障。牵头单位：市人才工作局。\n"
)
PLACELESS = DISTRICT_PAGE.replace("在昌平区建设", "建设")
ELSEWHERE = DISTRICT_PAGE.replace("在昌平区建设", "在长春市朝阳区建设")


def test_a_beijing_district_named_alone_makes_the_text_beijings():
    assert detect_jurisdiction(DISTRICT_PAGE) == "北京"
    ex = extract(read_bytes(DISTRICT_PAGE.encode(), "district.txt"), load_catalog())
    leads = {(e.source, e.props.get("role", "lead")) for e in ex.edges if e.type == "LEADS"}
    assert ("bureau-bj-economy-it", "lead") in leads


def test_no_place_at_all_stays_placeless_and_another_city_wins():
    assert detect_jurisdiction(PLACELESS) == ""
    assert detect_jurisdiction(ELSEWHERE) == "长春"
