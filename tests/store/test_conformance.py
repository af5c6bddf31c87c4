"""The GraphStore contract (medgraph.store.base), run against every backend.

Expected answers come from the fixture extractions through `Reference` (conftest.py), a
naive model of the Protocol's docstrings, plus spot checks spelled out from the fixture
constants. Run: PYTHONPATH=src python -m pytest tests/store -q -rs
"""

from __future__ import annotations

import pytest

from medgraph.models import DERIVED_BY, DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.store.base import GraphStore


def load(store, ref, *exs):
    for ex in exs:
        store.upsert(ex)
        if ref is not None:
            ref.upsert(ex)


def loaded(store, fx):
    """catalog, then A, then B — into the store and into a reference model."""
    ref = fx.Reference()
    load(store, ref, fx.catalog, fx.a, fx.b)
    return ref


def dump(items):
    return [x.model_dump() for x in items]


def dump_paths(paths):
    return [[x.model_dump() | {"_kind": type(x).__name__} for x in p] for p in paths]


def assert_same_graph(store, ref):
    assert dump(store.nodes()) == dump(ref.nodes())
    assert dump(store.edges()) == dump(ref.edges())
    assert store.counts() == ref.counts()
    assert [d.model_dump() for d in store.documents()] == [ref.docs[k].model_dump() for k in sorted(ref.docs)]


# ------------------------------------------------------------------------- writes
def test_is_a_graphstore(store):
    assert isinstance(store, GraphStore)
    assert isinstance(store.name, str) and store.name


def test_empty_store(store, fx):
    assert store.nodes() == [] and store.edges() == [] and store.documents() == []
    assert store.counts() == {"labels": {}, "types": {}}
    assert store.get_node(fx.BUREAU) is None and store.document(fx.DOC_A) is None
    assert store.search(["北京"]) == [] and store.neighborhood(fx.BUREAU) == ([], [])
    assert store.paths(fx.BUREAU, to_label="Measure") == []


def test_counts_after_load(store, fx):
    ref = loaded(store, fx)
    c = store.counts()
    assert c == ref.counts()
    # spelled out from the fixture: one Document node per loaded document, shared nodes once
    every_node = {n.id for ex in (fx.catalog, fx.a, fx.b) for n in ex.nodes} | {fx.CATALOG, fx.DOC_A, fx.DOC_B}
    assert sum(c["labels"].values()) == len(every_node)
    assert c["labels"]["Document"] == 3
    every_edge = {e.key for ex in (fx.catalog, fx.a, fx.b) for e in ex.edges}
    assert sum(c["types"].values()) == len(every_edge)
    assert all(v > 0 for part in c.values() for v in part.values())
    assert_same_graph(store, ref)


def test_document_node(store, fx):
    load(store, None, fx.catalog, fx.a, fx.b)
    for ex in (fx.a, fx.b):
        n = store.get_node(ex.document.id)
        assert n is not None and n.label == "Document"
        assert n.name == (ex.document.title or ex.document.id)
        assert n.documents == [ex.document.id]
        assert n.props == {k: v for k, v in ex.document.model_dump(exclude={"id"}).items() if v not in ("", [], None)}
    assert store.get_node(fx.DOC_B).name == fx.DOC_B  # B has no title


def test_idempotent_reload(store, fx):
    ref = loaded(store, fx)
    before_nodes, before_edges, before_counts = dump(store.nodes()), dump(store.edges()), store.counts()
    load(store, ref, fx.a, fx.b, fx.a)
    assert store.counts() == before_counts
    assert dump(store.nodes()) == before_nodes
    assert dump(store.edges()) == before_edges  # identical evidence lists, nothing doubled
    assert_same_graph(store, ref)


def test_reload_edited_document_retracts_stale_facts(store, fx):
    ref = loaded(store, fx)
    edited = fx.b.model_copy(update={
        "nodes": [n for n in fx.b.nodes if n.id != fx.PRODUCT],
        "edges": [e for e in fx.b.edges if fx.PRODUCT not in (e.source, e.target)],
        "document": fx.b.document.model_copy(update={"sha256": "e" * 64, "title": "改过的新闻"}),
    })
    load(store, ref, edited)
    assert store.get_node(fx.PRODUCT) is None
    assert store.edges(target=fx.PRODUCT) == [] and store.edges(source=fx.PRODUCT) == []
    assert store.document(fx.DOC_B).sha256 == "e" * 64
    assert store.get_node(fx.DOC_B).name == "改过的新闻"
    assert_same_graph(store, ref)


def test_unload_one_document(store, fx):
    ref = loaded(store, fx)
    before = store.counts()
    removed = store.unload(fx.DOC_B)
    expected = ref.unload(fx.DOC_B)
    assert removed == expected
    after = store.counts()
    assert removed["nodes"] == sum(before["labels"].values()) - sum(after["labels"].values())
    assert removed["edges"] == sum(before["types"].values()) - sum(after["types"].values())
    # B-only nodes gone, shared ones stay without B
    b_only = {n.id for n in fx.b.nodes} - {n.id for ex in (fx.a, fx.catalog) for n in ex.nodes}
    assert b_only == {fx.PRODUCT, fx.ORG, fx.STATION, fx.HOSPITAL, fx.CENTER}
    for nid in b_only | {fx.DOC_B}:
        assert store.get_node(nid) is None
    for nid in (fx.BUREAU, fx.MEASURE, fx.DISTRICT, fx.PLATFORM):
        n = store.get_node(nid)
        assert n is not None and fx.DOC_B not in n.documents and fx.DOC_A in n.documents
    # catalog evidence does not keep ORG's edge alive once ORG is gone
    assert store.edges(source=fx.ORG) == []
    # no evidence of B anywhere; A's evidence intact
    assert all(ev.document != fx.DOC_B for e in store.edges() for ev in e.evidence)
    lead = store.edges(source=fx.BUREAU, target=fx.MEASURE, type="LEADS")
    assert [ev.document for ev in lead[0].evidence] == [fx.DOC_A]
    assert store.document(fx.DOC_B) is None and [d.id for d in store.documents()] == [fx.CATALOG, fx.DOC_A]
    assert_same_graph(store, ref)


def test_unload_keeps_edge_with_catalog_evidence_between_surviving_nodes(store, fx):
    ref = loaded(store, fx)
    store.unload(fx.DOC_A)
    ref.unload(fx.DOC_A)
    rep = store.edges(source=fx.BUREAU, target=fx.GOV, type="REPORTS_TO")
    assert len(rep) == 1 and [ev.document for ev in rep[0].evidence] == [fx.CATALOG]
    assert store.get_node(fx.FUND) is None and store.get_node(fx.POLICY) is None
    assert_same_graph(store, ref)


def test_unload_all_leaves_empty_graph(store, fx):
    loaded(store, fx)
    for doc in (fx.DOC_A, fx.CATALOG, fx.DOC_B):
        store.unload(doc)
    assert store.nodes() == [] and store.edges() == [] and store.documents() == []
    assert store.counts() == {"labels": {}, "types": {}}


def _computed(fx, edges: list[tuple[str, str, str, str]], sha: str) -> Extraction:
    """A computed pseudo-document (like ``editions``) asserting edges that quote document A."""
    out = [Edge(source=s, target=t, type=ty, props={DERIVED_BY: "computed-links", "score": 0.5},
                evidence=[fx.ev(fx.TEXT_A, fx.DOC_A, quote, method="rule", confidence=0.5)])
           for s, t, ty, quote in edges]
    return Extraction(document=DocumentRecord(id="computed-links", kind="computed", sha256=sha), nodes=[], edges=out)


def test_derived_edges_live_only_while_their_computation_asserts_them(store, fx):
    """An edge a computed document asserts quotes other documents, yet must vanish when the
    computation stops producing it (re-upsert) or is unloaded — never linger as a stale fact."""
    loaded(store, fx)
    own = dump(store.edges())
    one = (fx.MEASURE, fx.POLICY, "PRECEDED_BY", "完善创新药械入院使用")
    two = (fx.BUREAU2, fx.MEASURE, "REPORTS_ON", "北京市卫生健康委员会")
    store.upsert(_computed(fx, [one, two], "1" * 64))
    derived = [e for e in store.edges() if e.props.get(DERIVED_BY) == "computed-links"]
    assert {(e.source, e.target, e.type) for e in derived} == {one[:3], two[:3]}
    assert all(ev.document == fx.DOC_A for e in derived for ev in e.evidence)
    # the computation no longer produces `two`: it goes, `one` stays
    store.upsert(_computed(fx, [one], "2" * 64))
    assert store.edges(source=fx.BUREAU2, target=fx.MEASURE, type="REPORTS_ON") == []
    kept = store.edges(source=fx.MEASURE, target=fx.POLICY, type="PRECEDED_BY")
    assert any(e.props.get(DERIVED_BY) == "computed-links" for e in kept)
    # unloading the computed document removes what it asserted, and nothing else
    store.unload("computed-links")
    assert not [e for e in store.edges() if e.props.get(DERIVED_BY)]
    assert dump(store.edges()) == own


def test_unload_unknown_document(store, fx):
    load(store, None, fx.catalog, fx.a)
    with pytest.raises(KeyError) as info:
        store.unload("doc-nope")
    assert "doc-nope" in str(info.value)
    assert store.document(fx.DOC_A) is not None


def test_upsert_is_all_or_nothing(store, fx):
    # A refers to gov-beijing, which only the catalog brings: without it A must be refused whole
    with pytest.raises(ValueError):
        store.upsert(fx.a)
    assert store.nodes() == [] and store.edges() == [] and store.documents() == []
    load(store, None, fx.catalog)
    before = (dump(store.nodes()), dump(store.edges()), store.counts())
    bad = fx.b.model_copy(update={"edges": [*fx.b.edges, Edge(source=fx.ORG, target=fx.GOV, type="REPORTS_TO")]})
    with pytest.raises(ValueError):
        store.upsert(bad)  # an edge without evidence is a bug
    assert (dump(store.nodes()), dump(store.edges()), store.counts()) == before


# -------------------------------------------------------------------------- reads
def test_get_node_roundtrip(store, fx):
    ref = loaded(store, fx)
    fund = store.get_node(fx.FUND)
    src = next(n for n in fx.a.nodes if n.id == fx.FUND)
    assert fund.props["amount_yi"] == src.props["amount_yi"] and isinstance(fund.props["amount_yi"], float)
    assert fund.label == "Fund" and fund.name == src.name and fund.documents == [fx.DOC_A]
    m = store.get_node(fx.MEASURE)
    assert m.props["number"] == 17 and isinstance(m.props["number"], int)
    assert m.props["body"] == "推动手术机器人入院"  # B's non-empty body, A's None was never stored
    assert m.documents == sorted([fx.DOC_A, fx.DOC_B])
    d = store.get_node(fx.DISTRICT)
    alias_order = list(dict.fromkeys(a for ex in (fx.catalog, fx.a, fx.b) for n in ex.nodes if n.id == fx.DISTRICT
                                     for a in n.aliases))
    assert d.aliases == alias_order
    assert d.documents == sorted([fx.CATALOG, fx.DOC_A, fx.DOC_B])
    pol = store.get_node(fx.POLICY)
    assert "doc_number" not in pol.props  # empty values are not stored
    for nid in ref.n:
        assert store.get_node(nid).model_dump() == ref.n[nid].model_dump()
    assert store.get_node("nope") is None


def test_nodes_by_label_sorted(store, fx):
    ref = loaded(store, fx)
    for label in ("Bureau", "Measure", "District", "Document", "Fund", "Organization"):
        got = store.nodes(label)
        assert [n.id for n in got] == sorted(n.id for n in ref.n.values() if n.label == label)
        assert got and all(n.label == label for n in got)
    assert [n.id for n in store.nodes()] == sorted(ref.n)
    assert store.nodes("NoSuchLabel") == []


def test_edges_filters(store, fx):
    ref = loaded(store, fx)
    cases = [dict(), dict(source=fx.BUREAU), dict(target=fx.MEASURE), dict(type="LEADS"),
             dict(target=fx.MEASURE, type="LEADS"), dict(source=fx.MEASURE, type="TARGETS"),
             dict(source=fx.PLATFORM, target=fx.DISTRICT), dict(source=fx.FUND, target=fx.MEASURE, type="FUNDS"),
             dict(source="nope"), dict(type="SUPERSEDES")]
    for kw in cases:
        got = store.edges(**kw)
        assert dump(got) == dump(ref.edges(**kw)), kw
        assert [e.key for e in got] == sorted(e.key for e in got)
    leads = store.edges(target=fx.MEASURE, type="LEADS")
    assert {(e.source, e.props["role"]) for e in leads} == {(fx.BUREAU, "lead"), (fx.BUREAU2, "support")}


def test_evidence_roundtrip(store, fx):
    loaded(store, fx)
    lead = store.edges(source=fx.BUREAU, target=fx.MEASURE, type="LEADS")
    assert len(lead) == 1
    expected = sorted([ev for ex in (fx.a, fx.b) for e in ex.edges if e.key == lead[0].key for ev in e.evidence],
                      key=lambda e: (e.document, e.start, e.end, e.method))
    assert lead[0].evidence == expected and len(expected) == 2
    assert all(isinstance(ev, Evidence) for ev in lead[0].evidence)
    for e in store.edges():
        assert e.evidence, e.key
        for ev in e.evidence:
            assert fx.TEXT[ev.document][ev.start:ev.end] == ev.quote
    conf = {ev.document: ev.confidence for ev in lead[0].evidence}
    assert conf == {fx.DOC_A: 1.0, fx.DOC_B: 0.8}


def test_search(store, fx):
    ref = loaded(store, fx)
    by_alias = store.search(["亦庄"])
    assert by_alias[0].id == fx.DISTRICT  # exact alias match ranks first
    assert dump(by_alias) == dump(ref.search(["亦庄"]))
    partial = store.search(["医药创新"])
    assert fx.PLATFORM in [n.id for n in partial]
    assert store.search(["BioPARK"])[0].id == fx.PLATFORM  # case-insensitive, both sides
    assert store.search(["PLATFORM-BIOPARK"])[0].id == fx.PLATFORM
    assert [n.id for n in store.search(["bda"])] == [fx.DISTRICT]  # only the alias "BDA" has it
    assert [n.id for n in store.search(["bureau-bj"])] == [n.id for n in ref.search(["bureau-bj"])]  # id substring
    for terms, label in [(["北京"], None), (["北京"], "Bureau"), (["手术机器人"], None), (["市医保局", "醫保局"], None),
                         (["机器人"], "Product"), (["nothing-like-this"], None), (["公园", "基金"], None)]:
        got = store.search(terms, label=label)
        assert dump(got) == dump(ref.search(terms, label=label)), (terms, label)
        if label:
            assert all(n.label == label for n in got)
    assert [n.id for n in store.search(["北京"], limit=2)] == [n.id for n in ref.search(["北京"])][:2]
    assert len(store.search(["北京"], limit=2)) == 2
    assert store.search([""]) == [] and store.search([]) == []


def test_search_ranking(store, fx):
    loaded(store, fx)
    # exact alias (long name) > prefix (short name) > contains (shorter name than the prefix one)
    assert [n.id for n in store.search(["亦庄"])] == [fx.DISTRICT, fx.STATION, fx.HOSPITAL]
    # prefix beats a shorter name that merely contains the term
    got = [n.id for n in store.search(["医药"])]
    assert got[0] == fx.CENTER and set(got) >= {fx.FUND, fx.PLATFORM}
    assert got.index(fx.FUND) < got.index(fx.PLATFORM)  # then shorter names
    got = [n.id for n in store.search(["手术机器人"])]
    # exact name (product) before the company whose name merely contains it
    assert got.index(fx.PRODUCT) < got.index(fx.ORG)
    got = [n.id for n in store.search(["北京市"], label="Bureau")]
    names = {n.id: n.name for n in store.nodes("Bureau")}
    prefix = [i for i in got if names[i].startswith("北京市")]
    assert prefix == sorted(prefix, key=lambda i: (len(names[i]), i))


def test_neighborhood(store, fx):
    ref = loaded(store, fx)
    for depth in (0, 1, 2, 3):
        nodes, edges = store.neighborhood(fx.PLATFORM, depth=depth)
        rnodes, redges = ref.neighborhood(fx.PLATFORM, depth=depth)
        assert dump(nodes) == dump(rnodes), depth
        assert dump(edges) == dump(redges), depth
    nodes, edges = store.neighborhood(fx.PLATFORM, depth=1)
    assert nodes[0].id == fx.PLATFORM
    direct = {e.target for e in fx.a.edges + fx.b.edges if e.source == fx.PLATFORM} | {
        e.source for e in fx.a.edges + fx.b.edges if e.target == fx.PLATFORM}
    assert {n.id for n in nodes[1:]} == direct  # both directions
    assert [n.id for n in nodes[1:]] == sorted(direct)
    ids = {n.id for n in nodes}
    assert all(e.source in ids and e.target in ids for e in edges)
    assert [e.key for e in edges] == sorted(e.key for e in edges)
    two, _ = store.neighborhood(fx.PLATFORM, depth=2)
    assert {n.id for n in two} > ids
    assert [n.id for n in two[:len(nodes)]] == [n.id for n in nodes]  # nearest first


def test_neighborhood_cap(store, fx):
    ref = loaded(store, fx)
    for limit in (1, 3, 5):
        nodes, edges = store.neighborhood(fx.MEASURE, depth=2, limit=limit)
        rnodes, redges = ref.neighborhood(fx.MEASURE, depth=2, limit=limit)
        assert len(nodes) == limit
        assert dump(nodes) == dump(rnodes) and dump(edges) == dump(redges)
    assert store.neighborhood("nope") == ([], [])


def _ids(path):
    return [x.id for x in path[0::2]]


def test_paths_out(store, fx):
    ref = loaded(store, fx)
    got = store.paths(fx.MEASURE, to_label="District", max_hops=3)
    assert dump_paths(got) == dump_paths(ref.paths(fx.MEASURE, to_label="District", max_hops=3))
    assert got and all(p[-1].label == "District" for p in got)
    assert [len(p) for p in got] == sorted(len(p) for p in got)  # shortest first
    assert [fx.MEASURE, fx.PLATFORM, fx.DISTRICT] in [_ids(p) for p in got]
    for p in got:  # alternating Node, Edge, Node…, edges really join their neighbours (direction out)
        assert all(isinstance(x, Node) for x in p[0::2]) and all(isinstance(x, Edge) for x in p[1::2])
        for i in range(1, len(p), 2):
            assert (p[i].source, p[i].target) == (p[i - 1].id, p[i + 1].id)
        assert len(set(_ids(p))) == len(_ids(p))  # simple


def test_paths_max_hops_and_to_id(store, fx):
    ref = loaded(store, fx)
    one = store.paths(fx.MEASURE, to_label="District", max_hops=1)
    assert one == [] and ref.paths(fx.MEASURE, to_label="District", max_hops=1) == []
    two = store.paths(fx.MEASURE, to_id=fx.DISTRICT, max_hops=2)
    assert dump_paths(two) == dump_paths(ref.paths(fx.MEASURE, to_id=fx.DISTRICT, max_hops=2))
    assert two and all(len(p) <= 5 and p[-1].id == fx.DISTRICT for p in two)
    three = store.paths(fx.MEASURE, to_id=fx.DISTRICT, max_hops=3)
    assert len(three) > len(two) and [_ids(p) for p in three[:len(two)]] == [_ids(p) for p in two]
    # both constraints at once
    assert store.paths(fx.MEASURE, to_label="Bureau", to_id=fx.DISTRICT) == []
    lim = store.paths(fx.MEASURE, max_hops=3, limit=3)
    assert dump_paths(lim) == dump_paths(ref.paths(fx.MEASURE, max_hops=3, limit=3)) and len(lim) == 3
    assert store.paths("nope", to_label="District") == []


def test_paths_in_and_both(store, fx):
    ref = loaded(store, fx)
    got = store.paths(fx.DISTRICT, to_label="Bureau", max_hops=3, direction="in")
    assert dump_paths(got) == dump_paths(ref.paths(fx.DISTRICT, to_label="Bureau", max_hops=3, direction="in"))
    assert got
    for p in got:
        assert p[0].id == fx.DISTRICT and p[-1].label == "Bureau"
        for i in range(1, len(p), 2):  # walked backwards: edges keep their true direction
            assert (p[i].source, p[i].target) == (p[i + 1].id, p[i - 1].id)
    assert [fx.DISTRICT, fx.PLATFORM, fx.MEASURE, fx.BUREAU] in [_ids(p) for p in got]
    assert store.paths(fx.DISTRICT, to_label="Bureau", max_hops=3, direction="out") == []
    both = store.paths(fx.FUND, to_label="Measure", max_hops=3, direction="both")
    assert dump_paths(both) == dump_paths(ref.paths(fx.FUND, to_label="Measure", max_hops=3, direction="both"))
    # FUNDS and TARGETS join fund and measure both ways: two distinct 1-hop paths, no revisits
    assert [_ids(p) for p in both[:2]] == [[fx.FUND, fx.MEASURE]] * 2
    assert all(len(set(_ids(p))) == len(_ids(p)) for p in both)


def test_documents(store, fx):
    load(store, None, fx.catalog, fx.a, fx.b)
    docs = store.documents()
    assert [d.id for d in docs] == sorted([fx.CATALOG, fx.DOC_A, fx.DOC_B])
    assert all(isinstance(d, DocumentRecord) for d in docs)
    assert store.document(fx.DOC_A).model_dump() == fx.a.document.model_dump()
    assert store.document(fx.DOC_B).model_dump() == fx.b.document.model_dump()
    assert store.document("nope") is None


def test_returned_objects_are_copies(store, fx):
    load(store, None, fx.catalog, fx.a)
    n = store.get_node(fx.BUREAU)
    n.aliases.append("改坏了")
    n.props["level"] = "x"
    e = store.edges(source=fx.BUREAU, type="LEADS")[0]
    e.evidence.clear()
    assert "改坏了" not in store.get_node(fx.BUREAU).aliases
    assert store.get_node(fx.BUREAU).props["level"] == "city"
    assert store.edges(source=fx.BUREAU, type="LEADS")[0].evidence


# ------------------------------------------------------------------- cross-store
def test_cross_store_identical(embedded_store, neo4j_store, fx):
    stores = (embedded_store, neo4j_store)
    for s in stores:
        load(s, None, fx.catalog, fx.a, fx.b, fx.a)

    def answers(s):
        out = {
            "nodes": dump(s.nodes()), "edges": dump(s.edges()), "counts": s.counts(),
            "documents": dump(s.documents()), "document": s.document(fx.DOC_A).model_dump(),
        }
        for label in ("Bureau", "Document", "Measure"):
            out[f"nodes:{label}"] = dump(s.nodes(label))
        for nid in (fx.BUREAU, fx.MEASURE, fx.DISTRICT, fx.FUND, fx.DOC_B, "nope"):
            n = s.get_node(nid)
            out[f"get:{nid}"] = n.model_dump() if n else None
        for kw in (dict(target=fx.MEASURE, type="LEADS"), dict(source=fx.PLATFORM), dict(type="LOCATED_IN")):
            out[f"edges:{kw}"] = dump(s.edges(**kw))
        for terms, label in ((["亦庄"], None), (["北京"], None), (["北京"], "Bureau"), (["机器人"], None)):
            out[f"search:{terms}:{label}"] = dump(s.search(terms, label=label))
        for nid, depth, limit in ((fx.PLATFORM, 1, 200), (fx.MEASURE, 2, 200), (fx.MEASURE, 2, 4)):
            nodes, edges = s.neighborhood(nid, depth=depth, limit=limit)
            out[f"nb:{nid}:{depth}:{limit}"] = (dump(nodes), dump(edges))
        for src, kw in ((fx.MEASURE, dict(to_label="District")), (fx.DISTRICT, dict(to_label="Bureau", direction="in")),
                        (fx.FUND, dict(to_id=fx.DISTRICT, direction="both", max_hops=4)),
                        (fx.BUREAU, dict(max_hops=2, limit=5))):
            out[f"paths:{src}:{kw}"] = dump_paths(s.paths(src, **kw))
        return out

    first, second = answers(embedded_store), answers(neo4j_store)
    assert first.keys() == second.keys()
    for k in first:
        assert first[k] == second[k], k
    for s in stores:
        s.unload(fx.DOC_B)
    assert answers(embedded_store) == answers(neo4j_store)
