"""The questions users ask, answered over any GraphStore: who owns a measure (with the
chain up to the city government), what an entity reaches, search.

CLI and HTTP both call these functions, so their JSON is the same by construction.
"""

from __future__ import annotations

import re
from pathlib import PureWindowsPath
from typing import Any

from rapidfuzz import fuzz

from medgraph.documents import to_simplified
from medgraph.extract.source_kind import AUTHORITY, source_kind_of
from medgraph.models import METHOD_RANK, Edge, Evidence, Node
from medgraph.store.base import CHAIN_DEPTH, GraphStore, OwnersBundle
from medgraph.store.pathsearch import Budget
from medgraph.textutil import cn_to_int
from medgraph.validity import Validity, parse_as_of

MAX_HOPS = 6
# /impact pages: offset + limit at most this. Paging deeper than the first few thousand
# shortest paths means the question needs `to` or fewer hops; each page costs the walk up to it.
MAX_PATH_WINDOW = 5000


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


class SourceKinds:
    """Document id → source kind (official, interpretation, news, analysis; curated and
    computed for the pseudo-documents), read once per document per answer."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._kinds: dict[str, str] = {}

    def prime(self, kinds: dict[str, str] | None) -> None:
        """Kinds the caller already holds (the Neo4j owners bundle)."""
        if kinds:
            self._kinds.update(kinds)

    def of(self, doc_ids) -> dict[str, str]:
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._kinds]
        if missing:
            fetch = getattr(self.store, "source_kinds", None)
            if fetch is not None:
                self._kinds.update(fetch(missing))
            else:
                for d in missing:
                    rec = self.store.document(d)
                    self._kinds[d] = source_kind_of(rec) if rec is not None else ""
        return self._kinds

    def evidence(self, evidence: list[Evidence]) -> list[dict[str, Any]]:
        """Evidence items with their document's ``source_kind``, most authoritative source
        first (official text, then interpretation, curated, news, analysis); the stored
        order within one kind."""
        kinds = self.of(ev.document for ev in evidence)
        items = [ev.model_dump() | {"source_kind": kinds.get(ev.document, "")} for ev in evidence]
        order = sorted(range(len(items)), key=lambda i: (AUTHORITY.get(items[i]["source_kind"], 9), i))
        return [items[i] for i in order]


def rests_on_reporting(evidence: list[dict[str, Any]]) -> bool:
    """True when every source of a fact is news or analysis: no official text, interpretation or curated fact."""
    kinds = {ev.get("source_kind", "") for ev in evidence}
    return bool(kinds) and kinds <= {"news", "analysis"}


def edge_dict(e: Edge, kinds: SourceKinds | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": e.type, "source": e.source, "target": e.target}
    if e.props:
        d["props"] = e.props
    d["evidence"] = kinds.evidence(e.evidence) if kinds is not None else [ev.model_dump() for ev in e.evidence]
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


def resolve_measure(store: GraphStore, text: str, policy: str = "", as_of: str | None = None,
                    validity: Validity | None = None) -> tuple[Node | None, list[Node]]:
    """The measure meant by ``text`` and the other measures that also matched.
    Returns (None, candidates) when the input is ambiguous: guessing an owner is worse
    than asking. With ``as_of``, only measures in force on that date are candidates."""
    if not text or not text.strip():
        raise BadRequest("measure must not be empty: give an id, a number (17, 十七, 第十七条) or words from its heading")
    return _resolve(store, text, policy, store.get_node(text.strip()), as_of, validity)


def _resolve(store: GraphStore, text: str, policy: str, node: Node | None, as_of: str | None = None,
             validity: Validity | None = None) -> tuple[Node | None, list[Node]]:
    """resolve_measure once the node with id ``text`` (if any) is known: /owners on a store
    with ``owners_bundle`` has already fetched it."""
    if node is not None and node.label == "Measure":
        return node, []
    matches: dict[str, bool] = {}  # one answer per policy id, not one store lookup per measure
    validity = validity or Validity(store)

    def in_policy(pid: str) -> bool:
        if pid not in matches:
            matches[pid] = _policy_matches(store, policy, pid) and validity.in_force(pid, as_of)
        return matches[pid]

    n = parse_number(text)
    if n is not None:
        # the common case (17, 十七 --policy 2026) is answered from the store's index of
        # measure numbers, without building every Measure node
        exact = store.get_node(policy.strip()) if policy else None
        if exact is not None and exact.label == "Policy":
            hits = [m for m in store.measures_numbered(n, policy=exact.id)   # --policy given as an id: one lookup
                    if validity.in_force(exact.id, as_of)]
        else:
            hits = sorted([m for m in store.measures_numbered(n) if in_policy(m.props.get("policy", ""))],
                          key=lambda m: _measure_sort_key(store, m))
        if len(hits) == 1:
            return hits[0], []
        if hits:
            return None, hits
    measures = [m for m in store.nodes("Measure") if in_policy(m.props.get("policy", ""))]
    if not measures and as_of:
        raise NotFound(f"no measure of {policy or 'any policy'!r} is in force on {as_of}; policies in force then are "
                       "the close matches", [node_brief(p) for p in store.nodes("Policy") if validity.in_force(p.id, as_of)
                                             and (validity.policy(p.id)["from"] or validity.policy(p.id)["to"])][:10])
    if not measures and policy:
        raise NotFound(f"no policy matches {policy!r}", [node_brief(p) for p in store.nodes("Policy")[:10]])
    if n is not None:
        raise NotFound(
            f"no measure numbered {n}" + (f" in policy {policy!r}" if policy else ""),
            [node_brief(m) for m in sorted(measures, key=lambda m: abs(m.props.get("number", 0) - n))[:5]],
        )
    scored = score_measures(store, text, measures)
    good = [(s, m) for s, m in scored if s >= 60]
    if not good:
        raise NotFound(f"no measure matches {text!r}", [node_brief(m) for _, m in scored[:5]])
    top_s, top = good[0]
    others = [m for s, m in good[1:]]
    if len(good) > 1 and good[1][0] >= top_s - 1e-9 and top_s < 100:
        return None, [m for _, m in good[:10]]
    return top, others[:10]


def score_measures(store: GraphStore, text: str, measures: list[Node]) -> list[tuple[float, Node]]:
    """How well ``text`` names each measure, best first (0-100): 100 the whole heading,
    90-100 part of the heading (more of it, higher), 70 words of the body, else 0.8 x the
    fuzzy partial ratio against the heading. /ask applies its own margin to these scores."""
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
    return scored


def measure_brief(store: GraphStore, m: Node, validity: Validity | None = None, as_of: str | None = None) -> dict[str, Any]:
    out = {"id": m.id, "name": m.name, "number": m.props.get("number"), "policy": m.props.get("policy")}
    if validity is not None:
        out["validity"] = validity.brief(m.props.get("policy", ""), as_of)
    return out


def _chain(store: GraphStore, start: str, limit: int = CHAIN_DEPTH,
           bundle: OwnersBundle | None = None, kinds: SourceKinds | None = None) -> list[dict[str, Any]]:
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
                    "evidence": kinds.evidence(e.evidence) if kinds else [ev.model_dump() for ev in e.evidence]})
        seen.add(target.id)
        current = target.id
    return out


def _bundled_resolve(store: GraphStore, measure: str, policy: str, as_of: str | None = None,
                     validity: Validity | None = None, kinds: SourceKinds | None = None
                     ) -> tuple[Node | None, list[Node], OwnersBundle | None]:
    """resolve_measure plus the owners bundle of the measure, on a store that has
    ``owners_bundle``: a measure id, or a number with a policy id, costs one store read in
    all; other input (heading words, a year) is resolved as usual, then bundled.
    (None bundle: the store has none.)"""
    fetch = getattr(store, "owners_bundle", None)
    if fetch is None or not measure or not measure.strip():
        m, candidates = resolve_measure(store, measure, policy, as_of, validity)
        return m, candidates, None
    n = parse_number(measure)
    # the same policy lookup _resolve makes for a number: get_node(policy.strip()) when policy is given
    bundle = fetch(measure.strip(), number=n, policy=policy.strip() if policy and n is not None else None)

    def primed(b: OwnersBundle) -> OwnersBundle:
        if validity is not None:
            validity.prime(b.policy, b.successors)
        if kinds is not None:
            kinds.prime(b.source_kinds)
        return b

    if bundle.measure is not None:
        primed(bundle)
        if validity is None or validity.in_force(bundle.measure.props.get("policy", ""), as_of):
            return bundle.measure, [], bundle
    m, candidates = _resolve(store, measure, policy, bundle.node, as_of, validity)
    return m, candidates, (primed(fetch(m.id)) if m is not None else None)


def _as_of(as_of: str | None) -> str | None:
    try:
        return parse_as_of(as_of)
    except ValueError as exc:
        raise BadRequest(str(exc)) from None


def owners(store: GraphStore, measure: str, policy: str = "", as_of: str | None = None) -> dict[str, Any]:
    """Who leads and supports a measure, each with evidence (official sources first, each
    item with its ``source_kind``; ``reporting_only`` when only news or analysis says so),
    the chain above the lead, and the measure's validity (``as_of``: as on that date)."""
    as_of = _as_of(as_of)
    validity = Validity(store)
    kinds = SourceKinds(store)
    m, candidates, bundle = _bundled_resolve(store, measure, policy, as_of, validity, kinds)
    if m is not None and as_of and m.props.get("policy") and not validity.in_force(m.props["policy"], as_of):
        v = validity.brief(m.props["policy"], as_of)
        raise NotFound(f"measure {m.id} is in force from {v['from'] or '?'} to {v['to'] or 'open'} "
                       f"({v['from_basis']}); it was not in force on {as_of}", [measure_brief(store, m, validity)])
    answer: dict[str, Any] = {"measure": None, "lead": [], "support": [], "chain": [],
                              "candidates": [measure_brief(store, c, validity, as_of) for c in candidates]}
    if m is None:
        return answer
    answer["measure"] = measure_brief(store, m, validity, as_of)
    if bundle is not None:
        leads = bundle.leads
    else:
        leads = ((e, store.get_node(e.source)) for e in store.edges(target=m.id, type="LEADS"))
    for e, b in leads:
        evidence = kinds.evidence(e.evidence)
        item = {"id": e.source, "name": b.name if b else e.source, "basis": basis(e),
                "confidence": max((ev.confidence for ev in e.evidence), default=0.0),
                "evidence": evidence}
        if rests_on_reporting(evidence):
            item["reporting_only"] = True
        if e.props.get("uncertain"):  # the remit rule's guess: say so, with its runner-ups
            item["uncertain"] = True
            item["candidates"] = list(e.props.get("candidates") or [])
        answer["lead" if e.props.get("role", "lead") == "lead" else "support"].append(item)
    for key in ("lead", "support"):
        answer[key].sort(key=lambda x: (METHOD_RANK[x["basis"]], -x["confidence"], x["id"]))
    if answer["lead"]:
        answer["chain"] = _chain(store, answer["lead"][0]["id"], bundle=bundle, kinds=kinds)
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


def _sink_labels() -> frozenset[str]:
    """Labels that no relationship type starts from (graph/schema.yaml): places such as
    District. Paths *out of* such a node are always empty, so impact's default direction
    for them is ``in`` (what reaches the place)."""
    global _SINKS
    if _SINKS is None:
        import yaml

        from medgraph.models import LABELS
        from medgraph.resources import asset

        schema = yaml.safe_load(asset("graph", "schema.yaml").read_text(encoding="utf-8"))
        sources = {lab for rel in (schema.get("relationships") or {}).values() for lab in rel.get("from", [])}
        _SINKS = frozenset(lab for lab in LABELS if lab not in sources)
    return _SINKS


_SINKS: frozenset[str] | None = None


def default_direction(node: Node) -> str:
    """``out`` (what the entity reaches), or ``in`` for an entity whose label is never the
    start of a relationship (a District: what reaches it)."""
    return "in" if node.label in _sink_labels() else "out"


def _path_dicts(page: list[list[Node | Edge]], kinds: SourceKinds | None = None,
                validity: Validity | None = None, as_of: str | None = None) -> list[list[dict[str, Any]]]:
    """The paths as JSON-ready dicts; a node or edge on many paths is converted once (a page
    of 1,000 six-hop paths names a few hundred distinct edges ~6,000 times). Evidence carries
    its source kind; a measure says its validity."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[str, dict[str, Any]] = {}
    if kinds is not None:  # every document of the page in one store read (one round trip on Neo4j), not one per edge
        kinds.of(ev.document for p in page for x in p if isinstance(x, Edge) for ev in x.evidence)
    out = []
    for p in page:
        row = []
        for x in p:
            if isinstance(x, Node):
                d = nodes.get(x.id)
                if d is None:
                    d = nodes[x.id] = node_brief(x)
                    if validity is not None and x.label == "Measure" and x.props.get("policy"):
                        d["validity"] = validity.brief(x.props["policy"], as_of)
            else:
                k = x.key
                d = edges.get(k)
                if d is None:
                    d = edges[k] = edge_dict(x, kinds)
            row.append(d)
        out.append(row)
    return out


def impact(store: GraphStore, source: str, to: str | None = None, max_hops: int = 3, limit: int = 50,
           offset: int = 0, direction: str | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Paths from ``source`` to a label or an entity, shortest first, a page at a time.

    Bounded so that no request can stall the service: ``offset + limit`` is at most
    ``MAX_PATH_WINDOW``, and the search stops at a budget of steps and time
    (medgraph.store.pathsearch.Budget); ``truncated`` then says that longer or further
    paths than those returned may exist. ``direction`` None = ``default_direction``."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise BadRequest(f"max_hops must be between 1 and {MAX_HOPS}, got {max_hops}")
    if direction is not None and direction not in ("out", "in", "both"):
        raise BadRequest(f"direction must be out, in or both, got {direction!r}")
    if limit < 1 or offset < 0:
        raise BadRequest(f"limit must be at least 1 and offset at least 0, got limit={limit}, offset={offset}")
    if offset + limit > MAX_PATH_WINDOW:
        raise BadRequest(f"offset + limit must be at most {MAX_PATH_WINDOW} (got {offset} + {limit} = {offset + limit}): "
                         "narrow the question with `to` (a label or an entity) or fewer max_hops instead of paging further")
    start = resolve_entity(store, source)
    direction = direction or default_direction(start)
    to_label = to_id = None
    if to:
        from medgraph.models import LABELS

        if to in LABELS:
            to_label = to
        else:
            to_id = resolve_entity(store, to).id
    search = getattr(store, "path_search", None)
    if search is not None:
        res = search(start.id, to_label, to_id, max_hops, limit, direction, offset=offset, budget=Budget())
        page, truncated, has_more = res.paths, res.truncated, res.has_more
    else:  # a store without the bounded search: its paths(), sliced
        paths = store.paths(start.id, to_label=to_label, to_id=to_id, max_hops=max_hops, limit=offset + limit + 1,
                            direction=direction)
        page, truncated, has_more = paths[offset:offset + limit], False, len(paths) > offset + limit
    validity = Validity(store)
    dropped = 0
    if as_of:
        def in_force(p) -> bool:
            for x in p:
                if isinstance(x, Node) and x.label in ("Measure", "Policy"):
                    pid = x.id if x.label == "Policy" else x.props.get("policy", "")
                    if pid and not validity.in_force(pid, as_of):
                        return False
            return True
        kept = [p for p in page if in_force(p)]
        dropped, page = len(page) - len(kept), kept
    # keys in the response model's order: the API sends this dict as it is (tests/api/test_fast_reads.py)
    out = {
        "from": node_brief(start),
        "to": to_label or to_id,
        "direction": direction,
        "paths": _path_dicts(page, SourceKinds(store), validity, as_of),
        "offset": offset,
        "limit": limit,
        "has_more": has_more,
        "truncated": truncated,
    }
    if as_of:
        out["as_of"] = as_of
        out["not_in_force"] = dropped
    return out


def search(store: GraphStore, text: str, label: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    if not text or not text.strip():
        raise BadRequest("search text must not be empty")
    return [node_brief(n) | {"aliases": n.aliases} for n in store.search(variants(text), label=label, limit=limit)]


def public_node(n: Node) -> dict[str, Any]:
    """A node as answers show it: a ``path`` prop (a Document's source file, the catalog's
    YAML) keeps only the file name. The server's folders say nothing about the policy and
    tell a caller where the service's files live; the id and sha256 identify the file."""
    d = n.model_dump()
    path = d["props"].get("path")
    if isinstance(path, str) and ("/" in path or "\\" in path):
        d["props"] = {**d["props"], "path": PureWindowsPath(path).name}
    return d


def entity(store: GraphStore, node_id: str) -> dict[str, Any]:
    n = store.get_node(node_id)
    if n is None:
        close = store.search(variants(node_id), limit=5)
        raise NotFound(f"no entity with id {node_id!r}", [node_brief(c) for c in close])
    out_edges = store.edges(source=node_id)
    in_edges = store.edges(target=node_id)
    kinds = SourceKinds(store)
    return {**public_node(n), "degree": len(out_edges) + len(in_edges),
            "out": [edge_dict(e, kinds) for e in out_edges], "in": [edge_dict(e, kinds) for e in in_edges]}


def neighborhood(store: GraphStore, node_id: str, depth: int = 1, limit: int = 200) -> dict[str, Any]:
    if not 1 <= depth <= 3:
        raise BadRequest(f"depth must be 1, 2 or 3, got {depth}")
    if store.get_node(node_id) is None:
        raise NotFound(f"no entity with id {node_id!r}", [node_brief(c) for c in store.search(variants(node_id), limit=5)])
    nodes, edges = store.neighborhood(node_id, depth=depth, limit=limit)
    kinds = SourceKinds(store)
    return {"nodes": [public_node(n) for n in nodes], "edges": [edge_dict(e, kinds) | {"key": e.key} for e in edges]}


def measure_table(store: GraphStore, policy: str = "", as_of: str | None = None) -> list[dict[str, Any]]:
    """Every measure with its leads and validity: the table analysts check first
    (``as_of``: only the measures in force on that date)."""
    as_of = _as_of(as_of)
    validity = Validity(store)
    rows = []
    for m in store.nodes("Measure"):
        if not _policy_matches(store, policy, m.props.get("policy", "")):
            continue
        if not validity.in_force(m.props.get("policy", ""), as_of):
            continue
        leads = []
        for e in store.edges(target=m.id, type="LEADS"):
            if e.props.get("role", "lead") == "lead":
                b = store.get_node(e.source)
                leads.append({"id": e.source, "name": b.name if b else e.source, "basis": basis(e)})
        support = [e.source for e in store.edges(target=m.id, type="LEADS") if e.props.get("role", "lead") != "lead"]
        districts = sorted({e.target for e in store.edges(source=m.id, type="TARGETS") if e.target.startswith("district-")})
        rows.append({**measure_brief(store, m, validity, as_of), "lead": sorted(leads, key=lambda x: x["id"]),
                     "support": sorted(support), "districts": districts})
    rows.sort(key=lambda r: (r["policy"] or "", r["number"] or 0))
    return rows


def overview(store: GraphStore) -> dict[str, Any]:
    """What the landing page shows before anyone types: the policies with their measure
    counts and validity, the places with the most products and platforms located there,
    and the counts per label."""
    validity = Validity(store)
    measures: dict[str, int] = {}
    for m in store.nodes("Measure"):
        measures[m.props.get("policy", "")] = measures.get(m.props.get("policy", ""), 0) + 1
    policies = []
    for p in store.nodes("Policy"):
        if p.id in measures:
            policies.append({**node_brief(p), "measures": measures[p.id], "year": p.props.get("year"),
                             "doc_number": p.props.get("doc_number"), "validity": validity.brief(p.id)})
    policies.sort(key=lambda x: (-(x["year"] or 0), x["id"]))
    labels: dict[str, str] = {}
    places: dict[str, dict[str, Any]] = {}
    for e in store.edges(type="LOCATED_IN"):
        if e.source not in labels:
            n = store.get_node(e.source)
            labels[e.source] = n.label if n else ""
        kind = labels[e.source]
        if kind not in ("Product", "Platform", "Organization"):
            continue
        row = places.setdefault(e.target, {"Product": 0, "Platform": 0, "Organization": 0})
        row[kind] += 1
    top = []
    for pid, c in places.items():
        n = store.get_node(pid)
        if n is not None:
            top.append({**node_brief(n), "products": c["Product"], "platforms": c["Platform"], "organizations": c["Organization"]})
    top.sort(key=lambda x: (-(x["products"] + x["platforms"]), x["id"]))
    return {"policies": policies, "places": top[:12], "counts": store.counts()}
