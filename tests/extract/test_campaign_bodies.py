"""Committees, leading groups and headquarters a government sets up to run a campaign
(extract/bodies.py), on a document written for this test: a campaign named after its place
(健康江苏 / 平安南通 / 数字南通 + 推进委员会 / 领导小组 / 指挥部, with or without 办公室), the place
first (江苏省全民健身工作领导小组办公室, the document's own 市…领导小组), and campaign words with
no place, which name no body."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

TEXT = """南通市人民政府关于印发健康南通行动实施方案的通知
各县（市、区）人民政府，市各委办局：
为贯彻《健康中国行动（2019—2030年）》，经研究，成立健康南通行动推进委员会，下设健康南通行动推进委员会办公室。
（一）开展全民健身。由市全民健身工作领导小组统筹，江苏省全民健身工作领导小组办公室指导，健康江苏行动推进委员会办公室督导。
（二）平安南通建设领导小组负责社会治理。数字南通建设指挥部负责数据共享。
（三）健康生活方式行动推进委员会与相关行动领导小组协调推进。
"""


def _bodies():
    doc = read_bytes(TEXT.encode("utf-8"), "campaign.txt")
    ex = extract(doc, load_catalog())
    return doc, ex, {n.name: n for n in ex.nodes if n.label == "Bureau"}


def test_campaign_bodies_named_after_their_place_are_found_with_its_level():
    _, _, b = _bodies()
    for name in ("健康南通行动推进委员会", "健康南通行动推进委员会办公室", "平安南通建设领导小组", "数字南通建设指挥部"):
        assert b[name].props["level"] == "city", name
    assert b["健康江苏行动推进委员会办公室"].props["level"] == "province"
    assert "南通市全民健身工作领导小组" in b
    assert "江苏省全民健身工作领导小组办公室" in b


def test_campaign_words_without_a_place_name_no_body():
    _, _, b = _bodies()
    assert not [n for n in b if "生活方式" in n or "相关行动" in n], sorted(b)
    assert not [n for n in b if n.startswith("健康中国")], "a cited title's campaign is no body the text names"


def test_evidence_quotes_the_text():
    doc, ex, _ = _bodies()
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote


ZONES = """南通市人民政府办公室关于印发南通市促进生物医药产业发展若干措施的通知
各县（市、区）人民政府，市各委办局：
（一）建设产业载体。支持园区建设专业孵化器。（责任单位：南通经开区管委会、市科技局）
（二）培育特色小镇。（责任单位：海门先行区管委会、市发展改革委）
"""


def test_a_committee_of_any_zone_kind_place_kinds_knows_is_found():
    # the zone ends are place_kinds.ZONE_ENDS (one list): 经开区 and 先行区 are zones for a 管委会 too
    doc = read_bytes(ZONES.encode("utf-8"), "zones.txt")
    names = {n.name for n in extract(doc, load_catalog()).nodes if n.label == "Bureau"}
    assert {"南通经济技术开发区管理委员会", "海门先行区管理委员会"} <= names
