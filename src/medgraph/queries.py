"""The questions users ask, answered over any GraphStore: who owns a measure (with the
chain up to the city government), what an entity reaches, search.

CLI and HTTP both call these functions, so their JSON is the same by construction.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from medgraph.documents import to_simplified
from medgraph.models import METHOD_RANK, Edge, Node
from medgraph.store.base import CHAIN_DEPTH, GraphStore, OwnersBundle
from medgraph.textutil import cn_to_int

MAX_HOPS = 6


class NotFound(LookupError):
    """Nothing matched; ``close`` holds close matches a person can pick from."""

    def __init__(self, message: str, close: list[dict] | None = None):
        super().__init__(message)
        self.message = message
        self.close = close or []


class BadRequest(ValueError):
    pass


def node_brief(n: Node) -> dict[str, Any]:
    return {"id": n.id, "label": n.label, "name": n.name}


def edge_dict(e: Edge) -> dict[str, Any]:
    d: dict[str, Any] = {"type": e.type, "source": e.source, "target": e.target}
    if e.props:
        d["props"] = e.props
    d["evidence"] = [ev.model_dump() for ev in e.evidence]
    return d


def basis(e: Edge) -> str:
    """explicit beats catalog beats rule: the strongest kind of support the edge has."""
    methods = {ev.method for ev in e.evidence}
    for m in METHOD_RANK:
        if m in methods:
            return m
    return "rule"


def variants(text: str) -> list[str]:
    """The user's text in every script/width form we store names in."""
    t = text.strip()
    forms = [t, to_simplified(t), t.replace("(", "（").replace(")", "）"), t.replace("（", "(").replace("）", ")")]
    return list(dict.fromkeys(f for f in forms if f))


# --- measures ------------------------------------------------------------------------
_NUM = re.compile(r"^\s*[第(（]?\s*([0-9０-９]+|[一二三四五六七八九十百零两]+)\s*[)）.．、]?\s*(?:条|项)?\s*$")


def parse_number(text: str) -> int | None:
    """17, 十七, (十七), （十七）, 第十七条, 17. → 17."""
    m = _NUM.match(text)
    return cn_to_int(m.group(1)) if m else None


def _policy_matches(store: GraphStore, policy_arg: str, policy_id: str) -> bool:
    """--policy 2026 means the 2026 edition (year), not every title containing 2026
    (the 2024-2026 action plan); other text matches the id, title, aliases or 文号."""
    if not policy_arg:
        return True
    arg = to_simplified(policy_arg.strip())
    if re.fullmatch(r"(19|20)\d{2}", arg):
        node = store.get_node(policy_id)
        if node is not None and node.props.get("year") is not None:
            return str(node.props.get("year")) == arg
        return arg in policy_id
    if arg == policy_id or arg in policy_id:
        return True
    node = store.get_node(policy_id)
    if node is None:
        return False
    hay = " ".join([node.name, *node.aliases, str(node.props.get("year", "")), str(node.props.get("doc_number", ""))])
    return arg in to_simplified(hay)


def _measure_sort_key(store: GraphStore, m: Node) -> tuple:
    pol = store.get_node(m.props.get("policy", ""))
    year = (pol.props.get("year") if pol else None) or 0
    return (-int(year), m.props.get("policy", ""), m.props.get("number", 0))


def resolve_measure(store: GraphStore, text: str, policy: str = "") -> tuple[Node | None, list[Node]]:
    """The measure meant by ``text`` and the other measures that also matched.
    Returns (None, candidates) when the input is ambiguous: guessing an owner is worse
    than asking."""
    if not text or not text.strip():
        raise BadRequest("measure must not be empty: give an id, a number (17, 十七, 第十七条) or words from its heading")
    return _resolve(store, text, policy, store.get_node(text.strip()))


def _resolve(store: GraphStore, text: str, policy: str, node: Node | None) -> tuple[Node | None, list[Node]]:
    """resolve_measure once the node with id ``text`` (if any) is known: /owners on a store
    with ``owners_bundle`` has already fetched it."""
    if node is not None and node.label == "Measure":
        return node, []
    matches: dict[str, bool] = {}  # one answer per policy id, not one store lookup per measure

    def in_policy(pid: str) -> bool:
        if pid not in matches:
            matches[pid] = _policy_matches(store, policy, pid)
        return matches[pid]

    n = parse_number(text)
    if n is not None:
        # the common case (17, 十七 --policy 2026) is answered from the store's index of
        # measure numbers, without building every Measure node
        exact = store.get_node(policy.strip()) if policy else None
        if exact is not None and exact.label == "Policy":
            hits = store.measures_numbered(n, policy=exact.id)   # --policy given as an id: one lookup
        else:
            hits = sorted([m for m in store.measures_numbered(n) if in_policy(m.props.get("policy", ""))],
                          key=lambda m: _measure_sort_key(store, m))
        if len(hits) == 1:
            return hits[0], []
        if hits:
            return None, hits
    measures = [m for m in store.nodes("Measure") if in_policy(m.props.get("policy", ""))]
    if not measures and policy:
        raise NotFound(f"no policy matches {policy!r}", [node_brief(p) for p in store.nodes("Policy")[:10]])
    if n is not None:
        raise NotFound(
            f"no measure numbered {n}" + (f" in policy {policy!r}" if policy else ""),
            [node_brief(m) for m in sorted(measures, key=lambda m: abs(m.props.get("number", 0) - n))[:5]],
        )
    query = to_simplified(text.strip())
    scored: list[tuple[float, Node]] = []
    for m in measures:
        heading = to_simplified(m.props.get("heading", m.name))
        body = to_simplified(m.props.get("body", ""))
        if query == heading:
            s = 100.0
        elif query in heading:
            s = 90.0 + 10 * len(query) / max(len(heading), 1)
        elif query in body:
            s = 70.0
        else:
            s = 0.8 * fuzz.partial_ratio(query, heading)
        scored.append((s, m))
    scored.sort(key=lambda sm: (-sm[0], _measure_sort_key(store, sm[1])))
    good = [(s, m) for s, m in scored if s >= 60]
    if not good:
        raise NotFound(f"no measure matches {text!r}", [node_brief(m) for _, m in scored[:5]])
    top_s, top = good[0]
    others = [m for s, m in good[1:]]
    if len(good) > 1 and good[1][0] >= top_s - 1e-9 and top_s < 100:
        return None, [m for _, m in good[:10]]
    return top, others[:10]


def measure_brief(store: GraphStore, m: Node) -> dict[str, Any]:
    return {"id": m.id, "name": m.name, "number": m.props.get("number"), "policy": m.props.get("policy")}


def _chain(store: GraphStore, start: str, limit: int = CHAIN_DEPTH,
           bundle: OwnersBundle | None = None) -> list[dict[str, Any]]:
    """Follow REPORTS_TO upward from the lead: bureau → coordinating body → government.
    With ``bundle`` (holding ``limit`` hops, see store.base.OwnersBundle) the walk reads it
    instead of asking the store at every hop; the steps taken are the same."""
    if bundle is not None:
        def ups_of(nid: str) -> list[Edge]:
            return bundle.reports_to.get(nid, [])

        node_of = bundle.nodes.get
    else:
        def ups_of(nid: str) -> list[Edge]:
            return store.edges(source=nid, type="REPORTS_TO")

        node_of = store.get_node
    out, seen, current = [], {start}, start
    for _ in range(limit):
        ups = [e for e in ups_of(current) if e.target not in seen]
        if not ups:
            break
        # prefer curated/explicit chains over inferred ones
        ups.sort(key=lambda e: (METHOD_RANK[basis(e)], e.target))
        e = ups[0]
        target = node_of(e.target)
        if target is None:
            break
        out.append({"id": target.id, "name": target.name, "from": current, "basis": basis(e),
                    "evidence": [ev.model_dump() for ev in e.evidence]})
        seen.add(target.id)
        current = target.id
    return out


def _bundled_resolve(store: GraphStore, measure: str, policy: str) -> tuple[Node | None, list[Node], OwnersBundle | None]:
    """resolve_measure plus the owners bundle of the measure, on a store that has
    ``owners_bundle``: a measure id, or a number with a policy id, costs one store read in
    all; other input (heading words, a year) is resolved as usual, then bundled.
    (None bundle: the store has none.)"""
    fetch = getattr(store, "owners_bundle", None)
    if fetch is None or not measure or not measure.strip():
        m, candidates = resolve_measure(store, measure, policy)
        return m, candidates, None
    n = parse_number(measure)
    # the same policy lookup _resolve makes for a number: get_node(policy.strip()) when policy is given
    bundle = fetch(measure.strip(), number=n, policy=policy.strip() if policy and n is not None else None)
    if bundle.measure is not None:
        return bundle.measure, [], bundle
    m, candidates = _resolve(store, measure, policy, bundle.node)
    return m, candidates, (fetch(m.id) if m is not None else None)


def owners(store: GraphStore, measure: str, policy: str = "") -> dict[str, Any]:
    m, candidates, bundle = _bundled_resolve(store, measure, policy)
    answer: dict[str, Any] = {"measure": None, "lead": [], "support": [], "chain": [],
                              "candidates": [measure_brief(store, c) for c in candidates]}
    if m is None:
        return answer
    answer["measure"] = measure_brief(store, m)
    if bundle is not None:
        leads = bundle.leads
    else:
        leads = ((e, store.get_node(e.source)) for e in store.edges(target=m.id, type="LEADS"))
    for e, b in leads:
        item = {"id": e.source, "name": b.name if b else e.source, "basis": basis(e),
                "confidence": max((ev.confidence for ev in e.evidence), default=0.0),
                "evidence": [ev.model_dump() for ev in e.evidence]}
        answer["lead" if e.props.get("role", "lead") == "lead" else "support"].append(item)
    for key in ("lead", "support"):
        answer[key].sort(key=lambda x: (METHOD_RANK[x["basis"]], -x["confidence"], x["id"]))
    if answer["lead"]:
        answer["chain"] = _chain(store, answer["lead"][0]["id"], bundle=bundle)
    return answer


# --- impact, search, neighborhood ----------------------------------------------------
def resolve_entity(store: GraphStore, text: str, label: str | None = None) -> Node:
    node = store.get_node(text.strip())
    if node is not None:
        return node
    hits = store.search(variants(text), label=label, limit=10)
    if not hits:
        raise NotFound(f"no entity matches {text!r}", [])
    simp = to_simplified(text.strip())
    exact = [h for h in hits if simp in {to_simplified(a) for a in [h.name, *h.aliases]}]
    return (exact or hits)[0]


def impact(store: GraphStore, source: str, to: str | None = None, max_hops: int = 3, limit: int = 50,
           offset: int = 0, direction: str = "out") -> dict[str, Any]:
    if not 1 <= max_hops <= MAX_HOPS:
        raise BadRequest(f"max_hops must be between 1 and {MAX_HOPS}, got {max_hops}")
    if direction not in ("out", "in", "both"):
        raise BadRequest(f"direction must be out, in or both, got {direction!r}")
    start = resolve_entity(store, source)
    to_label = to_id = None
    if to:
        from medgraph.models import LABELS

        if to in LABELS:
            to_label = to
        else:
            to_id = resolve_entity(store, to).id
    paths = store.paths(start.id, to_label=to_label, to_id=to_id, max_hops=max_hops, limit=offset + limit, direction=direction)
    page = paths[offset:offset + limit]
    return {
        "from": node_brief(start),
        "to": to_label or to_id,
        "paths": [[node_brief(x) if isinstance(x, Node) else edge_dict(x) for x in p] for p in page],
        "offset": offset,
        "limit": limit,
        "has_more": len(paths) > offset + limit,
    }


def search(store: GraphStore, text: str, label: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    if not text or not text.strip():
        raise BadRequest("search text must not be empty")
    return [node_brief(n) | {"aliases": n.aliases} for n in store.search(variants(text), label=label, limit=limit)]


def entity(store: GraphStore, node_id: str) -> dict[str, Any]:
    n = store.get_node(node_id)
    if n is None:
        close = store.search(variants(node_id), limit=5)
        raise NotFound(f"no entity with id {node_id!r}", [node_brief(c) for c in close])
    out_edges = store.edges(source=node_id)
    in_edges = store.edges(target=node_id)
    return {**n.model_dump(), "degree": len(out_edges) + len(in_edges),
            "out": [edge_dict(e) for e in out_edges], "in": [edge_dict(e) for e in in_edges]}


def neighborhood(store: GraphStore, node_id: str, depth: int = 1, limit: int = 200) -> dict[str, Any]:
    if not 1 <= depth <= 3:
        raise BadRequest(f"depth must be 1, 2 or 3, got {depth}")
    if store.get_node(node_id) is None:
        raise NotFound(f"no entity with id {node_id!r}", [node_brief(c) for c in store.search(variants(node_id), limit=5)])
    nodes, edges = store.neighborhood(node_id, depth=depth, limit=limit)
    return {"nodes": [n.model_dump() for n in nodes], "edges": [edge_dict(e) | {"key": e.key} for e in edges]}


def measure_table(store: GraphStore, policy: str = "") -> list[dict[str, Any]]:
    """Every measure with its leads: the table analysts check first."""
    rows = []
    for m in store.nodes("Measure"):
        if not _policy_matches(store, policy, m.props.get("policy", "")):
            continue
        leads = []
        for e in store.edges(target=m.id, type="LEADS"):
            if e.props.get("role", "lead") == "lead":
                b = store.get_node(e.source)
                leads.append({"id": e.source, "name": b.name if b else e.source, "basis": basis(e)})
        rows.append({**measure_brief(store, m), "lead": sorted(leads, key=lambda x: x["id"])})
    rows.sort(key=lambda r: (r["policy"] or "", r["number"] or 0))
    return rows
