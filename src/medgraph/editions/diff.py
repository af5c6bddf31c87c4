"""What changed from one policy to another: measures matched (by the ``PRECEDED_BY`` links
of the last refresh, or computed now), added and removed, targets side by side, and the
progress other documents report on them; every figure with its quote."""

from __future__ import annotations

import json
import re
from typing import Any

from medgraph.documents import to_simplified
from medgraph.editions.linking import heading_evidence, measures_by_policy
from medgraph.editions.refresh import current_links
from medgraph.editions.scoring import dice, match_measures, pair_targets, target_out, unit_family
from medgraph.extract.targets import metric_key
from medgraph.models import Evidence, Node
from medgraph.queries import NotFound
from medgraph.store.base import GraphStore

class PolicyNotFound(NotFound):
    """No policy matches: a NotFound, so the CLI and the API answer it like any other (404
    with close matches)."""


def resolve_policy(store: GraphStore, arg: str, by: dict[str, list[Node]] | None = None) -> Node:
    """A policy by id, edition year (2025, 2026), 'plan', or words of its title. ``by``:
    the store's measures by policy (``measures_by_policy``) when the caller already has them."""
    a = to_simplified(str(arg).strip())
    node = store.get_node(a)
    if node is not None and node.label == "Policy":
        return node
    pols = store.nodes("Policy")
    by = measures_by_policy(store) if by is None else by
    if a.lower() in ("plan", "action-plan", "行动计划"):
        hits = [p for p in pols if p.props.get("kind") == "action_plan" or "行动计划" in p.name]
    elif re.fullmatch(r"(?:19|20)\d{2}", a):
        y = int(a)
        hits = [p for p in pols if p.props.get("year") == y and "-" not in str(p.props.get("years", ""))]
        hits = [p for p in hits if p.props.get("kind") == "measures"] or hits
    else:
        hits = [p for p in pols if a in p.id or a in p.name or any(a in x for x in p.aliases)]
    if not hits:
        close = [{"id": p.id, "name": p.name} for p in pols if by.get(p.id) or p.props.get("year")][:10]
        raise PolicyNotFound(f"no policy matches {arg!r}: use a policy id, an edition year (2026) or 'plan'", close)
    # prefer what has loaded measures, then Beijing's own, then the id
    hits.sort(key=lambda p: (not by.get(p.id), "-bj-" not in p.id, p.id))
    return hits[0]


def _policy_brief(p: Node, by: dict[str, list[Node]]) -> dict:
    return {"id": p.id, "name": p.name, "year": p.props.get("year"), "years": p.props.get("years"),
            "measures": len(by.get(p.id, [])), "loaded": bool(by.get(p.id)),
            "documents": [d for d in p.documents if d != "catalog"]}


def _measure_brief(m: Node) -> dict:
    ev = heading_evidence(m, 1.0)
    return {"id": m.id, "number": m.props.get("number"), "number_text": m.props.get("number_text", ""),
            "name": m.name, "quote": ev.model_dump() if ev else None,
            "targets": [target_out(t, m.id) for t in m.props.get("targets") or []]}


def _all_facts(store: GraphStore) -> list[dict]:
    """Every figure the loaded documents report (``facts`` of each Document node), in
    document order: read once per diff, not once per use."""
    return [f for d in store.nodes("Document") for f in d.props.get("facts") or []]


def _ev(e: Evidence) -> dict:
    return e.model_dump()


def diff(store: GraphStore, a: str, b: str) -> dict[str, Any]:
    """What changed from policy ``a`` to policy ``b`` (ids, years or 'plan')."""
    by = measures_by_policy(store)
    pa, pb = resolve_policy(store, a, by), resolve_policy(store, b, by)
    facts = _all_facts(store)
    ma, mb = by.get(pa.id, []), by.get(pb.id, [])
    notes: list[str] = []
    sup = [e for e in store.edges(type="SUPERSEDES") if {e.source, e.target} == {pa.id, pb.id}]
    chain = []
    for e in store.edges(type="SUPERSEDES"):
        if e.source in (pa.id, pb.id) or e.target in (pa.id, pb.id):
            chain.append({"source": e.source, "target": e.target, "evidence": [_ev(x) for x in e.evidence]})
    matched, added, removed = [], [], []
    if ma and mb:
        ids_a, ids_b = {m.id for m in ma}, {m.id for m in mb}
        links = [e for e in current_links(store, "PRECEDED_BY")
                 if (e.source in ids_b and e.target in ids_a) or (e.source in ids_a and e.target in ids_b)]
        nodes = {m.id: m for m in ma + mb}
        if links:
            pairs = []
            for e in links:
                old, new = (e.target, e.source) if e.source in ids_b else (e.source, e.target)
                pairs.append((nodes[old], nodes[new], float(e.props.get("similarity", 0)), e))
            method = "PRECEDED_BY edges"
        else:
            pairs = [(o, n, s, None) for n, o, s, _ in match_measures(mb, ma)]
            method = "heading/target similarity computed now (no PRECEDED_BY links between these policies)"
        notes.append(f"measures matched by {method}")
        for old, new, score, e in sorted(pairs, key=lambda x: x[1].props.get("number", 0)):
            tp = pair_targets(old.props.get("targets") or [], new.props.get("targets") or [], old.id, new.id)
            ev = [_ev(x) for x in e.evidence] if e is not None else \
                [x.model_dump() for x in (heading_evidence(new, score), heading_evidence(old, score)) if x]
            matched.append({"a": _measure_brief(old), "b": _measure_brief(new), "similarity": round(score, 3),
                            "targets": tp, "changed": any(p["change"] != "same" for p in tp), "evidence": ev})
        used_a = {m["a"]["id"] for m in matched}
        used_b = {m["b"]["id"] for m in matched}
        removed = [_measure_brief(m) for m in ma if m.id not in used_a]
        added = [_measure_brief(m) for m in mb if m.id not in used_b]
    # targets the policies state as a whole, and what other documents say about them;
    # when one side has no measures, the other side's measure targets are compared too
    def pool(p: Node, ms: list[Node], other_ms: list[Node], other: Node) -> list[tuple[dict, str]]:
        out = [(dict(t, kind="policy", policy=p.id), p.id) for t in p.props.get("targets") or []]
        out += [(f, f["document"]) for f in facts if f.get("policy") == p.id]
        # an article comparing editions: 与《X》相比 由28周压缩至20周 → 28 was X's figure
        out += [(dict(f, value=f["baseline"], goal=None, baseline=None, comparator="=", kind="baseline", policy=p.id),
                 f["document"])
                for f in facts if f.get("compared_to") == p.id and f.get("baseline") is not None]
        out += [(t, m.id) for m in ms for t in m.props.get("targets") or []]
        return out

    pool_a, pool_b = _dedupe(pool(pa, ma, mb, pb)), _dedupe(pool(pb, mb, ma, pa))
    for p, ms in ((pa, ma), (pb, mb)):
        if not ms:
            notes.append(f"{p.id} has no loaded text: its side shows the figures loaded documents attribute to it")
    rows = []
    if pool_a or pool_b:
        ta = [dict(t, _src=src) for t, src in pool_a]
        tb = [dict(t, _src=src) for t, src in pool_b]
        for r in pair_targets(ta, tb, "", "", min_sim=0.45):
            for side in ("a", "b"):
                if r[side]:
                    src = next(t["_src"] for t in (ta if side == "a" else tb)
                               if t.get("quote") == r[side].get("quote") and t.get("start") == r[side].get("start"))
                    r[side]["source"] = src
            present = [x for x in (r["a"], r["b"]) if x]
            if any(not re.search(r"-m\d+$", x["source"]) for x in present):
                rows.append(r)
    policy_targets = rows
    if not sup:
        notes.append(f"no SUPERSEDES edge joins {pa.id} and {pb.id}")
    targets = _target_table(matched, policy_targets)
    progress = _progress(store, ma + mb, pool_a + pool_b, facts)
    return {
        "a": _policy_brief(pa, by), "b": _policy_brief(pb, by),
        "summary": {"matched": len(matched), "changed": sum(1 for m in matched if m["changed"]),
                    "added": len(added), "removed": len(removed),
                    "targets": len(targets), "targets_changed": sum(1 for r in targets if r["change"] != "same"),
                    "progress": len(progress)},
        "supersedes": chain,
        "matched": matched,
        "changed": [m["b"]["id"] for m in matched if m["changed"]],
        "added": added, "removed": removed,
        "policy_targets": policy_targets,
        "targets": targets,
        "progress": progress,
        "notes": notes,
    }


def _goal(t: dict):
    return t.get("goal") if t.get("goal") is not None else t.get("value")


def _dedupe(pool: list[tuple[dict, str]]) -> list[tuple[dict, str]]:
    """Two documents stating the same figure of one policy (an article and a news item both
    citing 不少于10个场景) are one row: the first keeps the others' quotes under ``also``."""
    out: list[tuple[dict, str]] = []
    for t, src in pool:
        k = metric_key(t.get("metric", ""))
        for u, _ in out:
            if (_goal(u), u.get("unit")) == (_goal(t), t.get("unit")) and u.get("start") != t.get("start") and \
                    dice(k, metric_key(u.get("metric", ""))) >= 0.4:
                u.setdefault("also", []).append({x: t.get(x) for x in ("quote", "document", "start", "end")})
                break
        else:
            out.append((dict(t), src))
    return out


def _measure_label(m: dict | None) -> str:
    return f"{m.get('number_text') or m.get('number') or ''} {m['name']}".strip() if m else ""


def _target_table(matched: list[dict], policy_targets: list[dict]) -> list[dict]:
    """One analyst's table: every target pair of the matched measures, then the policy-level
    and reported ones, each row with the measures it belongs to (by number and heading)."""
    rows = []
    for m in matched:
        for p in m["targets"]:
            rows.append(dict(p, level="measure", measure_a=_measure_label(m["a"]), measure_b=_measure_label(m["b"])))
    for p in policy_targets:
        rows.append(dict(p, level="policy", measure_a="", measure_b=""))
    order = {"changed": 0, "raised": 0, "lowered": 0, "same": 1, "dropped": 2, "new": 3}
    return sorted(rows, key=lambda r: (order.get(r["change"], 4), r["level"] != "measure"))


def _fact_out(store: GraphStore, f: dict, titles: dict) -> dict:
    doc = f.get("document", "")
    if doc not in titles:
        rec = store.document(doc)
        titles[doc] = (rec.title, rec.date) if rec else ("", "")
    title, date = titles[doc]
    out = target_out(f, doc)
    out.update(date=date or (str(f["as_of"]) if f.get("as_of") else ""), document_title=title)
    if f.get("context"):
        out["context"] = f["context"]
    return out


def _progress(store: GraphStore, measures: list[Node], pool: list[tuple[dict, str]], facts: list[dict]) -> list[dict]:
    """Progress figures reported on the two policies' targets: the REPORTS_ON links of the
    last refresh into their measures, and for what only other documents state about a policy
    (an edition known from an article), reported figures sharing the target's metric (Dice of
    metric bigrams ≥ 0.55, same kind of unit). Each with its date and source."""
    titles: dict = {}
    mids = {m.id: m for m in measures}
    out = []
    seen = set()
    for e in current_links(store, "REPORTS_ON"):
        if e.target not in mids:
            continue
        m = mids[e.target]
        for rec in json.loads(e.props.get("facts_json") or "[]"):
            f = rec["fact"]
            key = (f.get("document"), f.get("start"))
            seen.add(key)
            out.append({"metric": f.get("metric", ""), "fact": _fact_out(store, f, titles),
                        "target": rec["target"], "policy": m.props.get("policy"), "measure": m.id,
                        "measure_label": f"{m.props.get('number_text', '')} {m.name}".strip(),
                        "similarity": rec.get("similarity"), "link": "REPORTS_ON"})
    stated = [(t, src) for t, src in pool if not re.search(r"-m\d+$", src) and t.get("kind") != "progress"]
    if stated:
        keys = [metric_key(t.get("metric", "")) for t, _ in stated]
        for f in facts:
            if f.get("kind") != "progress" or (f.get("document"), f.get("start")) in seen:
                continue
            fk = metric_key(f.get("metric", ""))
            best = None
            for (t, src), tk in zip(stated, keys):
                if unit_family(t.get("unit")) != unit_family(f.get("unit")):
                    continue
                sim = dice(fk, tk)
                if sim >= 0.55 and (best is None or sim > best[0]):
                    best = (sim, t, src)
            if best is None:
                continue
            sim, t, src = best
            out.append({"metric": f.get("metric", ""), "fact": _fact_out(store, f, titles),
                        "target": target_out(t, src), "policy": t.get("policy", ""),
                        "measure": "", "measure_label": "", "similarity": round(sim, 3), "link": "metric"})
    out.sort(key=lambda r: (r["policy"] or "", r["measure"], r["fact"].get("document", ""), r["fact"].get("start") or 0))
    return out
