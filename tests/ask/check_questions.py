"""Checks the `/ask` question set (tests/ask/questions.yaml) before any parser exists.

Why: the gold is written by hand and read by a parser author who never sees the held
part; a typo in an expected id or a lopsided split would silently make the score
meaningless. This module validates the file's shape and the coverage the issue asks for
(>= 100 questions, >= 9 intents, both scripts, >= 20 held over >= 6 intents) and that
every expected id exists in the graph of the bundled corpus with the right label.

Run alone: ``python tests/ask/check_questions.py`` loads the bundled corpus into a
temporary embedded store and prints the counts and any problem (exit 1 on problems).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

QUESTIONS_FILE = Path(__file__).with_name("questions.yaml")

INTENTS = {
    "owner",
    "bureau_measures",
    "place_contents",
    "where",
    "fund",
    "measure_targets",
    "edition_change",
    "policy_contents",
    "unanswerable",
    "ambiguous",
}
SCRIPTS = {"simplified", "traditional"}
SPLITS = {"dev", "held"}
ROLES = {"lead", "support", "any"}
PLACE_LABELS = {"Product", "Platform", "Organization", "Fund", "Measure", None}
PLACE_NODE_LABELS = {"District", "Platform"}  # a place is a district or an area-like platform (park, zone)

MIN_QUESTIONS = 100
MIN_INTENTS = 9
MIN_TRADITIONAL_SHARE = 0.25
MIN_HELD = 20
MIN_HELD_INTENTS = 6

# intent -> {key: (required, expected node label or None for a plain value, is_list)}
EXPECT_KEYS: dict[str, dict[str, tuple[bool, str | None, bool]]] = {
    "owner": {"measure": (True, "Measure", False), "lead": (True, "Bureau", True), "lead_ok": (False, "Bureau", True)},
    "bureau_measures": {"bureau": (True, "Bureau", False), "role": (True, None, False)},
    "place_contents": {"place": (True, "place", False), "label": (True, None, False)},
    "where": {"entity": (True, "any", False), "places": (True, "place", True)},
    "fund": {"fund": (True, "Fund", False), "amount_yi": (False, None, False)},
    "measure_targets": {"measure": (True, "Measure", False)},
    "edition_change": {"older": (True, "Policy", False), "newer": (True, "Policy", False), "measure": (False, "Measure", False)},
    "policy_contents": {"policy": (True, "Policy", False)},
    "ambiguous": {"candidates": (True, "Measure", True)},
}

_ID = re.compile(r"^q\d{3}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def load_questions(path: Path = QUESTIONS_FILE) -> list[dict[str, Any]]:
    """The question items; raises ValueError naming the file when it is not the expected YAML."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not well-formed YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise ValueError(f"{path}: expected a mapping with a 'questions' list")
    return data["questions"]


def structure_problems(questions: list[dict[str, Any]]) -> list[str]:
    """Shape and coverage problems (no graph needed)."""
    problems: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(questions):
        where = f"item {i}"
        if not isinstance(item, dict):
            problems.append(f"{where}: not a mapping")
            continue
        qid = item.get("id")
        where = f"{qid or where}"
        if not isinstance(qid, str) or not _ID.match(qid):
            problems.append(f"{where}: id must look like q001")
        elif qid in seen:
            problems.append(f"{where}: duplicate id")
        else:
            seen.add(qid)
        extra = set(item) - {"id", "q", "script", "intent", "expect", "split", "note"}
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        text = item.get("q")
        if not isinstance(text, str) or not _HAN.search(text):
            problems.append(f"{where}: q must be a Chinese question")
        if item.get("script") not in SCRIPTS:
            problems.append(f"{where}: script must be one of {sorted(SCRIPTS)}")
        if item.get("split") not in SPLITS:
            problems.append(f"{where}: split must be dev or held")
        intent = item.get("intent")
        if intent not in INTENTS:
            problems.append(f"{where}: unknown intent {intent!r}")
            continue
        problems.extend(f"{where}: {p}" for p in _expect_problems(intent, item.get("expect")))
    problems.extend(coverage_problems(questions))
    return problems


def _expect_problems(intent: str, expect: Any) -> list[str]:
    if intent == "unanswerable":
        return [] if expect == "refuse" else ["unanswerable expects 'refuse'"]
    if not isinstance(expect, dict):
        return [f"{intent} expects a mapping"]
    spec = EXPECT_KEYS[intent]
    out = [f"unknown expect key {k!r}" for k in expect if k not in spec]
    for key, (required, _label, is_list) in spec.items():
        if key not in expect:
            if required:
                out.append(f"expect.{key} missing")
            continue
        value = expect[key]
        if is_list and (not isinstance(value, list) or not value or len(set(value)) != len(value)):
            out.append(f"expect.{key} must be a non-empty list without repeats")
    if intent == "bureau_measures" and expect.get("role") not in ROLES:
        out.append(f"expect.role must be one of {sorted(ROLES)}")
    if intent == "place_contents" and expect.get("label") not in PLACE_LABELS:
        out.append("expect.label must be Product, Platform, Organization, Fund, Measure or null")
    if intent == "fund" and "amount_yi" in expect and not isinstance(expect["amount_yi"], (int, float)):
        out.append("expect.amount_yi must be a number")
    if intent == "ambiguous" and len(expect.get("candidates") or []) < 2:
        out.append("ambiguous needs at least two candidates")
    if intent == "edition_change" and expect.get("older") == expect.get("newer"):
        out.append("older and newer are the same policy")
    return out


def coverage_problems(questions: list[dict[str, Any]]) -> list[str]:
    """The issue's floors: size, intents, scripts, held part spread over intents."""
    items = [q for q in questions if isinstance(q, dict)]
    out: list[str] = []
    if len(items) < MIN_QUESTIONS:
        out.append(f"only {len(items)} questions (need >= {MIN_QUESTIONS})")
    intents = Counter(q.get("intent") for q in items)
    if len(intents) < MIN_INTENTS:
        out.append(f"only {len(intents)} intents (need >= {MIN_INTENTS})")
    scripts = Counter(q.get("script") for q in items)
    if items and scripts["traditional"] / len(items) < MIN_TRADITIONAL_SHARE:
        out.append(f"only {scripts['traditional']} traditional questions (need >= 25%)")
    if not scripts["simplified"]:
        out.append("no simplified questions")
    held = [q for q in items if q.get("split") == "held"]
    if len(held) < MIN_HELD:
        out.append(f"only {len(held)} held questions (need >= {MIN_HELD})")
    held_intents = {q.get("intent") for q in held}
    if len(held_intents) < MIN_HELD_INTENTS:
        out.append(f"held questions cover {len(held_intents)} intents (need >= {MIN_HELD_INTENTS})")
    texts = Counter(q.get("q") for q in items)
    out.extend(f"question text repeated: {t!r}" for t, n in texts.items() if n > 1)
    return out


def expected_ids(item: dict[str, Any]) -> Iterable[tuple[str, str, str]]:
    """(key, id, wanted label) for every graph id an item expects."""
    intent, expect = item.get("intent"), item.get("expect")
    if intent not in EXPECT_KEYS or not isinstance(expect, dict):
        return
    for key, (_req, label, is_list) in EXPECT_KEYS[intent].items():
        if label is None or key not in expect:
            continue
        values = expect[key] if is_list else [expect[key]]
        for value in values if isinstance(values, list) else []:
            yield key, value, label


def graph_problems(questions: list[dict[str, Any]], label_of: Callable[[str], str | None]) -> list[str]:
    """Every expected id exists in the graph with a fitting label; ``label_of(id)`` is the
    node's label or None when the graph has no such node."""
    out: list[str] = []
    for item in questions:
        if not isinstance(item, dict):
            continue
        for key, node_id, wanted in expected_ids(item):
            label = label_of(node_id) if isinstance(node_id, str) else None
            if label is None:
                out.append(f"{item.get('id')}: expect.{key} {node_id!r} is not in the graph")
            elif wanted == "place" and label not in PLACE_NODE_LABELS:
                out.append(f"{item.get('id')}: expect.{key} {node_id!r} is a {label}, not a place")
            elif wanted not in ("place", "any") and label != wanted:
                out.append(f"{item.get('id')}: expect.{key} {node_id!r} is a {label}, not a {wanted}")
    return out


def counts(questions: list[dict[str, Any]]) -> dict[str, Counter]:
    """Counts per intent, script and split (and held per intent) for reports."""
    return {
        "intent": Counter(q["intent"] for q in questions),
        "script": Counter(q["script"] for q in questions),
        "split": Counter(q["split"] for q in questions),
        "held_intent": Counter(q["intent"] for q in questions if q["split"] == "held"),
    }


def bundled_label_of(data_dir: str | Path) -> Callable[[str], str | None]:
    """Load the bundled corpus into an embedded store in ``data_dir``; return an id -> label lookup."""
    from medgraph.pipeline import load
    from medgraph.store.embedded import EmbeddedStore

    store = EmbeddedStore(data_dir)
    load(store, workers=1)
    labels = {node.id: node.label for node in store.nodes()}
    store.close()
    return labels.get


def main() -> int:
    import tempfile

    questions = load_questions()
    with tempfile.TemporaryDirectory() as tmp:
        problems = structure_problems(questions) + graph_problems(questions, bundled_label_of(tmp))
    for name, counter in counts(questions).items():
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
