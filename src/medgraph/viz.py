"""Pure rendering of graph views to self-contained HTML (pyvis data, vis-network drawing).

No store access here: callers pass what ``medgraph.queries`` returned (dicts) or model
objects. Styling comes from ``viz/style.yaml``; page templates from ``viz/templates``.

Offline by construction: the vis-network script and stylesheet are the copies pyvis ships
in its package. ``assets="inline"`` (the default, used by ``medgraph viz -o``) puts them
inside the page so the file opens from disk; ``assets="/static/vis"`` (the API) makes the
page load them from that URL prefix. Nothing is ever fetched from a CDN.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any, Iterable, Mapping

import yaml

from medgraph.models import METHOD_RANK
from medgraph.resources import asset

VIS_VERSION = "9.1.2"
VIS_FILES = ("vis-network.min.js", "vis-network.css")

__all__ = [
    "style", "vis_asset", "render_neighborhood", "render_paths", "render_chain", "cap",
    "NEIGHBORHOOD_VIEWS",
]

NEIGHBORHOOD_VIEWS = ("neighborhood", "chain", "impact")


# --- assets ------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def style() -> dict[str, Any]:
    """viz/style.yaml, parsed."""
    return yaml.safe_load(asset("viz", "style.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _template(name: str) -> str:
    return asset("viz", "templates", name).read_text(encoding="utf-8")


def vis_asset(name: str) -> Path:
    """Path of a vis-network file shipped inside the pyvis package (never a CDN)."""
    if name not in VIS_FILES:
        raise FileNotFoundError(name)
    import pyvis

    root = Path(pyvis.__file__).resolve().parent
    for candidate in (root / "templates" / "lib" / f"vis-{VIS_VERSION}" / name,
                      root / "lib" / f"vis-{VIS_VERSION}" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"vis-network {VIS_VERSION} {name} not found in the pyvis package at {root}; "
                            "reinstall pyvis 0.3.2")


@lru_cache(maxsize=None)
def _vis_text(name: str) -> str:
    return vis_asset(name).read_text(encoding="utf-8")


def _vis_head(assets: str) -> str:
    if assets == "inline":
        # a literal "</script" inside the library would end the element early
        js = _vis_text("vis-network.min.js").replace("</script", "<\\/script")
        css = _vis_text("vis-network.css").replace("</style", "<\\/style")
        return f"<style>{css}</style>\n<script>{js}</script>"
    prefix = html.escape(assets.rstrip("/"), quote=True)
    return (f'<link rel="stylesheet" href="{prefix}/vis-network.css">\n'
            f'<script src="{prefix}/vis-network.min.js"></script>')


# --- helpers -----------------------------------------------------------------------------
def _as_dict(x: Any) -> dict[str, Any]:
    if isinstance(x, Mapping):
        return dict(x)
    if hasattr(x, "model_dump"):
        d = x.model_dump()
        if "evidence" in d and hasattr(x, "key"):
            d["key"] = x.key
        return d
    raise TypeError(f"cannot draw {type(x).__name__}")


def _label_style(label: str) -> dict[str, Any]:
    s = style()
    return {**s["default_label"], **(s["labels"].get(label) or {})}


def _edge_style(etype: str, role: str | None = None) -> dict[str, Any]:
    s = style()
    if etype == "LEADS" and role == "support":
        return {**s["default_edge"], **s["support_edge"]}
    return {**s["default_edge"], **(s["edges"].get(etype) or {})}


def _short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _first_quote(evidence: Iterable[Mapping[str, Any]] | None) -> dict[str, Any] | None:
    """The evidence a reader should see first: explicit, then catalog, then rule."""
    ev = sorted((e for e in (evidence or []) if e.get("quote")),
                key=lambda e: (METHOD_RANK.get(e.get("method", "rule"), 3), -float(e.get("confidence", 0) or 0)))
    return ev[0] if ev else None


def _quote_html(ev: Mapping[str, Any] | None, limit: int = 160) -> str:
    if not ev:
        return ""
    src = f"{ev.get('document', '')} [{ev.get('start', '')}:{ev.get('end', '')}] · {ev.get('method', '')}"
    return (f"<blockquote>“{html.escape(_short(ev['quote'], limit))}”</blockquote>"
            f"<div class=\"tt-src\">{html.escape(src)}</div>")


def _node_tooltip(node: Mapping[str, Any], evidence: Mapping[str, Any] | None) -> str:
    label = node.get("label", "")
    parts = [f"<div class=\"tt-name\">{html.escape(str(node.get('name', node.get('id', ''))))}</div>",
             f"<div class=\"tt-label\">{html.escape(str(label))} · {html.escape(str(node.get('id', '')))}</div>"]
    props = node.get("props") or {}
    if label == "Measure" and props.get("heading") and props.get("heading") != node.get("name"):
        parts.append(f"<div>{html.escape(_short(props['heading'], 120))}</div>")
    parts.append(_quote_html(evidence))
    return "".join(parts)


def _edge_tooltip(edge: Mapping[str, Any], names: Mapping[str, str]) -> str:
    role = (edge.get("props") or {}).get("role")
    head = f"{names.get(edge['source'], edge['source'])} —{edge['type']}{'/' + role if role else ''}→ {names.get(edge['target'], edge['target'])}"
    n = len(edge.get("evidence") or [])
    more = f"<div class=\"tt-src\">{n} piece(s) of evidence</div>" if n > 1 else ""
    return f"<div class=\"tt-name\">{html.escape(head)}</div>{_quote_html(_first_quote(edge.get('evidence')))}{more}"


def _node_evidence(node_id: str, edges: list[dict[str, Any]], extra: Mapping[str, Any] | None = None) -> dict | None:
    """First evidence quote of a node: from what the caller attached, else from its edges."""
    if extra and extra.get(node_id):
        return _first_quote(extra[node_id])
    best = _first_quote([ev for e in edges if node_id in (e["source"], e["target"]) for ev in (e.get("evidence") or [])])
    return best


def _legend(labels: Iterable[str], types: Iterable[tuple[str, str | None]]) -> str:
    labels = [lb for lb in style()["labels"] if lb in set(labels)] + sorted(set(labels) - set(style()["labels"]))
    out = ["<h2>nodes</h2><ul class=\"mg-legend-labels\">"]
    for lb in labels:
        st = _label_style(lb)
        out.append(f"<li data-label=\"{html.escape(lb)}\"><span class=\"mg-swatch shape-{html.escape(st['shape'])}\" "
                   f"style=\"background:{html.escape(st['color'])}\"></span>{html.escape(st.get('title') or lb)}</li>")
    out.append("</ul>")
    types = sorted(set(types), key=lambda t: (t[0], t[1] or ""))
    if types:
        out.append("<h2>relationships</h2><ul class=\"mg-legend-edges\">")
        for t, role in types:
            st = _edge_style(t, role)
            name = f"{t} ({role})" if role else t
            dashed = " dashed" if st.get("dashes") else ""
            out.append(f"<li data-type=\"{html.escape(t)}\"><span class=\"mg-line{dashed}\" "
                       f"style=\"border-color:{html.escape(st['color'])}\"></span>{html.escape(name)}</li>")
        out.append("</ul>")
    return "".join(out)


def _json_for_script(data: Any) -> str:
    """JSON that can sit inside <script type=application/json> whatever the strings hold."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _physics_options(n_nodes: int, hierarchical: bool) -> dict[str, Any]:
    interaction = {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False}
    edges = {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": {"type": "continuous"},
             "font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3, "strokeColor": "#ffffff"}}
    nodes = {"font": {"size": 13, "face": "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"},
             "borderWidth": 1, "widthConstraint": {"maximum": 180}}
    if hierarchical:
        return {"layout": {"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                            "levelSeparation": 110, "nodeSpacing": 190}},
                "physics": {"enabled": False}, "interaction": interaction, "edges": edges, "nodes": nodes}
    iterations = 300 if n_nodes <= 150 else 150
    return {
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.25, "springLength": 140,
                          "springConstant": 0.03, "damping": 0.4, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
            "minVelocity": 0.75,
        },
        "interaction": interaction, "edges": edges, "nodes": nodes, "layout": {"improvedLayout": n_nodes <= 150},
    }


def cap(nodes: list[Any], edges: list[Any], limit: int) -> tuple[list[dict], list[dict], int]:
    """The first ``limit`` nodes (they come nearest first), the edges among them, and the
    total before capping."""
    ns = [_as_dict(n) for n in nodes]
    total = len(ns)
    ns = ns[:max(limit, 1)]
    inside = {n["id"] for n in ns}
    es = [e for e in (_as_dict(e) for e in edges) if e["source"] in inside and e["target"] in inside]
    return ns, es, total


# --- the one renderer all views share ----------------------------------------------------
def _render(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], *, title: str, view: str,
            center_id: str | None = None, total: int | None = None, banner: str = "",
            hierarchical: bool = False, assets: str = "inline", node_evidence: Mapping[str, Any] | None = None,
            levels: Mapping[str, int] | None = None, edge_roles_dashed: bool = True) -> str:
    from pyvis import __version__ as pyvis_version
    from pyvis.network import Network

    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line", heading="")
    names = {n["id"]: str(n.get("name") or n["id"]) for n in nodes}
    for n in nodes:
        st = _label_style(n.get("label", ""))
        opts: dict[str, Any] = {
            "label": _short(names[n["id"]], 28),
            "title": _node_tooltip(n, _node_evidence(n["id"], edges, node_evidence)),
            "shape": st["shape"], "size": st.get("size", 16),
            "color": {"background": st["color"], "border": st["color"],
                      "highlight": {"background": st["color"], "border": "#111111"},
                      "hover": {"background": st["color"], "border": "#111111"}},
            "mgLabel": n.get("label", ""),  # not "group": pyvis drops the colour of grouped nodes
        }
        if st["shape"] in ("box", "ellipse", "database", "circle", "text"):
            opts["font"] = {"color": st.get("font", "#1b1b1b")}
        if center_id is not None and n["id"] == center_id:
            c = style().get("center", {})
            opts["borderWidth"] = c.get("border_width", 4)
            opts["color"]["border"] = c.get("border", "#111111")
            opts["font"] = {**opts.get("font", {}), "size": 16}
        if levels and n["id"] in levels:
            opts["level"] = levels[n["id"]]
        net.add_node(n["id"], **opts)
    seen_types: set[tuple[str, str | None]] = set()
    for e in edges:
        if e["source"] not in names or e["target"] not in names:
            continue
        role = (e.get("props") or {}).get("role")
        st = _edge_style(e["type"], role)
        seen_types.add((e["type"], role if e["type"] == "LEADS" and role == "support" else None))
        net.add_edge(e["source"], e["target"], label=e["type"] if not role or role == "lead" else f"{e['type']}·{role}",
                     title=_edge_tooltip(e, names), color={"color": st["color"], "highlight": st["color"]},
                     dashes=bool(st.get("dashes")), width=2 if e["type"] in ("LEADS", "REPORTS_TO") else 1)
    net.options = _physics_options(len(nodes), hierarchical)
    vnodes, vedges, _heading, _h, _w, options = net.get_network_data()

    shown = len(vnodes)
    if total is not None and total > shown:
        banner_text = f"showing {shown} of {total} nodes" + (f" — {banner}" if banner else "")
        banner_class = "capped"
    else:
        banner_text, banner_class = banner, ""
    data = {"nodes": vnodes, "edges": vedges, "options": json.loads(options), "center": center_id, "view": view,
            "shown": shown, "total": total if total is not None else shown}
    return Template(_template("network.html")).substitute(
        title=html.escape(title), banner=html.escape(banner_text), banner_class=banner_class,
        legend=_legend([n.get("label", "") for n in nodes], seen_types),
        data=_json_for_script(data), css=_template("network.css"),
        js=_template("network.js").replace("</script", "<\\/script"),
        vis_head=_vis_head(assets), pyvis_version=html.escape(pyvis_version), vis_version=VIS_VERSION,
    )


# --- public views ------------------------------------------------------------------------
def render_neighborhood(nodes: list[Any], edges: list[Any], center_id: str, total: int | None = None,
                        title: str | None = None, depth: int | None = None, assets: str = "inline") -> str:
    """An entity and what lies within ``depth`` hops: ``nodes``/``edges`` as
    ``queries.neighborhood`` returns them. ``total`` > len(nodes) shows the
    "showing N of M nodes" banner."""
    ns = [_as_dict(n) for n in nodes]
    es = [_as_dict(e) for e in edges]
    center = next((n for n in ns if n["id"] == center_id), None)
    if title is None:
        name = center.get("name", center_id) if center else center_id
        title = f"{name} — neighbourhood" + (f" (depth {depth})" if depth else "")
    return _render(ns, es, title=title, view="neighborhood", center_id=center_id, total=total,
                   banner=f"{len(ns)} nodes, {len(es)} relationships" if total is None or total <= len(ns) else "",
                   assets=assets)


def render_paths(impact: Mapping[str, Any], title: str | None = None, assets: str = "inline") -> str:
    """The paths of ``queries.impact`` (``{"from", "to", "paths": [[node, edge, node, …]], "has_more"}``)
    merged into one picture."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    for path in impact.get("paths", []):
        for x in path:
            if "type" in x and "source" in x:
                key = (x["source"], x["type"], x["target"], (x.get("props") or {}).get("role"))
                edges.setdefault(key, dict(x))
            else:
                nodes.setdefault(x["id"], dict(x))
    src = impact.get("from") or {}
    if src.get("id") and src["id"] not in nodes:
        nodes[src["id"]] = dict(src)
    n_paths = len(impact.get("paths", []))
    more = " (more exist: raise the limit)" if impact.get("has_more") else ""
    to = impact.get("to")
    if title is None:
        title = f"{src.get('name', src.get('id', '?'))} → {to or 'anything'} — impact paths"
    banner = f"{n_paths} path(s){more}" if n_paths else f"no path from {src.get('name', '?')} to {to or 'anything'} within the hop limit"
    return _render(list(nodes.values()), list(edges.values()), title=title, view="impact", center_id=src.get("id"),
                   banner=banner, assets=assets)


def render_chain(owners: Mapping[str, Any], title: str | None = None, assets: str = "inline",
                 labels: Mapping[str, str] | None = None) -> str:
    """A measure's responsibility chain from ``queries.owners``: the measure ← lead and
    support bureaus (LEADS) → coordinating body → government (REPORTS_TO), top-down.
    ``labels`` maps chain ids to their label when known (default Bureau)."""
    m = owners.get("measure")
    if not m:
        raise ValueError("owners answer has no measure (ambiguous input): pick one of its candidates")
    labels = labels or {}
    nodes: dict[str, dict] = {}
    edges: list[dict] = []
    evid: dict[str, list] = {}
    chain = list(owners.get("chain") or [])
    depth = len(chain)
    # levels: government at the top (0), the measure at the bottom
    measure_level = depth + 2
    nodes[m["id"]] = {"id": m["id"], "label": "Measure", "name": m["name"], "props": {"number": m.get("number")}}
    levels = {m["id"]: measure_level}
    for role in ("lead", "support"):
        for b in owners.get(role) or []:
            nodes.setdefault(b["id"], {"id": b["id"], "label": labels.get(b["id"], "Bureau"), "name": b["name"]})
            levels.setdefault(b["id"], measure_level - 1)
            evid.setdefault(b["id"], b.get("evidence") or [])
            edges.append({"source": b["id"], "target": m["id"], "type": "LEADS", "props": {"role": role},
                          "evidence": b.get("evidence") or []})
    for i, c in enumerate(chain):
        nodes.setdefault(c["id"], {"id": c["id"], "label": labels.get(c["id"], "Bureau"), "name": c["name"]})
        levels[c["id"]] = measure_level - 2 - i
        evid.setdefault(c["id"], c.get("evidence") or [])
        edges.append({"source": c["from"], "target": c["id"], "type": "REPORTS_TO", "evidence": c.get("evidence") or []})
    if title is None:
        num = f"({m['number']}) " if m.get("number") is not None else ""
        title = f"{num}{m['name']} — responsibility chain"
    leads = "、".join(b["name"] for b in owners.get("lead") or []) or "no lead found"
    return _render(list(nodes.values()), edges, title=title, view="chain", center_id=m["id"],
                   banner=f"lead: {leads}", hierarchical=True, assets=assets, node_evidence=evid, levels=levels)
