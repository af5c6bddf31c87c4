"""Extraction precision and recall against the hand-made gold (tests/gold/), entities
and relations separately, and owners an analyst accepts. The thresholds are floors a
regression must not cross; README shows the current figures (tests/gold/evaluate.py)."""

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("gold_evaluate", Path(__file__).parent / "gold" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
sys.modules["gold_evaluate"] = evaluate
_spec.loader.exec_module(evaluate)


@pytest.fixture(scope="module")
def results():
    return {stem: evaluate.evaluate_document(stem) for stem in evaluate.stems()}


def _total(results, key):
    total = evaluate.Score()
    for r in results.values():
        total.add(r[key])
    return total


def test_gold_covers_every_seed(results):
    assert len(results) == 5


def test_entity_precision_and_recall(results):
    s = _total(results, "entities")
    assert s.precision >= 0.90, s.extras
    assert s.recall >= 0.95, s.misses


def test_relation_precision_and_recall(results):
    s = _total(results, "relations")
    assert s.precision >= 0.80, s.extras
    assert s.recall >= 0.75, s.misses


def test_measure_counts_match_gold(results):
    for stem, r in results.items():
        if r["gold_measures"]:
            assert r["measures"] == r["gold_measures"], stem


def test_owners_an_analyst_accepts(results):
    r2026 = results["002_fcea5f933e28d780"]["owners"]
    assert r2026["measures"] == 32
    assert r2026["accepted"] == 32, r2026["wrong"]
    plan = results["003_58624516628e3d39"]["owners"]
    assert plan["accepted"] >= 32, plan["wrong"]
    # supporting bureaus: precision first (a wrong owner is worse than none)
    for stem in ("002_fcea5f933e28d780", "003_58624516628e3d39"):
        sup = results[stem]["owners"]["support"]
        assert sup.precision >= 0.7, (stem, sup.precision)
        assert sup.recall >= 0.4, (stem, sup.recall)
