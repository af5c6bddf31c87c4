"""The differential fuzzer (benchmarks/extract_differential.py) finds a planted difference,
minimises it, and finds none between a checkout and itself."""

import json
import shutil
from pathlib import Path

from benchmarks import extract_differential as xd
from tests.extract.test_formats import MEASURES, TITLE
from tests.extract.test_relations import ANNOTATED
from tests.test_documents import POLICY_TC

ROOT = Path(__file__).resolve().parent.parent

PLANT = '''

_spz_planted_extract = extract


def extract(document, catalog=None, jurisdiction=None):   # planted by tests/test_extract_differential.py
    ex = _spz_planted_extract(document, catalog, jurisdiction)
    if "医保" in document.normalized:
        ex.warnings.append("planted difference")
    return ex
'''


STATEFUL = '''

_spz_planted_extract = extract
_spz_seen = [False]


def extract(document, catalog=None, jurisdiction=None):   # planted: a "memo" that outlives its document
    ex = _spz_planted_extract(document, catalog, jurisdiction)
    if _spz_seen[0]:
        ex.warnings.append("stale")
    _spz_seen[0] = "医保" in document.normalized
    return ex
'''


def _corpus(tmp: Path) -> Path:
    d = tmp / "corpus"
    d.mkdir()
    (d / "annotated.txt").write_text(ANNOTATED, encoding="utf-8")
    body = "\n".join(f"{m} {b}" for m, b in MEASURES)
    (d / "chaoyang.txt").write_text(f"关于印发《{TITLE}》的通知\n现将《{TITLE}》印发给你们。\n{body}\n", encoding="utf-8")
    (d / "policy-tc.txt").write_text(POLICY_TC, encoding="utf-8")
    return d


def _checkout(tmp: Path, name: str, plant: str | bool) -> Path:
    dest = tmp / name
    shutil.copytree(ROOT / "src" / "medgraph", dest / "src" / "medgraph",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copytree(ROOT / "graph", dest / "graph")
    if plant:
        init = dest / "src" / "medgraph" / "extract" / "__init__.py"
        init.write_text(init.read_text(encoding="utf-8") + (plant if isinstance(plant, str) else PLANT), encoding="utf-8")
    return dest / "src"


def test_finds_and_minimises_a_planted_difference(tmp_path):
    corpus = _corpus(tmp_path)
    old, new = _checkout(tmp_path, "old", False), _checkout(tmp_path, "new", True)
    out = tmp_path / "out"
    rc = xd.main(["--old", str(old), "--new", str(new), "--corpus", str(corpus), "--mutants", "40",
                  "--seed", "3", "--out", str(out), "--minimise-seconds", "20", "--timeout", "30"])
    assert rc == 1
    rep = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert rep["differences"] > 0 and rep["kinds"] >= 1
    f = next(f for f in rep["findings"] if f["minimised"] is not None)
    assert f["reproduced"] is True
    assert any(p.startswith(".extraction.warnings") for p in f["signature"])
    assert ("医保" in f["minimised"] or "醫保" in f["minimised"]) and len(f["minimised"]) < 40, f["minimised"]
    assert (out / f"diff-{f['i']}.min.txt").read_text(encoding="utf-8") == f["minimised"]
    assert "DIFFERENCES" in (out / "report.md").read_text(encoding="utf-8")


def test_a_state_dependent_difference_is_told_apart(tmp_path):
    corpus = _corpus(tmp_path)
    old, new = _checkout(tmp_path, "old", False), _checkout(tmp_path, "new", STATEFUL)
    out = tmp_path / "out"
    rc = xd.main(["--old", str(old), "--new", str(new), "--corpus", str(corpus), "--mutants", "12",
                  "--seed", "3", "--out", str(out), "--max-minimise", "1"])
    assert rc == 1
    rep = json.loads((out / "report.json").read_text(encoding="utf-8"))
    f = rep["findings"][0]
    assert f["reproduced"] is False and f["minimised"] is None
    # which preceding mutant carries the trigger depends on the mutants, which are drawn partly from
    # the reference code's own regexes (so any code change reshuffles them): the window is not fixed
    assert "reappears after mutants" in f["history"] and "in the same processes" in f["history"]


def test_no_difference_between_a_checkout_and_itself(tmp_path):
    corpus = _corpus(tmp_path)
    src = _checkout(tmp_path, "same", False)
    rc = xd.main(["--old", str(src), "--new", str(src), "--corpus", str(corpus), "--mutants", "30",
                  "--out", str(tmp_path / "out")])
    assert rc == 0


def test_mutants_are_deterministic(tmp_path):
    c = xd.load_corpus(_corpus(tmp_path))
    a = [xd.make_mutant(c, 7, i) for i in range(30)]
    b = [xd.make_mutant(c, 7, i) for i in reversed(range(30))][::-1]
    assert [(m.text, m.data, m.ops, m.jurisdiction) for m in a] == [(m.text, m.data, m.ops, m.jurisdiction) for m in b]
    assert len({m.text for m in a}) > 20


def test_numbering_and_diff_helpers():
    assert [xd.parse_cn(s) for s in ("一", "十", "十二", "二十", "三十五")] == [1, 10, 12, 20, 35]
    assert xd.cn_num(35) == "三十五" and xd.cn_num(10) == "十"
    d = xd.diff_dumps(json.dumps({"a": [1, 2, 3], "b": "x"}), json.dumps({"a": [1, 3], "b": "y"}))
    assert ("b" in {p.strip(".") for p, _, _ in d}) and any(p == ".a" for p, _, _ in d)
