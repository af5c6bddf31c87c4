"""SUPERSEDES from a document's own words is ``explicit`` only when the repeal clause names the
earlier policy; a generic 以此为准 clause names none, so the document asserts no SUPERSEDES
(which edition it replaces is then the catalog's curated fact, labelled ``catalog``)."""

from __future__ import annotations

from medgraph.catalog import CATALOG_DOC_ID, load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.pipeline import bundled_files

HEAD = """某市科学技术局关于印发《某市促进生物医药产业发展若干措施（2028年）》的通知
某科发〔2028〕3号
各有关单位：
现将《某市促进生物医药产业发展若干措施（2028年）》印发给你们，请认真执行。{clause}

1. 建设中试平台。支持企业建设中试平台，服务企业不少于50家。
2. 加快临床试验。临床试验启动用时压缩至18周以内。
3. 扩大保险保障。推动商业健康保险将更多创新药纳入保障范围。
4. 加强人才服务。做好高端人才引进服务保障。
"""
NEW = "policy-某市促进生物医药产业发展若干措施-2028"
OLD = "policy-某市促进生物医药产业发展若干措施-2026"


def _supersedes(clause: str):
    doc = read_bytes(HEAD.format(clause=clause).encode("utf-8"), "sup-2028.txt")
    ex = extract(doc)
    return doc, [e for e in ex.edges if e.type == "SUPERSEDES"]


def test_repeal_clause_naming_the_old_policy_is_explicit():
    clause = "原《某市促进生物医药产业发展若干措施（2026年）》同时废止。"
    doc, edges = _supersedes(clause)
    assert [(e.source, e.target) for e in edges] == [(NEW, OLD)]
    (ev,) = edges[0].evidence
    assert (ev.method, ev.confidence) == ("explicit", 0.9)
    assert ev.quote == clause.rstrip("。") and doc.original[ev.start:ev.end] == ev.quote


def test_generic_clause_asserts_nothing():
    _, edges = _supersedes("此前发布的有关规定与本文不一致的，以此为准。")
    assert edges == []


def test_bundled_2026_measures_supersede_2025_only_by_the_catalog():
    """002's clause 此前发布的有关规定与本文不一致的，以此为准 names no earlier policy: the
    document asserts no SUPERSEDES; the catalog's edge (2026 → 2025) quotes the YAML."""
    path = next(p for p in bundled_files() if p.name.startswith("002_"))
    doc = read_bytes(path.read_bytes(), path.name)
    assert "以此为准" in doc.original
    assert [e for e in extract(doc).edges if e.type == "SUPERSEDES"] == []
    cat = [e for e in load_catalog().extraction().edges if e.type == "SUPERSEDES"]
    edge = next(e for e in cat if (e.source, e.target) == ("policy-bj-measures-2026", "policy-bj-measures-2025"))
    assert {(ev.document, ev.method) for ev in edge.evidence} == {(CATALOG_DOC_ID, "catalog")}
