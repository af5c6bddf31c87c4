"""Source kinds and validity on both stores (issue 15): which source says so, and since when."""

from __future__ import annotations

import pytest
import yaml

from medgraph import queries
from medgraph.pipeline import load
from medgraph.resources import asset
from medgraph.validity import Validity

MANIFEST = {d["file"].split(".")[0]: d for d in yaml.safe_load(asset("loaders", "manifest.yaml").read_text(encoding="utf-8"))["documents"]}


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def loaded(request, tmp_path_factory):
    """The bundled corpus loaded once per backend for this module (the tests only read)."""
    if request.param == "embedded":
        from medgraph.store.embedded import EmbeddedStore

        store = EmbeddedStore(tmp_path_factory.mktemp("data"))
    else:
        import neo4j
        from neo4j_support import require_neo4j

        from medgraph.settings import Settings
        from medgraph.store.neo4j import Neo4jStore

        s = Settings(MEDGRAPH_STORE="neo4j")
        require_neo4j(s)
        with neo4j.GraphDatabase.driver(s.neo4j_uri, auth=(s.neo4j_user, s.neo4j_password)) as drv:
            drv.execute_query("MATCH (n) DETACH DELETE n", database_=s.neo4j_database)
        store = Neo4jStore(s)
    report = load(store)
    assert not report.failed
    yield store
    store.close()


def test_every_bundled_document_has_its_source_kind_and_the_text_agrees(loaded):
    docs = {d.id.removeprefix("doc-"): d for d in loaded.documents()}
    for stem, meta in MANIFEST.items():
        rec = docs[stem]
        assert rec.source_kind == meta["source_kind"], stem
        # the manifest states it; what medgraph read from the text alone is kept beside it and agrees
        assert rec.source_evidence["method"] == "manifest"
        assert rec.source_evidence["inferred"] == meta["source_kind"], (stem, rec.source_evidence)
        inferred = rec.source_evidence["inferred_evidence"]
        assert inferred["quote"], stem
    assert docs["catalog"].kind == "catalog"


def test_owner_evidence_carries_source_kinds_official_first(loaded):
    ans = queries.owners(loaded, "十七", policy="2026")
    assert ans["lead"][0]["id"] == "bureau-bj-health-commission"
    kinds = [ev["source_kind"] for b in ans["lead"] + ans["support"] for ev in b["evidence"]]
    assert kinds and set(kinds) == {"official"}
    assert not any(b.get("reporting_only") for b in ans["lead"])
    for link in ans["chain"]:   # the responsibility chain: the official text's words before the catalog's
        kinds = [ev["source_kind"] for ev in link["evidence"]]
        assert "curated" in kinds and kinds == sorted(kinds, key=["official", "curated"].index), link


def test_entity_evidence_lists_official_before_news(loaded):
    """BioPark's relationships are stated by official text, the catalog and a news story:
    whenever an edge has evidence of several kinds, official comes first."""
    ent = queries.entity(loaded, "platform-biopark")
    order = {"official": 0, "interpretation": 1, "curated": 2, "news": 3, "analysis": 4}
    seen_mixed = False
    for e in ent["out"] + ent["in"]:
        ranks = [order[ev["source_kind"]] for ev in e["evidence"]]
        assert ranks == sorted(ranks), e
        seen_mixed |= len(set(ranks)) > 1
    assert seen_mixed


def test_validity_of_the_editions(loaded):
    v = Validity(loaded)
    assert v.policy("policy-bj-measures-2026")["from"] == "2026-04-07"        # its own date line
    p2025 = v.policy("policy-bj-measures-2025")
    assert (p2025["from"], p2025["to"]) == ("2025-04-07", "2026-04-06")         # ends when 2026 starts
    assert p2025["to_basis"] == "superseded by policy-bj-measures-2026"
    plan = v.policy("policy-bj-action-plan-2024-2026")
    assert (plan["from"], plan["to"]) == ("2024-01-01", "2026-12-31")          # the period in its title


def test_as_of_before_and_after_the_2026_edition_starts(loaded):
    after = queries.owners(loaded, "十七", policy="2026", as_of="2026-05-01")
    assert after["measure"]["id"] == "policy-bj-measures-2026-m17"
    assert after["measure"]["validity"]["in_force"] is True
    with pytest.raises(queries.NotFound) as exc:
        queries.owners(loaded, "十七", policy="2026", as_of="2024-06-01")
    assert "2024-06-01" in exc.value.message
    before = queries.measure_table(loaded, as_of="2024-06-01")
    assert {r["policy"] for r in before} == {"policy-bj-action-plan-2024-2026"}
    assert len(before) == 34
    now = queries.measure_table(loaded, as_of="2026-05-01")
    assert {r["policy"] for r in now} == {"policy-bj-action-plan-2024-2026", "policy-bj-measures-2026"}
    assert len(now) == 66
    assert len(queries.measure_table(loaded, as_of="2027-01-01")) == 32   # the plan ended 2026-12-31


def test_as_of_must_be_a_date(loaded):
    with pytest.raises(queries.BadRequest):
        queries.measure_table(loaded, as_of="2026-13-01")
    with pytest.raises(queries.BadRequest):
        queries.owners(loaded, "十七", policy="2026", as_of="yesterday")


def test_graphml_carries_the_time_intervals_gephi_reads(loaded, tmp_path):
    import networkx as nx

    from medgraph.export import export_graphml

    g = nx.read_graphml(export_graphml(loaded, tmp_path / "g.graphml"))
    m17 = g.nodes["policy-bj-measures-2026-m17"]
    assert (m17["start"], m17.get("end")) == ("2026-04-07", None)
    assert isinstance(m17["prop_start"], int) and m17["prop_end"] > m17["prop_start"]   # offsets kept apart
    plan_item = g.nodes["policy-bj-action-plan-2024-2026-m1"]
    assert (plan_item["start"], plan_item["end"]) == ("2024-01-01", "2026-12-31")
    assert (g.nodes["policy-bj-measures-2025"]["start"], g.nodes["policy-bj-measures-2025"]["end"]) == ("2025-04-07", "2026-04-06")
    assert "start" not in g.nodes["district-yizhuang"]   # places are timeless
    part_of = [d for u, v, d in g.edges(data=True) if u == "policy-bj-measures-2026-m17" and d["type"] == "PART_OF"]
    assert part_of and part_of[0]["start"] == "2026-04-07"


def test_impact_as_of_leaves_out_measures_not_yet_in_force(loaded):
    """What reaches 亦庄 through measures: as of 2024-06-01 the 2026 measures do not exist yet."""
    def measures_on(ans):
        return {x["id"] for p in ans["paths"] for x in p if x.get("label") == "Measure"}

    now = queries.impact(loaded, "district-yizhuang", "Measure", max_hops=2, limit=200, direction="in", as_of="2026-05-01")
    then = queries.impact(loaded, "district-yizhuang", "Measure", max_hops=2, limit=200, direction="in", as_of="2024-06-01")
    assert any(m.startswith("policy-bj-measures-2026-") for m in measures_on(now))
    assert not any(m.startswith("policy-bj-measures-2026-") for m in measures_on(then))
    assert then["not_in_force"] > 0 and then["as_of"] == "2024-06-01"
    m = next(x for p in now["paths"] for x in p if x.get("label") == "Measure")
    assert m["validity"]["in_force"] is True
    kinds = {ev["source_kind"] for p in now["paths"] for x in p if "evidence" in x for ev in x["evidence"]}
    assert kinds and kinds <= {"official", "interpretation", "curated", "news", "analysis", "computed"}
