"""The links as the computed pseudo-document ``editions``: recomputed after a load or
unload that changed the stored documents, skipped when nothing did (``inputs_fingerprint``)."""

from __future__ import annotations

import hashlib
import json

from medgraph.editions import linking
from medgraph.models import DERIVED_BY, DocumentRecord, Edge, Extraction
from medgraph.store.base import GraphStore

EDITIONS_DOC_ID = "editions"
# Part of the inputs' fingerprint: bump it when the linking rules change, so a store refreshed by
# older code recomputes its links at the next load even when no document changed.
LINKS_VERSION = "2026-12-03.1"


def inputs_fingerprint(store: GraphStore) -> str:
    """What the links are computed from — every stored document's (id, sha256), the catalog's
    included, and LINKS_VERSION — so a load that changed nothing can skip the whole-store
    recomputation (~55 s at 10k documents). Kept as the ``path`` of the ``editions`` record,
    whose ``chars`` holds the number of links it asserted: an unload between two loads can
    leave the same documents but fewer links (they die with their measures), and the count
    tells."""
    h = hashlib.sha256(LINKS_VERSION.encode("utf-8"))
    for d in sorted(store.documents(), key=lambda d: d.id):
        if d.id != EDITIONS_DOC_ID:
            h.update(f"{d.id}\0{d.sha256}\n".encode("utf-8"))
    return "computed:inputs=" + h.hexdigest()


def extraction(store: GraphStore, inputs: str = "") -> Extraction:
    """The links as the pseudo-document ``editions``. Every edge carries ``generation`` (the
    start of the document's sha256): the store keys edges to their evidence documents, so a
    link no longer computed stays until those documents reload; readers keep current ones
    (``current_links``)."""
    measures = store.nodes("Measure")
    edges = linking.link_predecessors(store, linking.group_by_policy(measures)) + linking.link_reports(store, measures)
    h = hashlib.sha256()
    for e in edges:   # one edge at a time: the whole payload at once was ~200 MB at 10k documents
        h.update(json.dumps(e.model_dump(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    sha = h.hexdigest()
    for e in edges:
        e.props["generation"] = sha[:16]
        e.props[DERIVED_BY] = EDITIONS_DOC_ID  # stores drop the link when a refresh stops computing it
    rec = DocumentRecord(id=EDITIONS_DOC_ID, title="medgraph editions: PRECEDED_BY and REPORTS_ON links (computed)",
                         kind="computed", sha256=sha, path=inputs, chars=len(edges))
    return Extraction(document=rec, nodes=[], edges=edges)


def current_links(store: GraphStore, type_: str) -> list[Edge]:
    """PRECEDED_BY / REPORTS_ON edges of the latest refresh (see ``extraction``)."""
    cur = store.document(EDITIONS_DOC_ID)
    if cur is None:
        return []
    gen = cur.sha256[:16]
    return [e for e in store.edges(type=type_) if e.props.get("generation") == gen]


def refresh(store: GraphStore, force: bool = False) -> bool:
    """Recompute the ``editions`` pseudo-document; upsert only when it changed. Skipped when
    the stored documents are those of the last refresh (``inputs_fingerprint``), unless
    ``force`` (a forced reload re-creates measure nodes, and their links with them)."""
    inputs = inputs_fingerprint(store)
    cur = store.document(EDITIONS_DOC_ID)
    if not force and cur is not None and cur.path == inputs:
        types = store.counts()["types"]
        if types.get("PRECEDED_BY", 0) + types.get("REPORTS_ON", 0) == cur.chars:
            return False
    ex = extraction(store, inputs)
    if cur is not None and cur.sha256 == ex.document.sha256 and cur.path == inputs:
        # same links computed; still rewrite them when a reload/unload removed some
        # (edges die with their measure or document nodes)
        have = {e.key: e for t in ("PRECEDED_BY", "REPORTS_ON") for e in store.edges(type=t)}
        if all(e.key in have and {x.key() for x in e.evidence} <= {x.key() for x in have[e.key].evidence}
               and have[e.key].props.get("generation") == e.props["generation"] for e in ex.edges):
            return False
    if cur is None and not ex.edges:
        return False
    store.upsert(ex)
    return True
