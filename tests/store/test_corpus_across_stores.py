"""The bundled corpus in both stores: identical graphs (every node, edge and evidence),
and the researcher queries in cypher/ give the same owners as the service."""

from __future__ import annotations

from medgraph import queries
from medgraph.export import export_json
from medgraph.pipeline import load
from medgraph.resources import cypher


def test_embedded_and_neo4j_hold_the_same_graph(embedded_store, neo4j_store):
    for st in (embedded_store, neo4j_store):
        report = load(st)
        assert not report.failed
    assert embedded_store.counts() == neo4j_store.counts()
    assert export_json(embedded_store) == export_json(neo4j_store)
    # a second load changes nothing in Neo4j: no duplicate nodes or relationships
    before = export_json(neo4j_store)
    again = load(neo4j_store)
    assert again.loaded == [] and export_json(neo4j_store) == before


def test_researcher_owner_query_agrees_with_the_service(neo4j_store):
    load(neo4j_store)
    for number in (1, 17, 20, 26, 31):
        ans = queries.owners(neo4j_store, str(number), policy="2026")
        records, _, _ = neo4j_store.driver.execute_query(
            cypher("owner_of_measure"), policy=ans["measure"]["policy"], number=number, database_=neo4j_store.database
        )
        rows = [r.data() for r in records]
        assert {(r["bureau_id"], r["role"]) for r in rows} == {
            *((b["id"], "lead") for b in ans["lead"]), *((b["id"], "support") for b in ans["support"])
        }
        lead_row = next(r for r in rows if r["role"] == "lead")
        assert lead_row["quotes"] == [e["quote"] for e in ans["lead"][0]["evidence"]]
        assert lead_row["chain"][-2:] == ["北京市医药健康统筹联席会议", "北京市人民政府"]


def test_researcher_reach_query_finds_what_sits_in_yizhuang(neo4j_store):
    load(neo4j_store)
    records, _, _ = neo4j_store.driver.execute_query(cypher("what_reaches"), id="district-yizhuang",
                                                     database_=neo4j_store.database)
    direct = {tuple(r["path"]) for r in records if r["hops"] == 1}
    expected = {(neo4j_store.get_node(e.source).name, "北京经济技术开发区")
                for e in neo4j_store.edges(target="district-yizhuang", type="LOCATED_IN")}
    assert expected and expected <= direct
