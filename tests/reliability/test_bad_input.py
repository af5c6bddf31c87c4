"""Bad input through `pipeline.load` and through `medgraph load` (a real subprocess):
each bad file gets one line naming it and the reason, the rest of the batch loads, and
nothing already in the store is lost (the store after = a store that never saw the bad
file, compared by full export)."""

from __future__ import annotations

import io
import json
import os
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from reliability_support import CORPUS, cli_env, policy_text, run_cli, snapshot, write_policies

from medgraph.documents import document_id
from medgraph.pipeline import load
from medgraph.store.embedded import EmbeddedStore


# ------------------------------------------------------------------ bad file makers
def make_empty(d: Path) -> Path:
    p = d / "empty.txt"
    p.write_bytes(b"")
    return p


def make_blank(d: Path) -> Path:
    p = d / "blank.md"
    p.write_text(" \n\t\n\u3000\n", encoding="utf-8")
    return p


def make_binary(d: Path) -> Path:
    p = d / "random.txt"
    p.write_bytes(os.urandom(8192))
    return p


def make_mixed_encodings(d: Path) -> Path:
    p = d / "mixed.txt"
    p.write_bytes("北京市医疗保障局牵头。".encode("utf-8") + "北京市卫生健康委员会配合。".encode("gbk")
                  + "醫保局".encode("big5") + bytes(range(0x80, 0x100)))
    return p


def make_truncated_pdf(d: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    full = d / "full.pdf.tmp"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(full))
    c.setFont("STSong-Light", 12)
    for k, line in enumerate(policy_text(7).splitlines()):
        c.drawString(40, 800 - 16 * k, line)
    c.showPage()
    c.save()
    data = full.read_bytes()
    full.unlink()
    p = d / "truncated.pdf"
    p.write_bytes(data[: len(data) // 3])
    return p


def _docx_bytes() -> bytes:
    import docx

    doc = docx.Document()
    for line in policy_text(8).splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_truncated_docx(d: Path) -> Path:
    data = _docx_bytes()
    p = d / "truncated.docx"
    p.write_bytes(data[: len(data) // 2])
    return p


def make_zip_bomb(d: Path) -> Path:
    """40 MB of zeros packed into ~40 KB, with a valid [Content_Types] and document.xml name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(40):
                fh.write(chunk)
    p = d / "bomb.docx"
    p.write_bytes(buf.getvalue())
    return p


def make_not_a_zip_docx(d: Path) -> Path:
    p = d / "renamed.docx"
    p.write_text(policy_text(9), encoding="utf-8")
    return p


def make_unsupported(d: Path) -> Path:
    p = d / "sheet.xlsx"
    p.write_bytes(b"PK\x03\x04 not really")
    return p


def make_missing(d: Path) -> Path:
    return d / "does-not-exist.txt"


BAD = {  # maker, words the one-line reason must contain (any of)
    "empty": (make_empty, ["empty"]),
    "blank": (make_blank, ["empty"]),
    "binary": (make_binary, ["binary", "decode", "control characters"]),
    "mixed-encodings": (make_mixed_encodings, ["decode", "encoding"]),
    "truncated-pdf": (make_truncated_pdf, ["truncated", "damaged", "PDF"]),
    "truncated-docx": (make_truncated_docx, ["not a valid .docx", "zip"]),
    "zip-bomb-docx": (make_zip_bomb, ["zip bomb"]),
    "text-named-docx": (make_not_a_zip_docx, ["not a valid .docx"]),
    "unsupported-suffix": (make_unsupported, ["unsupported file type"]),
    "missing-path": (make_missing, ["no such file"]),
}


def _store(d: Path) -> EmbeddedStore:
    return EmbeddedStore(d)


@pytest.fixture(scope="module")
def baseline_files(tmp_path_factory) -> list[Path]:
    d = tmp_path_factory.mktemp("baseline")
    return write_policies(d, 3) + [CORPUS / sorted(os.listdir(CORPUS))[0]]


@pytest.fixture(scope="module")
def reference(baseline_files, tmp_path_factory):
    """What the store must hold after baseline + the good file of each batch."""
    good = write_policies(tmp_path_factory.mktemp("good"), 1, start=100)[0]
    s = _store(tmp_path_factory.mktemp("ref"))
    load(s, baseline_files)
    load(s, [good])
    snap = snapshot(s)
    s.close()
    return good, snap


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_file_through_pipeline(kind, tmp_path, baseline_files, reference):
    good, expected = reference
    maker, words = BAD[kind]
    bad = maker(tmp_path)
    s = _store(tmp_path / "data")
    load(s, baseline_files)
    before = snapshot(s)
    report = load(s, [bad, good])
    assert [p for p, _ in report.failed] == [str(bad)], report.failed
    reason = report.failed[0][1]
    assert "\n" not in reason and any(w.lower() in reason.lower() for w in words), reason
    assert report.loaded == [document_id(good)] == ["doc-policy_0100"], report
    after = snapshot(s)
    assert after == expected  # the bad file left no trace, the good one loaded, nothing lost
    for label, n in before["counts"]["labels"].items():
        assert after["counts"]["labels"].get(label, 0) >= n
    s.close()


def test_html_full_of_scripts(tmp_path):
    """Scripts, styles and event handlers never reach the text or the graph; the policy does."""
    body = "".join(f"<p>{line}</p>" for line in policy_text(11).splitlines())
    evil = "<script>alert('x');MATCH (n) DETACH DELETE n</script>"
    html = (f"<html><head><script src='http://evil/x.js'></script><style>p{{color:red}}</style>{evil}</head>"
            f"<body onload=\"alert(1)\">{evil * 200}{body}<noscript>开启脚本</noscript>{evil * 200}</body></html>")
    p = tmp_path / "scripts.html"
    p.write_text(html, encoding="utf-8")
    from medgraph.documents import read_document

    doc = read_document(p)
    assert "alert" not in doc.original and "DETACH" not in doc.original and "color:red" not in doc.original
    s = _store(tmp_path / "data")
    report = load(s, [p])
    assert not report.failed and report.loaded
    assert s.counts()["labels"].get("Measure", 0) == 4
    names = " ".join(n.name for n in s.nodes())
    assert "alert" not in names and "script" not in names.lower()
    s.close()


def test_document_without_measures(tmp_path):
    p = tmp_path / "chat.txt"
    p.write_text("今天天气很好，我们去公园散步。\n这篇文字没有任何政策措施，也没有牵头单位。\n", encoding="utf-8")
    s = _store(tmp_path / "data")
    report = load(s, [p])
    assert report.failed == [] and report.loaded == ["doc-chat"], report
    assert s.counts()["labels"].get("Measure", 0) == 0
    assert s.document(report.loaded[0]) is not None  # recorded, so a reload is a no-op
    assert load(s, [p]).unchanged == report.loaded
    s.close()


def _big_text(path: Path, mb: int) -> None:
    chunk = ("北京市医疗保障局牵头推进创新医药发展。\n" * 20000).encode("utf-8")[: 1 << 20]
    with open(path, "wb") as fh:
        for _ in range(mb):
            fh.write(chunk)


def test_200mb_text_refused_fast_without_reading(tmp_path):
    big = tmp_path / "huge.txt"
    _big_text(big, 200)
    s = _store(tmp_path / "data")
    tracemalloc.start()
    t0 = time.perf_counter()
    report = load(s, [big])
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [p for p, _ in report.failed] == [str(big)]
    assert "too large" in report.failed[0][1] and "MEDGRAPH_MAX_FILE_BYTES" in report.failed[0][1]
    assert elapsed < 5, elapsed
    assert peak < 50 * 2**20, f"peak {peak / 2**20:.0f} MB: the file was read into memory"
    s.close()
    # and through the CLI, in a batch with a good file
    good = write_policies(tmp_path / "good", 1)[0]
    t0 = time.perf_counter()
    r = run_cli(["load", str(big), str(good)], cli_env(tmp_path / "cli-data"))
    assert time.perf_counter() - t0 < 30
    assert r.returncode == 0, r.stderr
    assert f"failed {big}: too large" in r.stderr and "Traceback" not in r.stderr
    assert "loaded 1 document(s)" in r.stdout


def test_cli_mixed_directory(tmp_path, baseline_files):
    """`medgraph load DIR missing.txt` on a store that already holds documents: one line per
    bad file, the good ones load, exit 0, the earlier documents and their graph survive."""
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    bad = {kind: maker(mixed) for kind, (maker, _) in BAD.items() if kind not in ("missing-path", "unsupported-suffix")}
    good = write_policies(mixed, 3, start=200)
    (mixed / "notes.xlsx").write_bytes(b"skipped: not a supported suffix inside a folder")
    missing = tmp_path / "nope" / "gone.txt"
    env = cli_env(tmp_path / "data")

    r0 = run_cli(["load", *map(str, baseline_files)], env)
    assert r0.returncode == 0, r0.stderr
    s = _store(tmp_path / "data")
    base = snapshot(s)
    base_nodes = {n.id for n in s.nodes()}
    base_edges = {e.key for e in s.edges()}
    s.close()

    r = run_cli(["load", str(mixed), str(missing)], env)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert f"loaded {len(good)} document(s)" in r.stdout
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("failed ")]
    assert len(lines) == len(bad) + 1, r.stderr
    for kind, path in bad.items():
        mine = [ln for ln in lines if ln.startswith(f"failed {path}: ")]
        assert len(mine) == 1, (kind, r.stderr)
        reason = mine[0].split(": ", 1)[1]
        assert str(path) not in reason and any(w.lower() in reason.lower() for w in BAD[kind][1]), (kind, reason)
    assert any(ln.startswith(f"failed {missing}: ") and "no such file" in ln for ln in lines)

    s = _store(tmp_path / "data")
    assert base_nodes <= {n.id for n in s.nodes()} and base_edges <= {e.key for e in s.edges()}
    for label, n in base["counts"]["labels"].items():
        assert s.counts()["labels"][label] >= n
    assert {d.id for d in s.documents()} >= {f"doc-policy_{i:04d}" for i in range(200, 203)}
    s.close()

    # --json: the same failures, machine-readable
    r = run_cli(["load", str(mixed), "--json"], env)
    out = json.loads(r.stdout)
    assert {f["path"] for f in out["failed"]} == {str(p) for p in bad.values()}
    assert sorted(out["unchanged"]) == [f"doc-policy_{i:04d}" for i in range(200, 203)]


def test_cli_only_bad_input_exits_nonzero(tmp_path):
    r = run_cli(["load", str(make_empty(tmp_path)), str(tmp_path / "missing.md")], cli_env(tmp_path / "data"))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert len([ln for ln in r.stderr.splitlines() if ln.startswith("failed ")]) == 2


def test_cli_path_with_markup_characters(tmp_path):
    """A file name with [brackets] is printed verbatim (no Rich markup swallowing it)."""
    p = tmp_path / "[bold]x[red].txt"
    p.write_bytes(b"")
    r = run_cli(["load", str(p)], cli_env(tmp_path / "data"))
    assert f"failed {p}: empty document" in r.stderr, r.stderr
