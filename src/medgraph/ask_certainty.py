"""When is an /ask answer *certain*? (issue 14: "no wrong answer presented as certain — a
wrong mapping is worse than a 422").

An answer has two parts that can each be wrong, so it carries two judgements:

- ``mapping`` — did the question map onto ONE query with ONE set of entities?
  ``unambiguous``: one intent, the entities found by their names, and a measure named by
  number (with its policy) or by words that one measure matches clearly better than any
  other (see ``ask.MATCH_MARGIN``); ``ambiguous``: several measures match about equally,
  the answer lists them as candidates (a question back, never an answer); ``approximate``:
  one measure stands clear, but it was found by similarity (its heading only resembles
  the words, or the words are scattered through its text), not by its name or number.
- ``facts`` — does what the answer states rest on text? ``explicit``: every edge it states
  has explicit evidence (the text says it: 牵头单位…, 在X区设立…) or is a curated catalog
  fact; ``inferred`` (推断): at least one edge rests only on a rule — an owner inferred from
  remit keywords in the measure's clauses, a measure list built from such owners, a
  location guessed from a nearby place name, measures of two editions paired by
  similarity; ``disputed``: documents disagree about it (medgraph.conflicts: a fund's
  size, where a place is); ``none``: the graph states nothing for the question (no owner
  known, nothing located there).

``certain`` is true only when the mapping is ``unambiguous`` AND the facts are
``explicit``. Everything else is presented as not certain, with the reasons in words and
the candidates with their scores (runner-up measures, or every bureau the remit rule
weighed), so a reader sees a guess as a guess. ask_eval scores by the same two parts: a
wrong id in the part the answer flagged as not certain is ``uncertain``, not ``wrong``.
"""

from __future__ import annotations

from typing import Any

from medgraph.models import METHOD_RANK

STATED = ("explicit", "catalog")


def edge_basis(edge: dict[str, Any]) -> str:
    """The strongest kind of support of an edge as the API returns it (``basis`` when given,
    else its evidence methods): explicit beats catalog beats rule, as queries.basis."""
    if edge.get("basis"):
        return str(edge["basis"])
    methods = {ev.get("method") for ev in edge.get("evidence") or [] if isinstance(ev, dict)}
    for m in METHOD_RANK:
        if m in methods:
            return m
    return "rule"


def judge_edges(edges: list[dict[str, Any]], what: str) -> tuple[str, list[str]]:
    """('explicit' | 'inferred', reasons) for the edges an answer states."""
    inferred = [e for e in edges if edge_basis(e) not in STATED]
    if not inferred:
        return "explicit", []
    return "inferred", [f"{len(inferred)} of {len(edges)} {what} rest only on a rule, not on the text's words "
                        f"(推断 inferred)"]


def disputed(disputes: dict[str, list[str]], entity: str | None, facts: str,
             reasons: list[str]) -> tuple[str, list[str]]:
    """Facts become ``disputed`` when documents disagree about the entity (``disputes``: entity
    id → attributes, from medgraph.conflicts: a fund's size, where a place is): the answer
    cannot be certain of either value."""
    found = disputes.get(entity or "") or []
    if not found:
        return facts, reasons
    return "disputed", reasons + [f"documents disagree about its {', '.join(sorted(set(found)))} (see /conflicts): "
                                  "the values differ by source"]


def owner_facts(answer: dict[str, Any]) -> tuple[str, list[str], list[dict[str, Any]]]:
    """Facts of an /owners answer: (facts, reasons, candidates with scores). An owner whose
    basis is ``rule`` was inferred from remit keywords in the measure's clauses."""
    stated = [dict(b, role=role) for role in ("lead", "support") for b in answer.get(role) or []]
    cands = sorted(({"id": b["id"], "name": b.get("name", b["id"]), "role": b["role"], "basis": b.get("basis"),
                     "score": round(float(b.get("confidence") or 0.0), 3)} for b in stated),
                   key=lambda c: (c["role"] != "lead", -c["score"], c["id"]))
    if not answer.get("lead"):
        return "none", ["the graph names no lead for this measure (不确定 unknown)"], cands
    reasons = []
    rule = [b for b in stated if b.get("basis") not in STATED]
    if any(b.get("basis") not in STATED for b in answer["lead"]):
        lead = answer["lead"][0]
        nxt = next((c for c in cands if c["id"] != lead["id"]), None)
        reasons.append(f"the lead {lead.get('name')} is inferred (推断) from remit keywords in the measure's clauses: "
                       f"the text names no 牵头单位 (rule score {float(lead.get('confidence') or 0):.2f}"
                       + (f"; next {nxt['name']} {nxt['score']:.2f})" if nxt else ")"))
    if any(b.get("uncertain") for b in answer["lead"]):
        reasons.append("the remit rule itself is unsure of the lead (few remit words in the measure)")
    if any(b["role"] == "support" for b in rule):
        reasons.append("the supporting bureaus are inferred (推断) from remit keywords too")
    return ("inferred" if reasons else "explicit"), reasons, cands


def verdict(mapping: str, facts: str, reasons: list[str], candidates: list[dict[str, Any]]) -> dict[str, Any]:
    """The ``certainty`` block of an answer."""
    certain = mapping == "unambiguous" and facts == "explicit"
    if mapping == "ambiguous":
        reasons = ["several measures match the question's words about equally: which one? (候选)"] + reasons
    return {"certain": certain, "mapping": mapping, "facts": facts,
            "in_words": ("certain 确定: mapped unambiguously and stated in the text" if certain else
                         "not certain 不确定: " + "; ".join(reasons)),
            "reasons": reasons, "candidates": candidates}
