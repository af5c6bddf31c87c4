"""The real-document corpus (tests/corpus/real): gold well-formed, and extraction scored
against it. The table is printed into the test output (and kept in EVALUATION.md); the
floors below are the scores measured when they were last raised, so a change that makes
extraction worse on documents it was not written for fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgraph import evaluate as ev

CORPUS = Path(__file__).resolve().parent / "corpus" / "real"

# (precision, recall) floors over the whole corpus, per fact kind: the scores measured on
# 2026-12-03 (EVALUATION.md) less a small margin; raised as extraction improves. The issue-12
# targets (0.95 / 0.90) are above most of these: they are reported, not yet met.
FLOORS: dict[str, tuple[float, float]] = {
    "measures": (0.88, 0.88),
    "owners_any_role": (0.95, 0.65),
    "issuers": (0.93, 0.72),
    "doc_number": (0.94, 0.78),
    "bodies": (0.87, 0.79),
}


@pytest.fixture(scope="module")
def result():
    if not any(CORPUS.glob("*.gold.yaml")):
        pytest.fail(f"no gold files in {CORPUS}")
    return ev.evaluate(CORPUS)


def test_prints_the_evaluation(result, capsys):
    with capsys.disabled():
        print("\n" + ev.markdown(result))
    assert result["documents"] == len(list(CORPUS.glob("*.gold.yaml")))
    assert not result["errors"], result["errors"]


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_floor(result, kind):
    p_floor, r_floor = FLOORS[kind]
    sc = result["totals"]["all"][kind]
    assert sc.precision is not None and sc.precision >= p_floor, (kind, sc.as_dict(), sc.extras[:10])
    assert sc.recall is not None and sc.recall >= r_floor, (kind, sc.as_dict(), sc.misses[:10])
