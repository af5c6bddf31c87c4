"""Extraction speed alone (read + extract, no store), in MB of input per CPU-second.

    python -m benchmarks.extract_speed [--docs 300] [--repeat 3] [--json]

Three inputs: the bundled corpus (loaders/corpus), the real-document corpus
(tests/corpus/real/*.txt, when present) and a seeded synthetic corpus of ``--docs``
documents (benchmarks.corpus; same bytes every run). CPU time is reported next to wall
time because it is less sensitive to other work on a shared machine; each figure is the
best of ``--repeat`` passes. Used to show that a change to extraction is no slower per MB
(BENCHMARKS.md, section "Extraction speed").
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import platform
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"} and p.name != "README.md")


def measure(files: list[Path], repeat: int) -> dict:
    from medgraph.catalog import load_catalog
    from medgraph.documents import DocumentError, read_document
    from medgraph.extract import extract

    catalog = load_catalog()
    size = sum(p.stat().st_size for p in files)
    best_cpu = best_wall = float("inf")
    items = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        items = 0
        for f in files:
            try:
                ex = extract(read_document(f), catalog)
            except DocumentError:
                continue
            items += len(ex.nodes) + len(ex.edges)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    mb = size / 1e6
    return {"files": len(files), "mb": round(mb, 3), "cpu_s": round(best_cpu, 3), "wall_s": round(best_wall, 3),
            "mb_per_cpu_s": round(mb / best_cpu, 3) if best_cpu else None, "items": items}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extract_speed", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300, help="synthetic documents (default 300)")
    ap.add_argument("--repeat", type=int, default=3, help="passes per input; the best is kept (default 3)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--real", type=Path, default=ROOT / "tests" / "corpus" / "real",
                    help="folder of real documents (default tests/corpus/real; give main's to time an older checkout on it)")
    args = ap.parse_args(argv)
    from benchmarks import corpus as synth

    out = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": platform.processor() or platform.machine(),
           "python": platform.python_version()}
    out["bundled"] = measure(_files(ROOT / "loaders" / "corpus"), args.repeat)
    real = args.real
    if real.is_dir() and _files(real):
        out["real"] = measure(_files(real), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        with contextlib.redirect_stdout(sys.stderr):   # its "wrote N documents" line is not part of the JSON
            synth.main(["--docs", str(args.docs), "--out", tmp])
        out["synthetic"] = measure(_files(Path(tmp)), args.repeat)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(f"{out['date']}  {out['machine']}  Python {out['python']}")
        for k in ("bundled", "real", "synthetic"):
            if k in out:
                r = out[k]
                print(f"{k:10s} {r['files']:5d} files {r['mb']:8.3f} MB  cpu {r['cpu_s']:7.2f} s  wall {r['wall_s']:7.2f} s"
                      f"  {r['mb_per_cpu_s']:6.2f} MB/CPU-s  {r['items']} nodes+edges")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
