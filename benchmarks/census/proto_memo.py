"""Prototype (run time only, no source file touched): memoise pure per-string helpers whose calls
the census found repeated, check the extraction stays identical, and time it against the
unpatched code in the same process (passes alternate, best of --repeat each).

    /work/main/.venv/bin/python benchmarks/census/proto_memo.py --src SRC --corpus DIR [--repeat 5]

Patched (module globals, so every caller inside the module sees the memoised one):
  identity._junk(frag), identity._key(s), identity._ends_kind(c, a, b), entities._norm_title(t),
  issuers._one_name(text, m) keyed on (text identity, m.start, m.end) per document.
"""
from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--src", required=True)
ap.add_argument("--corpus", required=True)
ap.add_argument("--repeat", type=int, default=5)
ap.add_argument("--mode", choices=["orig", "memo"], default="",
                help="only run --passes passes in one mode (for an instruction counter: valgrind/callgrind)")
ap.add_argument("--passes", type=int, default=1)
args = ap.parse_args()
sys.path.insert(0, os.path.abspath(args.src))
import medgraph  # noqa: E402
assert medgraph.__file__.startswith(os.path.abspath(args.src))
from medgraph.catalog import load_catalog  # noqa: E402
from _docs import read_corpus  # noqa: E402
from medgraph.extract import entities, identity, issuers  # noqa: E402
from medgraph.extract import extract  # noqa: E402

ORIG = {(identity, "_junk"): identity._junk, (identity, "_key"): identity._key,
        (identity, "_ends_kind"): identity._ends_kind, (entities, "_norm_title"): entities._norm_title,
        (issuers, "_one_name"): issuers._one_name}

_doc = [None, {}]


def _one_name(text, m, f=issuers._one_name):
    if _doc[0] is not text:
        _doc[0], _doc[1] = text, {}
    k = (m.start, m.end)
    r = _doc[1].get(k)
    if r is None:
        r = _doc[1][k] = f(text, m)
    return r


MEMO = {(identity, "_junk"): functools.lru_cache(maxsize=8192)(identity._junk),
        (identity, "_key"): functools.lru_cache(maxsize=8192)(identity._key),
        (identity, "_ends_kind"): functools.lru_cache(maxsize=8192)(identity._ends_kind),
        (entities, "_norm_title"): functools.lru_cache(maxsize=8192)(entities._norm_title),
        (issuers, "_one_name"): _one_name}


def use(table):
    for (mod, name), f in table.items():
        setattr(mod, name, f)


cat = load_catalog()
docs = read_corpus(args.corpus)
nd = len(docs)


def dump():
    return [extract(d, cat).model_dump_json() for d in docs]


if args.mode:
    use(ORIG if args.mode == "orig" else MEMO)
    for _ in range(args.passes):
        for d in docs:
            extract(d, cat)
    sys.exit(0)
use(ORIG)
base = dump()
use(MEMO)
memo = dump()
same = sum(a == b for a, b in zip(base, memo))
print(f"identical extractions: {same}/{nd}")
best = {"orig": 1e9, "memo": 1e9}
for _ in range(args.repeat):
    for name, table in (("orig", ORIG), ("memo", MEMO)):
        use(table)
        t = time.process_time()
        for d in docs:
            extract(d, cat)
        best[name] = min(best[name], time.process_time() - t)
print(f"orig {1e3 * best['orig'] / nd:.3f} ms/doc, memo {1e3 * best['memo'] / nd:.3f} ms/doc, "
      f"gain {1e3 * (best['orig'] - best['memo']) / nd:.3f} ms/doc ({best['orig'] / best['memo']:.3f}x)")
