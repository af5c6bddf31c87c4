"""The browse page (``GET /``) and the graph views (``GET /viz/…``).

Thin: every answer is ``medgraph.queries`` + ``medgraph.viz``. Static files come from
``viz/templates`` (the page, its script and stylesheet) and from the vis-network copy
inside the pyvis package (``/static/vis/…``): nothing is loaded from a CDN, so the page
works on a machine with no internet.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse

from medgraph import queries, viz
from medgraph.api import schemas
from medgraph.models import LABELS
from medgraph.resources import asset
from medgraph.store.base import GraphStore

router = APIRouter(tags=["browse"])

# neighbourhoods are fetched whole up to this many nodes so the banner can say "N of M"
_COUNT_CAP = 5000
_HTML = {"content": {"text/html": {}}, "description": "an HTML page (vis-network, no remote resources)"}
_ERRORS = {404: {"model": schemas.ErrorResponse, "description": "no such entity; `close_matches` lists what came close"},
           422: {"model": schemas.ErrorResponse, "description": "a parameter is out of range or malformed"}}
_BROWSE_FILES = {"browse.js": "application/javascript", "browse.css": "text/css",
                 "console.js": "application/javascript", "console.css": "text/css"}
# the console's editor: CodeMirror 5 from its npm distribution (scripts/vendor-codemirror.sh)
_VENDOR_FILES = {"codemirror/codemirror.js": "application/javascript", "codemirror/codemirror.css": "text/css",
                 "codemirror/cypher.js": "application/javascript", "codemirror/LICENSE": "text/plain"}
_NO_STORE = {"Cache-Control": "no-cache"}


def _store(request: Request) -> GraphStore:
    return request.app.state.store_holder.get()


def _html(text: str) -> HTMLResponse:
    return HTMLResponse(text, headers=_NO_STORE)


@router.get("/", response_class=HTMLResponse, summary="Browse page: search, details, evidence, owners and graph views",
            responses={200: _HTML})
def browse_page() -> HTMLResponse:
    return _html(asset("viz", "templates", "browse.html").read_text(encoding="utf-8"))


@router.get("/console", response_class=HTMLResponse, responses={200: _HTML},
            summary="Cypher console: named queries with parameters, results as a table and a graph")
def console_page() -> HTMLResponse:
    return _html(asset("viz", "templates", "console.html").read_text(encoding="utf-8"))


@router.get("/static/vendor/{package}/{name}", include_in_schema=False)
def vendor_static(package: str, name: str):
    key = f"{package}/{name}"
    if key not in _VENDOR_FILES:
        return JSONResponse({"error": f"no vendored file {key!r}", "close_matches": []}, status_code=404)
    return FileResponse(asset("viz", "vendor", package, name), media_type=_VENDOR_FILES[key],
                        headers={"Cache-Control": "public, max-age=86400"})


@router.get("/static/browse/style.json", include_in_schema=False)
def browse_style() -> JSONResponse:
    s = viz.style()
    return JSONResponse({"labels": s["labels"], "default_label": s["default_label"], "edges": s["edges"]})


@router.get("/static/browse/{name}", include_in_schema=False)
def browse_static(name: str):
    if name not in _BROWSE_FILES:
        return JSONResponse({"error": f"no static file {name!r}", "close_matches": []}, status_code=404)
    return FileResponse(asset("viz", "templates", name), media_type=_BROWSE_FILES[name], headers=_NO_STORE)


@router.get("/static/vis/{name}", include_in_schema=False)
def vis_static(name: str):
    try:
        path = viz.vis_asset(name)
    except FileNotFoundError:
        return JSONResponse({"error": f"no vis-network file {name!r}; have {', '.join(viz.VIS_FILES)}",
                             "close_matches": []}, status_code=404)
    media = "application/javascript" if name.endswith(".js") else "text/css"
    return FileResponse(path, media_type=media, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/viz/{id}", response_class=HTMLResponse, responses={200: _HTML, **_ERRORS},
            summary="pyvis view of an entity's neighbourhood")
def viz_neighborhood(
    request: Request,
    id: Annotated[str, Path(description="entity id", examples=["district-yizhuang"])],
    depth: Annotated[int, Query(ge=1, le=3, description="hops from the entity")] = 1,
    limit: Annotated[int, Query(ge=1, le=1000, description="most nodes to draw (nearest first)")] = 150,
) -> HTMLResponse:
    hood = queries.neighborhood(_store(request), id, depth=depth, limit=_COUNT_CAP)
    nodes, edges, total = viz.cap(hood["nodes"], hood["edges"], limit)
    return _html(viz.render_neighborhood(nodes, edges, id, total=total, depth=depth, assets="/static/vis"))


@router.get("/viz/{id}/chain", response_class=HTMLResponse, responses={200: _HTML, **_ERRORS},
            summary="A measure's responsibility chain: measure ← lead/support bureaus → coordinating body → government")
def viz_chain(
    request: Request,
    id: Annotated[str, Path(description="measure id (or a number / heading words, as for /owners)",
                            examples=["policy-bj-measures-2026-m17"])],
    policy: Annotated[str, Query(max_length=200, description="policy id, year or title words")] = "",
) -> HTMLResponse:
    store = _store(request)
    node = store.get_node(id)
    if node is not None and node.label != "Measure":
        raise queries.BadRequest(f"{id!r} is a {node.label}, not a Measure: the chain view is for measures "
                                 f"(try /viz/{id} or /viz/{id}/impact)")
    ans = queries.owners(store, id, policy)
    if ans["measure"] is None:
        raise queries.NotFound(f"{id!r} matches {len(ans['candidates'])} measures: pick one by id",
                               [{"id": c["id"], "label": "Measure", "name": c["name"]} for c in ans["candidates"]])
    ids = [b["id"] for b in ans["lead"] + ans["support"]] + [c["id"] for c in ans["chain"]]
    labels = {i: n.label for i in ids if (n := store.get_node(i)) is not None}
    return _html(viz.render_chain(ans, assets="/static/vis", labels=labels))


@router.get("/viz/{id}/impact", response_class=HTMLResponse, responses={200: _HTML, **_ERRORS},
            summary="Impact paths from an entity to a label or another entity, drawn")
def viz_impact(
    request: Request,
    id: Annotated[str, Path(description="entity id or name", examples=["district-yizhuang"])],
    to: Annotated[str | None, Query(max_length=200, description=f"a label ({', '.join(LABELS)}) or an entity id/name",
                                    examples=["Product"])] = None,
    max_hops: Annotated[int, Query(ge=1, le=queries.MAX_HOPS)] = 3,
    direction: Annotated[Literal["out", "in", "both"], Query(description="follow edges out of, into, or both ways")] = "both",
    limit: Annotated[int, Query(ge=1, le=500, description="most paths to draw")] = 60,
) -> HTMLResponse:
    ans = queries.impact(_store(request), id, to or None, max_hops=max_hops, limit=limit, direction=direction)
    return _html(viz.render_paths(ans, assets="/static/vis"))
