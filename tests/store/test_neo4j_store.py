"""Neo4jStore against a REAL Neo4j server (what the shared conformance suite does not see:
the layout researchers query in Cypher, atomicity of one document, flattening of props,
schema, error mapping), cross-checked against the embedded store where answers must agree.

Needs NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD) pointing at a DISPOSABLE database: every test
starts by deleting all nodes. Start one without Docker:
    eval "$(python -m medgraph.neo4j_local start)"
Skipped when no server answers, unless MEDGRAPH_REQUIRE_NEO4J=1 (CI), where that fails.
"""

from __future__ import annotations

import os

import pytest

from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.settings import Settings

pytestmark = pytest.mark.neo4j

TEXT1 = ("(一)推动手术机器人入院。牵头单位：市医保局；配合单位：市卫生健康委。"
         "在北京经济技术开发区设立北京国际医药创新公园。创新医药产业基金支持国际医药创新公园。")
TEXT2 = "亦庄的BioPark迎来新企业。市医保局表示支持。"
D1, D2 = "doc-t1", "doc-t2"


def ev(text: str, doc: str, quote: str, method: str = "explicit", confidence: float = 1.0) -> Evidence:
    start = text.index(quote)
    return Evidence(document=doc, quote=quote, start=start, end=start + len(quote), method=method,
                    confidence=confidence)


def ex1() -> Extraction:
    t, d = TEXT1, D1
    return Extraction(
        document=DocumentRecord(id=d, path="/x/t1.txt", title="测试措施", kind="measures", sha256="1" * 64,
                                date="2026-01-01", issuers=["bureau-hs"], chars=len(t)),
        nodes=[
            Node(id="policy-t", label="Policy", name="测试措施", documents=[d], props={"year": 2026}),
            Node(id="policy-t-m1", label="Measure", name="推动手术机器人入院", documents=[d],
                 props={"number": 1, "number_text": "(一)", "policy": "policy-t",
                        "extra": {"nested": [1, "a"]}, "mixed": [1, "x"], "tags": ["a", "b"], "ratio": 0.5,
                        "flag": False, "empty": "", "none": None}),
            Node(id="bureau-hs", label="Bureau", name="北京市医疗保障局", aliases=["市医保局", "醫保局", "市医保局"],
                 documents=[d]),
            Node(id="bureau-hc", label="Bureau", name="北京市卫生健康委员会", aliases=["市卫生健康委"], documents=[d]),
            Node(id="district-yz", label="District", name="北京经济技术开发区", aliases=["亦庄"], documents=[d]),
            Node(id="platform-bp", label="Platform", name="北京国际医药创新公园", aliases=["BioPark"], documents=[d]),
            Node(id="fund-im", label="Fund", name="创新医药产业基金", documents=[d], props={"amount_yi": 100.0}),
        ],
        edges=[
            Edge(source="bureau-hs", target="policy-t-m1", type="LEADS", props={"role": "lead"},
                 evidence=[ev(t, d, "牵头单位：市医保局")]),
            Edge(source="bureau-hc", target="policy-t-m1", type="LEADS", props={"role": "support"},
                 evidence=[ev(t, d, "配合单位：市卫生健康委", confidence=0.9)]),
            Edge(source="policy-t-m1", target="policy-t", type="PART_OF", evidence=[ev(t, d, "(一)", "rule")]),
            Edge(source="policy-t-m1", target="platform-bp", type="TARGETS",
                 evidence=[ev(t, d, "推动手术机器人入院", "rule")]),
            Edge(source="platform-bp", target="district-yz", type="LOCATED_IN",
                 evidence=[ev(t, d, "在北京经济技术开发区设立北京国际医药创新公园")]),
            Edge(source="fund-im", target="platform-bp", type="FUNDS",
                 evidence=[ev(t, d, "创新医药产业基金支持国际医药创新公园")]),
        ],
    )


def ex2() -> Extraction:
    t, d = TEXT2, D2
    return Extraction(
        document=DocumentRecord(id=d, path="/x/t2.html", kind="news", sha256="2" * 64, chars=len(t)),
        nodes=[
            Node(id="bureau-hs", label="Bureau", name="北京市医疗保障局", aliases=["北京市医保局"], documents=[d]),
            Node(id="district-yz", label="District", name="北京经济技术开发区", aliases=["北京亦庄"], documents=[d]),
            Node(id="platform-bp", label="Platform", name="北京国际医药创新公园", aliases=["国际医药创新公园"],
                 documents=[d]),
            Node(id="org-new", label="Organization", name="新企业", documents=[d]),
        ],
        edges=[
            Edge(source="platform-bp", target="district-yz", type="LOCATED_IN",
                 evidence=[ev(t, d, "亦庄的BioPark", confidence=0.7)]),
            Edge(source="org-new", target="district-yz", type="LOCATED_IN", evidence=[ev(t, d, "亦庄的BioPark迎来新企业")]),
            Edge(source="org-new", target="org-new", type="TARGETS", evidence=[ev(t, d, "新企业", "rule")]),
            # evidence of the news is also "quoted" from doc 1: survives while doc 2 is unloaded
            Edge(source="bureau-hs", target="policy-t-m1", type="LEADS", props={"role": "lead"},
                 evidence=[ev(t, d, "市医保局表示支持", confidence=0.6)]),
        ],
    )


# ------------------------------------------------------------------------ fixtures
def _settings(**over) -> Settings:
    return Settings(MEDGRAPH_STORE="neo4j", **over)


@pytest.fixture(scope="module")
def server():
    s = _settings()
    try:
        import neo4j

        with neo4j.GraphDatabase.driver(s.neo4j_uri, auth=(s.neo4j_user, s.neo4j_password),
                                        connection_timeout=3) as drv:
            drv.verify_connectivity()
    except Exception as exc:  # noqa: BLE001
        why = (f"Neo4j not reachable at {s.neo4j_uri}: start one with `python -m medgraph.neo4j_local start` "
               f"or docker compose up -d neo4j [{type(exc).__name__}]")
        if os.environ.get("MEDGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(why)
        pytest.skip(why)
    return s


@pytest.fixture
def st(server):
    from medgraph.store.neo4j import Neo4jStore

    store = Neo4jStore(server)
    store.driver.execute_query("MATCH (n) DETACH DELETE n", database_=store.database)
    yield store
    store.close()


@pytest.fixture
def emb(tmp_path):
    from medgraph.store.embedded import EmbeddedStore

    e = EmbeddedStore(tmp_path / "emb")
    yield e
    e.close()


def q(store, text: str, **params):
    records, _, _ = store.driver.execute_query(text, params, database_=store.database)
    return [r.data() for r in records]


def dump(items):
    return [x.model_dump() for x in items]


def same(a, b) -> None:
    assert dump(a.nodes()) == dump(b.nodes())
    assert dump(a.edges()) == dump(b.edges())
    assert a.counts() == b.counts()
    assert dump(a.documents()) == dump(b.documents())


# --------------------------------------------------------------------------- tests
def test_schema_applied_and_idempotent(st):
    st.apply_schema()
    st.apply_schema()
    names = {r["name"] for r in q(st, "SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"entity_id", "leads_key", "located_in_key"} <= names
    idx = {r["name"]: r["type"] for r in q(st, "SHOW INDEXES YIELD name, type RETURN name, type")}
    assert idx.get("entity_search") == "TEXT" and idx.get("entity_label") == "RANGE"


def test_layout_researchers_see(st):
    st.upsert(ex1())
    rows = q(st, "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, n.label AS label")
    assert {r["id"] for r in rows} == {n.id for n in ex1().nodes} | {D1}
    for r in rows:
        assert set(r["labels"]) == {"Entity", r["label"]}
    m = q(st, "MATCH (m:Measure {number: 1}) RETURN m.policy AS policy, m.tags AS tags, m._json AS js")[0]
    assert m["policy"] == "policy-t" and m["tags"] == ["a", "b"] and sorted(m["js"]) == ["extra", "mixed"]
    doc = q(st, "MATCH (d:Document {id: $id}) RETURN d.title AS title, d.issuers AS issuers, d._record AS rec", id=D1)[0]
    assert doc["title"] == "测试措施" and doc["issuers"] == ["bureau-hs"] and '"sha256"' in doc["rec"]
    # evidence readable in Cypher: parallel lists on the relationship
    ev_rows = q(st, """
        MATCH (b:Bureau)-[r:LEADS {role: 'lead'}]->(m:Measure)
        UNWIND range(0, size(r.ev_quote) - 1) AS i
        RETURN b.id AS b, r.key AS key, r.documents AS docs, r.ev_document[i] AS doc, r.ev_quote[i] AS quote,
               r.ev_start[i] AS start, r.ev_end[i] AS end, r.ev_method[i] AS method, r.ev_confidence[i] AS conf""")
    assert ev_rows == [{"b": "bureau-hs", "key": "bureau-hs|LEADS|policy-t-m1|lead", "docs": [D1], "doc": D1,
                        "quote": "牵头单位：市医保局", "start": TEXT1.index("牵头单位"),
                        "end": TEXT1.index("牵头单位") + len("牵头单位：市医保局"), "method": "explicit", "conf": 1.0}]
    assert TEXT1[ev_rows[0]["start"]:ev_rows[0]["end"]] == ev_rows[0]["quote"]


def test_props_roundtrip_and_flattening(st):
    st.upsert(ex1())
    m = st.get_node("policy-t-m1")
    assert m.props == {"number": 1, "number_text": "(一)", "policy": "policy-t", "extra": {"nested": [1, "a"]},
                       "mixed": [1, "x"], "tags": ["a", "b"], "ratio": 0.5, "flag": False}
    assert isinstance(st.get_node("fund-im").props["amount_yi"], float)
    assert st.get_node("bureau-hs").aliases == ["市医保局", "醫保局"]  # deduplicated, order kept
    # a later document turns a JSON prop into a plain one and back
    again = ex1()
    again.nodes[1].props["extra"] = "plain now"
    st.upsert(again)
    assert st.get_node("policy-t-m1").props["extra"] == "plain now"
    assert q(st, "MATCH (m:Measure) RETURN m._json AS js")[0]["js"] == ["mixed"]


def test_reserved_prop_names_label_and_type_refused(st):
    bad = ex1()
    bad.nodes[0].props["_secret"] = 1
    with pytest.raises(ValueError, match="reserved"):
        st.upsert(bad)
    bad = ex1()
    bad.nodes[0].label = "Planet"
    with pytest.raises(ValueError, match="not in the schema"):
        st.upsert(bad)
    bad = ex1()
    bad.edges[0].type = "LOVES"
    with pytest.raises(ValueError, match="not in the schema"):
        st.upsert(bad)
    assert q(st, "MATCH (n) RETURN count(n) AS n")[0]["n"] == 0


def test_upsert_is_one_transaction(st, monkeypatch):
    """A failure after the nodes were written (here: while writing edges) leaves nothing."""
    import medgraph.store.neo4j as mod

    st.upsert(ex1())
    before = (dump(st.nodes()), dump(st.edges()), st.counts())
    real = mod._query

    def broken(name, **subst):
        if name in ("upsert_edges", "create_edges"):  # new relationships are CREATEd, known ones MERGEd
            return "THIS IS NOT CYPHER"
        return real(name, **subst)

    monkeypatch.setattr(mod, "_query", broken)
    with pytest.raises(Exception):
        st.upsert(ex2())
    monkeypatch.setattr(mod, "_query", real)
    assert (dump(st.nodes()), dump(st.edges()), st.counts()) == before
    assert st.document(D2) is None and st.get_node("org-new") is None


def test_missing_endpoint_refused_whole(st):
    with pytest.raises(ValueError, match="policy-t-m1"):
        st.upsert(ex2())  # doc 2's LEADS edge needs the measure only doc 1 brings
    assert q(st, "MATCH (n) RETURN count(n) AS n")[0]["n"] == 0


def test_idempotent_and_no_duplicate_evidence(st, emb):
    for s in (st, emb):
        for ex in (ex1(), ex2(), ex1(), ex2(), ex2()):
            s.upsert(ex)
    same(st, emb)
    sizes = q(st, "MATCH ()-[r]->() RETURN r.key AS key, size(r.ev_document) AS n, r.documents AS docs")
    lead = next(r for r in sizes if r["key"] == "bureau-hs|LEADS|policy-t-m1|lead")
    assert lead["n"] == 2 and sorted(lead["docs"]) == [D1, D2]


def test_evidence_roundtrip(st):
    st.upsert(ex1())
    st.upsert(ex2())
    lead = st.edges(source="bureau-hs", target="policy-t-m1", type="LEADS")
    assert len(lead) == 1
    expected = sorted([ev(TEXT1, D1, "牵头单位：市医保局"), ev(TEXT2, D2, "市医保局表示支持", confidence=0.6)],
                      key=lambda e: (e.document, e.start, e.end, e.method))
    assert lead[0].evidence == expected
    assert lead[0].props == {"role": "lead"}
    texts = {D1: TEXT1, D2: TEXT2}
    for e in st.edges():
        assert e.evidence
        for x in e.evidence:
            assert texts[x.document][x.start:x.end] == x.quote


def test_unload_matches_embedded_including_self_loop(st, emb):
    for s in (st, emb):
        s.upsert(ex1())
        s.upsert(ex2())
    got, want = st.unload(D2), emb.unload(D2)
    assert got == want and got["nodes"] == 2  # org-new and the doc-t2 node
    assert got["edges"] == 2  # org-new's LOCATED_IN and its self-loop; BioPark's LOCATED_IN keeps doc 1's evidence
    same(st, emb)
    lead = st.edges(source="bureau-hs", type="LEADS")
    assert [[x.document for x in e.evidence] for e in lead] == [[D1]]
    assert q(st, "MATCH (n) WHERE $d IN n.documents RETURN count(n) AS n", d=D2)[0]["n"] == 0
    with pytest.raises(KeyError, match="doc-nope"):
        st.unload("doc-nope")
    assert st.unload(D1) == emb.unload(D1)
    assert q(st, "MATCH (n) RETURN count(n) AS n")[0]["n"] == 0
    assert st.counts() == {"labels": {}, "types": {}}


def test_reload_edited_document_retracts(st, emb):
    edited = ex1().model_copy(update={
        "nodes": [n for n in ex1().nodes if n.id != "fund-im"],
        "edges": [e for e in ex1().edges if e.source != "fund-im"],
    })
    for s in (st, emb):
        s.upsert(ex1())
        s.upsert(edited)
    assert st.get_node("fund-im") is None and st.edges(type="FUNDS") == []
    same(st, emb)


def test_search_neighborhood_paths_counts_agree_with_embedded(st, emb):
    for s in (st, emb):
        s.upsert(ex1())
        s.upsert(ex2())
    for terms, label in ((["亦庄"], None), (["biopark"], None), (["北京"], "Bureau"), (["医保局", "醫保局"], None),
                         (["bureau-"], None), (["没有"], None)):
        assert dump(st.search(terms, label=label)) == dump(emb.search(terms, label=label)), terms
    assert st.search(["亦庄"])[0].id == "district-yz"
    for nid, depth, limit in (("platform-bp", 1, 200), ("policy-t-m1", 2, 200), ("policy-t-m1", 3, 3), ("x", 1, 5)):
        a, b = st.neighborhood(nid, depth, limit), emb.neighborhood(nid, depth, limit)
        assert (dump(a[0]), dump(a[1])) == (dump(b[0]), dump(b[1])), (nid, depth, limit)
    for src, kw in (("policy-t-m1", dict(to_label="District")), ("district-yz", dict(to_label="Bureau", direction="in")),
                    ("fund-im", dict(direction="both", max_hops=4)), ("bureau-hs", dict(max_hops=2, limit=2))):
        a, b = st.paths(src, **kw), emb.paths(src, **kw)
        assert [dump(p) for p in a] == [dump(p) for p in b], (src, kw)
    p = st.paths("policy-t-m1", to_id="district-yz", max_hops=2)
    assert [[x.id for x in path[0::2]] for path in p] == [["policy-t-m1", "platform-bp", "district-yz"]]
    assert st.counts() == emb.counts()
    assert st.counts()["labels"]["Document"] == 2


def test_paths_max_hops_validated(st):
    st.upsert(ex1())
    assert st.paths("policy-t-m1", max_hops=0) == []
    with pytest.raises(ValueError, match="between 1 and 6"):
        st.paths("policy-t-m1", max_hops=7)
    with pytest.raises(ValueError):
        st.paths("policy-t-m1", max_hops="2; MATCH (n) DETACH DELETE n")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        st.paths("policy-t-m1", direction="sideways")
    assert len(st.paths("bureau-hs", max_hops=6)) > 0


def test_small_batches_give_the_same_graph(server, st, emb):
    from medgraph.store.neo4j import Neo4jStore

    small = Neo4jStore(server.model_copy(update={"neo4j_batch_size": 2}))
    try:
        for ex in (ex1(), ex2()):
            small.upsert(ex)
            emb.upsert(ex)
        same(small, emb)
    finally:
        small.close()


def test_documents_roundtrip(st):
    st.upsert(ex1())
    st.upsert(ex2())
    assert [d.id for d in st.documents()] == [D1, D2]
    assert st.document(D1) == ex1().document and st.document(D2) == ex2().document
    assert st.document("nope") is None
    assert st.get_node(D2).name == D2 and st.get_node(D1).name == "测试措施"


def test_unreachable_server_is_store_unavailable():
    from medgraph.store.errors import StoreUnavailable
    from medgraph.store.neo4j import Neo4jStore

    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(StoreUnavailable, match="neo4j_local start"):
        Neo4jStore(_settings(NEO4J_URI=f"bolt://127.0.0.1:{port}"))
