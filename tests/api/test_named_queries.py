"""Named queries as data (issue 14): GET /queries lists cypher/ files with a header; POST
/queries/{name} runs one with parameters on both stores, and answers the same facts."""

from __future__ import annotations

from medgraph import named_queries as nq
from medgraph.resources import asset_dir

RESEARCHER = {"owner_of_measure", "what_reaches", "measures_by_bureau", "within_hops_of_place",
              "funds_and_what_they_fund", "measures_changed_between_editions", "documents_behind_fact",
              "where_is", "measure_targets", "policy_measures"}


def test_every_listed_query_has_title_description_and_typed_examples(client):
    r = client.get("/queries")
    assert r.status_code == 200
    listed = {q["name"]: q for q in r.json()}
    assert set(listed) == RESEARCHER
    for q in listed.values():
        assert q["title"] and q["description"], q["name"]
        for p in q["params"]:
            assert p["type"] in nq.TYPES and p["example"] not in (None, ""), (q["name"], p)
        assert (asset_dir("cypher") / f"{q['name']}.cypher").read_text(encoding="utf-8") == q["cypher"]


def test_store_statements_are_not_listed():
    assert "upsert_nodes" not in nq.catalogue() and "owners_bundle" not in nq.catalogue()


def test_owner_of_measure_17_names_the_health_commission(client, backend):
    r = client.post("/queries/owner_of_measure", json={"policy": "policy-bj-measures-2026", "number": "17"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["params"] == {"policy": "policy-bj-measures-2026", "number": 17}   # "17" typed as the header says
    if backend == "neo4j":
        leads = {row["bureau_id"] for row in body["rows"] if row["role"] == "lead"}
    else:
        leads = {b["id"] for b in body["answer"]["lead"]}
    assert leads == {"bureau-bj-health-commission"}


def test_measures_by_bureau_agree_across_stores(client, backend):
    r = client.post("/queries/measures_by_bureau", json={"bureau": "bureau-bj-customs"})
    assert r.status_code == 200, r.text
    rows = r.json()["rows"] if backend == "neo4j" else r.json()["answer"]["rows"]
    # the bundled documents name no owners: customs' roles come from the remit rule, whose
    # keywords are the bureaus' mandates since issue 16.1 (customs supports 2026 measure 15
    # and plan item 31; it led 2026 measure 15 when the remits were written from the measures)
    assert {(x["measure"], x["role"]) for x in rows} == {
        ("policy-bj-measures-2026-m15", "support"), ("policy-bj-action-plan-2024-2026-m31", "support")}


def test_fund_sizes(client, backend):
    r = client.post("/queries/funds_and_what_they_fund", json={})
    assert r.status_code == 200, r.text
    rows = r.json()["rows"] if backend == "neo4j" else r.json()["answer"]["rows"]
    sizes = {x["fund"]: x["amount_yi"] for x in rows}
    assert sizes["fund-bj-medicine-health-industry"] == 500.0


def test_bad_parameters_and_unknown_names(client):
    assert client.post("/queries/owner_of_measure", json={"policy": "p"}).status_code == 422   # number missing
    r = client.post("/queries/owner_of_measure", json={"policy": "p", "number": "seventeen"})
    assert r.status_code == 422 and "integer" in r.json()["error"]
    assert client.post("/queries/owner_of_measure", json={"policy": "p", "number": 1, "x": 1}).status_code == 422
    r = client.post("/queries/no_such_query", json={})
    assert r.status_code == 404 and any(c["id"] == "owner_of_measure" for c in r.json()["close_matches"])
