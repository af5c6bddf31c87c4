"""/owners answered from one ``owners_bundle`` read (Neo4j: one Cypher query) must be the
answer the per-hop store calls gave before (issue #6), on every backend.

``reference_owners`` below is the composition queries.owners used before the bundle existed
(one get_node / edges call per lead, per chain hop), kept verbatim as the oracle.
"""

from __future__ import annotations

from typing import Any

import pytest

from medgraph import queries
from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.pipeline import load as load_bundled
from medgraph.store.base import CHAIN_DEPTH, BundlesOwners
from medgraph.validity import Validity


# ----------------------------------------------------------------------- the oracle
def _reference_chain(store, start: str, limit: int = 6) -> list[dict[str, Any]]:
    kinds = queries.SourceKinds(store)
    out, seen, current = [], {start}, start
    for _ in range(limit):
        ups = store.edges(source=current, type="REPORTS_TO")
        ups = [e for e in ups if e.target not in seen]
        if not ups:
            break
        ups.sort(key=lambda e: ({"explicit": 0, "catalog": 1, "rule": 2}[queries.basis(e)], e.target))
        e = ups[0]
        target = store.get_node(e.target)
        if target is None:
            break
        out.append({"id": target.id, "name": target.name, "from": current, "basis": queries.basis(e),
                    "evidence": kinds.evidence(e.evidence)})
        seen.add(target.id)
        current = target.id
    return out


def reference_owners(store, measure: str, policy: str = "") -> dict[str, Any]:
    validity, kinds = Validity(store), queries.SourceKinds(store)
    m, candidates = queries.resolve_measure(store, measure, policy)
    answer: dict[str, Any] = {"measure": None, "lead": [], "support": [], "chain": [],
                              "candidates": [queries.measure_brief(store, c, validity) for c in candidates]}
    if m is None:
        return answer
    answer["measure"] = queries.measure_brief(store, m, validity)
    for e in store.edges(target=m.id, type="LEADS"):
        b = store.get_node(e.source)
        item = {"id": e.source, "name": b.name if b else e.source, "basis": queries.basis(e),
                "confidence": max((ev.confidence for ev in e.evidence), default=0.0),
                "evidence": kinds.evidence(e.evidence)}
        if queries.rests_on_reporting(item["evidence"]):
            item["reporting_only"] = True
        if e.props.get("uncertain"):  # the remit rule marks its guesses (issue 16.1)
            item.update(uncertain=True, candidates=list(e.props.get("candidates") or []))
        answer["lead" if e.props.get("role", "lead") == "lead" else "support"].append(item)
    for key in ("lead", "support"):
        answer[key].sort(key=lambda x: ({"explicit": 0, "catalog": 1, "rule": 2}[x["basis"]], -x["confidence"], x["id"]))
    if answer["lead"]:
        answer["chain"] = _reference_chain(store, answer["lead"][0]["id"])
    return answer


def outcome(fn, *args) -> Any:
    """The answer, or the NotFound/BadRequest raised (message and close matches)."""
    try:
        return fn(*args)
    except (queries.NotFound, queries.BadRequest) as exc:
        return (type(exc).__name__, str(exc), getattr(exc, "close", None))


# ----------------------------------------------------------------- a long chain graph
TEXT = "".join(f"第{i}局接受第{i + 1}局领导。" for i in range(10)) + "措施一由第0局牵头，某局配合。"
DOC = "doc-chain"


def _ev(quote: str, method: str = "explicit", confidence: float = 1.0) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(document=DOC, quote=quote, start=start, end=start + len(quote), method=method,
                    confidence=confidence)


def chain_extraction() -> Extraction:
    """Bureaus b0 → b1 → … → b10 (REPORTS_TO, explicit), longer than CHAIN_DEPTH; b0 also
    reports to bx by rule only (the walk must prefer b1) and b3 back to b1 (a cycle the walk
    must not re-enter); measure m1 led by b0, supported by bx;
    measures m2a and m2b both numbered 2."""
    nodes = [Node(id=f"b{i}", label="Bureau", name=f"第{i}局", documents=[DOC]) for i in range(11)]
    nodes += [Node(id="bx", label="Bureau", name="某局", documents=[DOC]),
              Node(id="pol", label="Policy", name="措施", documents=[DOC], props={"year": 2030}),
              Node(id="m1", label="Measure", name="措施一", documents=[DOC],
                   props={"policy": "pol", "number": 1, "heading": "措施一"})]
    nodes += [Node(id=f"m2{x}", label="Measure", name=f"措施二{x}", documents=[DOC],  # two numbered 2: ambiguous
                   props={"policy": "pol", "number": 2, "heading": f"措施二{x}"}) for x in "ab"]
    edges = [Edge(source=f"b{i}", target=f"b{i + 1}", type="REPORTS_TO",
                  evidence=[_ev(f"第{i}局接受第{i + 1}局领导")]) for i in range(10)]
    edges += [Edge(source="b0", target="bx", type="REPORTS_TO", evidence=[_ev("第0局接受", "rule", 0.6)]),
              Edge(source="b3", target="b1", type="REPORTS_TO", evidence=[_ev("第3局接受", "rule", 0.5)]),
              Edge(source="m1", target="pol", type="PART_OF", evidence=[_ev("措施一")]),
              Edge(source="b0", target="m1", type="LEADS", props={"role": "lead"}, evidence=[_ev("第0局牵头")]),
              Edge(source="bx", target="m1", type="LEADS", props={"role": "support"},
                   evidence=[_ev("某局配合", "rule", 0.7)])]
    rec = DocumentRecord(id=DOC, path="/corpus/chain.txt", title="chain", kind="policy", sha256="d" * 64,
                         chars=len(TEXT))
    return Extraction(document=rec, nodes=nodes, edges=edges)


def test_long_chain_stops_at_chain_depth_prefers_explicit_and_skips_cycles(store):
    store.upsert(chain_extraction())
    ans = queries.owners(store, "m1")
    assert ans == reference_owners(store, "m1")
    assert [b["id"] for b in ans["lead"]] == ["b0"] and [b["id"] for b in ans["support"]] == ["bx"]
    assert [c["id"] for c in ans["chain"]] == [f"b{i}" for i in range(1, CHAIN_DEPTH + 1)]
    assert ans["chain"][0]["basis"] == "explicit" and ans["chain"][0]["from"] == "b0"
    # by number + policy, by heading words, and an unknown id: same as the per-call answer
    for args in SPELLED:
        assert outcome(queries.owners, store, *args) == outcome(reference_owners, store, *args), args


CHAIN = [f"b{i}" for i in range(1, CHAIN_DEPTH + 1)]
# what a user gets, written out (not computed by the functions under test): (measure id,
# candidate ids, lead, support, chain) or (error class, message, close-match ids)
SPELLED = {
    ("1", "pol"): ("m1", [], ["b0"], ["bx"], CHAIN),
    ("一", " pol "): ("m1", [], ["b0"], ["bx"], CHAIN),
    ("1", "2030"): ("m1", [], ["b0"], ["bx"], CHAIN),
    ("措施一", ""): ("m1", ["m2a", "m2b"], ["b0"], ["bx"], CHAIN),
    ("2", "pol"): (None, ["m2a", "m2b"], [], [], []),
    ("m2a", "pol"): ("m2a", [], [], [], []),
    ("3", "pol"): ("NotFound", "no measure numbered 3 in policy 'pol'", {"m1", "m2a", "m2b"}),
    ("1", "b0"): ("NotFound", "no policy matches 'b0'", {"pol"}),
    ("no-such-measure", ""): ("NotFound", "no measure matches 'no-such-measure'", {"m1", "m2a", "m2b"}),
    ("b0", ""): ("NotFound", "no measure matches 'b0'", {"m1", "m2a", "m2b"}),
    ("   ", ""): ("BadRequest", "measure must not be empty: give an id, a number (17, 十七, 第十七条) or words "
                               "from its heading", None),
}


def _spelled(store, measure: str, policy: str):
    got = outcome(queries.owners, store, measure, policy)
    if isinstance(got, tuple):
        kind, message, close = got
        return kind, message, None if close is None else {c["id"] for c in close}
    return ((got["measure"] or {}).get("id"), [c["id"] for c in got["candidates"]],
            [b["id"] for b in got["lead"]], [b["id"] for b in got["support"]], [c["id"] for c in got["chain"]])


@pytest.mark.parametrize("args", list(SPELLED), ids=[f"{m.strip() or 'blank'}|{p.strip()}" for m, p in SPELLED])
def test_owners_answers_spelled_out(store, args):
    store.upsert(chain_extraction())
    assert _spelled(store, *args) == SPELLED[args]


def brief(n: Node) -> Node:
    return Node(id=n.id, label=n.label, name=n.name)


def test_bundle_contents(store):
    if not isinstance(store, BundlesOwners):
        pytest.skip(f"the {store.name} store composes /owners from get_node/edges calls")
    store.upsert(chain_extraction())
    nope = store.owners_bundle("nope")
    assert nope.node is None and nope.measure is None
    b0 = store.owners_bundle("b0")  # not a measure: the node only
    assert b0.node == store.get_node("b0") and b0.measure is None and b0.leads == [] and b0.reports_to == {}
    # by number: only with the id of a Policy node, and only when one measure has that number
    assert store.owners_bundle("1", number=1, policy="pol").measure == store.get_node("m1")
    assert store.owners_bundle("1", number=1, policy="2030").measure is None
    assert store.owners_bundle("1", number=1, policy="b0").measure is None
    assert store.owners_bundle("2", number=2, policy="pol").measure is None
    assert store.owners_bundle("m2a", number=1, policy="pol").measure == store.get_node("m2a")  # the id wins
    bundle = store.owners_bundle("m1")
    assert bundle.node == bundle.measure == store.get_node("m1")
    assert bundle.leads == [(e, brief(store.get_node(e.source))) for e in store.edges(target="m1", type="LEADS")]
    # every node within CHAIN_DEPTH - 1 hops above b0 or bx, with its REPORTS_TO edges as edges() gives them
    above = [f"b{i}" for i in range(CHAIN_DEPTH)]
    assert bundle.reports_to == {n: store.edges(source=n, type="REPORTS_TO") for n in above}
    assert bundle.nodes == {n: brief(store.get_node(n)) for n in [f"b{i}" for i in range(1, CHAIN_DEPTH + 1)] + ["bx"]}


# ------------------------------------------------------------- the bundled corpus
@pytest.fixture
def seeded(store):
    report = load_bundled(store)
    assert not report.failed, report.failed
    return store


def test_every_measure_of_the_bundled_corpus_same_answer(seeded):
    measures = seeded.nodes("Measure")
    assert len(measures) > 60
    for m in measures:
        for args in ((m.id, ""), (str(m.props["number"]), m.props["policy"])):
            assert queries.owners(seeded, *args) == reference_owners(seeded, *args), args
    for args in (("17", "2026"), ("十七", ""), ("手术机器人入院", ""), ("月球基地建设", "2026")):
        assert outcome(queries.owners, seeded, *args) == outcome(reference_owners, seeded, *args), args


def test_measure_17_of_2026_by_id_names_the_health_commission(seeded):
    m17 = queries.owners(seeded, "17", policy="2026")["measure"]
    ans = queries.owners(seeded, m17["id"])
    assert ans["measure"]["name"] == "完善创新药械入院使用"
    assert [(b["id"], b["name"]) for b in ans["lead"]] == [("bureau-bj-health-commission", "北京市卫生健康委员会")]
    assert [c["name"] for c in ans["chain"]][-2:] == ["北京市医药健康统筹联席会议", "北京市人民政府"]


class Counting:
    """The store, recording the name of every method called on it."""

    def __init__(self, store) -> None:
        self.store, self.calls = store, []

    def __getattr__(self, name: str):
        attr = getattr(self.store, name)
        if not callable(attr):
            return attr

        def call(*a, **k):
            self.calls.append(name)
            return attr(*a, **k)

        return call


def test_a_measure_id_or_a_number_with_policy_id_is_one_store_read(store):
    if not isinstance(store, BundlesOwners):
        pytest.skip(f"the {store.name} store composes /owners from get_node/edges calls")
    store.upsert(chain_extraction())
    for args in (("m1", ""), (" m1 ", "2030"), ("1", "pol"), ("第一条", "pol")):
        counting = Counting(store)
        assert queries.owners(counting, *args) == reference_owners(store, *args), args
        assert counting.calls == ["owners_bundle"], args
    counting = Counting(store)  # ambiguous: resolved as usual, then nothing to bundle
    assert queries.owners(counting, "2", "pol")["candidates"] and counting.calls[0] == "owners_bundle"
