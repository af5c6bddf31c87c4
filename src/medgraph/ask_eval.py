"""Score ``/ask`` against the hand-written question set (tests/ask/questions.yaml).

    python -m medgraph.ask_eval [--questions FILE] [--store embedded|neo4j] [--json] [--details]

The bundled corpus is loaded into a fresh store (a temporary embedded store, or the Neo4j
of NEO4J_URI, wiped first) and every question is asked through ``medgraph.ask.ask``.
Scores are given for the ``dev`` split (what the parser was written from) and the ``held``
split (scored, never read) separately. ``--details`` lists dev misses and wrongs only: the
held questions stay unread.

What counts as right (tests/ask/README.md): owner = the measure, and a lead named in
``lead`` ∪ ``lead_ok``; the other intents = the intent and the ids (role, label, places as
a set); unanswerable = a 422; ambiguous = candidates including every listed id.

Certain or not (medgraph.ask_certainty): an answer carries ``certainty.mapping``
(``unambiguous`` | ``ambiguous`` | ``approximate``) and ``certainty.facts`` (``explicit`` |
``inferred`` | ``disputed`` | ``none``); it is *presented as certain* in a part when that
part is ``unambiguous`` / ``explicit`` (``certain`` = both). A wrong id is charged to the
part it belongs to — the intent, measure, bureau, role, place, label, entity, fund,
policies or an answer to an unanswerable question are the *mapping*; the lead, the places
of a ``where`` and a fund's amount are *facts* — so a lead flagged inferred does not excuse a
wrong measure. Each answer is exactly one of:

- ``correct`` — the right ids, certain or not (``correct_certain`` counts those also
  presented as certain);
- ``miss`` — a 422, or candidates where one answer was expected: the user is asked again;
- ``uncertain`` — a wrong id in a part the answer flagged as not certain (inferred,
  approximate, disputed…): a guess shown as a guess;
- ``wrong`` — a wrong id in a part presented as certain: the outcome issue 14 asks never
  to see. Accuracy = correct / questions.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from medgraph import ask as asking
from medgraph import queries


def default_questions() -> Path:
    from medgraph.evaluate import source_tree_path

    return source_tree_path("tests", "ask", "questions.yaml", option="--questions FILE")


def _places(ans: dict) -> set[str]:
    return {x["id"] for p in ans.get("paths", []) for x in p if isinstance(x, dict) and x.get("label") == "District"}


def _presented_certain(res: dict, part: str) -> bool:
    """Was ``part`` ('mapping' or 'facts') of the answer presented as certain? The answer's
    ``certainty`` block (medgraph.ask_certainty) says so; an answer without one is taken as
    certain (the strict reading)."""
    c = res.get("certainty")
    if not isinstance(c, dict):
        return True
    return c.get("mapping") == "unambiguous" if part == "mapping" else c.get("facts") == "explicit"


def _bad(res: dict, part: str, why: str) -> tuple[str, str]:
    """A wrong id in ``part``: 'wrong' when that part was presented as certain, else
    'uncertain' (the answer said it was not sure of exactly that)."""
    if _presented_certain(res, part):
        return "wrong", why
    return "uncertain", f"{why} (flagged not certain: {part})"


def judge(item: dict, res: dict | None) -> tuple[str, str]:
    """(verdict, why) for one question: correct | miss | uncertain | wrong (see the module
    docstring: a wrong mapping counts against the answer's mapping flag, a wrong fact against
    its facts flag)."""
    intent, exp = item["intent"], item["expect"]
    if res is None:
        return ("correct", "refused") if intent == "unanswerable" else ("miss", "422")
    if intent == "unanswerable":
        return _bad(res, "mapping", f"answered as {res['interpretation']['intent']}")
    it, a, q = res["interpretation"], res["answer"], res["query"]
    got = it["intent"]
    if intent == "ambiguous":
        cands = {c["id"] for c in (a.get("candidates") or [])} if isinstance(a, dict) else set()
        if isinstance(a, dict) and a.get("measure") is None and "candidates" in a and set(exp["candidates"]) <= cands:
            return "correct", "candidates"
        if isinstance(a, dict) and a.get("measure") is None and "candidates" in a:
            return "miss", f"candidates {sorted(cands)}"
        one = a.get("measure", {}) or {} if isinstance(a, dict) else {}
        return _bad(res, "mapping", f"answered one: {one.get('id') if isinstance(one, dict) else got}")
    if got != intent:
        return _bad(res, "mapping", f"intent {got}")
    if intent == "owner":
        if a.get("measure") is None:
            ok = exp["measure"] in {c["id"] for c in a.get("candidates") or []}
            return "miss", "candidates" + (" (incl. the right one)" if ok else "")
        if a["measure"]["id"] != exp["measure"]:
            return _bad(res, "mapping", f"measure {a['measure']['id']}")
        leads = {b["id"] for b in a.get("lead") or []}
        if leads and not leads & set(exp["lead"] + (exp.get("lead_ok") or [])):
            return _bad(res, "facts", f"lead {sorted(leads)} (measure right)")
        return "correct", ""
    if intent == "bureau_measures":
        if a["bureau"]["id"] != exp["bureau"]:
            return _bad(res, "mapping", f"bureau {a['bureau']['id']}")
        if exp.get("role", "any") != it.get("role"):
            return _bad(res, "mapping", f"role {it.get('role')}")
        return "correct", ""
    if intent == "place_contents":
        pid, label = q["params"].get("id"), it.get("label")
        if pid != exp["place"] or label != exp.get("label"):
            return _bad(res, "mapping", f"place {pid} label {label}")
        return "correct", ""
    if intent == "where":
        if q["params"].get("id") != exp["entity"]:
            return _bad(res, "mapping", f"entity {q['params'].get('id')}")
        places = _places(a)
        return ("correct", "") if places == set(exp["places"]) else _bad(res, "facts", f"places {sorted(places)}")
    if intent == "fund":
        if a.get("id") != exp["fund"]:
            return _bad(res, "mapping", f"fund {a.get('id')}")
        if exp.get("amount_yi") is not None and it.get("amount_yi") is not None and \
                abs(float(it["amount_yi"]) - float(exp["amount_yi"])) > 1e-6:
            return _bad(res, "facts", f"amount {it.get('amount_yi')}")
        return "correct", ""
    if intent == "measure_targets":
        got_id = q["params"].get("id")
        if got_id is None:
            return "miss", "candidates"
        return ("correct", "") if got_id == exp["measure"] else _bad(res, "mapping", f"measure {got_id}")
    if intent == "edition_change":
        p = q["params"]
        if (p.get("older"), p.get("newer")) != (exp["older"], exp["newer"]):
            return _bad(res, "mapping", f"{p.get('older')} → {p.get('newer')}")
        return "correct", ""
    if intent == "policy_contents":
        got_id = q["params"].get("policy")
        return ("correct", "") if got_id == exp["policy"] else _bad(res, "mapping", f"policy {got_id}")
    return "wrong", f"unknown intent {intent}"


def _store(kind: str, tmp: str):
    from medgraph.pipeline import load

    if kind == "neo4j":
        import neo4j

        from medgraph.settings import Settings
        from medgraph.store.neo4j import Neo4jStore

        s = Settings(MEDGRAPH_STORE="neo4j")
        with neo4j.GraphDatabase.driver(s.neo4j_uri, auth=(s.neo4j_user, s.neo4j_password)) as drv:
            drv.execute_query("MATCH (n) DETACH DELETE n", database_=s.neo4j_database)
        store = Neo4jStore(s)
    else:
        from medgraph.store.embedded import EmbeddedStore

        store = EmbeddedStore(Path(tmp))
    report = load(store)
    if report.failed:
        raise RuntimeError(f"loading the bundled corpus failed: {report.failed}")
    return store


def evaluate(store, questions: list[dict]) -> dict[str, Any]:
    per: list[dict] = []
    for item in questions:
        try:
            res = asking.ask(store, item["q"])
        except asking.NotUnderstood:
            res = None
        except (queries.NotFound, queries.BadRequest):
            res = None
        verdict, why = judge(item, res)
        per.append({"id": item["id"], "split": item["split"], "intent": item["intent"], "verdict": verdict, "why": why,
                    "certain": bool(res and res.get("certain", True))})
    out: dict[str, Any] = {"per_question": per}
    for sp in ("dev", "held", "all"):
        xs = [p for p in per if sp == "all" or p["split"] == sp]
        n = len(xs)
        c = sum(p["verdict"] == "correct" for p in xs)
        w = sum(p["verdict"] == "wrong" for p in xs)
        u = sum(p["verdict"] == "uncertain" for p in xs)
        cc = sum(p["verdict"] == "correct" and p["certain"] for p in xs)
        out[sp] = {"questions": n, "correct": c, "correct_certain": cc, "miss": n - c - w - u, "uncertain": u,
                   "wrong": w, "accuracy": round(c / n, 3) if n else None}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m medgraph.ask_eval", description=__doc__.split("\n\n")[0])
    ap.add_argument("--questions", type=Path, default=None)
    ap.add_argument("--store", choices=("embedded", "neo4j"), default="embedded")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--details", action="store_true", help="list the dev split's misses and wrong answers")
    args = ap.parse_args(argv)
    path = args.questions or default_questions()
    questions = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("questions") or []
    with tempfile.TemporaryDirectory() as tmp:
        store = _store(args.store, tmp)
        try:
            res = evaluate(store, questions)
        finally:
            store.close()
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"/ask on the {args.store} store, {len(questions)} questions ({path.name})")
    print("| split | questions | correct (of which certain) | miss (422 / asked again) | uncertain (wrong, flagged "
          "not certain) | wrong (certain and wrong) | accuracy |")
    print("|---|---|---|---|---|---|---|")
    for sp in ("dev", "held", "all"):
        r = res[sp]
        print(f"| {sp} | {r['questions']} | {r['correct']} ({r['correct_certain']}) | {r['miss']} | {r['uncertain']} "
              f"| {r['wrong']} | {r['accuracy']} |")
    if args.details:
        for p in res["per_question"]:
            if p["split"] == "dev" and p["verdict"] != "correct":
                q = next(x for x in questions if x["id"] == p["id"])
                print(f"  {p['id']} {p['verdict']:7s} {p['intent']:16s} {q['q']}  — {p['why']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
