"""Python-level function calls per document during extract() (cProfile call counts, exact).

    /work/main/.venv/bin/python benchmarks/census/callcount.py --src SRC --corpus DIR
"""
import argparse, cProfile, os, pstats, sys
from collections import Counter
from pathlib import Path
ap = argparse.ArgumentParser(); ap.add_argument("--src", required=True); ap.add_argument("--corpus", required=True)
args = ap.parse_args()
sys.path.insert(0, os.path.abspath(args.src))
from medgraph.catalog import load_catalog
from medgraph.documents import DocumentError, read_document
from medgraph.extract import extract
cat = load_catalog(); docs = []
for f in sorted(Path(args.corpus).glob("*.txt")):
    try: docs.append(read_document(f))
    except DocumentError: pass
facts = sum(len(x.nodes) + len(x.edges) for x in (extract(d, cat) for d in docs))
meas = sum(1 for d in docs for x in [extract(d, cat)] for nd_ in x.nodes if nd_.label == "Measure")
pr = cProfile.Profile(); pr.enable()
for d in docs: extract(d, cat)
pr.disable()
st = pstats.Stats(pr); py = c = 0; bymod = Counter()
for (fn, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
    if fn == "~": c += nc
    else: py += nc; bymod[os.path.basename(fn)] += nc
n = len(docs)
print(f"{args.src}: nodes+edges/doc {facts / n:.2f} (measures {meas / n:.2f}); python function calls/doc {py / n:.0f}, builtin (C) calls/doc {c / n:.0f}")
for k, v in bymod.most_common(15): print(f"  {v / n:8.0f}  {k}")
