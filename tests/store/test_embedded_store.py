"""Embedded-store specifics: the file on disk, atomic writes, the write lock, readers in
other processes, a real SIGKILL in the middle of loads; plus the exports (store-agnostic
functions, exercised here on the embedded store)."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import filelock
import networkx as nx
import pytest

from medgraph import export
from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.store.embedded import GRAPH_FILE, LOCK_FILE, EmbeddedStore, StoreFileError, StoreLockedError

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _load_all(store, fx):
    for ex in (fx.catalog, fx.a, fx.b):
        store.upsert(ex)


def _snapshot(store):
    return ([n.model_dump() for n in store.nodes()], [e.model_dump() for e in store.edges()],
            [d.model_dump() for d in store.documents()])


def synthetic(i: int, size: int = 20) -> Extraction:
    """Document i: its own `size` measures + one shared bureau; 2*size edges, one evidence each."""
    doc = f"doc-syn-{i:05d}"
    text = "牵头单位：北京市医疗保障局。" * 4
    nodes = [Node(id="bureau-shared", label="Bureau", name="北京市医疗保障局", documents=[doc])]
    edges = []
    for j in range(size):
        mid = f"m-{i:05d}-{j:03d}"
        nodes.append(Node(id=mid, label="Measure", name=f"措施{i}-{j}", documents=[doc], props={"number": j}))
        e = Evidence(document=doc, quote=text[0:5], start=0, end=5, method="explicit")
        edges.append(Edge(source="bureau-shared", target=mid, type="LEADS", props={"role": "lead"}, evidence=[e]))
        edges.append(Edge(source=mid, target="bureau-shared", type="TARGETS", evidence=[e]))
    return Extraction(document=DocumentRecord(id=doc, title=f"文件{i}", sha256=f"{i:064d}"), nodes=nodes, edges=edges)


# -------------------------------------------------------------------- persistence
def test_persistence_across_instances(tmp_path, fx):
    s1 = EmbeddedStore(tmp_path)
    _load_all(s1, fx)
    before = _snapshot(s1)
    s1.close()
    assert (tmp_path / GRAPH_FILE).is_file()
    s2 = EmbeddedStore(tmp_path)
    assert _snapshot(s2) == before
    assert s2.counts()["labels"]["Document"] == 3
    s2.unload(fx.DOC_B)
    s3 = EmbeddedStore(tmp_path)
    assert s3.document(fx.DOC_B) is None and s3.get_node(fx.PRODUCT) is None
    assert _snapshot(s3) == _snapshot(s2)


def test_reader_sees_another_instances_write(tmp_path, fx):
    reader = EmbeddedStore(tmp_path)
    writer = EmbeddedStore(tmp_path)
    assert reader.counts() == {"labels": {}, "types": {}}
    writer.upsert(fx.catalog)
    writer.upsert(fx.a)
    assert reader.counts() == writer.counts()
    assert reader.get_node(fx.FUND) is not None
    writer.unload(fx.DOC_A)
    assert reader.get_node(fx.FUND) is None
    # and the reader's own write builds on the writer's, it does not clobber it
    reader.upsert(fx.a)
    writer.upsert(fx.b)
    assert {d.id for d in EmbeddedStore(tmp_path).documents()} == {fx.CATALOG, fx.DOC_A, fx.DOC_B}


def test_atomic_write_survives_failed_replace(tmp_path, fx, monkeypatch):
    store = EmbeddedStore(tmp_path)
    store.upsert(fx.catalog)
    store.upsert(fx.a)
    before = _snapshot(store)
    raw_before = (tmp_path / GRAPH_FILE).read_bytes()

    def boom(*args, **kwargs):
        raise OSError("simulated crash before rename")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="simulated crash"):
        store.upsert(fx.b)
    monkeypatch.undo()
    assert (tmp_path / GRAPH_FILE).read_bytes() == raw_before  # old file untouched
    assert _snapshot(EmbeddedStore(tmp_path)) == before  # and loadable
    assert _snapshot(store) == before  # the failed write was rolled back in memory too
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


def test_stale_temp_files_are_cleaned(tmp_path, fx):
    store = EmbeddedStore(tmp_path)
    stale = tmp_path / f".{GRAPH_FILE}.tmp-deadbeef"
    stale.write_bytes(b"half a graph")
    store.upsert(fx.catalog)
    assert not stale.exists()


def test_unreadable_file_gives_a_clear_error(tmp_path):
    (tmp_path / GRAPH_FILE).write_bytes(b"not a graph at all")
    with pytest.raises(StoreFileError, match="not a medgraph graph file"):
        EmbeddedStore(tmp_path)


def test_lock_contention_message(tmp_path, fx):
    store = EmbeddedStore(tmp_path, lock_timeout=0.3)
    other = filelock.FileLock(str(tmp_path / LOCK_FILE))  # another "process" holding the write lock
    with other:
        t0 = time.monotonic()
        with pytest.raises(StoreLockedError) as info:
            store.upsert(fx.catalog)
        assert time.monotonic() - t0 >= 0.25
    msg = str(info.value)
    assert "another medgraph load is writing to" in msg and str(tmp_path) in msg
    assert str(tmp_path / LOCK_FILE) in msg and "remove the stale lock" in msg
    assert store.documents() == []
    store.upsert(fx.catalog)  # lock released: works again
    assert store.document(fx.CATALOG) is not None


def test_lock_held_by_another_process(tmp_path, fx):
    code = textwrap.dedent(f"""
        import filelock, sys, time
        with filelock.FileLock({str(tmp_path / LOCK_FILE)!r}):
            print("locked", flush=True)
            time.sleep(30)
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "locked"
        store = EmbeddedStore(tmp_path, lock_timeout=0.2)
        with pytest.raises(StoreLockedError, match="another medgraph load is writing"):
            store.upsert(fx.catalog)
    finally:
        p.kill()
        p.wait()
    store.upsert(fx.catalog)  # the kernel dropped the dead process's lock
    assert store.document(fx.CATALOG) is not None


# ------------------------------------------------------------------------- batches
def _count_replaces(monkeypatch):
    calls = []
    real = os.replace

    def counting(*a, **k):
        calls.append(a)
        return real(*a, **k)

    monkeypatch.setattr(os, "replace", counting)
    return calls


def test_upsert_many_writes_once(tmp_path, fx, monkeypatch):
    store = EmbeddedStore(tmp_path)
    calls = _count_replaces(monkeypatch)
    store.upsert_many([fx.catalog, fx.a, fx.b] + [synthetic(i) for i in range(5)])
    assert len(calls) == 1
    ref = fx.Reference()
    for ex in (fx.catalog, fx.a, fx.b):
        ref.upsert(ex)
    assert store.get_node(fx.MEASURE).model_dump() == ref.n[fx.MEASURE].model_dump()
    assert len(store.documents()) == 8
    store.upsert_many([])
    assert len(calls) == 1  # nothing to write


def test_upsert_many_validates_everything_first(tmp_path, fx):
    store = EmbeddedStore(tmp_path)
    store.upsert(fx.catalog)
    before = _snapshot(store)
    bad = synthetic(1).model_copy(update={"edges": [Edge(source="bureau-shared", target="nowhere", type="LEADS",
                                                         evidence=synthetic(1).edges[0].evidence)]})
    with pytest.raises(ValueError, match="nowhere"):
        store.upsert_many([fx.a, synthetic(0), bad])
    assert _snapshot(store) == before
    assert _snapshot(EmbeddedStore(tmp_path)) == before


def test_batch_context(tmp_path, fx, monkeypatch):
    store = EmbeddedStore(tmp_path)
    calls = _count_replaces(monkeypatch)
    with store.batch():
        store.upsert(fx.catalog)
        store.upsert(fx.a)
        store.upsert(fx.b)
        store.unload(fx.DOC_B)
        assert store.get_node(fx.FUND) is not None  # reads inside the batch see the batch
        assert not (tmp_path / GRAPH_FILE).exists()
    assert len(calls) == 1
    after = _snapshot(store)
    assert _snapshot(EmbeddedStore(tmp_path)) == after
    with pytest.raises(RuntimeError, match="changed my mind"):
        with store.batch():
            store.upsert(fx.b)
            store.unload(fx.DOC_A)
            raise RuntimeError("changed my mind")
    assert len(calls) == 1
    assert _snapshot(store) == after  # rolled back
    assert _snapshot(EmbeddedStore(tmp_path)) == after


# --------------------------------------------------------------------- kill test
CHILD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{src!r}, {here!r}]
    from test_embedded_store import synthetic
    from medgraph.store.embedded import EmbeddedStore
    store = EmbeddedStore({data!r})
    start = len(store.documents())
    if start == 0:
        store.upsert_many([synthetic(i, 50) for i in range(300)])   # a file big enough that writes take time
        start = 300
    print("ready", start, flush=True)
    i = start
    while True:
        store.upsert(synthetic(i, 50))
        i += 1
""")


def _check_consistent(data: Path, size: int = 50) -> int:
    store = EmbeddedStore(data)
    docs = [d.id for d in store.documents()]
    k = len(docs)
    assert docs == [f"doc-syn-{i:05d}" for i in range(k)]  # a prefix of the load order: no gaps
    c = store.counts()
    assert c == {"labels": {"Bureau": 1, "Document": k, "Measure": size * k},
                 "types": {"LEADS": size * k, "TARGETS": size * k}}
    shared = store.get_node("bureau-shared")
    assert shared.documents == docs
    store.close()
    return k


def test_sigkill_during_loads_never_corrupts(tmp_path):
    data = tmp_path / "data"
    rnd = random.Random(os.getpid())
    seen = []
    here = str(Path(__file__).resolve().parent)
    for _round in range(5):
        before = _check_consistent(data) if (data / GRAPH_FILE).exists() else 0
        code = CHILD.format(src=SRC, here=here, data=str(data))
        p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = p.stdout.readline()
            assert line.startswith("ready"), p.stderr.read()
            time.sleep(rnd.uniform(0.05, 1.5))
        finally:
            p.send_signal(signal.SIGKILL)
            p.wait()
        torn = [x.name for x in data.iterdir() if ".tmp-" in x.name]  # killed mid-write: a temp file is left
        after = _check_consistent(data)
        assert after >= max(before, 300)
        seen.append((after, bool(torn)))
    counts = [k for k, _ in seen]
    assert counts == sorted(counts) and counts[-1] > 300  # loads did progress between kills
    print("docs after each kill / killed mid-write:", seen)


# -------------------------------------------------------------------- performance
def test_owners_read_is_fast(tmp_path):
    store = EmbeddedStore(tmp_path)
    store.upsert_many([synthetic(i, 5) for i in range(2000)])
    fresh = EmbeddedStore(tmp_path)  # reads from the file, like the API would
    target = "m-01000-003"
    fresh.get_node(target)
    times = []
    for _ in range(300):
        t0 = time.perf_counter()
        node = fresh.get_node(target)
        leads = fresh.edges(target=target, type="LEADS")
        times.append(time.perf_counter() - t0)
    assert node is not None and [e.source for e in leads] == ["bureau-shared"]
    assert statistics.median(times) < 0.001, f"median owners read {statistics.median(times) * 1e6:.0f} µs"


# ------------------------------------------------------------------------- exports
def test_export_json(tmp_path, fx):
    store = EmbeddedStore(tmp_path)
    _load_all(store, fx)
    data = export.export_json(store)
    assert data["nodes"] == [n.model_dump(mode="json") for n in store.nodes()]
    assert data["edges"] == [e.model_dump(mode="json") for e in store.edges()]
    json.dumps(data, ensure_ascii=False)


def test_export_graphml_opens_with_primitive_attributes(tmp_path, fx):
    store = EmbeddedStore(tmp_path / "data")
    _load_all(store, fx)
    out = export.export_graphml(store, tmp_path / "g.graphml")
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == len(store.nodes()) and g.number_of_edges() == len(store.edges())
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    fund = g.nodes[fx.FUND]
    assert fund["amount_yi"] == 100.0 and fund["node_type"] == "Fund" and fund["label"] == "创新医药产业基金"
    assert json.loads(g.nodes[fx.DISTRICT]["aliases"]) == store.get_node(fx.DISTRICT).aliases
    lead = store.edges(source=fx.BUREAU, target=fx.MEASURE, type="LEADS")[0]
    (attrs,) = [a for _, _, a in g.edges(data=True) if a["edge_key"] == lead.key]
    assert json.loads(attrs["evidence"]) == [e.model_dump(mode="json") for e in lead.evidence]
    assert attrs["role"] == "lead" and attrs["weight"] == float(len(lead.evidence))


def test_export_csv(tmp_path, fx):
    store = EmbeddedStore(tmp_path / "data")
    _load_all(store, fx)
    nodes_csv, edges_csv = export.export_csv(store, tmp_path / "csv")
    with open(nodes_csv, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == [n.id for n in store.nodes()]
    by_id = {r["id"]: r for r in rows}
    assert json.loads(by_id[fx.FUND]["props"]) == store.get_node(fx.FUND).props
    with open(edges_csv, encoding="utf-8-sig", newline="") as fh:
        erows = list(csv.DictReader(fh))
    assert [r["key"] for r in erows] == [e.key for e in store.edges()]
    for r, e in zip(erows, store.edges()):
        assert [Evidence(**x) for x in json.loads(r["evidence"])] == e.evidence
