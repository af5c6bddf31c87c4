"""The HTTP API over the bundled corpus. Expected answers come from the documents
themselves (loaders/corpus/), not from running the implementation."""

from __future__ import annotations

import json

import pytest

from api_support import CORPUS, original_text

DOC_2026 = "002_fcea5f933e28d780.txt"   # 北京市支持创新医药高质量发展若干措施（2026年）, (一)…(三十二)
DOC_PLAN = "003_58624516628e3d39.txt"   # 北京市加快医药健康协同创新行动计划(2024-2026年), 1.…34.
YIZHUANG = "district-yizhuang"


@pytest.fixture(scope="module")
def corpus_ids() -> dict[str, str]:
    """document id → original text, for every bundled file."""
    from medgraph.documents import read_document

    return {read_document(p).id: original_text(p.name) for p in sorted(CORPUS.iterdir())}


def _doc_id(name: str) -> str:
    from medgraph.documents import read_document

    return read_document(CORPUS / name).id


def _heading(client, measure_id: str) -> str:
    r = client.get(f"/entities/{measure_id}")
    assert r.status_code == 200, r.text
    node = r.json()
    assert node["label"] == "Measure"
    return node["props"].get("heading") or node["name"]


def _assert_error(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body["error"], str) and body["error"].strip()
    assert isinstance(body["close_matches"], list)
    return body


# --- health, measures -------------------------------------------------------------------
def test_health_reports_store_counts_and_documents(client, backend):
    r = client.get("/health")
    assert r.status_code == 200, r.text
    h = r.json()
    assert h["status"] == "ok"
    assert h["store"] == backend
    loaded = {d["id"] for d in h["documents"]}
    for name in (p.name for p in CORPUS.iterdir()):
        assert _doc_id(name) in loaded, name
    # 32 measures in the 2026 list, 34 in the action plan, none elsewhere in the corpus
    assert h["counts"]["labels"]["Measure"] == 32 + 34
    assert h["counts"]["types"]["LEADS"] > 0
    assert h["writes_enabled"] is True


def test_measures_filtered_by_policy(client):
    rows = client.get("/measures", params={"policy": "2026"}).json()
    numbers = sorted(r["number"] for r in rows)
    assert numbers == list(range(1, 33))
    assert len({r["policy"] for r in rows}) == 1


# --- owners -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["十七", "17", "(十七)", "（十七）", "第十七条"])
def test_owner_by_number_in_any_form(client, corpus_ids, text):
    r = client.get("/owners", params={"measure": text, "policy": "2026"})
    assert r.status_code == 200, r.text
    ans = r.json()
    assert ans["measure"] is not None, ans
    assert ans["measure"]["number"] == 17
    assert _heading(client, ans["measure"]["id"]) == "完善创新药械入院使用"
    # gold (tests/gold): 北京市卫生健康委员会 leads 完善创新药械入院使用
    assert [o["id"] for o in ans["lead"]] == ["bureau-bj-health-commission"], ans["lead"]
    doc = _doc_id(DOC_2026)
    seen_in_doc = 0
    for owner in ans["lead"]:
        assert client.get(f"/entities/{owner['id']}").json()["label"] == "Bureau"
        assert owner["evidence"], owner
        for ev in owner["evidence"]:
            assert ev["quote"] and ev["start"] < ev["end"]
            if ev["document"] in corpus_ids:
                assert corpus_ids[ev["document"]][ev["start"]:ev["end"]] == ev["quote"], ev
            if ev["document"] == doc:
                seen_in_doc += 1
    assert seen_in_doc, "the lead of measure 17 should cite the 2026 measures document"


def test_owner_by_heading_words(client):
    r = client.get("/owners", params={"measure": "手术机器人入院"})
    assert r.status_code == 200, r.text
    ans = r.json()
    assert ans["measure"] is not None, ans
    assert _heading(client, ans["measure"]["id"]) == "推动手术机器人入院使用"
    assert ans["measure"]["number"] == 20


def test_owner_in_traditional_script(client):
    ans = client.get("/owners", params={"measure": "醫保支付"}).json()
    assert ans["measure"] is not None, ans
    assert _heading(client, ans["measure"]["id"]) == "深化医保支付改革"


def test_ambiguous_number_returns_candidates_from_both_policies(client):
    r = client.get("/owners", params={"measure": "17"})
    assert r.status_code == 200, r.text
    ans = r.json()
    assert ans["measure"] is None
    assert ans["lead"] == [] and ans["support"] == []
    assert sorted((c["policy"], c["number"]) for c in ans["candidates"]) == [
        ("policy-bj-action-plan-2024-2026", 17), ("policy-bj-measures-2026", 17)]
    headings = {_heading(client, c["id"]) for c in ans["candidates"]}
    assert {"完善创新药械入院使用", "推进药品创新发展"} <= headings   # 002 (十七), 003 17.


def test_unknown_measure_is_404_with_close_matches(client):
    body = _assert_error(client.get("/owners", params={"measure": "量子引力火箭发动机研制"}), 404)
    assert body["close_matches"] and all({"id", "name"} <= set(c) for c in body["close_matches"])
    body = _assert_error(client.get("/owners", params={"measure": "99", "policy": "2026"}), 404)
    assert "99" in body["error"] and body["close_matches"]


def test_owners_json_is_the_query_json(client, loaded):
    from medgraph import queries

    store, _ = loaded
    expected = json.loads(json.dumps(queries.owners(store, "十七", "2026"), ensure_ascii=False))
    assert client.get("/owners", params={"measure": "十七", "policy": "2026"}).json() == expected


# --- impact -------------------------------------------------------------------------------
def test_impact_into_yizhuang_reaches_products(client):
    r = client.get("/impact", params={"from": YIZHUANG, "to": "Product", "direction": "in", "max_hops": 3})
    assert r.status_code == 200, r.text
    ans = r.json()
    assert ans["from"]["id"] == YIZHUANG
    assert ans["paths"], "some product is located in 北京经济技术开发区 (亦庄)"
    for path in ans["paths"]:
        assert len(path) % 2 == 1 and len(path) <= 2 * 3 + 1
        assert path[0]["id"] == YIZHUANG and path[-1]["label"] == "Product"
        for i in range(1, len(path), 2):
            edge = path[i]
            assert edge["evidence"], edge
            # direction=in: every edge points toward the start
            assert edge["target"] == path[i - 1]["id"] and edge["source"] == path[i + 1]["id"]


@pytest.mark.parametrize("hops", [0, 7, 9])
def test_impact_max_hops_out_of_range_is_422(client, hops):
    body = _assert_error(client.get("/impact", params={"from": YIZHUANG, "max_hops": hops}), 422)
    assert "max_hops" in body["error"]


def test_impact_bad_direction_and_missing_from_are_422(client):
    assert "direction" in _assert_error(client.get("/impact", params={"from": YIZHUANG, "direction": "up"}), 422)["error"]
    assert "from" in _assert_error(client.get("/impact"), 422)["error"]


def test_impact_unknown_entity_is_404(client):
    _assert_error(client.get("/impact", params={"from": "不存在的机构名称xyz"}), 404)


# --- entities, neighborhood ---------------------------------------------------------------
def test_search_in_traditional_script_finds_yizhuang(client):
    hits = client.get("/entities", params={"q": "亦莊"}).json()
    assert any(h["id"] == YIZHUANG and h["label"] == "District" for h in hits), hits
    only = client.get("/entities", params={"q": "亦莊", "label": "District"}).json()
    assert only and all(h["label"] == "District" for h in only)


def test_search_bad_label_is_422(client):
    _assert_error(client.get("/entities", params={"q": "亦庄", "label": "Planet"}), 422)


def test_entity_has_evidence_and_degree(client):
    r = client.get(f"/entities/{YIZHUANG}")
    assert r.status_code == 200, r.text
    e = r.json()
    assert e["label"] == "District"
    assert e["degree"] == len(e["out"]) + len(e["in"]) > 0
    assert all(edge["evidence"] for edge in e["out"] + e["in"])
    # the degree agrees with the one-hop neighborhood
    hood = client.get(f"/graph/neighborhood/{YIZHUANG}", params={"depth": 1, "limit": 1000}).json()
    touching = [x for x in hood["edges"] if YIZHUANG in (x["source"], x["target"])]
    assert len(touching) == e["degree"]


def test_unknown_entity_is_404_with_close_matches(client):
    body = _assert_error(client.get("/entities/亦庄"), 404)
    assert any(c["id"] == YIZHUANG for c in body["close_matches"]), body


def test_neighborhood_shape_and_limits(client):
    r = client.get(f"/graph/neighborhood/{YIZHUANG}", params={"depth": 2, "limit": 15})
    assert r.status_code == 200, r.text
    g = r.json()
    ids = {n["id"] for n in g["nodes"]}
    assert YIZHUANG in ids and 1 < len(ids) <= 15
    for edge in g["edges"]:
        assert edge["source"] in ids and edge["target"] in ids and edge["evidence"]
    _assert_error(client.get(f"/graph/neighborhood/{YIZHUANG}", params={"depth": 4}), 422)
    _assert_error(client.get("/graph/neighborhood/no-such-node"), 404)


def test_unknown_route_is_json(client):
    _assert_error(client.get("/no/such/endpoint"), 404)


def test_openapi_documents_the_owner_example(client):
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/owners"]["get"]["parameters"]}
    assert "十七" in json.dumps(params["measure"], ensure_ascii=False)
    assert "2026" in json.dumps(params["policy"])
    assert "candidates" in spec["paths"]["/owners"]["get"]["description"]
    assert client.get("/docs").status_code == 200
