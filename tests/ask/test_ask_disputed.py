"""An /ask answer about something documents disagree on is never certain: the three documents
of tests/store/conflict_docs (an official notice, a news story, an interpretation) give
北京市医药健康产业投资基金 200 and 300 亿元 and put 中关村生命科学园 in 昌平 and in 海淀."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgraph import ask
from medgraph.pipeline import load
from medgraph.store.embedded import EmbeddedStore

DOCS = Path(__file__).resolve().parents[1] / "store" / "conflict_docs"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = EmbeddedStore(tmp_path_factory.mktemp("ask-disputed"))
    report = load(s, sorted(DOCS.glob("*.txt")))
    assert not report.failed and len(report.loaded) == 3
    yield s
    s.close()


def test_a_fund_size_sources_disagree_on_is_disputed(store):
    body = ask.ask(store, "北京市医药健康产业投资基金规模多大")
    assert body["interpretation"]["intent"] == "fund"
    assert body["certainty"]["facts"] == "disputed" and body["certain"] is False
    assert any("size_yi" in r for r in body["certainty"]["reasons"])


def test_a_place_sources_disagree_on_is_disputed(store):
    body = ask.ask(store, "中关村生命科学园在哪个区")
    assert body["interpretation"]["intent"] == "where"
    assert body["certainty"]["facts"] == "disputed" and body["certain"] is False
