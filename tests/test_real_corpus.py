"""The real-document corpus (tests/corpus/real): gold well-formed, and extraction scored
against it. The table is printed into the test output (and kept in EVALUATION.md); the
floors below are the scores measured when they were last raised, so a change that makes
extraction worse on documents it was not written for fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgraph import evaluate as ev

CORPUS = Path(__file__).resolve().parent / "corpus" / "real"

# (precision, recall) floors over the whole corpus, per fact kind; raised as extraction improves
FLOORS: dict[str, tuple[float, float]] = {}


@pytest.fixture(scope="module")
def result():
    if not any(CORPUS.glob("*.gold.yaml")):
        pytest.skip(f"no gold files in {CORPUS} yet")
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
