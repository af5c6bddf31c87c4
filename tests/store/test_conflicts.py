"""Conflicts between sources, on both stores (issue 15): documents written here (an official
notice, a news story and an interpretation) disagree on a park's place and area and on a
fund's size; the graph keeps every value with its evidence, the official value first, and
nested/overlapping places are not conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgraph import conflicts as cf
from medgraph.pipeline import load

DOCS = Path(__file__).resolve().parent / "conflict_docs"


@pytest.fixture
def loaded(store):
    report = load(store, [p for p in sorted(DOCS.glob("*.txt"))])
    assert not report.failed and len(report.loaded) == 3
    return store


def _by(ans, entity, attribute):
    hits = [c for c in ans["conflicts"] if c["entity"]["id"] == entity and c["attribute"] == attribute]
    assert len(hits) == 1, [(c["entity"]["id"], c["attribute"]) for c in ans["conflicts"]]
    return hits[0]


def test_source_kinds_of_the_three_documents(loaded):
    kinds = {d.id: d.source_kind for d in loaded.documents() if d.id.startswith("doc-")}
    assert kinds == {"doc-official": "official", "doc-news": "news", "doc-interp": "interpretation"}


def test_exactly_the_disagreements_official_value_first(loaded):
    ans = cf.conflicts(loaded)
    assert sorted((c["entity"]["id"], c["attribute"]) for c in ans["conflicts"]) == [
        ("fund-bj-medicine-health-industry-investment", "size_yi"),
        ("platform-zgc-life-science-park", "area_km2"),
        ("platform-zgc-life-science-park", "located_in"),
    ]
    area = _by(ans, "platform-zgc-life-science-park", "area_km2")
    assert [(v["value"], v["best_source_kind"]) for v in area["values"]] == [
        (5.5, "official"), (5.8, "interpretation"), (6.5, "news")]
    fund = _by(ans, "fund-bj-medicine-health-industry-investment", "size_yi")
    assert [v["value"] for v in fund["values"]] == [200.0, 300.0]
    assert [s["document"] for s in fund["values"][0]["sources"]] == ["doc-official", "doc-interp"]
    place = _by(ans, "platform-zgc-life-science-park", "located_in")
    assert [v["value"] for v in place["values"]] == ["district-changping", "district-haidian"]
    assert place["values"][1]["sources"][0]["source_kind"] == "news"


def test_every_quote_is_the_source_text(loaded):
    texts = {f"doc-{p.stem}": p.read_text(encoding="utf-8") for p in DOCS.glob("*.txt")}
    for c in cf.conflicts(loaded)["conflicts"]:
        for v in c["values"]:
            for s in v["sources"]:
                if s["document"] in texts:
                    assert texts[s["document"]][s["start"]:s["end"]] == s["quote"]


def test_overlapping_places_are_not_a_conflict(loaded):
    """BioPark: in 大兴区 (the interpretation) and in 北京经济技术开发区 (the catalog): the
    zone spans part of 大兴区, so both hold."""
    edges = loaded.edges(source="platform-biopark", type="LOCATED_IN")
    assert {e.target for e in edges} == {"district-daxing", "district-yizhuang"}
    assert cf.conflicts(loaded, "platform-biopark")["conflicts"] == []


def test_gazetteer_nesting_and_overlap(loaded):
    gaz = cf.Gazetteer(loaded)
    assert gaz.compatible("district-yizhuang", "district-daxing")
    assert gaz.compatible("district-tongzhou", "district-yizhuang")
    assert gaz.compatible("district-changping", "district-changping")
    assert not gaz.compatible("district-changping", "district-haidian")
