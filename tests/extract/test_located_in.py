"""Located-in from prose (落户, 位于, 坐落, 入驻, 在X建设, 在此落地) on text written for these
tests; a park is a place too; nothing the text does not state."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()

TEXT = """昌平区医药健康产业发展情况
中关村生命科学园位于昌平区，是重要承载区。北京诺诚健华医药科技有限公司正式落户昌平区。北京百济神州生物科技有限公司已入驻中关村生命科学园。
在通州区建设北京国际医药创新中心。
北京亦庄已集聚企业超过千家。北京某某生物技术有限公司在此设立研发中心。
北京某乙医药有限公司与北京某丙医药有限公司签署合作协议。
天津经济技术开发区管委会介绍情况。
"""


def _located(ex):
    names = {n.id: n.name for n in ex.nodes}
    return {(names[e.source], names[e.target]): e for e in ex.edges if e.type == "LOCATED_IN"
            and any(ev.method == "explicit" for ev in e.evidence)}


def test_prose_statements_of_place():
    doc = read_bytes(TEXT.encode(), "located.txt")
    ex = extract(doc, CAT)
    loc = _located(ex)
    expected = {
        ("中关村生命科学园", "昌平区"): "中关村生命科学园位于昌平区",
        ("北京诺诚健华医药科技有限公司", "昌平区"): "北京诺诚健华医药科技有限公司正式落户昌平区",
        ("北京百济神州生物科技有限公司", "中关村生命科学园"): "北京百济神州生物科技有限公司已入驻中关村生命科学园",
        ("北京国际医药创新中心", "通州区"): "在通州区建设北京国际医药创新中心",
        ("北京某某生物技术有限公司", "北京经济技术开发区"): "北京某某生物技术有限公司在此设立",
    }
    assert set(loc) == set(expected)
    for k, quote in expected.items():
        ev = next(ev for ev in loc[k].evidence if ev.method == "explicit")
        assert ev.quote == quote and doc.original[ev.start:ev.end] == quote
    # 在此 = the place the paragraph was about (北京亦庄), quoted as a second evidence
    here = loc[("北京某某生物技术有限公司", "北京经济技术开发区")]
    assert [ev.quote for ev in here.evidence] == ["北京某某生物技术有限公司在此设立", "北京亦庄"]


def test_a_zone_the_document_names_is_a_place_node():
    ex = extract(read_bytes((TEXT + "天津滨海高新区发布新政。\n").encode(), "located.txt"), CAT)
    zones = {n.name: n for n in ex.nodes if n.label == "District" and n.id.startswith("district-天津")}
    assert set(zones) == {"天津经济技术开发区", "天津滨海高新区"}
    assert {z.props["kind"] for z in zones.values()} == {"development_zone"}
    # the zone's committee is a body of its own, placed in its zone by its name
    committee = next(n for n in ex.nodes if n.label == "Bureau" and n.name == "天津经济技术开发区管理委员会")
    assert committee.props["kind"] == "committee"
    assert [e.target for e in ex.edges if e.type == "LOCATED_IN" and e.source == committee.id] == [zones["天津经济技术开发区"].id]
