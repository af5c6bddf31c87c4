"""medgraph.ask_certainty on hand-made answers (no store): what makes an answer certain."""

from __future__ import annotations

from medgraph import ask_certainty as ac


def _edge(*methods: str) -> dict:
    return {"type": "LOCATED_IN", "evidence": [{"method": m, "quote": "x"} for m in methods]}


def test_edges_are_stated_when_each_has_explicit_or_catalog_support():
    assert ac.judge_edges([_edge("explicit"), _edge("catalog", "rule")], "links") == ("explicit", [])
    facts, why = ac.judge_edges([_edge("explicit"), _edge("rule")], "links")
    assert facts == "inferred" and why == ["1 of 2 links rest only on a rule, not on the text's words (推断 inferred)"]


def test_a_rule_owner_is_inferred_with_every_bureau_weighed():
    answer = {"measure": {"id": "m"},
              "lead": [{"id": "b1", "name": "甲局", "basis": "rule", "confidence": 0.7}],
              "support": [{"id": "b2", "name": "乙局", "basis": "rule", "confidence": 0.5}]}
    facts, why, cands = ac.owner_facts(answer)
    assert facts == "inferred"
    assert why[0] == "the lead 甲局 is inferred (推断) from remit keywords in the measure's clauses: the text names no " \
                     "牵头单位 (rule score 0.70; next 乙局 0.50)"
    assert [(c["id"], c["role"], c["score"]) for c in cands] == [("b1", "lead", 0.7), ("b2", "support", 0.5)]


def test_an_explicit_owner_is_stated_and_no_owner_is_none():
    answer = {"lead": [{"id": "b1", "name": "甲局", "basis": "explicit", "confidence": 0.9}], "support": []}
    assert ac.owner_facts(answer)[0] == "explicit"
    assert ac.owner_facts({"lead": [], "support": []})[0] == "none"


def test_disagreeing_documents_make_facts_disputed():
    assert ac.disputed({"fund-x": ["size_yi"]}, "fund-x", "explicit", []) == (
        "disputed", ["documents disagree about its size_yi (see /conflicts): the values differ by source"])
    assert ac.disputed({"fund-x": ["size_yi"]}, "fund-y", "explicit", []) == ("explicit", [])


def test_certain_needs_both_parts():
    assert ac.verdict("unambiguous", "explicit", [], [])["certain"] is True
    for mapping, facts in (("unambiguous", "inferred"), ("approximate", "explicit"), ("ambiguous", "none"),
                           ("unambiguous", "disputed")):
        v = ac.verdict(mapping, facts, ["why"], [])
        assert v["certain"] is False and v["in_words"].startswith("not certain 不确定")
