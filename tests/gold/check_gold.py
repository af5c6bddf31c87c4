#!/usr/bin/env python3
"""Sanity check for the hand-made gold files (a script, not a pytest test).

Usage: python tests/gold/check_gold.py   (exit status 1 on any problem)
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "loaders" / "corpus"
RELATIONS = {"ISSUED", "LEADS", "TARGETS", "FUNDS", "LOCATED_IN", "SUPERSEDES", "PART_OF"}
LABELS = {"Bureau", "District", "Platform", "Product", "Fund", "Organization", "Policy"}
EXPECTED_MEASURES = {"002_fcea5f933e28d780": 32, "003_58624516628e3d39": 34}


def check(path: Path) -> list[str]:
    errs: list[str] = []
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    stem = path.stem
    if gold.get("document") != stem:
        errs.append(f"document: {gold.get('document')!r} != file stem {stem!r}")
    src = CORPUS / f"{stem}.txt"
    if not src.exists():
        return errs + [f"no corpus file {src}"]
    text = src.read_text(encoding="utf-8")

    entities = gold.get("entities") or {}
    names: dict[str, str] = {}
    for label, items in entities.items():
        if label not in LABELS:
            errs.append(f"unknown label {label}")
        for name in items or []:
            if name in names and names[name] != label:
                errs.append(f"{name} listed under {names[name]} and {label}")
            names[name] = label
    bureaus = set(entities.get("Bureau") or [])

    measures = gold.get("measures") or []
    numbers = [m["number"] for m in measures]
    want = EXPECTED_MEASURES.get(stem)
    if want is not None:
        if numbers != list(range(1, want + 1)):
            errs.append(f"measures numbered {numbers}, want 1..{want}")
    elif measures:
        errs.append("measures given for a document without numbered measures")
    for m in measures:
        h = m.get("heading", "")
        if not h or h not in text:
            errs.append(f"measure {m['number']}: heading not verbatim: {h!r}")
        if "。" in h:
            errs.append(f"measure {m['number']}: heading contains 。")
        if not m.get("lead"):
            errs.append(f"measure {m['number']}: no lead")
        for b in (m.get("lead") or []) + (m.get("support") or []):
            if not isinstance(b, str) or not b:
                errs.append(f"measure {m['number']}: bad bureau {b!r}")
        overlap = set(m.get("lead") or []) & set(m.get("support") or [])
        if overlap:
            errs.append(f"measure {m['number']}: {overlap} both lead and support")
        if not m.get("why"):
            errs.append(f"measure {m['number']}: no why")

    nums = set(numbers)
    for rel in gold.get("relations") or []:
        if len(rel) != 4:
            errs.append(f"relation not a 4-list: {rel}")
            continue
        kind, a, b, quote = rel
        if kind not in RELATIONS:
            errs.append(f"unknown relation type {kind}")
        if not quote or quote not in text:
            errs.append(f"quote not verbatim: {rel}")
        for end in (a, b):
            if isinstance(end, str) and end.startswith("measure:"):
                if int(end.split(":")[1]) not in nums:
                    errs.append(f"unknown measure endpoint {end} in {rel}")
            elif end not in names:
                errs.append(f"endpoint {end!r} not in entities: {rel}")
        la, lb = names.get(a, "Measure"), names.get(b, "Measure")
        ok = {
            "ISSUED": (la == "Bureau" and lb == "Policy"),
            "LEADS": (la == "Bureau" and lb == "Measure"),
            "TARGETS": (la == "Measure"),
            "FUNDS": (la == "Fund" and lb in {"Measure", "Platform", "Product", "Organization"}),
            "LOCATED_IN": (la in {"Platform", "Organization", "Product"} and lb == "District"),
            "SUPERSEDES": (la == "Policy" and lb == "Policy"),
            "PART_OF": (la == "Fund" and lb == "Fund"),
        }.get(kind, False)
        if not ok:
            errs.append(f"endpoint labels {la}->{lb} not allowed for {kind}: {rel}")

    for fund, amount in (gold.get("funds_amounts") or {}).items():
        if names.get(fund) != "Fund":
            errs.append(f"funds_amounts: {fund} is not a listed Fund")
        if not isinstance(amount, (int, float)):
            errs.append(f"funds_amounts: {fund} amount {amount!r} not a number")

    pol = gold.get("policy")
    if want is not None:
        if not pol or not pol.get("title"):
            errs.append("policy block with title required")
        else:
            if pol["title"] not in names or names[pol["title"]] != "Policy":
                errs.append(f"policy title {pol['title']} not among Policy entities")
            if pol.get("doc_number") and pol["doc_number"] not in text:
                errs.append(f"doc_number {pol['doc_number']} not in text")
            for b in pol.get("issuers") or []:
                if b not in bureaus:
                    errs.append(f"issuer {b} not among Bureau entities")
    return errs


def main() -> int:
    files = sorted(HERE.glob("*.yaml"))
    bad = 0
    for f in files:
        try:
            errs = check(f)
            gold = yaml.safe_load(f.read_text(encoding="utf-8"))
        except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            print(f"{f.name}: FAIL (unreadable: {exc})")
            bad += 1
            continue
        counts = (
            f"measures={len(gold.get('measures') or [])} "
            f"entities={sum(len(v or []) for v in (gold.get('entities') or {}).values())} "
            f"relations={len(gold.get('relations') or [])}"
        )
        print(f"{f.name}: {'OK' if not errs else 'FAIL'} ({counts})")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
