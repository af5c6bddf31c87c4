"""Editions: SUPERSEDES between editions, PRECEDED_BY/REPORTS_ON links, diff (API/CLI)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from medgraph import editions
from medgraph.documents import read_document
from medgraph.pipeline import bundled_files, load
from medgraph.store.embedded import EmbeddedStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = EmbeddedStore(tmp_path_factory.mktemp("editions"))
    report = load(s)
    assert not report.failed
    yield s
    s.close()


@pytest.fixture(scope="module")
def originals():
    return {read_document(p).id: read_document(p).original for p in bundled_files()}


def test_editions_are_policies_and_supersede(store):
    ids = {p.id for p in store.nodes("Policy")}
    assert {"policy-bj-measures-2024", "policy-bj-measures-2025", "policy-bj-measures-2026",
            "policy-bj-action-plan-2024-2026", "policy-cn-gov-opinion-2024-53"} <= ids
    sup = {(e.source, e.target) for e in store.edges(type="SUPERSEDES")}
    assert ("policy-bj-measures-2026", "policy-bj-measures-2025") in sup
    assert ("policy-bj-measures-2025", "policy-bj-measures-2024") in sup


def test_preceded_by_links_quote_both_headings(store, originals):
    edges = store.edges(type="PRECEDED_BY")
    assert edges
    for e in edges:
        assert e.source.startswith("policy-bj-measures-2026-m") and e.target.startswith("policy-bj-action-plan")
        assert {ev.document for ev in e.evidence} == {"doc-002_fcea5f933e28d780", "doc-003_58624516628e3d39"}
        for ev in e.evidence:
            assert originals[ev.document][ev.start:ev.end] == ev.quote and ev.method == "rule"
        json.loads(e.props["targets_json"])
    pairs = {(e.source, e.target) for e in edges}
    assert ("policy-bj-measures-2026-m17", "policy-bj-action-plan-2024-2026-m14") in pairs


def test_reports_on(store, originals):
    edges = store.edges(type="REPORTS_ON")
    hit = [e for e in edges if e.source == "doc-001_82580fe6fbfa4a1b" and e.target == "policy-bj-measures-2026-m17"]
    assert hit, "51个创新药品快速挂网 reports on measure 17 (绿色通道快速挂网)"
    for e in edges:
        for ev in e.evidence:
            assert originals[ev.document][ev.start:ev.end] == ev.quote


def test_diff_plan_2026(store, originals):
    d = editions.diff(store, "plan", "2026")
    assert d["a"]["id"] == "policy-bj-action-plan-2024-2026" and d["b"]["id"] == "policy-bj-measures-2026"
    assert d["matched"] and d["changed"]
    assert len(d["matched"]) + len(d["added"]) == 32 and len(d["matched"]) + len(d["removed"]) == 34
    for m in d["matched"]:
        for ev in m["evidence"]:
            assert originals[ev["document"]][ev["start"]:ev["end"]] == ev["quote"]
        for p in m["targets"]:
            for side in ("a", "b"):
                if p[side]:
                    t = p[side]
                    assert originals[t["document"]][t["start"]:t["end"]] == t["quote"]
    row = next(p for p in d["policy_targets"] if p["a"] and p["b"] and p["b"]["value"] == 18)
    assert row["a"]["value"] == 10 and row["change"] == "raised"


def test_diff_2025_2026_explains_what_is_known(store, originals):
    d = editions.diff(store, "2025", "2026")
    assert d["a"]["id"] == "policy-bj-measures-2025" and not d["a"]["loaded"]
    assert any("no loaded text" in n for n in d["notes"])
    assert any(s["source"] == "policy-bj-measures-2026" and s["target"] == "policy-bj-measures-2025" for s in d["supersedes"])
    a_side = [p["a"] for p in d["policy_targets"] if p["a"]]
    assert a_side and all(t["document"] != "doc-002_fcea5f933e28d780" for t in a_side)
    for t in a_side:
        assert originals[t["document"]][t["start"]:t["end"]] == t["quote"]
    # 2024 → 2025 (from the comparison article): 28 weeks → 20 weeks
    d2 = editions.diff(store, "2024", "2025")
    row = next(p for p in d2["policy_targets"] if p["a"] and p["b"] and p["a"]["value"] == 28)
    assert row["b"]["value"] == 20 and row["b"]["unit"] == "周"


def test_reload_and_unload_keep_links_consistent(store):
    before = sorted(e.key for e in store.edges(type="PRECEDED_BY"))
    load(store, force=True)
    assert sorted(e.key for e in store.edges(type="PRECEDED_BY")) == before
    store.unload("doc-003_58624516628e3d39")
    assert store.edges(type="PRECEDED_BY") == []
    load(store, [p for p in bundled_files() if p.name.startswith("003_")])
    assert sorted(e.key for e in store.edges(type="PRECEDED_BY")) == before


def test_cli_diff_json(store, monkeypatch, tmp_path):
    from medgraph.cli import app
    from medgraph.settings import get_settings

    monkeypatch.setenv("MEDGRAPH_DATA_DIR", str(store.data_dir))
    monkeypatch.setenv("MEDGRAPH_STORE", "embedded")
    get_settings.cache_clear()
    try:
        res = CliRunner().invoke(app, ["diff", "plan", "2026", "--json"])
        assert res.exit_code == 0, res.output
        data = json.loads(res.stdout)
        assert data["b"]["id"] == "policy-bj-measures-2026" and data["matched"]
        res = CliRunner().invoke(app, ["diff", "plan", "2026"])
        assert res.exit_code == 0 and "matched measures" in res.stdout
    finally:
        get_settings.cache_clear()


def test_api_diff(store):
    from fastapi.testclient import TestClient

    from medgraph.api.app import create_app
    from medgraph.settings import get_settings

    client = TestClient(create_app(store, get_settings()))
    r = client.get("/policies/plan/diff/2026")
    assert r.status_code == 200, r.text
    assert r.json()["matched"]
    assert client.get("/policies/nope/diff/2026").status_code == 404
