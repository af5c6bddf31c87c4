"""The researcher queries of ``cypher/`` as data: a title, a description and typed
parameters with examples, read from each file's header (the way Datasette's canned queries
and Bloom's search phrases are data, not code).

A file is a researcher query when its header has ``// title:``; the other files there are
the store's own statements (upserts, retractions) and are not listed. Header lines::

    // title: Who owns a measure
    // description: The bureaus that lead and support measure $number of policy $policy, …
    // param: policy string policy-bj-measures-2026 | the policy's id
    // param: number integer 17 | the measure's number in that policy

Types: ``string``, ``integer``, ``float``, ``boolean``. On Neo4j a query runs as it is
written (read-only, bounded: the /cypher path). On the embedded store the queries that have
a store function answer through it (``EMBEDDED``); the others answer 501 with how to get Neo4j.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Callable

from medgraph.resources import asset_dir

TYPES: dict[str, type] = {"string": str, "integer": int, "float": float, "boolean": bool}
_HEADER = re.compile(r"^//\s*(title|description|param)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s+(?P<example>\S+)\s*(?:\|\s*(?P<doc>.*))?$")


class QueryError(ValueError):
    """Bad parameters for a named query (the caller answers 422 with the message)."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: Any
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""

    def listing(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "description": self.description,
                "params": [asdict(p) for p in self.params], "embedded": self.name in EMBEDDED,
                "cypher": self.text}

    def coerce(self, given: dict[str, Any]) -> dict[str, Any]:
        """The parameters, typed; unknown or missing ones are a QueryError naming them."""
        known = {p.name: p for p in self.params}
        extra = sorted(set(given) - set(known))
        if extra:
            raise QueryError(f"{self.name} has no parameter {', '.join(extra)}; its parameters: "
                             f"{', '.join(known) or 'none'}")
        out = {}
        for p in self.params:
            if p.name not in given:
                raise QueryError(f"{self.name} needs parameter {p.name!r} ({p.type}, e.g. {p.example!r})")
            v = given[p.name]
            want = TYPES[p.type]
            if want is int and isinstance(v, str) and v.strip().lstrip("-").isdigit():
                v = int(v)
            if want is float and isinstance(v, (int, str)) and not isinstance(v, bool):
                try:
                    v = float(v)
                except ValueError:
                    pass
            if not isinstance(v, want) or (want is int and isinstance(v, bool)):
                raise QueryError(f"parameter {p.name!r} of {self.name} must be {p.type}, got {v!r}")
            out[p.name] = v
        return out


def _parse(name: str, text: str) -> NamedQuery | None:
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            fields[m.group(1)].append(m.group(2).strip())
        elif line.strip() and not line.strip().startswith("//"):
            break
    if not fields["title"]:
        return None
    params = []
    for raw in fields["param"]:
        m = _PARAM.match(raw)
        if not m or m.group("type") not in TYPES:
            raise ValueError(f"cypher/{name}.cypher: bad '// param:' line {raw!r} (want: NAME TYPE EXAMPLE | text)")
        ex: Any = m.group("example")
        ex = TYPES[m.group("type")](ex) if m.group("type") in ("integer", "float") else ex
        params.append(Param(m.group("name"), m.group("type"), ex, (m.group("doc") or "").strip()))
    return NamedQuery(name=name, title=" ".join(fields["title"]), description=" ".join(fields["description"]),
                      params=params, text=text)


@lru_cache(maxsize=1)
def catalogue() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(asset_dir("cypher").glob("*.cypher")):
        q = _parse(path.stem, path.read_text(encoding="utf-8"))
        if q is not None:
            out[q.name] = q
    return out


def get(name: str) -> NamedQuery:
    cat = catalogue()
    if name not in cat:
        raise KeyError(name)
    return cat[name]


# -- the embedded store: the same questions through the store functions ---------------------
def _owner(store, p):
    from medgraph import queries

    return queries.owners(store, str(p["number"]), policy=p["policy"])


def _reaches(store, p):
    from medgraph import queries

    return queries.impact(store, p["id"], max_hops=3, direction="in", limit=100)


def _by_bureau(store, p):
    rows = []
    for e in store.edges(source=p["bureau"], type="LEADS"):
        m = store.get_node(e.target)
        if m is None or m.label != "Measure":
            continue
        ev = e.evidence[0] if e.evidence else None
        rows.append({"policy": m.props.get("policy"), "number": m.props.get("number"), "measure": m.id,
                     "heading": m.props.get("heading", m.name), "role": e.props.get("role", "lead"),
                     "basis": ev.method if ev else None, "first_quote": ev.quote if ev else None,
                     "document": ev.document if ev else None})
    rows.sort(key=lambda r: (r["policy"] or "", r["number"] or 0, r["role"]))
    return {"rows": rows}


def _within(store, p):
    from medgraph import queries

    if not 1 <= p["hops"] <= 3:
        raise QueryError(f"hops must be 1, 2 or 3, got {p['hops']}")
    return queries.neighborhood(store, p["id"], depth=p["hops"], limit=500)


def _funds(store, p):
    rows = []
    for f in store.nodes("Fund"):
        parents = [store.get_node(e.target) for e in store.edges(source=f.id, type="PART_OF")]
        funded = store.edges(source=f.id, type="FUNDS") or [None]
        for e in funded:
            x = store.get_node(e.target) if e is not None else None
            rows.append({"fund": f.id, "name": f.name, "amount_yi": f.props.get("amount_yi"),
                         "part_of": next((q.name for q in parents if q is not None), None),
                         "funds_id": x.id if x else None, "funds_label": x.label if x else None,
                         "funds_name": x.name if x else None,
                         "quote": e.evidence[0].quote if e is not None and e.evidence else None})
    return {"rows": rows}


def _changed(store, p):
    from medgraph import editions

    return editions.diff(store, p["older"], p["newer"])


def _behind(store, p):
    from medgraph import queries

    kinds = queries.SourceKinds(store)
    edges = store.edges(source=p["source"], target=p["target"]) + store.edges(source=p["target"], target=p["source"])
    return {"edges": [queries.edge_dict(e, kinds) for e in edges]}


def _where_is(store, p):
    from medgraph import queries

    return queries.impact(store, p["id"], "District", max_hops=2, direction="out")


def _targets(store, p):
    from medgraph import queries

    ent = queries.entity(store, p["id"])
    return {"targets": [e for e in ent["out"] if e["type"] == "TARGETS"]}


def _policy_measures(store, p):
    from medgraph import queries

    return {"rows": queries.measure_table(store, p["policy"])}


EMBEDDED: dict[str, Callable[[Any, dict[str, Any]], Any]] = {
    "where_is": _where_is, "measure_targets": _targets, "policy_measures": _policy_measures,
    "owner_of_measure": _owner, "what_reaches": _reaches, "measures_by_bureau": _by_bureau,
    "within_hops_of_place": _within, "funds_and_what_they_fund": _funds,
    "measures_changed_between_editions": _changed, "documents_behind_fact": _behind,
}
