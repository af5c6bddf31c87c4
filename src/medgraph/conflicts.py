"""Facts on which documents disagree, each value with its sources, most authoritative first.

Two kinds:
- a value claimed for an entity (extract.claims: a park's area, a fund's size, a founding
  year): documents that state different values;
- where an entity is (LOCATED_IN): places that cannot both hold, stated by different
  documents (one document naming several places describes several sites). Nested or overlapping places
  are not a conflict: a town inside its district, a park inside a development zone, a zone
  that spans parts of several districts. The gazetteer says which places overlap: the
  catalog's ``overlaps`` on a zone, and LOCATED_IN between places (a town in a district).

Each value lists its sources ``{document, source_kind, quote, start, end, method}``; values
are ordered by their most authoritative source (official, interpretation, curated, news,
analysis), then by how many documents state them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from medgraph.extract.source_kind import AUTHORITY
from medgraph.queries import SourceKinds, node_brief
from medgraph.store.base import GraphStore

PLACE_LABELS = {"District"}
ATTRIBUTE_WORDS = {"area_km2": "area (km²)", "size_yi": "size (亿元)", "founded_year": "founded (year)",
                   "located_in": "located in"}


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))
    return a == b


class Gazetteer:
    """Which places contain or overlap which: LOCATED_IN between places, and ``overlaps``."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._up: dict[str, set[str]] = {}
        self._overlaps: dict[str, set[str]] = defaultdict(set)
        for n in store.nodes("District"):
            for other in n.props.get("overlaps") or []:
                self._overlaps[n.id].add(other)
                self._overlaps[other].add(n.id)
        self._parents: dict[str, set[str]] = defaultdict(set)
        for e in store.edges(type="LOCATED_IN"):
            src = store.get_node(e.source)
            if src is not None and src.label in PLACE_LABELS:
                self._parents[e.source].add(e.target)

    def ancestors(self, place: str) -> set[str]:
        """The place and every place it lies in, transitively."""
        if place not in self._up:
            seen, todo = {place}, [place]
            while todo:
                for p in self._parents.get(todo.pop(), ()):
                    if p not in seen:
                        seen.add(p)
                        todo.append(p)
            self._up[place] = seen
        return self._up[place]

    def compatible(self, a: str, b: str) -> bool:
        """True when one place can be in both: the same, nested, or overlapping (at any level)."""
        ua, ub = self.ancestors(a), self.ancestors(b)
        if a in ub or b in ua:
            return True
        return any(y in self._overlaps.get(x, ()) for x in ua for y in ub)


def _order(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for v in values:
        v["sources"].sort(key=lambda s: (AUTHORITY.get(s["source_kind"], 9), s["document"], s["start"]))
        v["best_source_kind"] = v["sources"][0]["source_kind"] if v["sources"] else ""
    return sorted(values, key=lambda v: (AUTHORITY.get(v["best_source_kind"], 9),
                                         -len({s["document"] for s in v["sources"]}), str(v["value"])))


def value_conflicts(store: GraphStore, kinds: SourceKinds) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for doc in store.nodes("Document"):
        for c in doc.props.get("claims") or []:
            values = groups[(c["entity"], c["attribute"])]
            slot = next((v for v in values if _same(v["value"], c["value"])), None)
            if slot is None:
                slot = {"value": c["value"], "as_written": [], "sources": []}
                values.append(slot)
            if c.get("text") and c["text"] not in slot["as_written"]:
                slot["as_written"].append(c["text"])
            slot["sources"].append({"document": doc.id, "quote": c["quote"], "start": c["start"], "end": c["end"],
                                    "method": "explicit"})
    out = []
    for (entity, attribute), values in sorted(groups.items()):
        if len(values) < 2:
            continue
        kind_of = kinds.of(s["document"] for v in values for s in v["sources"])
        for v in values:
            for s in v["sources"]:
                s["source_kind"] = kind_of.get(s["document"], "")
        node = store.get_node(entity)
        out.append({"entity": node_brief(node) if node else {"id": entity}, "attribute": attribute,
                    "attribute_words": ATTRIBUTE_WORDS.get(attribute, attribute), "values": _order(values)})
    return out


def place_conflicts(store: GraphStore, kinds: SourceKinds) -> list[dict[str, Any]]:
    gaz = Gazetteer(store)
    places: dict[str, list] = defaultdict(list)
    for e in store.edges(type="LOCATED_IN"):
        places[e.source].append(e)
    out = []
    for entity, edges in sorted(places.items()):
        if len(edges) < 2:
            continue
        node = store.get_node(entity)
        if node is None or node.label in PLACE_LABELS:
            continue  # places nested in places are the gazetteer itself
        # two places clash when they cannot both hold and no document states both (one
        # source naming several places describes several sites, not a disagreement)
        docs = {e.target: {ev.document for ev in e.evidence} for e in edges}
        targets = list(docs)
        clash = any(not gaz.compatible(a, b) and not docs[a] & docs[b]
                    for i, a in enumerate(targets) for b in targets[i + 1:])
        if not clash:
            continue
        kind_of = kinds.of(ev.document for e in edges for ev in e.evidence)
        values = []
        for e in edges:
            place = store.get_node(e.target)
            values.append({"value": e.target, "name": place.name if place else e.target, "sources": [
                {"document": ev.document, "source_kind": kind_of.get(ev.document, ""), "quote": ev.quote,
                 "start": ev.start, "end": ev.end, "method": ev.method} for ev in e.evidence]})
        out.append({"entity": node_brief(node), "attribute": "located_in",
                    "attribute_words": ATTRIBUTE_WORDS["located_in"], "values": _order(values)})
    return out


def conflicts(store: GraphStore, entity: str | None = None) -> dict[str, Any]:
    """``{"conflicts": [...]}``: every fact documents disagree on (of one entity, if given)."""
    kinds = SourceKinds(store)
    items = value_conflicts(store, kinds) + place_conflicts(store, kinds)
    if entity:
        items = [c for c in items if c["entity"].get("id") == entity]
    items.sort(key=lambda c: (c["entity"].get("id", ""), c["attribute"]))
    return {"conflicts": items, "count": len(items)}
