"""Relations on documents written for these tests: every annotation shape for owners,
jurisdiction (another city's 市卫生健康委 is not Beijing's), located-in sentences and
fund amounts — each with evidence that quotes the original text."""

import pytest

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def _id(name: str) -> str:
    e = CAT.find_by_name(name)
    assert e is not None, f"catalog has no {name}"
    return e.id


def _doc(text: str, name: str = "test.txt", encoding: str = "utf-8"):
    doc = read_bytes(text.encode(encoding), name)
    return doc, extract(doc, CAT)


def _leads(ex, measure_number: int):
    mid = next(n.id for n in ex.nodes if n.label == "Measure" and n.props["number"] == measure_number)
    return {(e.source, e.props["role"]): e for e in ex.edges if e.type == "LEADS" and e.target == mid}


def _assert_evidence_verbatim(doc, ex):
    for e in ex.edges:
        assert e.evidence, f"edge without evidence: {e.key}"
        for ev in e.evidence:
            assert ev.document == doc.id
            assert doc.original[ev.start:ev.end] == ev.quote


ANNOTATED = """关于印发《北京市海淀区支持医药健康产业发展若干措施》的通知
各有关单位：
现将《北京市海淀区支持医药健康产业发展若干措施》印发给你们，请认真执行。
一、加快创新
（一）支持创新药临床试验。鼓励医疗机构承接更多试验项目。（牵头单位：市卫生健康委；配合单位：市医保局、市药监局）
(二)推进医保支付改革。将更多创新药纳入支付范围。(責任單位:市醫保局、市衛生健康委)
（三）完善企业服务。为企业提供全流程服务。（市经济和信息化局、市药监局）
（四）加强资金保障。统筹用好各类资金。市发展改革委、市财政局按职责分工负责。
"""


def test_explicit_owner_annotations_in_four_shapes():
    doc, ex = _doc(ANNOTATED)
    health, insurance, mpa = _id("北京市卫生健康委员会"), _id("北京市医疗保障局"), _id("北京市药品监督管理局")
    m1 = _leads(ex, 1)
    assert set(m1) == {(health, "lead"), (insurance, "support"), (mpa, "support")}
    assert all(ev.method == "explicit" for e in m1.values() for ev in e.evidence)
    assert "牵头单位" in m1[(health, "lead")].evidence[0].quote
    m2 = _leads(ex, 2)  # traditional script, ASCII punctuation, 责任单位: first listed leads
    assert (insurance, "lead") in m2 and (health, "support") in m2
    assert "責任單位" in m2[(insurance, "lead")].evidence[0].quote
    m3 = _leads(ex, 3)  # a bare parenthesised list of bodies
    assert (_id("北京市经济和信息化局"), "lead") in m3 and (mpa, "support") in m3
    m4 = _leads(ex, 4)  # …按职责分工负责
    assert (_id("北京市发展和改革委员会"), "lead") in m4
    _assert_evidence_verbatim(doc, ex)


def test_unannotated_measure_gets_a_rule_owner_with_the_trigger_words():
    text = ANNOTATED.replace("（牵头单位：市卫生健康委；配合单位：市医保局、市药监局）", "")
    doc, ex = _doc(text)
    m1 = _leads(ex, 1)
    leads = [b for (b, role) in m1 if role == "lead"]
    assert leads == [_id("北京市卫生健康委员会")]
    ev = m1[(leads[0], "lead")].evidence
    assert ev and all(e.method == "rule" for e in ev)
    assert all(e.quote in text for e in ev)
    _assert_evidence_verbatim(doc, ex)


def test_every_measure_has_exactly_one_lead_role_per_bureau():
    doc, ex = _doc(ANNOTATED)
    for n in (1, 2, 3, 4):
        roles = _leads(ex, n)
        assert any(r == "lead" for _, r in roles)
        bureaus = [b for b, _ in roles]
        assert len(bureaus) == len(set(bureaus))


def test_another_citys_bureau_is_not_beijings():
    text = """关于印发《天津市支持生物医药产业发展若干措施》的通知
天津市卫生健康委员会 天津市医疗保障局
现将《天津市支持生物医药产业发展若干措施》印发给你们。
1.支持临床试验。市卫生健康委负责推动医疗机构开展临床试验。
2.完善医保支付。市医保局负责将创新药纳入医保支付。
3.加强服务。各区政府按职责分工负责。
"""
    doc, ex = _doc(text)
    beijing = {_id("北京市卫生健康委员会"), _id("北京市医疗保障局")}
    ids = {n.id for n in ex.nodes}
    assert not (ids & beijing), "a Tianjin policy must not mention Beijing's bureaus"
    tianjin = [n for n in ex.nodes if n.label == "Bureau" and "天津" in n.name]
    assert tianjin, "Tianjin's bureaus become nodes of their own"


def test_named_other_city_bureau_inside_a_beijing_document():
    text = "北京市医疗保障局与天津市卫生健康委、河北省医保局签署京津冀协同协议，市卫生健康委参加。"
    doc, ex = _doc(text)
    ids = {n.id for n in ex.nodes}
    assert _id("北京市医疗保障局") in ids
    assert _id("北京市卫生健康委员会") in ids  # the bare 市卫生健康委 in a Beijing text
    assert any(n.name.startswith("天津") for n in ex.nodes if n.label == "Bureau")


def test_located_in_from_sentences_and_fund_amount():
    text = (
        "近日，北京罕见病诊疗创新服务站在北京亦庄挂牌成立，服务全市企业。"
        "同时，北京市将设立规模50亿元的北京市生物医药产业发展基金，支持北京罕见病诊疗创新服务站建设。"
        "在昌平区设立的北京脑机接口产业创新中心已投入运营。"
    )
    doc, ex = _doc(text)
    located = {(e.source, e.target): e for e in ex.edges if e.type == "LOCATED_IN"}
    station = next(n for n in ex.nodes if n.name == "北京罕见病诊疗创新服务站")
    assert (station.id, _id("北京经济技术开发区")) in located
    ev = located[(station.id, _id("北京经济技术开发区"))].evidence[0]
    assert ev.method == "explicit" and "挂牌成立" in ev.quote
    centre = next(n for n in ex.nodes if n.name == "北京脑机接口产业创新中心")
    assert (centre.id, _id("昌平区")) in located
    fund = next(n for n in ex.nodes if n.label == "Fund" and "生物医药产业发展基金" in n.name)
    assert fund.props["amount_yi"] == pytest.approx(50.0)
    assert any(e.type == "FUNDS" and e.source == fund.id and e.target == station.id for e in ex.edges)
    _assert_evidence_verbatim(doc, ex)


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_other_encodings_resolve_to_the_same_entities(encoding):
    text = "北京市醫療保障局在北京亦莊設立國際醫藥創新公園服務站。" if encoding == "big5" else "北京市医疗保障局在北京亦庄设立国际医药创新公园服务站。"
    doc, ex = _doc(text, encoding=encoding)
    ids = {n.id for n in ex.nodes}
    assert {_id("北京市医疗保障局"), _id("北京经济技术开发区")} <= ids
    _assert_evidence_verbatim(doc, ex)
