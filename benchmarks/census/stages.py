"""CPU time of each stage extract() runs, per document (session 13, helper spg).

    /work/main/.venv/bin/python benchmarks/census/stages.py --src /work/wt/s13start/src \
        --corpus /work/wt/devcorpus [--repeat 3] [--json out.json]

Every function extract/__init__.py calls (its from-imports, and the attributes of the modules it
imports: rel.*, iss.*, tg.*, places.*, given_place.*) is replaced, in medgraph.extract's namespace
only, by a wrapper that adds process_time to its stage; nested wrapped calls count in the
outermost stage only. "(rest)" = extract's CPU minus the stages: its own code (node building,
pydantic records, to_original). Best of --repeat passes per stage (each pass over all documents);
the total is the best whole pass. No source file is touched.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import types
from collections import Counter
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--src", required=True)
ap.add_argument("--corpus", required=True)
ap.add_argument("--repeat", type=int, default=3)
ap.add_argument("--json", default="")
args = ap.parse_args()
sys.path.insert(0, os.path.abspath(args.src))
import medgraph  # noqa: E402
assert medgraph.__file__.startswith(os.path.abspath(args.src)), medgraph.__file__
from medgraph.catalog import load_catalog  # noqa: E402
from _docs import read_corpus  # noqa: E402
import medgraph.extract as X  # noqa: E402

pt = time.process_time
ACC = Counter()
CNT = Counter()
EMPTY_S = Counter()   # stage -> CPU of the calls that produced nothing (an upper bound on gating)
EMPTY_N = Counter()


def _nothing(r, a, before):
    """The call added nothing: a falsy result (or a tuple of falsy items), and no edge added to a
    relations Ctx passed first (rel.*, places.locate mutate ctx.edges and return None)."""
    if before is not None and len(a[0].edges) != before:
        return False
    if isinstance(r, tuple):
        return not any(r)
    if hasattr(r, "kind") and hasattr(r, "title"):   # identity.own_heading's Heading: never empty
        return False
    if hasattr(r, "mentions"):   # find_entities' result
        return not r.mentions
    if hasattr(r, "measures") and hasattr(r, "candidates"):   # structure.parse
        return False
    if isinstance(r, dict) and "source_kind" in r:
        return False
    return not r
depth = [0]


def timed(label, f):
    def w(*a, **k):
        if depth[0]:
            return f(*a, **k)
        depth[0] = 1
        before = len(a[0].edges) if a and isinstance(getattr(a[0], "edges", None), dict) else None
        t = pt()
        r = None
        try:
            r = f(*a, **k)
            return r
        finally:
            dt = pt() - t
            ACC[label] += dt
            CNT[label] += 1
            if _nothing(r, a, before):
                EMPTY_S[label] += dt
                EMPTY_N[label] += 1
            depth[0] = 0
    return w


class ModProxy(types.SimpleNamespace):
    pass


def proxy(mod, prefix):
    ns = {}
    for name, v in vars(mod).items():
        if isinstance(v, types.FunctionType) and v.__module__ == mod.__name__:
            ns[name] = timed(f"{prefix}.{name}", v)
        elif isinstance(v, type) and v.__module__ == mod.__name__:
            ns[name] = timed(f"{prefix}.{name}()", v) if name in ("Spans", "Ctx") else v
        else:
            ns[name] = v
    return ModProxy(**ns)


SKIP = {"extract", "load_catalog", "_BY_NUMBER"}
for name, v in list(vars(X).items()):
    if name in SKIP or name.startswith("__"):
        continue
    if isinstance(v, types.ModuleType) and v.__name__.startswith("medgraph.") and v.__name__ != "medgraph.extract":
        setattr(X, name, proxy(v, name))
    elif isinstance(v, types.FunctionType) and (v.__module__ or "").startswith("medgraph"):
        label = name if v.__module__ == "medgraph.extract" else f"{v.__module__.rsplit('.', 1)[-1]}.{name}"
        setattr(X, name, timed(label, v))

cat = load_catalog()
docs = read_corpus(args.corpus)
nd = len(docs)
mb = sum(len(d.original.encode("utf-8")) for d in docs) / 1e6
for d in docs:   # warm: catalog automata, lazy tables
    X.extract(d, cat)
best = {}
best_empty = {}
totals = []
for _ in range(args.repeat):
    ACC.clear()
    CNT.clear()
    EMPTY_S.clear()
    EMPTY_N.clear()
    t = pt()
    for d in docs:
        X.extract(d, cat)
    tot = pt() - t
    totals.append(tot)
    ACC["(rest)"] = tot - sum(ACC.values())
    for k, v in ACC.items():
        best[k] = min(best.get(k, 1e9), v)
    for k in ACC:
        best_empty[k] = min(best_empty.get(k, 1e9), EMPTY_S.get(k, 0.0))
total = min(totals)
print(f"{args.src}: {nd} docs, {mb:.3f} MB, extract {1e3 * total / nd:.3f} ms/doc (best of {args.repeat}; "
      f"passes {', '.join(f'{t:.2f}' for t in totals)} s)")
print("  ms/doc   share  calls/doc  | calls giving nothing: share of calls, their ms/doc  | stage")
for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
    c = CNT[k]
    print(f"  {1e3 * v / nd:7.4f}  {100 * v / total:5.1f}%  {c / nd:5.2f}  | {100 * EMPTY_N[k] / max(1, c):5.1f}%  "
          f"{1e3 * best_empty.get(k, 0) / nd:7.4f} | {k}")
print(f"  CPU of stage calls that produced nothing: {1e3 * sum(best_empty.get(k, 0) for k in best if k != '(rest)') / nd:.3f} ms/doc")
if args.json:
    Path(args.json).write_text(json.dumps({"src": args.src, "docs": nd, "total_s": total, "totals": totals,
                                           "stages_s": best, "calls": dict(CNT),
                                           "empty_s": best_empty, "empty_n": dict(EMPTY_N)}, indent=1))
