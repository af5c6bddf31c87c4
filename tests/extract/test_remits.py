"""The remit rule (extract/remits.py) on measures written for these tests, in numbering
styles the bundled corpus does not use: the longest mandate phrase owns its words, a clear
measure gets a confident lead whose evidence quotes the clause with the matched words, and
a measure the mandate words do not decide says so (uncertain, low confidence, candidates)."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.extract.remits import Decision, RemitIndex, remit_index

CAT = load_catalog()
INSURANCE = "bureau-bj-healthcare-security"
HEALTH = "bureau-bj-health-commission"
CUSTOMS = "bureau-bj-customs"
COMMERCE = "bureau-bj-commerce"
IP = "bureau-bj-ip"

# no owner annotations anywhere: every lead below comes from the remit rule
DOC = """关于印发《北京市优化医药服务若干举措》的通知
各有关单位：
现将《北京市优化医药服务若干举措》印发给你们，请认真执行。
(一)调整医疗服务价格。动态调整医疗服务价格，合理确定新增项目的价格。
(二)便利通关。对研发用物品优化口岸通关和检疫流程。
(三)加强协同。推动专利与外资企业对接。
(四)做好宣讲。面向社会开展政策解读。
"""


def _ex():
    doc = read_bytes(DOC.encode("utf-8"), "remits-test.txt")
    return doc, extract(doc, CAT)


def _leads(ex, number):
    mid = next(n.id for n in ex.nodes if n.label == "Measure" and n.props["number"] == number)
    return [e for e in ex.edges if e.type == "LEADS" and e.target == mid and e.props["role"] == "lead"]


def test_longest_mandate_phrase_owns_its_words():
    idx = remit_index(CAT)
    text = "动态调整医疗服务价格"
    hits = idx.hits(text, 0, len(text))
    # 医疗服务价格 is the medical-security bureau's phrase; the health commission's 医疗服务
    # inside it does not count as well
    assert [h.keyword for h in hits[INSURANCE][0]] == ["医疗服务价格"]
    assert [h.keyword for h in hits[INSURANCE][1]] == []
    assert HEALTH not in hits
    # on its own, 医疗服务 is the health commission's
    assert [h.keyword for h in idx.hits("提升医疗服务", 0, 6)[HEALTH][0]] == ["医疗服务"]


def test_index_respects_the_window():
    idx = remit_index(CAT)
    text = "专利。海关"
    assert set(idx.hits(text, 0, 2)) == {IP}
    assert set(idx.hits(text, 3, 5)) == {CUSTOMS}
    assert idx.hits(text, 2, 3) == {}


def test_confident_lead_quotes_the_clause_with_the_mandate_words():
    doc, ex = _ex()
    (lead,) = _leads(ex, 1)
    assert lead.source == INSURANCE
    assert "uncertain" not in lead.props and "candidates" not in lead.props
    # three hits of 医疗服务价格/价格 for the bureau, none for anyone else: the full 0.9
    assert [ev.confidence for ev in lead.evidence] == [0.9, 0.9]
    assert [ev.quote for ev in lead.evidence] == ["调整医疗服务价格", "动态调整医疗服务价格"]
    for ev in lead.evidence:
        assert doc.original[ev.start:ev.end] == ev.quote and ev.method == "rule"
    (lead2,) = _leads(ex, 2)
    assert lead2.source == CUSTOMS and "uncertain" not in lead2.props


def test_undecided_measure_says_so_with_candidates():
    doc, ex = _ex()
    (lead,) = _leads(ex, 3)  # 专利 (IP office) and 外资 (commerce): one body hit each
    assert lead.props["uncertain"] is True
    assert lead.props["note"].startswith("uncertain:")
    assert lead.source in {IP, COMMERCE}
    assert lead.props["candidates"] == [({IP, COMMERCE} - {lead.source}).pop()]
    assert max(ev.confidence for ev in lead.evidence) <= 0.4


def test_no_mandate_word_and_no_issuer_gives_no_owner():
    doc, ex = _ex()
    leads = _leads(ex, 4)
    # no issuer is named and the text names no coordinating body: no owner at all, never a guess
    assert leads == []


def test_decision_thresholds():
    clear = Decision(["a", "b"], {"a": 4.0, "b": 1.0}, {})
    assert clear.confident and clear.lead_confidence() == 0.8 and clear.candidates() == []
    close = Decision(["a", "b", "c"], {"a": 4.0, "b": 3.0, "c": 0.5}, {})
    assert not close.confident and close.lead_confidence() == 0.4 and close.candidates() == ["b"]
    weak = Decision(["a"], {"a": 1.4}, {})
    assert not weak.confident and weak.lead_confidence() == 0.4 and weak.candidates() == []


def test_empty_catalog_remits_give_no_hits():
    class Bare:
        entries: dict = {}

    assert RemitIndex(Bare()).hits("医疗服务价格", 0, 6) == {}
