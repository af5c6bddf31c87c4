"""The embedded store's read-side indexes (typed edges of a node, measures by number) and
``pinned()`` follow every kind of change: upserts, re-upserts that drop facts, unloads, and
a file replaced by another process."""

from __future__ import annotations

from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.store.embedded import EmbeddedStore


def doc(i: int, measures: list[int], policy: str = "policy-p", bureau: str = "bureau-b") -> Extraction:
    d = f"doc-{i}"
    ev = Evidence(document=d, quote="牵头", start=0, end=2, method="explicit")
    nodes = [Node(id=bureau, label="Bureau", name="局", documents=[d])]
    edges = []
    for n in measures:
        mid = f"m-{i}-{n}"
        nodes.append(Node(id=mid, label="Measure", name=f"措施{n}", documents=[d], props={"number": n, "policy": policy}))
        edges.append(Edge(source=bureau, target=mid, type="LEADS", props={"role": "lead"}, evidence=[ev]))
    edges.append(Edge(source=bureau, target="bureau-up", type="REPORTS_TO", evidence=[ev]))
    nodes.append(Node(id="bureau-up", label="Bureau", name="上级", documents=[d]))
    return Extraction(document=DocumentRecord(id=d, sha256=str(i) * 64), nodes=nodes, edges=edges)


def leads(s: EmbeddedStore) -> list[str]:
    return [e.target for e in s.edges(source="bureau-b", type="LEADS")]


def numbered(s: EmbeddedStore, n: int, policy: str | None = None) -> list[str]:
    return [m.id for m in s.measures_numbered(n, policy=policy)]


def test_indexes_follow_upserts_reupserts_and_unloads(tmp_path):
    s = EmbeddedStore(tmp_path)
    s.upsert(doc(1, [1, 2]))
    assert leads(s) == ["m-1-1", "m-1-2"] and numbered(s, 1) == ["m-1-1"]
    assert [e.target for e in s.edges(target="m-1-2", type="LEADS")] == ["m-1-2"]
    s.upsert(doc(2, [1], policy="policy-q"))
    assert leads(s) == ["m-1-1", "m-1-2", "m-2-1"]
    assert numbered(s, 1) == ["m-1-1", "m-2-1"] and numbered(s, 1, "policy-q") == ["m-2-1"]
    s.upsert(doc(1, [2]))  # doc-1 edited: its measure 1 is gone
    assert leads(s) == ["m-1-2", "m-2-1"] and numbered(s, 1) == ["m-2-1"] and numbered(s, 1, "policy-p") == []
    s.unload("doc-2")
    assert leads(s) == ["m-1-2"] and numbered(s, 1) == [] and numbered(s, 2) == ["m-1-2"]
    assert [e.target for e in s.edges(source="bureau-b", type="REPORTS_TO")] == ["bureau-up"]
    assert s.edges(source="no-such-node", type="LEADS") == [] and numbered(s, 99) == []


def test_indexes_follow_a_file_written_by_another_process(tmp_path):
    reader, writer = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
    writer.upsert(doc(1, [1]))
    assert leads(reader) == ["m-1-1"] and numbered(reader, 1) == ["m-1-1"]
    writer.upsert(doc(2, [1]))
    assert leads(reader) == ["m-1-1", "m-2-1"] and numbered(reader, 1) == ["m-1-1", "m-2-1"]


def test_pinned_reads_see_one_state_then_the_new_one(tmp_path):
    reader, writer = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
    writer.upsert(doc(1, [1]))
    with reader.pinned():
        assert leads(reader) == ["m-1-1"]
        writer.upsert(doc(2, [1]))  # another instance replaces the file mid-answer
        assert leads(reader) == ["m-1-1"] and reader.get_node("m-2-1") is None
        assert reader.reads_inline() is False  # the API would send the next request to a thread
    assert leads(reader) == ["m-1-1", "m-2-1"] and reader.reads_inline() is True


def test_reads_inline_is_false_while_another_thread_is_inside(tmp_path):
    import threading

    s = EmbeddedStore(tmp_path)
    s.upsert(doc(1, [1]))
    assert s.reads_inline()
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with s.pinned():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert inside.wait(10)
        assert s.reads_inline() is False  # the API would not block its event loop on this store
    finally:
        release.set()
        t.join()
    assert s.reads_inline()
