"""Owners in every style (extract/owners.py) on documents written for these tests: full-width
and ASCII punctuation, 牵头/配合 annotations, 责任单位 with and without a stated convention,
``X牵头，Y配合``, ``…按职责分工负责`` (all co-responsible), bare trailing lists and a list cut
at the end of the file. Every listed unit is linked, with evidence quoting the annotation."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()
HEAD = "关于印发《深圳市促进医药产业发展若干措施》的通知\n现将《深圳市促进医药产业发展若干措施》印发给你们，请认真执行。\n"
SZ = "深圳市"


def _doc(body: str, head: str = HEAD):
    text = head + body
    doc = read_bytes(text.encode("utf-8"), "owners.txt")
    return doc, extract(doc, CAT)


def _owners(ex, n: int) -> dict[tuple[str, str], object]:
    names = {x.id: x.name for x in ex.nodes}
    mid = next(x.id for x in ex.nodes if x.label == "Measure" and x.props["number"] == n)
    return {(names[e.source], e.props["role"]): e for e in ex.edges if e.type == "LEADS" and e.target == mid}


def _check(doc, ex):
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote


BODY = """1.支持研发。给予奖励。(牵头单位:市科技创新局;配合单位:市财政局,市卫健委)
2.加快审评。优化流程。市药监局牵头，市市场监管局、市卫健委配合。
3.优化服务。提供全流程服务。市发展改革委、市工业和信息化局按职责分工负责。
4.保障资金。统筹各类资金。（市财政局、市科技创新局）
5.推动应用。促进创新产品入院。（责任单位：市卫健委、市医保局
"""


def test_every_style_links_every_listed_unit():
    doc, ex = _doc(BODY)
    o = _owners(ex, 1)  # ASCII punctuation
    assert set(o) == {(SZ + "科技创新局", "lead"), (SZ + "财政局", "support"), (SZ + "卫生健康委员会", "support")}
    assert {k: [(ev.method, ev.quote) for ev in e.evidence] for k, e in o.items()} == {
        (SZ + "科技创新局", "lead"): [("explicit", "(牵头单位:市科技创新局")],
        (SZ + "财政局", "support"): [("explicit", "配合单位:市财政局,市卫健委")],
        (SZ + "卫生健康委员会", "support"): [("explicit", "配合单位:市财政局,市卫健委")]}
    o = _owners(ex, 2)  # X牵头，Y配合
    assert set(o) == {(SZ + "药品监督管理局", "lead"), (SZ + "市场监督管理局", "support"), (SZ + "卫生健康委员会", "support")}
    assert o[(SZ + "药品监督管理局", "lead")].evidence[0].quote == "市药监局牵头，市市场监管局、市卫健委配合"
    o = _owners(ex, 3)  # 按职责分工负责: all co-responsible
    assert set(o) == {(SZ + "发展和改革委员会", "lead"), (SZ + "工业和信息化局", "lead")}
    o = _owners(ex, 4)  # bare trailing list: the first leads
    assert set(o) == {(SZ + "财政局", "lead"), (SZ + "科技创新局", "support")}
    o = _owners(ex, 5)  # 责任单位, list cut at the end of the file
    assert set(o) == {(SZ + "卫生健康委员会", "lead"), (SZ + "医疗保障局", "support")}
    assert o[(SZ + "卫生健康委员会", "lead")].evidence[0].confidence == 0.95
    _check(doc, ex)


def test_stated_convention_is_quoted_and_no_order_makes_all_leads():
    conv = HEAD + "各项任务列第一位者为牵头单位，其他为配合单位。\n"
    doc, ex = _doc(BODY, conv)
    lead = _owners(ex, 5)[(SZ + "卫生健康委员会", "lead")]
    assert lead.evidence[0].confidence == 1.0
    assert [ev.quote for ev in lead.evidence][1] == "列第一位者为牵头单位"
    doc, ex = _doc(BODY, HEAD + "责任单位排名不分先后。\n")
    assert set(_owners(ex, 5)) == {(SZ + "卫生健康委员会", "lead"), (SZ + "医疗保障局", "lead")}
    _check(doc, ex)


def test_prose_with_lead_verb_is_not_an_owner_list():
    doc, ex = _doc("1.支持研发。建立由市科技创新局牵头的协调机制。\n2.加快审评。优化流程。\n3.优化服务。提供服务。\n")
    assert not [k for k, e in _owners(ex, 1).items() if e.evidence[0].method == "explicit"]


def test_responsible_units_beside_a_stated_lead_support_it():
    doc, ex = _doc("1.支持研发。给予奖励。（牵头单位：市科技创新局；责任单位：市财政局、市卫健委）\n2.甲。乙。\n3.丙。丁。\n")
    assert set(_owners(ex, 1)) == {(SZ + "科技创新局", "lead"), (SZ + "财政局", "support"), (SZ + "卫生健康委员会", "support")}
    _check(doc, ex)
