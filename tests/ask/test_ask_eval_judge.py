"""ask_eval's verdicts (no store): a wrong id counts as ``wrong`` only when the part of the
answer it sits in was presented as certain; otherwise ``uncertain``."""

from __future__ import annotations

from medgraph import ask_eval

OWNER = {"id": "qx", "intent": "owner", "split": "dev",
         "expect": {"measure": "m-right", "lead": ["bureau-right"]}}


def _res(measure: str | None, lead: str | None, mapping: str, facts: str, candidates=()):
    return {"certain": mapping == "unambiguous" and facts == "explicit",
            "interpretation": {"intent": "owner"},
            "certainty": {"mapping": mapping, "facts": facts},
            "answer": {"measure": {"id": measure} if measure else None,
                       "lead": [{"id": lead, "basis": "rule"}] if lead else [], "support": [],
                       "candidates": [{"id": c} for c in candidates]},
            "query": {"name": "owner_of_measure", "params": {}}}


def test_a_wrong_lead_presented_as_stated_is_wrong():
    assert ask_eval.judge(OWNER, _res("m-right", "bureau-other", "unambiguous", "explicit"))[0] == "wrong"


def test_a_wrong_lead_flagged_inferred_is_uncertain():
    assert ask_eval.judge(OWNER, _res("m-right", "bureau-other", "unambiguous", "inferred"))[0] == "uncertain"


def test_an_inferred_flag_does_not_excuse_a_wrong_measure():
    """The facts flag says the lead is a guess; it says nothing about which measure was meant."""
    assert ask_eval.judge(OWNER, _res("m-other", "bureau-right", "unambiguous", "inferred"))[0] == "wrong"
    assert ask_eval.judge(OWNER, _res("m-other", "bureau-right", "approximate", "inferred"))[0] == "uncertain"


def test_right_ids_are_correct_whether_certain_or_not():
    assert ask_eval.judge(OWNER, _res("m-right", "bureau-right", "unambiguous", "inferred"))[0] == "correct"


def test_candidates_and_refusals():
    amb = {"id": "qa", "intent": "ambiguous", "split": "dev", "expect": {"candidates": ["m1", "m2"]}}
    assert ask_eval.judge(amb, _res(None, None, "ambiguous", "none", ["m1", "m2", "m3"]))[0] == "correct"
    assert ask_eval.judge(amb, _res(None, None, "ambiguous", "none", ["m1"]))[0] == "miss"
    assert ask_eval.judge(amb, _res("m1", "b", "unambiguous", "inferred"))[0] == "wrong"
    assert ask_eval.judge(OWNER, None)[0] == "miss"
    no = {"id": "qn", "intent": "unanswerable", "split": "dev", "expect": {"refuse": True}}
    assert ask_eval.judge(no, None)[0] == "correct"
    assert ask_eval.judge(no, _res("m1", "b", "unambiguous", "inferred"))[0] == "wrong"
