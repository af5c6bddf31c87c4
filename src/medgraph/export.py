"""Whole-graph exports that work on ANY GraphStore (they only call nodes() and edges()).

* ``export_json(store)`` → ``{"nodes": [Node.model_dump()…], "edges": [Edge.model_dump()…]}``
  (nodes sorted by id, edges by key; the edge key itself is derivable from source/type/target/role).
* ``export_graphml(store, path)`` → a GraphML file that opens in Gephi: every attribute is a
  primitive. Node attributes: ``label`` (= the node's name, what Gephi displays), ``node_type``
  (the medgraph label: Measure, Bureau…), ``name``, ``aliases`` and ``documents`` (JSON
  lists) and each property under its own name (``prop_<name>`` if it clashes with one of
  these); a property whose values mix types across nodes is written as JSON text, ints
  mixed with floats become floats. Edge attributes: ``label`` and ``type`` (the
  relationship type), ``edge_key`` (Edge.key, also the GraphML edge id), ``weight`` (number of evidence items),
  ``evidence`` and ``documents`` (JSON), and the properties (``role``…).
  Time: a Policy and each of its Measures carry ``start`` / ``end`` (ISO dates, when known:
  medgraph.validity), the attributes Gephi's GraphML importer reads as a node's or an
  edge's time interval, so the editions play as a timeline; an edge lives while both its
  ends do. A measure's character offsets are therefore written as ``prop_start`` /
  ``prop_end``.
* ``export_csv(store, folder)`` → ``nodes.csv`` (id, label, name, aliases, documents, props)
  and ``edges.csv`` (key, source, target, type, props, documents, evidence); lists and
  dicts are JSON in their cell. UTF-8 with a byte-order mark so Excel shows the Chinese.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from medgraph.store.base import GraphStore

NODE_RESERVED = {"label", "node_type", "name", "aliases", "documents", "start", "end"}
EDGE_RESERVED = {"label", "type", "edge_key", "weight", "evidence", "documents", "start", "end"}


def _json(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def export_json(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    return {
        "nodes": [n.model_dump(mode="json") for n in store.nodes()],
        "edges": [e.model_dump(mode="json") for e in store.edges()],
    }


def _unify(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Per property name, how to write it: 'keep', 'float' or 'json' (GraphML wants one type per key)."""
    kinds: dict[str, set[type]] = {}
    for props in rows:
        for k, v in props.items():
            if v is None:
                continue
            kinds.setdefault(k, set()).add(type(v))
    plan = {}
    for k, ts in kinds.items():
        if len(ts) == 1 and next(iter(ts)) in (str, int, float, bool):
            plan[k] = "keep"
        elif ts <= {int, float}:
            plan[k] = "float"
        else:
            plan[k] = "json"
    return plan


def _prop_attrs(props: dict[str, Any], plan: dict[str, str], reserved: set[str]) -> dict[str, Any]:
    out = {}
    for k, v in props.items():
        if v is None:
            continue
        name = f"prop_{k}" if k in reserved else k
        how = plan[k]
        out[name] = v if how == "keep" else float(v) if how == "float" else _json(v)
    return out


def time_intervals(store: GraphStore, nodes) -> dict[str, tuple[str | None, str | None]]:
    """Node id → (start, end) for policies and their measures whose validity is known."""
    from medgraph.validity import Validity

    v = Validity(store)
    out: dict[str, tuple[str | None, str | None]] = {}
    for n in nodes:
        pid = n.id if n.label == "Policy" else n.props.get("policy") if n.label == "Measure" else None
        if pid:
            b = v.policy(pid)
            if b["from"] or b["to"]:
                out[n.id] = (b["from"], b["to"])
    return out


def _interval(*spans: tuple[str | None, str | None] | None) -> dict[str, str]:
    starts = [s[0] for s in spans if s and s[0]]
    ends = [s[1] for s in spans if s and s[1]]
    out = {}
    if starts:
        out["start"] = max(starts)
    if ends:
        out["end"] = min(ends)
    return out


def export_graphml(store: GraphStore, path: str | Path) -> Path:
    nodes, edges = store.nodes(), store.edges()
    times = time_intervals(store, nodes)
    g = nx.MultiDiGraph()
    nplan = _unify([n.props for n in nodes])
    for n in nodes:
        g.add_node(n.id, label=n.name, node_type=n.label, name=n.name, aliases=_json(n.aliases),
                   documents=_json(n.documents), **_prop_attrs(n.props, nplan, NODE_RESERVED),
                   **_interval(times.get(n.id)))
    eplan = _unify([e.props for e in edges])
    for e in edges:
        g.add_edge(e.source, e.target, key=e.key, edge_key=e.key, label=e.type, type=e.type, weight=float(len(e.evidence)),
                   evidence=_json([ev.model_dump(mode="json") for ev in e.evidence]),
                   documents=_json(e.documents), **_prop_attrs(e.props, eplan, EDGE_RESERVED),
                   **_interval(times.get(e.source), times.get(e.target)))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
    return out


def export_csv(store: GraphStore, folder: str | Path) -> tuple[Path, Path]:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    npath, epath = out / "nodes.csv", out / "edges.csv"
    with open(npath, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "label", "name", "aliases", "documents", "props"])
        for n in store.nodes():
            w.writerow([n.id, n.label, n.name, _json(n.aliases), _json(n.documents), _json(n.props)])
    with open(epath, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "source", "target", "type", "props", "documents", "evidence"])
        for e in store.edges():
            w.writerow([e.key, e.source, e.target, e.type, _json(e.props), _json(e.documents),
                        _json([ev.model_dump(mode="json") for ev in e.evidence])])
    return npath, epath
