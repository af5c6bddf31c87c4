"""Inclusive CPU time of chosen inner functions during extract(), per document (helper spg).

    /work/main/.venv/bin/python benchmarks/census/inner.py --src SRC --corpus DIR \
        medgraph.extract.bodies:BodyFinder.find medgraph.extract.entities:_doc_district ...

Each named function (module:qualname; a method as Class.method) is replaced by a timing wrapper
in its module (so calls through the module's globals or the class are seen; a from-import made
elsewhere before patching is not). A function called recursively counts once. Best of 3 passes.
BodyFinder.find is also split by caller (module:function).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections import Counter
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--src", required=True)
ap.add_argument("--corpus", required=True)
ap.add_argument("--repeat", type=int, default=3)
ap.add_argument("funcs", nargs="+")
args = ap.parse_args()
sys.path.insert(0, os.path.abspath(args.src))
import medgraph  # noqa: E402
assert medgraph.__file__.startswith(os.path.abspath(args.src))
from medgraph.catalog import load_catalog  # noqa: E402
from _docs import read_corpus  # noqa: E402

pt = time.process_time
ACC = Counter()
CNT = Counter()


def wrap(label, f, by_caller=False):
    active = [False]

    def w(*a, **k):
        if active[0]:
            return f(*a, **k)
        active[0] = True
        lab = label
        if by_caller:
            fr = sys._getframe(1)
            lab = f"{label} <- {os.path.basename(fr.f_code.co_filename)}:{fr.f_code.co_name}"
        t = pt()
        try:
            return f(*a, **k)
        finally:
            ACC[lab] += pt() - t
            CNT[lab] += 1
            active[0] = False
    return w


for spec in args.funcs:
    modname, qual = spec.split(":")
    mod = importlib.import_module(modname)
    owner = mod
    parts = qual.split(".")
    for p in parts[:-1]:
        owner = getattr(owner, p)
    setattr(owner, parts[-1], wrap(qual, getattr(owner, parts[-1]), by_caller=qual.endswith("find")))

from medgraph.extract import extract  # noqa: E402

cat = load_catalog()
docs = read_corpus(args.corpus)
nd = len(docs)
for d in docs:
    extract(d, cat)
best: dict = {}
tots = []
for _ in range(args.repeat):
    ACC.clear()
    CNT.clear()
    t = pt()
    for d in docs:
        extract(d, cat)
    tots.append(pt() - t)
    for k, v in ACC.items():
        best[k] = min(best.get(k, 1e9), v)
tot = min(tots)
print(f"{args.src}: extract {1e3 * tot / nd:.3f} ms/doc (best of {args.repeat})")
for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
    print(f"  {1e3 * v / nd:7.4f} ms/doc  {100 * v / tot:5.1f}%  calls/doc {CNT[k] / nd:6.2f}  {k}")
