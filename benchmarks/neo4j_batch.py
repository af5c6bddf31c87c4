"""How many rows per ``UNWIND $rows … MERGE`` statement should the Neo4j store send?

Upserts synthetic documents (nodes of several labels, edges of several types, one evidence
each) into a RUNNING Neo4j at each batch size and prints nodes+relationships per second.
The database is WIPED between runs: point it at a disposable server.

    eval "$(python -m medgraph.neo4j_local start)"
    PYTHONPATH=src python benchmarks/neo4j_batch.py [--nodes 20000] [--edges 40000] [--docs 1] [--repeat 2]

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=40_000)
    ap.add_argument("--docs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2, help="runs per batch size (best is reported)")
    ap.add_argument("--sizes", default="100,500,1000,5000")
    args = ap.parse_args()

    from medgraph.store.neo4j import Neo4jStore

    exs = synthetic(args.nodes, args.edges, args.docs)
    n_items = sum(len(e.nodes) + len(e.edges) + 1 for e in exs)
    base = Settings(MEDGRAPH_STORE="neo4j")
    print(f"Neo4j {base.neo4j_uri}: {len(exs)} document(s), {n_items} nodes+relationships per run")
    print(f"{'batch':>6} {'seconds':>8} {'items/s':>9}   (best of {args.repeat})")
    # warm-up: query plans, JIT, page cache
    warm = Neo4jStore(base)
    warm.driver.execute_query("MATCH (n) DETACH DELETE n", database_=warm.database)
    for ex in synthetic(2000, 4000, 1, seed=1):
        warm.upsert(ex)
    warm.close()
    for size in [int(s) for s in args.sizes.split(",")]:
        best = float("inf")
        for _ in range(args.repeat):
            st = Neo4jStore(base.model_copy(update={"neo4j_batch_size": size}))
            st.driver.execute_query("MATCH (n) DETACH DELETE n", database_=st.database)
            t0 = time.perf_counter()
            for ex in exs:
                st.upsert(ex)
            best = min(best, time.perf_counter() - t0)
            st.close()
        print(f"{size:>6} {best:>8.2f} {n_items / best:>9.0f}", flush=True)


if __name__ == "__main__":
    main()
