"""How many rows per ``UNWIND $rows … MERGE`` statement should the Neo4j store send?

Upserts synthetic documents (nodes of several labels, edges of several types, one evidence
each) into a RUNNING Neo4j at each batch size and prints nodes+relationships per second.
The database is WIPED between runs: point it at a disposable server.

    eval "$(python -m medgraph.neo4j_local start)"
    PYTHONPATH=src python benchmarks/neo4j_batch.py [--nodes 20000] [--edges 40000] [--docs 1] [--repeat 2]

``--corpus DIR`` instead loads a real corpus (e.g. .bench/corpus-1000) with
``Neo4jStore.upsert_many``, ``--chunks`` documents per call and per transaction, and prints
node and relationship rows per second with the client's and the server's CPU seconds
(``--cache FILE`` pickles the extractions once, so reruns skip extraction; delete it when
the extractor changes):

    PYTHONPATH=src:. python benchmarks/neo4j_batch.py --corpus .bench/corpus-1000 --chunks 50,100,200 \
        --cache /tmp/corpus-1000.pkl

``--docs 1`` puts everything in one big document (one transaction, many statements: the
batch size matters most); ``--docs 100`` is closer to a corpus load (many small documents,
one transaction each). The store's default (settings.neo4j_batch_size, MEDGRAPH_NEO4J_BATCH)
was picked from this script's numbers; see its docstring in medgraph/settings.py.
"""

from __future__ import annotations

import argparse
import random
import time

from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.settings import Settings

LABELS = ("Measure", "Bureau", "District", "Platform", "Product", "Fund", "Organization")
TYPES = ("TARGETS", "LEADS", "FUNDS", "LOCATED_IN", "PART_OF")


def synthetic(n_nodes: int, n_edges: int, n_docs: int, seed: int = 7) -> list[Extraction]:
    rnd = random.Random(seed)
    ids = [f"{LABELS[i % len(LABELS)].lower()}-{i:07d}" for i in range(n_nodes)]
    per_doc_nodes = max(1, n_nodes // n_docs)
    per_doc_edges = max(1, n_edges // n_docs)
    out = []
    for d in range(n_docs):
        doc = f"doc-bench-{d:05d}"
        mine = ids[d * per_doc_nodes:(d + 1) * per_doc_nodes] or ids[:per_doc_nodes]
        nodes = [Node(id=i, label=LABELS[int(i[-7:]) % len(LABELS)], name=f"名称{i[-7:]}", aliases=[f"别名{i[-5:]}"],
                      documents=[doc], props={"kind": "bench", "number": int(i[-7:])}) for i in mine]
        edges = {}
        while len(edges) < per_doc_edges:
            s, t = rnd.choice(mine), rnd.choice(mine)
            if s == t:
                continue
            typ = TYPES[rnd.randrange(len(TYPES))]
            start = rnd.randrange(10_000)
            e = Edge(source=s, target=t, type=typ, props={"role": "lead"} if typ == "LEADS" else {},
                     evidence=[Evidence(document=doc, quote="引文" * 5, start=start, end=start + 10, method="rule")])
            edges.setdefault(e.key, e)
        out.append(Extraction(document=DocumentRecord(id=doc, title=doc, kind="bench", sha256="0" * 64),
                              nodes=nodes, edges=list(edges.values())))
    return out


def _cpu_seconds(pid: int | None) -> float:
    """utime+stime of the server process (Linux): contention-proof cost, unlike wall time."""
    if not pid:
        return 0.0
    import os

    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_pid(uri: str) -> int | None:
    """The pid of a local server started by medgraph.neo4j_local for this URI, if any."""
    try:
        from medgraph.neo4j_local import default_home, read_state

        state = read_state(default_home())
        return state["pid"] if state and state["uri"] == uri else None
    except Exception:  # noqa: BLE001
        return None


def corpus_extractions(folder: str, cache: str | None) -> tuple[Extraction, list[Extraction]]:
    """(catalog, documents) of a corpus folder; with ``cache``, extracted once and pickled there."""
    import pickle
    from pathlib import Path

    from medgraph.catalog import load_catalog

    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    from medgraph.documents import read_document
    from medgraph.extract import extract

    out = (load_catalog().extraction(), [extract(read_document(f)) for f in sorted(Path(folder).glob("*.txt"))])
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(out, fh)
    return out


def corpus_main(args: argparse.Namespace) -> None:
    """Load a real corpus with upsert_many, ``chunk`` documents per call (and per transaction)."""
    import gc

    import medgraph.store.neo4j as mod
    from medgraph.store.neo4j import Neo4jStore

    catalog, exs = corpus_extractions(args.corpus, args.cache)
    gc.freeze()  # the extractions are long-lived: keep them out of every collection (as a loader would)
    base = Settings(MEDGRAPH_STORE="neo4j")
    pid = args.server_pid or _server_pid(base.neo4j_uri)
    node_rows = sum(len(e.nodes) + 1 for e in exs)
    rel_rows = sum(len(e.edges) for e in exs)
    print(f"Neo4j {base.neo4j_uri}: {len(exs)} documents of {args.corpus}, {node_rows} node rows, "
          f"{rel_rows} relationship rows" + (f", server pid {pid}" if pid else ""))
    print(f"{'chunk':>6} {'wall s':>7} {'rels/s':>7} {'nodes/s':>8} {'client cpu s':>13} {'server cpu s':>13} "
          f"{'db nodes':>9} {'db rels':>8}")
    for _ in range(args.repeat):
        for chunk in [int(c) for c in args.chunks.split(",")]:
            st = Neo4jStore(base)
            with st.driver.session(database=st.database) as s:
                s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume()
            st.upsert(catalog)
            old, mod.TX_DOCUMENTS = mod.TX_DOCUMENTS, chunk
            try:
                c0, s0, t0 = time.process_time(), _cpu_seconds(pid), time.perf_counter()
                for i in range(0, len(exs), chunk):
                    st.upsert_many(exs[i:i + chunk])
                wall, cpu, srv = time.perf_counter() - t0, time.process_time() - c0, _cpu_seconds(pid) - s0
            finally:
                mod.TX_DOCUMENTS = old
            counts = st.counts()
            st.close()
            print(f"{chunk:>6} {wall:>7.1f} {rel_rows / wall:>7.0f} {node_rows / wall:>8.0f} {cpu:>13.1f} "
                  + (f"{srv:>13.1f}" if pid else f"{'-':>13}")
                  + f" {sum(counts['labels'].values()):>9} {sum(counts['types'].values()):>8}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=None, help="a corpus folder: load it with upsert_many instead")
    ap.add_argument("--chunks", default="50,100,200", help="with --corpus: documents per upsert_many call")
    ap.add_argument("--cache", default=None, help="with --corpus: pickle of the extractions (written if missing)")
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=40_000)
    ap.add_argument("--docs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="rounds; each round runs every batch size once")
    ap.add_argument("--sizes", default="100,500,1000,5000")
    ap.add_argument("--server-pid", type=int, default=None,
                    help="Neo4j's pid, to also report server CPU seconds (default: from neo4j_local's state)")
    args = ap.parse_args()
    if args.corpus:
        corpus_main(args)
        return

    from medgraph.store.neo4j import Neo4jStore

    exs = synthetic(args.nodes, args.edges, args.docs)
    n_items = sum(len(e.nodes) + len(e.edges) + 1 for e in exs)
    base = Settings(MEDGRAPH_STORE="neo4j")
    pid = args.server_pid or _server_pid(base.neo4j_uri)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"Neo4j {base.neo4j_uri}: {len(exs)} document(s), {n_items} nodes+relationships per run, "
          f"{args.repeat} interleaved rounds" + (f", server pid {pid}" if pid else ""))
    warm = Neo4jStore(base)  # warm-up: query plans, JIT, page cache
    warm.driver.execute_query("MATCH (n) DETACH DELETE n", database_=warm.database)
    for ex in synthetic(2000, 4000, 1, seed=1):
        warm.upsert(ex)
    warm.close()
    wall: dict[int, list[float]] = {s: [] for s in sizes}
    cpu: dict[int, list[float]] = {s: [] for s in sizes}
    for _ in range(args.repeat):
        for size in sizes:  # interleaved, so drifting load on a shared machine hits every size alike
            st = Neo4jStore(base.model_copy(update={"neo4j_batch_size": size}))
            st.driver.execute_query("MATCH (n) DETACH DELETE n", database_=st.database)
            c0, t0 = _cpu_seconds(pid), time.perf_counter()
            for ex in exs:
                st.upsert(ex)
            wall[size].append(time.perf_counter() - t0)
            cpu[size].append(_cpu_seconds(pid) - c0)
            st.close()
    print(f"{'batch':>6} {'best s':>7} {'median s':>9} {'items/s':>8} {'server cpu s':>13} {'items/cpu-s':>12}")
    for size in sizes:
        w = sorted(wall[size])
        c = sorted(cpu[size])
        best, med = w[0], w[len(w) // 2]
        cmed = c[len(c) // 2]
        print(f"{size:>6} {best:>7.2f} {med:>9.2f} {n_items / best:>8.0f} "
              + (f"{cmed:>13.2f} {n_items / cmed:>12.0f}" if pid and cmed > 0 else f"{'-':>13} {'-':>12}"), flush=True)


if __name__ == "__main__":
    main()
