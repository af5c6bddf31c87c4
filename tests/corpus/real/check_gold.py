"""Check the hand-written gold of the real-document corpus against its texts.

Why: the gold is written by hand while reading each text; a quote, surface or
heading that is not verbatim in the text, or an owner that names no listed
body, would silently make the evaluation score the wrong thing. This checker
reads only the corpus files (never medgraph code), so it stays independent of
the extraction it is meant to judge.

Usage: python tests/corpus/real/check_gold.py [STEM_OR_GOLD_FILE ...]
(no arguments: every *.gold.yaml in this folder). Exit status 1 on any problem.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"measures", "plan", "opinions", "notice", "interpretation", "other"}
SPLITS = {"dev", "held"}
TOP_KEYS = {
    "document", "source", "split", "jurisdiction", "kind", "bodies", "not_bodies",
    "policy", "cited", "measures", "located_in", "funds", "places", "notes",
}


def _as_list(value: Any) -> list:
    """None and missing lists count as empty: the README allows [] or omission."""
    return [] if value is None else list(value)


def check(gold_path: Path) -> list[str]:
    """Return every problem of one gold file (empty list when it is sound)."""
    problems: list[str] = []
    stem = gold_path.name[: -len(".gold.yaml")]
    txt_path = gold_path.with_name(stem + ".txt")

    def bad(msg: str) -> None:
        problems.append(f"{gold_path.name}: {msg}")

    if not txt_path.exists():
        bad(f"no text file {txt_path.name}")
        return problems
    text = txt_path.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    if not first.startswith("来源："):
        bad("first line of the text must start with 来源：")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if not isinstance(gold, dict):
        bad("gold is not a mapping")
        return problems
    unknown = set(gold) - TOP_KEYS
    if unknown:
        bad(f"unknown keys {sorted(unknown)}")
    if gold.get("document") != stem:
        bad(f"document {gold.get('document')!r} != file stem {stem!r}")
    src = gold.get("source") or {}
    for key in ("url", "site", "retrieved"):
        if not src.get(key):
            bad(f"source.{key} missing")
    if src.get("url") and str(src["url"]) not in first:
        bad("source.url is not on the 来源 line")
    if gold.get("split") not in SPLITS:
        bad(f"split {gold.get('split')!r} not in {sorted(SPLITS)}")
    if gold.get("kind") not in KINDS:
        bad(f"kind {gold.get('kind')!r} not in {sorted(KINDS)}")
    if not gold.get("jurisdiction"):
        bad("jurisdiction missing")

    def verbatim(what: str, s: Any) -> None:
        if not isinstance(s, str) or not s:
            bad(f"{what} is empty or not a string: {s!r}")
        elif s not in text:
            bad(f"{what} not verbatim in text: {s!r}")

    names: set[str] = set()
    for body in _as_list(gold.get("bodies")):
        name = body.get("name")
        if not name:
            bad(f"body without name: {body}")
            continue
        if name in names:
            bad(f"body listed twice: {name}")
        names.add(name)
        surfaces = _as_list(body.get("surface"))
        if not surfaces:
            bad(f"body {name} has no surface")
        for s in surfaces:
            verbatim(f"surface of {name}", s)
    for s in _as_list(gold.get("not_bodies")):
        verbatim("not_bodies entry", s)

    def known(what: str, name: Any) -> None:
        if name not in names:
            bad(f"{what} {name!r} is not a bodies.name")

    policy = gold.get("policy")
    if policy is not None:
        for issuer in _as_list(policy.get("issuers")):
            known("issuer", issuer)
        date = policy.get("date")
        if date is not None and not hasattr(date, "year"):
            bad(f"policy.date is not a YYYY-MM-DD date: {date!r}")
    cited = gold.get("cited") or {}
    for number in _as_list(cited.get("numbers")):
        if not isinstance(number, str):
            bad(f"cited number not a string: {number!r}")
    seen: set[tuple] = set()
    for m in _as_list(gold.get("measures")):
        key = (m.get("section"), m.get("number"))
        if key in seen:
            bad(f"measure {key} listed twice (add section: to tell lists apart)")
        seen.add(key)
        if not isinstance(m.get("number"), int):
            bad(f"measure number not an integer: {m.get('number')!r}")
        verbatim(f"marker of measure {key}", m.get("marker"))
        verbatim(f"heading of measure {key}", m.get("heading"))
        if m.get("marker") and m.get("heading") and (m["marker"] + m["heading"]) not in text:
            # marker and heading may be separated by a space in the text
            if m["marker"] + " " + m["heading"] not in text:
                bad(f"measure {key}: marker+heading not adjacent in text")
        for owner in _as_list(m.get("lead")):
            known(f"lead of measure {key}", owner)
        for owner in _as_list(m.get("support")):
            known(f"support of measure {key}", owner)
    for loc in _as_list(gold.get("located_in")):
        verbatim(f"located_in quote for {loc.get('entity')}", loc.get("quote"))
    for fund in _as_list(gold.get("funds")):
        verbatim(f"fund quote for {fund.get('name')}", fund.get("quote"))
    return problems


def main(argv: list[str]) -> int:
    """Check the named stems/files, or all gold files here; print problems."""
    if argv:
        paths = []
        for a in argv:
            p = Path(a)
            if not p.name.endswith(".gold.yaml"):
                p = HERE / f"{p.name.removesuffix('.txt')}.gold.yaml"
            paths.append(p)
    else:
        paths = sorted(HERE.glob("*.gold.yaml"))
    problems = [msg for p in paths for msg in check(p)]
    for msg in problems:
        print(msg)
    print(f"{len(paths)} gold files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
