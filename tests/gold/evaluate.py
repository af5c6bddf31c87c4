"""Score extraction against the hand-made gold (tests/gold/*.yaml).

Used by tests/test_gold.py (thresholds) and runnable for the README figures:
    python tests/gold/evaluate.py
Entities and relations are scored separately; owners (lead bureau per measure) too.
A predicted entity matches a gold one when the labels agree and the gold name is the
node's name or one of its aliases (script-insensitive), or resolves to the same catalog
entry. Relations match on (type, source, target) after the same name resolution.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from medgraph.catalog import load_catalog
from medgraph.documents import read_document, to_simplified
from medgraph.extract import extract
from medgraph.resources import asset

GOLD_DIR = Path(__file__).resolve().parent
SCORED_TYPES = {"ISSUED", "TARGETS", "FUNDS", "LOCATED_IN", "SUPERSEDES"}
SCORED_LABELS = {"Bureau", "District", "Platform", "Product", "Fund", "Organization", "Policy"}


def _key(name: str) -> str:
    return re.sub(r"[\s()（）《》“”\"]", "", to_simplified(name))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras


def evaluate_document(stem: str) -> dict:
    catalog = load_catalog()
    gold = yaml.safe_load((GOLD_DIR / f"{stem}.yaml").read_text(encoding="utf-8"))
    doc = read_document(asset("loaders", "corpus", f"{stem}.txt"))
    ex = extract(doc, catalog)
    # entities the document mentions (not catalog entities an inferred edge points at)
    nodes = [n for n in ex.nodes if n.label in SCORED_LABELS and doc.id in n.documents]
    by_key: dict[str, str] = {}
    for n in ex.nodes:
        for name in [n.name, *n.aliases]:
            by_key.setdefault(_key(name), n.id)

    def resolve(name: str) -> str | None:
        m = re.fullmatch(r"measure:(\d+)", str(name))
        if m:
            ids = [n.id for n in ex.nodes if n.label == "Measure" and n.props.get("number") == int(m.group(1))]
            return ids[0] if ids else None
        if _key(name) in by_key:
            return by_key[_key(name)]
        entry = catalog.find_by_name(name) or (catalog.find_policy(name))
        return entry.id if entry else None

    # entities
    ent = Score()
    gold_ids: set[str] = set()
    for label, names in (gold.get("entities") or {}).items():
        for name in names or []:
            rid = resolve(name)
            node = next((n for n in nodes if n.id == rid and n.label == label), None)
            if node is None:
                ent.fn += 1
                ent.misses.append(f"{label}:{name}")
            else:
                ent.tp += 1
                gold_ids.add(node.id)
    for n in nodes:
        if n.id not in gold_ids:
            ent.fp += 1
            ent.extras.append(f"{n.label}:{n.name}")

    # relations
    rel = Score()
    gold_edges = set()
    for t, s, d, *_ in gold.get("relations") or []:
        if t not in SCORED_TYPES:
            continue
        gold_edges.add((t, resolve(s) or f"?{s}", resolve(d) or f"?{d}"))
    pred_edges = {(e.type, e.source, e.target) for e in ex.edges
                  if e.type in SCORED_TYPES and any(ev.document == doc.id for ev in e.evidence)}
    rel.tp = len(gold_edges & pred_edges)
    rel.fn = len(gold_edges - pred_edges)
    rel.fp = len(pred_edges - gold_edges)
    rel.misses = sorted(map(str, gold_edges - pred_edges))
    rel.extras = sorted(map(str, pred_edges - gold_edges))

    # owners
    owners = {"measures": 0, "accepted": 0, "wrong": [], "support": Score()}
    gold_measures = gold.get("measures") or []
    for gm in gold_measures:
        mid = resolve(f"measure:{gm['number']}")
        accepted = {resolve(b) for b in gm.get("lead") or []}
        leads = {e.source for e in ex.edges if e.type == "LEADS" and e.target == mid and e.props.get("role") == "lead"}
        gold_all = accepted | {resolve(b) for b in gm.get("support") or []}
        sup = {e.source for e in ex.edges if e.type == "LEADS" and e.target == mid and e.props.get("role") == "support"}
        # a supporting bureau is right when the analyst named it at all (lead or support)
        owners["support"].tp += len(sup & gold_all)
        owners["support"].fp += len(sup - gold_all)
        owners["support"].fn += len((gold_all - accepted) - sup - leads)
        owners["measures"] += 1
        if leads and leads <= accepted:
            owners["accepted"] += 1
        else:
            owners["wrong"].append((gm["number"], gm["heading"], sorted(leads), gm.get("lead")))
    measures = [n for n in ex.nodes if n.label == "Measure"]
    return {"entities": ent, "relations": rel, "owners": owners, "measures": len(measures),
            "gold_measures": len(gold_measures), "extraction": ex, "gold": gold}


def stems() -> list[str]:
    return sorted(p.stem for p in GOLD_DIR.glob("*.yaml"))


def main() -> None:
    total_e, total_r = Score(), Score()
    print(f"{'document':<28} {'ent P':>6} {'ent R':>6} {'rel P':>6} {'rel R':>6} {'owners':>8}")
    for stem in stems():
        r = evaluate_document(stem)
        e, rl, o = r["entities"], r["relations"], r["owners"]
        total_e.add(e)
        total_r.add(rl)
        own = f"{o['accepted']}/{o['measures']}" if o["measures"] else "-"
        if o["measures"]:
            own += f" support P {o['support'].precision:.2f} R {o['support'].recall:.2f}"
        print(f"{stem:<28} {e.precision:6.2f} {e.recall:6.2f} {rl.precision:6.2f} {rl.recall:6.2f} {own:>8}")
        if "-v" in sys.argv:
            print("   missed entities:", e.misses)
            print("   extra entities:", e.extras)
            print("   missed relations:", rl.misses)
            print("   extra relations:", rl.extras)
            for w in o["wrong"]:
                print("   owner:", w)
    print(f"{'ALL':<28} {total_e.precision:6.2f} {total_e.recall:6.2f} {total_r.precision:6.2f} {total_r.recall:6.2f}")


if __name__ == "__main__":
    main()
