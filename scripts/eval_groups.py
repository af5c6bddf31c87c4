"""Score the real-document corpus per group of documents, in the order they were written:
the 63 first dev documents, the 18 held until session 3, "held-2" (written and scored untuned
in session 4, then opened), "held-3" (held through session 4, opened at the start of session 5),
"dev-5", "held-4" (held through session 5, opened at the start of session 6), "dev-6", "held-5"
(held through session 6, opened at the start of session 7), "dev-7", "held-6" (held through
session 7, opened at the start of session 8), "dev-8", "held-7" (held through session 8, opened
at the start of session 9), "dev-9", "held-8" (held through session 9, opened at the start of
session 10), "dev-10", "held-9" (held through session 10, opened at the start of session 11),
"dev-11", "held-10" (opened at the start of session 12),
"dev-12" and the current held split. Groups come from each gold file's
``split:`` line (its comment says when a document was opened).

    PYTHONPATH=src python scripts/eval_groups.py [--corpus tests/corpus/real]

Run it with another checkout's ``src`` on PYTHONPATH to score older code on the same groups
(EVALUATION.md's before/after table)."""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from medgraph import evaluate as ev

KINDS = ("measures", "owners", "owners_any_role", "issuers", "doc_number", "title", "located_in", "bodies")


def group_of(gold_text: str) -> str:
    line = re.search(r"^split:.*$", gold_text, re.M)
    s = line.group(0) if line else "split: dev"
    if "held-2" in s:
        return "held-2 (opened)"
    if "dev-5" in s:
        return "dev-5 (written in session 5)"
    if "held-4" in s:
        return "held-4 (opened in session 6)"
    if "dev-6" in s:
        return "dev-6 (written in session 6)"
    if "held-5" in s:
        return "held-5 (opened in session 7)"
    if "dev-7" in s:
        return "dev-7 (written in session 7)"
    if "held-6" in s:
        return "held-6 (opened in session 8)"
    if "dev-8" in s:
        return "dev-8 (written in session 8)"
    if "held-8" in s:
        return "held-8 (opened in session 10)"
    if "dev-10" in s:
        return "dev-10 (written in session 10)"
    if "held-9" in s:
        return "held-9 (opened in session 11)"
    if "dev-11" in s:
        return "dev-11 (written in session 11)"
    if "held-10" in s:
        return "held-10 (opened in session 12)"
    if "dev-12" in s:
        return "dev-12 (written in session 12)"
    if "held-7" in s:
        return "held-7 (opened in session 9)"
    if "dev-9" in s:
        return "dev-9 (written in session 9)"
    if "held-3" in s:
        return "held-3 (opened in session 5)"
    if "session 3" in s:
        return "held in session 3 (opened)"
    return "held (unread)" if re.match(r"split:\s*held", s) else "first dev"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("tests/corpus/real"))
    args = ap.parse_args()
    groups: dict[str, list[Path]] = {}
    for g in sorted(args.corpus.glob("*.gold.yaml")):
        groups.setdefault(group_of(g.read_text(encoding="utf-8")), []).append(g)
    print("| group | docs | " + " | ".join(KINDS) + " |")
    print("|---|---|" + "---|" * len(KINDS))
    for name in ("first dev", "held in session 3 (opened)", "held-2 (opened)", "held-3 (opened in session 5)", "dev-5 (written in session 5)",
                 "held-4 (opened in session 6)", "dev-6 (written in session 6)", "held-5 (opened in session 7)", "dev-7 (written in session 7)",
                 "held-6 (opened in session 8)", "dev-8 (written in session 8)",
                 "held-7 (opened in session 9)", "dev-9 (written in session 9)",
                 "held-8 (opened in session 10)", "dev-10 (written in session 10)",
                 "held-9 (opened in session 11)", "dev-11 (written in session 11)",
                 "held-10 (opened in session 12)", "dev-12 (written in session 12)", "held (unread)"):
        golds = groups.get(name, [])
        if not golds:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            for g in golds:
                stem = g.name[: -len(".gold.yaml")]
                for f in args.corpus.glob(stem + ".*"):
                    (Path(tmp) / f.name).symlink_to(f.resolve())
            res = ev.evaluate(Path(tmp))
        cells = []
        for k in KINDS:
            sc = res["totals"]["all"][k]
            p = "—" if sc.precision is None else f"{sc.precision:.2f}"
            r = "—" if sc.recall is None else f"{sc.recall:.2f}"
            cells.append(f"{p}/{r}")
        print(f"| {name} | {len(golds)} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
