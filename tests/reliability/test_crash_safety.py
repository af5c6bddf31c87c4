"""Crash safety.

Embedded: a real `medgraph load` of 300 generated documents is SIGKILLed at random
moments (and right while the graph file is being written); afterwards the store opens
and equals one of the valid states exactly (previous, previous + first batch, complete),
never a smaller or corrupt graph; a re-run then completes it.

Neo4j: a document whose upsert fails inside its one write transaction (a monkeypatched
failure after the first batch, and a real server-side error on a later batch) leaves the
graph exactly as it was.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from reliability_support import cli_env, popen_cli, run_cli, snapshot, write_policies

from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.pipeline import load
from medgraph.store.embedded import EmbeddedStore

N_DOCS = 300
BATCH = 200  # the CLI runs get MEDGRAPH_LOAD_BATCH=200 (reliability_support.cli_env): a write every 200 documents


@pytest.fixture(scope="module")
def crash_setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    base_files = write_policies(root / "base", 20, start=5000)
    files = write_policies(root / "docs", N_DOCS)
    base_dir = root / "base-data"
    s = EmbeddedStore(base_dir)
    load(s, base_files)
    valid = {"previous": snapshot(s)}
    s.close()
    for name, part in (("first batch", files[:BATCH]), ("complete", files)):
        d = root / f"ref-{name.replace(' ', '-')}"
        shutil.copytree(base_dir, d)
        s = EmbeddedStore(d)
        load(s, part)
        valid[name] = snapshot(s)
        s.close()
    return root, base_dir, valid


def _state(data_dir: Path, valid: dict) -> str:
    s = EmbeddedStore(data_dir)  # must open: a corrupt file raises here
    try:
        snap = snapshot(s)
    finally:
        s.close()
    for name, v in valid.items():
        if snap == v:
            return name
    pytest.fail(f"after SIGKILL the store holds an invalid state: {snap['counts']}")


def _kill_when(proc, data_dir: Path, mode: str, delay: float) -> None:
    if mode == "mid-write":  # kill the moment a temp graph file appears (the write is under way)
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if any(n.startswith(".graph.pkl.tmp-") for n in os.listdir(data_dir)):
                break
            time.sleep(0.0005)
        time.sleep(delay)
    else:
        time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def test_sigkill_during_embedded_load(crash_setup, tmp_path):
    root, base_dir, valid = crash_setup
    rng = random.Random(int(os.environ.get("MEDGRAPH_CRASH_SEED", "7")))
    # how long a whole load takes here, to spread the kills over it
    d = tmp_path / "timing"
    shutil.copytree(base_dir, d)
    t0 = time.monotonic()
    r = run_cli(["load", str(root / "docs")], cli_env(d))
    full = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    assert _state(d, valid) == "complete"

    plans = [("random", rng.uniform(0.2, full)) for _ in range(4)] + [("mid-write", 0.0), ("mid-write", 0.003)]
    seen = []
    for k, (mode, delay) in enumerate(plans):
        d = tmp_path / f"run{k}"
        shutil.copytree(base_dir, d)
        proc = popen_cli(["load", str(root / "docs")], cli_env(d))
        _kill_when(proc, d, mode, delay)
        state = _state(d, valid)
        seen.append((mode, round(delay, 3), proc.returncode, state))
        if k == 0:  # a second kill on the same folder, then the re-run must complete it
            proc = popen_cli(["load", str(root / "docs")], cli_env(d))
            _kill_when(proc, d, "random", rng.uniform(0.2, full))
            before = _state(d, valid)
            order = ["previous", "first batch", "complete"]
            assert order.index(before) >= order.index(state), (state, before)  # never goes back
            r = run_cli(["load", str(root / "docs")], cli_env(d))
            assert r.returncode == 0, r.stderr
            assert _state(d, valid) == "complete"
    print("kills:", seen)
    assert sum(1 for *_, rc, _ in seen if rc == -signal.SIGKILL) >= 5, seen


# ----------------------------------------------------------------------------- Neo4j
def _extraction(doc: str, n: int, bad_id_len: int = 0) -> Extraction:
    text = "".join(f"北京市第{i}局牵头第{i}项措施。" for i in range(n))
    nodes, edges = [], []
    for i in range(n):
        q = f"北京市第{i}局牵头第{i}项措施"
        start = text.index(q)
        ev = Evidence(document=doc, quote=q, start=start, end=start + len(q), method="explicit", confidence=1.0)
        nodes.append(Node(id=f"bureau-{doc}-{i}", label="Bureau", name=f"北京市第{i}局", documents=[doc]))
        nodes.append(Node(id=f"measure-{doc}-{i}", label="Measure", name=f"第{i}项措施", documents=[doc]))
        edges.append(Edge(source=f"bureau-{doc}-{i}", target=f"measure-{doc}-{i}", type="LEADS",
                          props={"role": "lead"}, evidence=[ev]))
    if bad_id_len:  # a Product (written after Bureau/Measure batches) whose id no index can hold
        nodes.append(Node(id="product-" + "x" * bad_id_len, label="Product", name="过长", documents=[doc]))
    rec = DocumentRecord(id=doc, path=f"/{doc}.txt", title=doc, kind="measures", sha256=doc[-1] * 64, chars=len(text))
    return Extraction(document=rec, nodes=nodes, edges=edges)


@pytest.mark.neo4j
def test_neo4j_failure_after_first_batch_leaves_no_partial_graph(neo4j_store, monkeypatch):
    import medgraph.store.neo4j as mod

    s = neo4j_store
    s.upsert(_extraction("doc-good", 5))
    before = snapshot(s)
    s.batch_size = 2  # several batches per label inside the one transaction

    real_chunks = mod._chunks
    calls = {"n": 0}

    def failing_chunks(rows, size):
        for chunk in real_chunks(rows, size):
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("injected failure after the first batch")
            yield chunk

    monkeypatch.setattr(mod, "_chunks", failing_chunks)
    with pytest.raises(RuntimeError, match="injected"):
        s.upsert(_extraction("doc-bad", 10))
    assert calls["n"] == 2
    monkeypatch.setattr(mod, "_chunks", real_chunks)
    assert snapshot(s) == before
    assert s.document("doc-bad") is None and s.get_node("bureau-doc-bad-0") is None


@pytest.mark.neo4j
def test_neo4j_server_side_error_mid_transaction_leaves_no_partial_graph(neo4j_store):
    """A node id too long for the uniqueness index: the server rejects that batch after the
    Bureau and Measure batches already ran in the same transaction."""
    s = neo4j_store
    s.upsert(_extraction("doc-good", 5))
    before = snapshot(s)
    with pytest.raises(Exception) as info:
        s.upsert(_extraction("doc-bad", 10, bad_id_len=40_000))
    assert "StoreUnavailable" not in type(info.value).__name__
    assert snapshot(s) == before
    assert s.document("doc-bad") is None and s.get_node("bureau-doc-bad-0") is None
    # and the pipeline reports it as one failed file, the next document still loads
    s.upsert(_extraction("doc-next", 3))
    assert s.document("doc-next") is not None


def test_store_gone_after_the_last_write_aborts_with_the_rerun_message(tmp_path, monkeypatch):
    """Neo4j stopped between the last write and the closing count (session 10's CI flake: the
    load's error then lacked "unavailable … re-run"): the load aborts with the same one-line
    reason as any other mid-load outage, and what it stored is whole."""
    from medgraph.pipeline import LoadAborted
    from medgraph.store.errors import StoreUnavailable

    docs = tmp_path / "docs"
    write_policies(docs, 3)
    s = EmbeddedStore(tmp_path / "graph")

    def gone():
        raise StoreUnavailable("Neo4j is not reachable at bolt://127.0.0.1:1 [ServiceUnavailable]")

    monkeypatch.setattr(s, "counts", gone)
    with pytest.raises(LoadAborted) as info:
        load(s, [docs])
    msg = str(info.value)
    assert "unavailable" in msg and "re-run" in msg and "not reachable" in msg, msg
    assert len(info.value.report.loaded) == 3
    monkeypatch.undo()
    assert len([d for d in s.documents() if d.id.startswith("doc-")]) == 3
