"""The `/ask` question set is well-formed, covers what issue 14 asks, and names only ids
that exist in the graph of the bundled corpus (checked against a fresh embedded store)."""

import copy
import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("ask_check_questions", Path(__file__).with_name("check_questions.py"))
check = importlib.util.module_from_spec(_spec)
sys.modules["ask_check_questions"] = check
_spec.loader.exec_module(check)


@pytest.fixture(scope="module")
def questions():
    return check.load_questions()


@pytest.fixture(scope="module")
def label_of(tmp_path_factory):
    return check.bundled_label_of(tmp_path_factory.mktemp("ask-graph"))


def test_structure_and_coverage(questions):
    assert check.structure_problems(questions) == []
    c = check.counts(questions)
    assert sum(c["intent"].values()) >= 100
    assert len(c["intent"]) >= 9
    assert c["split"]["held"] >= 20 and len(c["held_intent"]) >= 6


def test_every_expected_id_is_in_the_bundled_graph(questions, label_of):
    assert check.graph_problems(questions, label_of) == []


def test_checker_catches_bad_items(questions, label_of):
    """The checks can fail: a duplicate id, a wrong label, an unknown id, a bad role."""
    bad = copy.deepcopy(questions)
    owner = next(q for q in bad if q["intent"] == "owner")
    bureau = next(q for q in bad if q["intent"] == "bureau_measures")
    owner["expect"]["lead"] = ["district-yizhuang"]
    owner["expect"]["measure"] = "policy-bj-measures-2026-m99"
    bureau["expect"]["role"] = "boss"
    bad[1]["id"] = bad[0]["id"]
    problems = check.structure_problems(bad) + check.graph_problems(bad, label_of)
    assert any("duplicate id" in p for p in problems)
    assert any("boss" in p or "expect.role" in p for p in problems)
    assert any("'policy-bj-measures-2026-m99' is not in the graph" in p for p in problems)
    assert any("'district-yizhuang' is a District, not a Bureau" in p for p in problems)


def test_coverage_floors_fail_on_a_small_set(questions):
    small = [q for q in questions if q["script"] == "simplified"][:30]
    problems = check.coverage_problems(small)
    assert any("only 30 questions" in p for p in problems)
    assert any("traditional" in p for p in problems)
