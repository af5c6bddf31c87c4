"""Fixtures for the store conformance suite: the `store` fixture (one per backend), small
hand-built extractions, and `Reference`, a deliberately naive model of the GraphStore
semantics (written from the Protocol docstrings with Node.merged / Edge.merged) that the
tests use to compute every expected answer from the fixture data.

Neo4j: the `neo4j` param connects to $NEO4J_URI (default bolt://127.0.0.1:7687) with
$NEO4J_USER / $NEO4J_PASSWORD and WIPES THAT DATABASE before each test — point it at a
disposable one. When no server answers, those tests are skipped with the reason shown
(`pytest -rs`).
"""

from __future__ import annotations

import os
from collections import deque
from types import SimpleNamespace

import pytest

from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node

# --------------------------------------------------------------------------- texts
TEXT_A = (
    "北京市关于支持创新医药高质量发展的若干措施\n"
    "(十七)完善创新药械入院使用。牵头单位：北京市医疗保障局；配合单位：北京市卫生健康委员会。\n"
    "在北京经济技术开发区设立北京国际医药创新公园。\n"
    "设立规模100亿元的创新医药产业基金，支持北京国际医药创新公园建设。\n"
    "北京市医疗保障局印发本措施。北京市医疗保障局接受北京市人民政府领导。"
)
TEXT_B = (
    "新闻：亦庄的BioPark迎来手术机器人企业。市医保局表示将完善创新药械入院使用，"
    "推动手术机器人入院。BioPark位于北京亦庄。北京智能手术机器人有限公司落户亦庄，其手术机器人在亦庄生产。"
)
TEXT_CATALOG = (
    "- id: bureau-bj-healthcare-security\n  name: 北京市医疗保障局\n  reports_to: [gov-beijing]\n"
    "- id: gov-beijing\n  name: 北京市人民政府\n"
    "- id: district-yizhuang\n  name: 北京经济技术开发区\n  located_in: [district-yizhuang]\n"
)

DOC_A, DOC_B, CATALOG = "doc-a-measures", "doc-b-news", "catalog"


def ev(text: str, doc: str, quote: str, method: str = "explicit", nth: int = 0, confidence: float = 1.0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    e = Evidence(document=doc, quote=quote, start=start, end=start + len(quote), method=method, confidence=confidence)
    assert text[e.start:e.end] == e.quote
    return e


# ------------------------------------------------------------------------ entities
BUREAU = "bureau-bj-healthcare-security"
BUREAU2 = "bureau-bj-health-commission"
GOV = "gov-beijing"
POLICY = "policy-x"
MEASURE = "policy-x-m17"
DISTRICT = "district-yizhuang"
PLATFORM = "platform-biopark"
FUND = "fund-innovation-medicine"
PRODUCT = "product-surgical-robot"
ORG = "org-bj-surgical-robot"
STATION = "platform-yizhuang-station"
HOSPITAL = "org-bj-yizhuang-hospital"
CENTER = "org-medicine-service-center"


def extraction_a() -> Extraction:
    t, d = TEXT_A, DOC_A
    nodes = [
        Node(id=POLICY, label="Policy", name="北京市关于支持创新医药高质量发展的若干措施", documents=[d],
             props={"year": 2026, "kind": "measures", "doc_number": ""}),
        Node(id=BUREAU, label="Bureau", name="北京市医疗保障局", aliases=["市医保局"], documents=[d],
             props={"level": "city", "kind": "bureau"}),
        Node(id=BUREAU2, label="Bureau", name="北京市卫生健康委员会", aliases=["市卫生健康委"], documents=[d],
             props={"level": "city", "kind": "bureau"}),
        Node(id=MEASURE, label="Measure", name="完善创新药械入院使用", documents=[d],
             props={"number": 17, "number_text": "(十七)", "heading": "完善创新药械入院使用", "policy": POLICY,
                    "start": t.index("(十七)"), "end": t.index("北京市卫生健康委员会。") + 11, "body": None}),
        Node(id=DISTRICT, label="District", name="北京经济技术开发区", aliases=["北京经开区"], documents=[d],
             props={"kind": "development_zone"}),
        Node(id=PLATFORM, label="Platform", name="北京国际医药创新公园", aliases=["BioPark"], documents=[d],
             props={"kind": "park"}),
        Node(id=FUND, label="Fund", name="创新医药产业基金", documents=[d],
             props={"amount_yi": 100.0, "amount_text": "100亿元"}),
    ]
    edges = [
        Edge(source=BUREAU, target=MEASURE, type="LEADS", props={"role": "lead"},
             evidence=[ev(t, d, "牵头单位：北京市医疗保障局")]),
        Edge(source=BUREAU2, target=MEASURE, type="LEADS", props={"role": "support"},
             evidence=[ev(t, d, "配合单位：北京市卫生健康委员会", confidence=0.9)]),
        Edge(source=MEASURE, target=POLICY, type="PART_OF", evidence=[ev(t, d, "(十七)完善创新药械入院使用", "rule")]),
        Edge(source=BUREAU, target=POLICY, type="ISSUED", evidence=[ev(t, d, "北京市医疗保障局印发本措施")]),
        Edge(source=MEASURE, target=PLATFORM, type="TARGETS",
             evidence=[ev(t, d, "北京国际医药创新公园", "rule", nth=1)]),
        Edge(source=PLATFORM, target=DISTRICT, type="LOCATED_IN",
             evidence=[ev(t, d, "在北京经济技术开发区设立北京国际医药创新公园")]),
        Edge(source=FUND, target=PLATFORM, type="FUNDS",
             evidence=[ev(t, d, "支持北京国际医药创新公园建设")]),
        Edge(source=MEASURE, target=FUND, type="TARGETS", evidence=[ev(t, d, "创新医药产业基金", "rule")]),
        Edge(source=FUND, target=MEASURE, type="FUNDS", evidence=[ev(t, d, "设立规模100亿元的创新医药产业基金", "rule")]),
        # doc A states it, the catalog states it too: survives unload of A (both ends are catalog nodes)
        Edge(source=BUREAU, target=GOV, type="REPORTS_TO",
             evidence=[ev(t, d, "北京市医疗保障局接受北京市人民政府领导"),
                       ev(TEXT_CATALOG, CATALOG, "reports_to: [gov-beijing]", "catalog")]),
    ]
    rec = DocumentRecord(id=d, path="/corpus/a.md", title="北京市关于支持创新医药高质量发展的若干措施", kind="measures",
                         sha256="a" * 64, date="2026-01-15", doc_number="京医保发〔2026〕4号",
                         issuers=[BUREAU], chars=len(t))
    return Extraction(document=rec, nodes=nodes, edges=edges)


def extraction_b() -> Extraction:
    t, d = TEXT_B, DOC_B
    nodes = [
        Node(id=BUREAU, label="Bureau", name="北京市医疗保障局", aliases=["市医保局", "醫保局"], documents=[d]),
        Node(id=MEASURE, label="Measure", name="完善创新药械入院使用", documents=[d],
             props={"body": "推动手术机器人入院", "number": 17}),
        Node(id=DISTRICT, label="District", name="北京经济技术开发区", aliases=["亦庄", "北京亦庄", "BDA"], documents=[d]),
        Node(id=PLATFORM, label="Platform", name="北京国际医药创新公园", aliases=["BioPark", "国际医药创新公园"],
             documents=[d]),
        Node(id=PRODUCT, label="Product", name="手术机器人", documents=[d], props={"kind": "device"}),
        Node(id=ORG, label="Organization", name="北京智能手术机器人有限公司", documents=[d], props={"kind": "company"}),
        # three names that make search ranking observable: prefix-but-short, contains-and-shorter, prefix-and-long
        Node(id=STATION, label="Platform", name="亦庄站", documents=[d]),
        Node(id=HOSPITAL, label="Organization", name="北京亦庄医院", documents=[d], props={"kind": "hospital"}),
        Node(id=CENTER, label="Organization", name="医药创新服务中心有限公司", documents=[d]),
    ]
    edges = [
        Edge(source=BUREAU, target=MEASURE, type="LEADS", props={"role": "lead"},
             evidence=[ev(t, d, "市医保局表示将完善创新药械入院使用", confidence=0.8)]),
        Edge(source=PLATFORM, target=DISTRICT, type="LOCATED_IN", evidence=[ev(t, d, "BioPark位于北京亦庄")]),
        Edge(source=MEASURE, target=PRODUCT, type="TARGETS", evidence=[ev(t, d, "推动手术机器人入院")]),
        Edge(source=PRODUCT, target=DISTRICT, type="LOCATED_IN", evidence=[ev(t, d, "其手术机器人在亦庄生产")]),
        # catalog evidence on an edge to a node only B mentions: must NOT keep the edge once B is gone
        Edge(source=ORG, target=DISTRICT, type="LOCATED_IN",
             evidence=[ev(t, d, "北京智能手术机器人有限公司落户亦庄"),
                       ev(TEXT_CATALOG, CATALOG, "located_in: [district-yizhuang]", "catalog")]),
    ]
    rec = DocumentRecord(id=d, path="/corpus/b.html", title="", kind="news", sha256="b" * 64, chars=len(t))
    return Extraction(document=rec, nodes=nodes, edges=edges)


def extraction_catalog() -> Extraction:
    t, d = TEXT_CATALOG, CATALOG
    nodes = [
        Node(id=BUREAU, label="Bureau", name="北京市医疗保障局", aliases=["北京市医保局"], documents=[d],
             props={"jurisdiction": "beijing"}),
        Node(id=GOV, label="Bureau", name="北京市人民政府", documents=[d], props={"kind": "government"}),
        Node(id=DISTRICT, label="District", name="北京经济技术开发区", aliases=["亦莊"], documents=[d]),
    ]
    edges = [Edge(source=BUREAU, target=GOV, type="REPORTS_TO",
                  evidence=[ev(t, d, "reports_to: [gov-beijing]", "catalog")])]
    rec = DocumentRecord(id=d, path="graph/catalog.yaml", title="medgraph curated catalog", kind="catalog",
                         sha256="c" * 64, chars=len(t))
    return Extraction(document=rec, nodes=nodes, edges=edges)


# ----------------------------------------------------------------------- reference
def _fresh_node(n: Node) -> Node:
    return n.model_copy(update={"aliases": [], "documents": [], "props": {}}).merged(n)


def _fresh_edge(e: Edge) -> Edge:
    return e.model_copy(update={"evidence": [], "props": {}}).merged(e)


def document_node(rec: DocumentRecord) -> Node:
    props = {k: v for k, v in rec.model_dump(exclude={"id"}).items() if v not in (None, "", [])}
    return Node(id=rec.id, label="Document", name=rec.title or rec.id, documents=[rec.id], props=props)


class Reference:
    """The Protocol's semantics, naively, on pydantic objects (no indexes, no cleverness)."""

    def __init__(self) -> None:
        self.n: dict[str, Node] = {}
        self.e: dict[str, Edge] = {}
        self.docs: dict[str, DocumentRecord] = {}

    # writes
    def upsert(self, ex: Extraction) -> None:
        doc = ex.document.id
        if doc in self.docs:
            self._retract(doc)
        self.docs[doc] = ex.document
        for n in [document_node(ex.document), *ex.nodes]:
            n = n.model_copy(update={"documents": sorted(set(n.documents) | {doc})})
            self.n[n.id] = self.n[n.id].merged(n) if n.id in self.n else _fresh_node(n)
        for e in ex.edges:
            self.e[e.key] = self.e[e.key].merged(e) if e.key in self.e else _fresh_edge(e)

    def _retract(self, doc: str) -> dict[str, int]:
        removed = {"nodes": 0, "edges": 0}
        for k, e in list(self.e.items()):
            left = [x for x in e.evidence if x.document != doc]
            if not left:
                del self.e[k]
                removed["edges"] += 1
            elif len(left) != len(e.evidence):
                self.e[k] = e.model_copy(update={"evidence": left})
        for i, n in list(self.n.items()):
            if doc in n.documents:
                docs = [d for d in n.documents if d != doc]
                if docs:
                    self.n[i] = n.model_copy(update={"documents": docs})
                else:
                    del self.n[i]
                    removed["nodes"] += 1
        for k, e in list(self.e.items()):
            if e.source not in self.n or e.target not in self.n:
                del self.e[k]
                removed["edges"] += 1
        return removed

    def unload(self, doc: str) -> dict[str, int]:
        removed = self._retract(doc)
        del self.docs[doc]
        return removed

    # reads
    def nodes(self, label=None):
        return [self.n[i] for i in sorted(self.n) if label is None or self.n[i].label == label]

    def edges(self, source=None, target=None, type=None):
        return [self.e[k] for k in sorted(self.e)
                if (source is None or self.e[k].source == source) and (target is None or self.e[k].target == target)
                and (type is None or self.e[k].type == type)]

    def counts(self):
        labels: dict[str, int] = {}
        types: dict[str, int] = {}
        for n in self.n.values():
            labels[n.label] = labels.get(n.label, 0) + 1
        for e in self.e.values():
            types[e.type] = types.get(e.type, 0) + 1
        return {"labels": labels, "types": types}

    def search(self, terms, label=None, limit=20):
        ts = [t.lower() for t in terms if t.strip()]
        hits = [n for n in self.n.values() if (label is None or n.label == label)
                and any(t in s.lower() for t in ts for s in [n.id, n.name, *n.aliases])]

        def rank(n):
            names = [s.lower() for s in [n.name, *n.aliases]]
            return (not any(t == s for t in ts for s in names), not any(s.startswith(t) for t in ts for s in names),
                    len(n.name), n.id)

        return sorted(hits, key=rank)[:limit] if ts else []

    def distances(self, start):
        dist = {start: 0}
        q = deque([start])
        while q:
            x = q.popleft()
            for e in self.e.values():
                for a, b in ((e.source, e.target), (e.target, e.source)):
                    if a == x and b not in dist:
                        dist[b] = dist[x] + 1
                        q.append(b)
        return dist

    def neighborhood(self, start, depth=1, limit=200):
        if start not in self.n:
            return [], []
        dist = self.distances(start)
        ids = sorted((i for i, d in dist.items() if d <= depth), key=lambda i: (dist[i], i))[:limit]
        keep = set(ids)
        return [self.n[i] for i in ids], [e for e in self.edges() if e.source in keep and e.target in keep]

    def paths(self, source, to_label=None, to_id=None, max_hops=3, limit=50, direction="out"):
        if source not in self.n:
            return []
        found = []

        def walk(nodes, edges):
            if edges and (to_id is None or nodes[-1] == to_id) and (
                    to_label is None or self.n[nodes[-1]].label == to_label):
                found.append((len(edges), tuple(nodes), tuple(e.key for e in edges), list(edges)))
            if len(edges) == max_hops:
                return
            for e in self.e.values():
                steps = []
                if direction in ("out", "both") and e.source == nodes[-1]:
                    steps.append(e.target)
                if direction in ("in", "both") and e.target == nodes[-1]:
                    steps.append(e.source)
                for nxt in steps:
                    if nxt not in nodes:
                        walk(nodes + [nxt], edges + [e])

        walk([source], [])
        found.sort(key=lambda f: f[:3])
        out = []
        for _, nodes, _, edges in found[:limit]:
            p = [self.n[nodes[0]]]
            for e, nid in zip(edges, nodes[1:]):
                p += [e, self.n[nid]]
            out.append(p)
        return out


# ------------------------------------------------------------------------ fixtures
def _neo4j_settings():
    from medgraph.settings import Settings

    return Settings(MEDGRAPH_STORE="neo4j")


def _wipe_neo4j(s) -> None:
    import neo4j

    with neo4j.GraphDatabase.driver(s.neo4j_uri, auth=(s.neo4j_user, s.neo4j_password)) as drv:
        drv.execute_query("MATCH (n) DETACH DELETE n", database_=s.neo4j_database)


@pytest.fixture
def embedded_store(tmp_path):
    from medgraph.store.embedded import EmbeddedStore

    st = EmbeddedStore(tmp_path / "data")
    yield st
    st.close()


@pytest.fixture
def neo4j_store():
    from neo4j_support import require_neo4j

    # imported first: a broken Neo4j store module is an error of the suite, never a skip
    from medgraph.store.neo4j import Neo4jStore

    s = _neo4j_settings()
    require_neo4j(s)
    _wipe_neo4j(s)
    st = Neo4jStore(s)
    yield st
    st.close()


@pytest.fixture(params=["embedded", "neo4j"])
def store(request):
    """Every conformance test runs once per backend."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def fx():
    """The fixture data and the reference model, as one namespace."""
    return SimpleNamespace(
        a=extraction_a(), b=extraction_b(), catalog=extraction_catalog(), Reference=Reference,
        TEXT={DOC_A: TEXT_A, DOC_B: TEXT_B, CATALOG: TEXT_CATALOG}, DOC_A=DOC_A, DOC_B=DOC_B, CATALOG=CATALOG,
        BUREAU=BUREAU, BUREAU2=BUREAU2, GOV=GOV, POLICY=POLICY, MEASURE=MEASURE, DISTRICT=DISTRICT,
        PLATFORM=PLATFORM, FUND=FUND, PRODUCT=PRODUCT, ORG=ORG, STATION=STATION, HOSPITAL=HOSPITAL, CENTER=CENTER, document_node=document_node, ev=ev, TEXT_A=TEXT_A,
    )
