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
    """Floors at the figures the remit rule gets since its keywords come from the bureaus'
    own mandates (issue 16.1), not from these documents' wording or the gold notes: 23/32 on
    the 2026 measures and 23/34 on the action plan (it was 32/32 and 34/34 when the remits had
    been written from these measures). Neither document states owners, so every lead here is
    the rule's."""
    r2026 = results["002_fcea5f933e28d780"]["owners"]
    assert r2026["measures"] == 32
    assert r2026["accepted"] >= 23, r2026["wrong"]
    plan = results["003_58624516628e3d39"]["owners"]
    assert plan["measures"] == 34
    assert plan["accepted"] >= 23, plan["wrong"]
    # supporting bureaus: precision first (a wrong owner is worse than none)
    floors = {"002_fcea5f933e28d780": (0.75, 0.6), "003_58624516628e3d39": (0.55, 0.45)}
    for stem, (precision, recall) in floors.items():
        sup = results[stem]["owners"]["support"]
        assert sup.precision >= precision, (stem, sup.precision)
        assert sup.recall >= recall, (stem, sup.recall)


def test_uncertain_leads_are_marked_and_less_often_right(results):
    """The rule says when its lead is a guess (uncertain, confidence <= 0.4, runner-ups as
    candidates); on the bundled documents the leads it is sure of are right more often than
    the ones it marks (27/33 against 19/33 when measured)."""
    sure = [0, 0]
    unsure = [0, 0]
    for stem in ("002_fcea5f933e28d780", "003_58624516628e3d39"):
        r = results[stem]
        ex, catalog = r["extraction"], evaluate.load_catalog()
        for gm in r["gold"]["measures"]:
            mid = next(n.id for n in ex.nodes if n.label == "Measure" and n.props.get("number") == gm["number"])
            accepted = {catalog.find_by_name(b).id for b in gm.get("lead") or []}
            leads = [e for e in ex.edges if e.type == "LEADS" and e.target == mid and e.props.get("role") == "lead"]
            right = bool(leads) and {e.source for e in leads} <= accepted
            if any(e.props.get("uncertain") for e in leads):
                for e in leads:
                    assert max(ev.confidence for ev in e.evidence) <= 0.4, (stem, gm["number"])
                unsure[0] += right
                unsure[1] += 1
            else:
                sure[0] += right
                sure[1] += 1
    assert sure[1] and unsure[1], (sure, unsure)
    assert sure[0] / sure[1] >= 0.75, sure
    assert sure[0] / sure[1] > unsure[0] / unsure[1], (sure, unsure)
