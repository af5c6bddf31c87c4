"""Guard and stopwatch for extraction speed work.

    python -m benchmarks.extract_snapshot dump OUT.jsonl [--docs N] [--corpus DIR]
    python -m benchmarks.extract_snapshot time [--docs N] [--corpus DIR] [--repeat R]

``dump`` writes one canonical JSON line per document (the Document's normalized text,
offset spans and metadata, then ``extract(doc).model_dump()``, keys sorted) for the 5
bundled seeds, a few documents built from the tests' own texts (traditional script, GBK,
Big5, HTML, DOCX) and the first N synthetic documents (default 300 of the 1k corpus).
Two dumps are byte-identical iff an optimisation left the output unchanged: compare
with ``cmp``.

``time`` reports read + extract (no store) of the first N synthetic documents in CPU
seconds (``time.process_time``; best of R single passes, each in a fresh process so
per-catalog memos start empty) and MB per CPU-second. CPU time rather
than wall time because the benchmark machine is shared.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / ".bench" / "corpus-1000"
if not DEFAULT_CORPUS.exists():
    DEFAULT_CORPUS = Path("/work/main/.bench/corpus-1000")


def _fixtures() -> list[tuple[str, bytes]]:
    """(name, bytes) of documents written for the tests, in several formats/encodings."""
    from tests.extract.test_formats import MEASURES, TITLE
    from tests.extract.test_relations import ANNOTATED
    from tests.test_documents import POLICY_TC

    out = [("annotated.txt", ANNOTATED.encode("utf-8")), ("annotated-gbk.txt", ANNOTATED.encode("gb18030")),
           ("policy-tc-big5.txt", POLICY_TC.encode("big5")), ("policy-tc.txt", POLICY_TC.encode("utf-8"))]
    items = "".join(f"<p>{m} {b}</p><script>var x='{m}';</script>" for m, b in MEASURES)
    html = (f"<html><head><title>t</title></head><body><nav>首页</nav><div><h1>关于印发《{TITLE}》的通知</h1>"
            f"<p>现将《{TITLE}》印发给你们。</p>{items}</div><footer>主办：北京市朝阳区人民政府</footer></body></html>")
    out.append(("chaoyang.html", html.encode("utf-8")))
    body = "\n".join(f"{i}. {b}" for i, (_, b) in enumerate(MEASURES, 1))
    out.append(("chaoyang-gbk.txt", (f"关于印发《{TITLE}》的通知\n现将《{TITLE}》印发给你们。\n" + body).encode("gbk")))
    try:
        import docx

        d = docx.Document()
        d.add_heading(f"关于印发《{TITLE}》的通知", 1)
        for marker, b in MEASURES:
            d.add_paragraph(f"{marker} {b}")
        buf = io.BytesIO()
        d.save(buf)
        out.append(("chaoyang.docx", _fixed_zip(buf.getvalue())))
    except ImportError:  # pragma: no cover
        pass
    return out


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and core properties (same bytes every run)."""
    import re
    import zipfile

    src, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", body)
            dst.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _line(doc, ex) -> str:
    rec = {
        "doc": {"id": doc.id, "path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding,
                "format": doc.format, "original": doc.original, "normalized": doc.normalized,
                "spans": [list(s) for s in doc.spans]},
        "extraction": ex.model_dump(mode="json"),
    }
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def _synthetic(corpus: Path, n: int) -> list[Path]:
    return sorted(corpus.glob("*.txt"))[:n]


def dump(out: Path, corpus: Path, n: int) -> None:
    from medgraph.catalog import load_catalog
    from medgraph.documents import read_bytes, read_document
    from medgraph.extract import extract
    from medgraph.pipeline import bundled_files

    cat = load_catalog()
    with out.open("w", encoding="utf-8") as fh:
        for p in bundled_files():
            doc = read_document(p)
            # the seeds' paths name the checkout: keep dumps of two checkouts comparable
            fh.write(_line(doc, extract(doc, cat)).replace(str(p.parents[2]), "<root>") + "\n")
        for name, data in _fixtures():
            doc = read_bytes(data, name)
            fh.write(_line(doc, extract(doc, cat)) + "\n")
        for p in _synthetic(corpus, n):
            doc = read_document(p)
            fh.write(_line(doc, extract(doc, cat)) + "\n")


def _time_once(corpus: Path, n: int, skip_targets: bool = False) -> dict:
    """One pass in this (fresh) process: memos start empty, as in a real load.
    ``skip_targets``: extract/targets.py answers nothing (it is timed on its own)."""
    from medgraph.catalog import load_catalog
    from medgraph.documents import read_bytes
    from medgraph.extract import extract

    if skip_targets:
        from medgraph.extract import targets

        targets.as_records = lambda *a, **k: []
        targets.facts = lambda *a, **k: []

    cat = load_catalog()
    files = _synthetic(corpus, n)
    extract(read_bytes("北京市试点措施\n（一）一是\n".encode(), "warm.txt"), cat)  # OpenCC, automaton
    mb = sum(f.stat().st_size for f in files) / 1e6
    t0, c0 = time.perf_counter(), time.process_time()
    for f in files:
        extract(read_document(f), cat)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    return {"docs": len(files), "mb": mb, "cpu_s": cpu, "wall_s": wall}


def read_document(path):
    from medgraph.documents import read_document as rd

    return rd(path)


def timing(corpus: Path, n: int, repeat: int, skip_targets: bool = False) -> dict:
    """Best (least CPU) of ``repeat`` single passes, each in a fresh interpreter."""
    import subprocess

    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-m", "benchmarks.extract_snapshot", "_once", "--docs", str(n),
                              "--corpus", str(corpus), *(["--skip-targets"] if skip_targets else [])],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
        runs.append(json.loads(out))
    best = min(runs, key=lambda r: r["cpu_s"])
    return {"docs": best["docs"], "mb": round(best["mb"], 3), "cpu_s": round(best["cpu_s"], 3),
            "wall_s": round(best["wall_s"], 3), "mb_per_cpu_s": round(best["mb"] / best["cpu_s"], 3),
            "cpu_s_all": [round(r["cpu_s"], 3) for r in runs]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["dump", "time", "_once"])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-targets", action="store_true",
                    help="time: extract/targets.py returns nothing (measure the rest of extraction)")
    a = ap.parse_args(argv)
    if a.what == "dump":
        if not a.out:
            ap.error("dump needs an output file")
        dump(Path(a.out), a.corpus, a.docs)
    elif a.what == "_once":
        print(json.dumps(_time_once(a.corpus, a.docs, a.skip_targets)))
    else:
        print(json.dumps(timing(a.corpus, a.docs, a.repeat, a.skip_targets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
