"""The Neo4j store: the GraphStore Protocol on a Neo4j 5 server, with the official driver.

How the graph looks in Neo4j (what researchers query; see also cypher/README.md):

* Every node has the label ``:Entity`` plus its schema label (``:Bureau``, ``:Measure``, …,
  ``:Document``) and the properties ``id`` (unique: constraint ``entity_id``), ``label``
  (the schema label as a string, authoritative), ``name``, ``aliases`` (list),
  ``documents`` (ids of the documents that mention it), and its ``props`` flattened into
  ordinary properties (``m.number``, ``f.amount_yi``…). Lists of one primitive type are
  stored as lists; dicts and mixed lists are stored as JSON strings and their keys listed
  in ``_json``. ``_search`` is the lower-cased ``id``/``name``/``aliases`` joined by NUL,
  for ``search()`` (TEXT index). Prop keys ``id, label, name, aliases, documents`` and
  keys starting with ``_`` are reserved (an upsert using them is refused).
* A loaded document is a ``:Document`` node (props: title, kind, path, sha256, date,
  doc_number, issuers, chars) whose ``_record`` holds its DocumentRecord as JSON.
* Every edge is one relationship of its schema type with ``key`` (= ``Edge.key``, unique
  per type), its props (``role`` on LEADS) and its evidence as PARALLEL LIST properties:
  ``ev_document[i], ev_quote[i], ev_start[i], ev_end[i], ev_method[i], ev_confidence[i]``
  describe evidence item i; ``documents`` lists the distinct evidence documents. E.g.::

      MATCH (b:Bureau)-[r:LEADS {role: 'lead'}]->(m:Measure {number: 17})
      UNWIND range(0, size(r.ev_quote) - 1) AS i
      RETURN b.name, m.name, r.ev_document[i] AS doc, r.ev_quote[i] AS quote

Writes: ``upsert_many(extractions)`` (and ``upsert(ex)`` = ``upsert_many([ex])``) is ONE
managed write transaction (``execute_write``; the driver retries transient errors), so a
failing document leaves nothing of the call behind: check that edge endpoints exist, retract
what a document supported before (reloads replace, never accumulate; skipped for documents
the graph does not refer to yet), then batched ``UNWIND $rows … MERGE`` per label and per
relationship type, with the rows of consecutive documents merged per node / relationship.
Labels and types cannot be Cypher parameters, so the query text gets them from the fixed
schema whitelist (``models.LABELS`` / ``models.REL_TYPES``) only; everything else is a
parameter. Every query is a file in ``cypher/`` (``resources.cypher(name)``).

Reads return exactly what the embedded store returns (same filtering, same order: sorting
and ranking happen in Python so string order is Python's, not Java's), which the shared
conformance suite checks, including a cross-store comparison.
"""

from __future__ import annotations

import copy
import json
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from medgraph.gcpause import paused as gc_paused
from medgraph.extract.source_kind import source_kind_of
from medgraph.models import (DERIVED_BY, LABELS, REL_TYPES, DocumentRecord, Edge, Evidence, Extraction, Node, trusted_edge,
                             trusted_evidence, trusted_node)
from medgraph.resources import cypher
from medgraph.store.base import CHAIN_DEPTH, OwnersBundle
from medgraph.store.errors import StoreUnavailable
from medgraph.store.pathsearch import LENIENT, Budget, OutOfTime, PathResult, PathSearch, walk

NODE_SYSTEM = ("id", "label", "name", "aliases", "documents")
EDGE_SYSTEM = ("key", "documents", "ev_document", "ev_quote", "ev_start", "ev_end", "ev_method", "ev_confidence")
MAX_HOPS = 6
# documents per write transaction in upsert_many: 500 documents of the synthetic corpus need
# ~0.4 GB of transaction memory; a 1 GB heap allows 0.7 GB (dbms.memory.transaction.total.max)
TX_DOCUMENTS = 200
SEP = "\x00"
_EMPTY = (None, "", [])
_INT64 = (-(2**63), 2**63 - 1)


# ----------------------------------------------------------------------- helpers
def _nonempty(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v not in _EMPTY}


def _storable(v: Any) -> bool:
    """True when Neo4j stores ``v`` natively and gives back an equal Python value."""
    if isinstance(v, bool) or isinstance(v, str):
        return True
    if isinstance(v, int):
        return _INT64[0] <= v <= _INT64[1]
    if isinstance(v, float):
        return not math.isnan(v)
    if isinstance(v, list) and v:
        kinds = {type(x) for x in v}
        return len(kinds) == 1 and kinds <= {str, bool, int, float} and all(_storable(x) for x in v)
    return False


def _flatten(props: dict[str, Any], where: str) -> tuple[dict[str, Any], list[str], list[str]]:
    """Non-empty props as Neo4j properties: (props, keys JSON-encoded, keys stored as-is)."""
    out: dict[str, Any] = {}
    js: list[str] = []
    plain: list[str] = []
    for k, v in _nonempty(props).items():
        if k in NODE_SYSTEM or k in EDGE_SYSTEM or k.startswith("_"):
            raise ValueError(f"{where}: property name {k!r} is reserved by the Neo4j store "
                             f"({', '.join(sorted(set(NODE_SYSTEM + EDGE_SYSTEM)))} and names starting with _)")
        if _storable(v):
            out[k] = v
            plain.append(k)
        else:
            out[k] = json.dumps(v, ensure_ascii=False, sort_keys=True)
            js.append(k)
    return out, js, plain


def _unflatten(p: dict[str, Any], system: tuple[str, ...]) -> dict[str, Any]:
    js = set(p.get("_json") or ())
    out = {}
    for k, v in p.items():
        if k in system or k.startswith("_"):
            continue
        out[k] = json.loads(v) if k in js else (list(v) if isinstance(v, list) else v)
    return out


def _node(p: dict[str, Any]) -> Node:
    return trusted_node(id=p["id"], label=p.get("label", ""), name=p.get("name", ""),
                        aliases=list(p.get("aliases") or []), documents=sorted(p.get("documents") or []),
                        props=_unflatten(p, NODE_SYSTEM))


def _ev_key(e: Evidence) -> tuple:
    return (e.document, e.start, e.end, e.method)


def _edge(source: str, target: str, etype: str, p: dict[str, Any]) -> Edge:
    cols = [p.get(c) or [] for c in EDGE_SYSTEM[2:]]
    ev = [trusted_evidence(document=d, quote=q, start=s, end=e, method=m, confidence=float(c))
          for d, q, s, e, m, c in zip(*cols)]
    ev.sort(key=_ev_key)
    return trusted_edge(source=source, target=target, type=etype, props=_unflatten(p, EDGE_SYSTEM), evidence=ev)


def _copy_node(n: Node) -> Node:
    """An independent copy (lists and props copied), much cheaper than ``model_copy(deep=True)``."""
    return trusted_node(id=n.id, label=n.label, name=n.name, aliases=list(n.aliases), documents=list(n.documents),
                        props=copy.deepcopy(n.props))


def _copy_edge(e: Edge) -> Edge:
    """An independent copy sharing the Evidence items, which are frozen: a hub relationship's
    thousand evidence items are not deep-copied for every path it is on."""
    return trusted_edge(source=e.source, target=e.target, type=e.type, props=copy.deepcopy(e.props),
                        evidence=list(e.evidence))


def _edge_row(rec: Any) -> Edge:
    return _edge(rec["source"], rec["target"], rec["type"], rec["rel"])


def document_node(rec: DocumentRecord) -> Node:
    """The graph node standing for a loaded document (same as the embedded store's)."""
    props = {k: v for k, v in rec.model_dump(exclude={"id"}).items() if v not in _EMPTY}
    return Node(id=rec.id, label="Document", name=rec.title or rec.id, aliases=[], documents=[rec.id], props=props)


@dataclass
class _Plan:
    """One document's writes, validated: rows per label / type, :DocIndex rows, the node ids
    it brings (``ids``), the edge endpoints it does not (``outside``) and the documents its
    rows refer to (``refs``: a later copy of any of them must retract what this one wrote)."""

    doc: str
    record: str
    node_rows: dict[str, list[dict]]
    edge_rows: dict[str, list[dict]]
    outside: set[str]
    ids: set[str]
    refs: set[str]
    doc_index: list[dict]


def _merge_into(rows: dict[str, dict], key: str, row: dict, merge: Callable[[dict, dict], dict]) -> None:
    rows[key] = merge(rows[key], row) if key in rows else row


def _merge_props(a: dict, b: dict) -> dict:
    """Later non-empty props win; a key is JSON-encoded or plain as its last writer says."""
    later = b["props"].keys()
    return {"props": {**a["props"], **b["props"]},
            "json": [k for k in a["json"] if k not in later] + b["json"],
            "plain": [k for k in a["plain"] if k not in later] + b["plain"]}


def _merge_node_row(a: dict, b: dict) -> dict:
    """Two documents' rows for one node, as the second upsert would leave it: id, label, name
    from the first; aliases in first-seen order; documents united."""
    have = {x[0] for x in a["aliases"]}
    return {**a, "aliases": a["aliases"] + [x for x in b["aliases"] if x[0] not in have],
            "documents": sorted({*a["documents"], *b["documents"]}), **_merge_props(a, b)}


def _merge_edge_row(a: dict, b: dict) -> dict:
    """Two documents' rows for one relationship: evidence united (first item per
    (document, start, end, method) wins), later props win."""
    seen = {(x["document"], x["start"], x["end"], x["method"]): x for x in a["evidence"]}
    for x in b["evidence"]:
        seen.setdefault((x["document"], x["start"], x["end"], x["method"]), x)
    evidence = sorted(seen.values(), key=lambda x: (x["document"], x["start"], x["end"], x["method"]))
    return {**a, "evidence": evidence, **_merge_props(a, b)}


def _merge_doc_index_row(a: dict, b: dict) -> dict:
    return {"doc": a["doc"], "nodes": list(dict.fromkeys([*a["nodes"], *b["nodes"]])),
            "edge_keys": list(dict.fromkeys([*a["edge_keys"], *b["edge_keys"]]))}


def _new_node_props(row: dict) -> dict:
    """All properties of a node created from ``row``: what upsert_nodes.cypher leaves on a new node."""
    props = {**row["props"], "id": row["id"], "label": row["label"], "name": row["name"],
             "aliases": [a[0] for a in row["aliases"]], "documents": row["documents"],
             "_search": row["head"] + "".join(a[1] for a in row["aliases"])}
    if row["json"]:
        props["_json"] = row["json"]
    return {"props": props}


def _new_edge_row(row: dict) -> dict:
    """A relationship created from ``row``: what upsert_edges.cypher leaves on a new one."""
    ev = row["evidence"]
    props = {**row["props"], "key": row["key"],
             "documents": list(dict.fromkeys(x["document"] for x in ev)),
             "ev_document": [x["document"] for x in ev], "ev_quote": [x["quote"] for x in ev],
             "ev_start": [x["start"] for x in ev], "ev_end": [x["end"] for x in ev],
             "ev_method": [x["method"] for x in ev], "ev_confidence": [x["confidence"] for x in ev]}
    if row["json"]:
        props["_json"] = row["json"]
    return {"source": row["source"], "target": row["target"], "props": props}


def _chunks(rows: list, size: int) -> Iterable[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _query(name: str, **subst: str) -> str:
    text = cypher(name)
    for k, v in subst.items():
        text = text.replace(f"__{k}__", v)
    return text


@lru_cache(maxsize=None)
def _seek_by_key() -> str:
    """A relationship by its key ``k``, whatever its type: cypher/seek_by_key.cypher once per
    type of the whitelist, joined with UNION ALL (its comment lines dropped)."""
    arms = ("\n".join(line for line in _query("seek_by_key", TYPE=t).splitlines()
                       if line.strip() and not line.lstrip().startswith("//")) for t in REL_TYPES)
    return "\n  UNION ALL\n  ".join(arms)


def load_schema_statements() -> list[str]:
    """The statements of cypher/schema.cypher (comments dropped, split on ';')."""
    lines = [ln for ln in cypher("schema").splitlines() if not ln.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


# ------------------------------------------------------------------------- store
class Neo4jStore:
    name = "neo4j"

    def __init__(self, settings: Any = None, *, driver: Any = None) -> None:
        if settings is None:
            from medgraph.settings import get_settings

            settings = get_settings()
        self.settings = settings
        self.uri = settings.neo4j_uri
        self.database = settings.neo4j_database or None
        self.batch_size = max(1, int(settings.neo4j_batch_size))
        import neo4j

        self._neo4j = neo4j
        own_driver = driver is None
        if driver is None:
            auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_user else None
            try:
                driver = neo4j.GraphDatabase.driver(
                    self.uri, auth=auth, connection_timeout=float(settings.neo4j_connect_timeout_s),
                    connection_acquisition_timeout=float(settings.neo4j_acquire_timeout_s),
                    max_transaction_retry_time=float(settings.neo4j_retry_s))
            except ValueError as exc:  # malformed URI
                raise StoreUnavailable(f"NEO4J_URI={self.uri!r} is not a Neo4j URI ({exc}); use bolt://, "
                                       "neo4j://, neo4j+s:// or bolt+s://") from exc
        self.driver = driver
        # one bookmark manager for all our sessions: on a cluster (neo4j://, Aura) a read
        # always sees this store's earlier writes, even when served by another member
        self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
        try:
            self._guard(self.driver.verify_connectivity)
            self._guard(self.apply_schema)
        except BaseException:
            if own_driver:  # the API retries opening on every request while Neo4j is down: no driver left behind
                self.driver.close()
            raise

    # ------------------------------------------------------------ plumbing
    def _hint(self) -> str:
        return (f"Neo4j is not reachable at {self.uri} (NEO4J_URI, database {self.database or 'default'}): "
                "start one with `python -m medgraph.neo4j_local start` (no Docker needed) or "
                "`docker compose up -d neo4j`, or use MEDGRAPH_STORE=embedded")

    def _guard(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        exc_mod = self._neo4j.exceptions
        try:
            return fn(*args, **kwargs)
        except (exc_mod.ServiceUnavailable, exc_mod.SessionExpired) as exc:
            raise StoreUnavailable(f"{self._hint()} [{type(exc).__name__}: {exc}]") from exc
        except exc_mod.AuthError as exc:
            raise StoreUnavailable(
                f"Neo4j at {self.uri} rejected user {self.settings.neo4j_user!r}: set NEO4J_USER / NEO4J_PASSWORD "
                f"[{getattr(exc, 'message', exc)}]") from exc

    def _session(self) -> Any:
        return self.driver.session(database=self.database, bookmark_manager=self._bookmarks)

    def _read(self, work: Callable[[Any], Any]) -> Any:
        """``work(tx)`` in a managed read transaction with the server-side time limit
        MEDGRAPH_NEO4J_QUERY_TIMEOUT (a query past it fails, it is not retried)."""
        timed = self._neo4j.unit_of_work(timeout=float(self.settings.neo4j_query_timeout_s))(work)

        def run() -> Any:
            with self._session() as s:
                return s.execute_read(timed)

        return self._guard(run)

    def _write(self, work: Callable[[Any], Any]) -> Any:
        """``work(tx)`` in a managed write transaction limited to MEDGRAPH_NEO4J_WRITE_TIMEOUT."""
        timed = self._neo4j.unit_of_work(timeout=float(self.settings.neo4j_write_timeout_s))(work)

        def run() -> Any:
            with self._session() as s:
                return s.execute_write(timed)

        return self._guard(run)

    def _rows(self, name: str, **params: Any) -> list[Any]:
        return self._read_rows(cypher(name), **params)

    def _read_rows(self, text: str, **params: Any) -> list[Any]:
        return self._read(lambda tx: list(tx.run(text, params)))

    def apply_schema(self) -> None:
        with self._session() as s:
            for stmt in load_schema_statements():
                s.run(self._neo4j.Query(stmt, timeout=float(self.settings.neo4j_write_timeout_s))).consume()

    # --------------------------------------------------------------- writes
    def _plan(self, ex: Extraction) -> _Plan:
        """Validate an extraction and turn it into per-label node rows, per-type edge rows,
        the ids of edge endpoints it does not bring itself, and :DocIndex rows."""
        rec = ex.document
        doc = rec.id
        if not doc:
            raise ValueError("extraction has a document record without an id")
        merged: dict[str, Node] = {}
        for n in [document_node(rec), *ex.nodes]:
            if n.id in merged:  # the same node twice in one document: merge like two upserts would
                merged[n.id] = merged[n.id].merged(n.model_copy(update={"documents": [*n.documents, doc]}))
            else:
                merged[n.id] = n
        node_rows: dict[str, list[dict]] = defaultdict(list)
        refs: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"nodes": [], "edge_keys": []})
        for n in merged.values():
            if n.label not in LABELS:
                raise ValueError(f"{doc}: node {n.id!r} has label {n.label!r}, which is not in the schema "
                                 f"({', '.join(LABELS)})")
            props, js, plain = _flatten(n.props, f"{doc}: node {n.id}")
            docs = sorted({*n.documents, doc})
            node_rows[n.label].append({
                "id": n.id, "label": n.label, "name": n.name, "head": SEP.join([n.id, n.name]).lower(),
                "aliases": [[a, SEP + a.lower()] for a in dict.fromkeys(n.aliases)], "documents": docs,
                "props": props, "json": js, "plain": plain,
            })
            for d in docs:
                refs[d]["nodes"].append(n.id)
        edges: dict[str, tuple[Edge, dict[tuple, Evidence]]] = {}
        for e in ex.edges:
            if not e.evidence:
                raise ValueError(f"{doc}: edge {e.key} has no evidence (an edge with no evidence is a bug)")
            if e.type not in REL_TYPES:
                raise ValueError(f"{doc}: edge {e.key} has type {e.type!r}, which is not in the schema "
                                 f"({', '.join(REL_TYPES)})")
            key = e.key
            if key in edges:  # the same edge twice: evidence adds up (first wins), later props win
                first, seen = edges[key]
                first = first.model_copy(update={"props": {**first.props, **_nonempty(e.props)}})
                edges[key] = (first, seen)
            else:
                seen = {}
                edges[key] = (e, seen)
            for x in e.evidence:
                seen.setdefault(_ev_key(x), x)
        edge_rows: dict[str, list[dict]] = defaultdict(list)
        for key, (e, seen) in edges.items():
            props, js, plain = _flatten(e.props, f"{doc}: edge {key}")
            evidence = [{"document": x.document, "quote": x.quote, "start": x.start, "end": x.end,
                         "method": x.method, "confidence": float(x.confidence)}
                        for x in sorted(seen.values(), key=_ev_key)]
            edge_rows[e.type].append({
                "source": e.source, "target": e.target, "key": key, "props": props, "json": js, "plain": plain,
                "evidence": evidence,
            })
            owner = e.props.get(DERIVED_BY)
            for d in sorted({x["document"] for x in evidence} | ({owner} if owner else set())):
                refs[d]["edge_keys"].append(key)
        outside = {end for e, _ in edges.values() for end in (e.source, e.target)} - set(merged)
        return _Plan(doc=doc, record=rec.model_dump_json(), node_rows=node_rows, edge_rows=edge_rows,
                     outside=outside, ids=set(merged), refs=set(refs),
                     doc_index=[{"doc": d, **r} for d, r in sorted(refs.items())])

    def _retract(self, tx: Any, doc: str) -> dict[str, int]:
        deleted = tx.run(_query("retract_edges_delete", SEEK=_seek_by_key()), doc=doc).single()["edges"]
        tx.run(_query("retract_edges_trim", SEEK=_seek_by_key()), doc=doc).consume()
        rec = tx.run(cypher("retract_mentions"), doc=doc).single()
        tx.run(cypher("doc_index_drop"), doc=doc).consume()
        return {"nodes": rec["nodes"], "edges": deleted + rec["edges"]}

    def upsert(self, extraction: Extraction) -> None:
        self.upsert_many([extraction])

    def upsert_many(self, extractions: Iterable[Extraction]) -> None:
        """Load many documents with the same result as upserting them one by one in order,
        in one write transaction per ``TX_DOCUMENTS`` documents. Every document is validated
        before anything is written, and a call of at most ``TX_DOCUMENTS`` documents is
        all-or-nothing. A longer call that fails in a later transaction keeps the earlier
        ones (the pipeline then upserts the batch one by one, which rewrites them
        identically): one transaction for 1,000 documents needs ~0.8 GB of server heap,
        more than a default 1 GB server allows a transaction.

        Why it is fast: the documents are cut into *runs* that need no retraction inside
        them; each run's rows are merged per node id / edge key / document in Python (a hub
        node named by 1,000 documents is written once per run, not 1,000 times). Nodes and
        relationships new to the graph are written with plain ``CREATE`` and properties
        computed in Python; only those already there go through the merging ``MERGE``
        queries. A document the graph already refers to (it has a :DocIndex, or an earlier
        document of this call cites it) must be retracted exactly where it stands in the
        order, so it starts a new run; documents new to the graph skip the retract queries.

        If a concurrent writer creates a node between our existence check and our CREATE,
        the uniqueness constraint refuses the transaction; it is then redone once with the
        MERGE queries only (slower, race-free)."""
        with gc_paused():  # ~1,000 small row dicts per document: 3.0 -> 1.0 s of client CPU per 200 documents
            plans = [self._plan(ex) for ex in extractions]  # validates every document before any write
            for group in _chunks(plans, TX_DOCUMENTS):
                try:
                    self._write(lambda tx: self._write_group(tx, group, True))
                except self._neo4j.exceptions.ConstraintError:
                    self._write(lambda tx: self._write_group(tx, group, False))

    def _write_group(self, tx: Any, plans: list[_Plan], fast: bool) -> None:
        """One transaction's documents, in order: runs between the documents to retract.
        ``fast=False``: no CREATE shortcuts (the retry after a concurrent writer won a race)."""
        touched = {r["id"] for r in tx.run(cypher("doc_index_existing"), ids=sorted({p.doc for p in plans}))}
        run: list[_Plan] = []
        known = set(touched)
        for p in plans:
            if p.doc in touched:
                self._write_run(tx, run, known, fast)
                run, known = [], set(touched)
                self._retract(tx, p.doc)
            run.append(p)
            touched.update(p.refs)
        self._write_run(tx, run, known, fast)

    def _write_run(self, tx: Any, run: list[_Plan], known_docs: set[str], fast: bool) -> None:
        """Write documents none of which needs retracting, their rows merged per id/key.
        ``known_docs``: documents that may have a :DocIndex already (the others get a new one)."""
        if not run:
            return
        size = self.batch_size
        nodes: dict[str, dict[str, dict]] = defaultdict(dict)
        where: dict[str, str] = {}
        edges: dict[str, dict[str, dict]] = defaultdict(dict)
        refs: dict[str, dict] = {}
        for p in run:
            for label, rows in p.node_rows.items():
                for row in rows:
                    first = where.setdefault(row["id"], label)  # the first label seen is the one created
                    _merge_into(nodes[first], row["id"], row, _merge_node_row)
            for etype, rows in p.edge_rows.items():
                for row in rows:
                    _merge_into(edges[etype], row["key"], row, _merge_edge_row)
            for row in p.doc_index:
                _merge_into(refs, row["doc"], row, _merge_doc_index_row)
        # one round trip: which nodes of the run, and which outside endpoints, exist already
        outside = set().union(*(p.outside for p in run))
        found = {r["id"] for r in tx.run(cypher("nodes_existing"), ids=sorted(outside | where.keys()))}
        brought: set[str] = set()
        for p in run:  # an edge may only point at nodes of its own or an EARLIER document, or in the graph
            missing = sorted(p.outside - brought - found)
            if missing:
                raise ValueError(f"{p.doc}: edges refer to node(s) {', '.join(map(repr, missing[:5]))}, which are "
                                 "neither in this extraction nor already in the graph")
            brought.update(p.ids)
        fresh = {i for i in where if i not in found} if fast else set()
        for label in LABELS:
            rows = nodes.get(label, {})
            self._send(tx, "create_nodes", "upsert_nodes", {"LABEL": label}, rows.values(),
                       lambda r: r["id"] in fresh, _new_node_props, size)
        for etype in REL_TYPES:
            rows = edges.get(etype, {})
            self._send(tx, "create_edges", "upsert_edges", {"TYPE": etype}, rows.values(),
                       lambda r: r["source"] in fresh or r["target"] in fresh, _new_edge_row, size)
        new_docs = (lambda r: r["doc"] not in known_docs) if fast else (lambda r: False)
        self._send(tx, "doc_index_create", "doc_index_add", {}, refs.values(), new_docs,
                   lambda r: {"id": r["doc"], "nodes": r["nodes"], "edge_keys": r["edge_keys"]}, size)
        for chunk in _chunks([{"id": p.doc, "record": p.record} for p in run], size):
            tx.run(cypher("set_document_record"), rows=chunk).consume()

    @staticmethod
    def _send(tx: Any, create: str, merge: str, subst: dict[str, str], rows: Iterable[dict],
              is_new: Callable[[dict], bool], as_new: Callable[[dict], dict], size: int) -> None:
        """Rows that are new to the graph through the ``create`` query (converted by ``as_new``),
        the others through the merging ``merge`` query; ``size`` rows per statement."""
        new: list[dict] = []
        old: list[dict] = []
        for r in rows:
            (new if is_new(r) else old).append(r)
        for name, batch in ((create, [as_new(r) for r in new]), (merge, old)):
            if batch:
                text = _query(name, **subst)
                for chunk in _chunks(batch, size):
                    tx.run(text, rows=chunk).consume()

    def unload(self, doc_id: str) -> dict[str, int]:
        def work(tx: Any) -> dict[str, int]:
            if tx.run(cypher("document"), id=doc_id).single() is None:
                loaded = sorted(r["id"] for r in tx.run(cypher("documents")))
                shown = ", ".join(loaded[:20]) + (" …" if len(loaded) > 20 else "")
                raise KeyError(f"no loaded document {doc_id!r}; loaded: {shown or 'none'}")
            removed = self._retract(tx, doc_id)
            tx.run(cypher("clear_document_record"), id=doc_id).consume()
            return removed

        return self._write(work)

    # ---------------------------------------------------------------- reads
    def documents(self) -> list[DocumentRecord]:
        rows = self._rows("documents")
        return [DocumentRecord.model_validate_json(r["record"]) for r in sorted(rows, key=lambda r: r["id"])]

    def document(self, doc_id: str) -> DocumentRecord | None:
        rows = self._rows("document", id=doc_id)
        return DocumentRecord.model_validate_json(rows[0]["record"]) if rows else None

    def source_kinds(self, doc_ids: list[str]) -> dict[str, str]:
        """Source kind of each listed document ("" when not loaded): one round trip."""
        out = {d: "" for d in doc_ids}
        for r in self._rows("document_records", ids=list(doc_ids)):
            out[r["id"]] = source_kind_of(DocumentRecord.model_validate_json(r["record"]))
        return out

    def get_node(self, node_id: str) -> Node | None:
        rows = self._rows("get_node", id=node_id)
        return _node(rows[0]["node"]) if rows else None

    def nodes(self, label: str | None = None) -> list[Node]:
        out = [_node(r["node"]) for r in self._rows("nodes", label=label)]
        out.sort(key=lambda n: n.id)
        return out

    def measures_numbered(self, number: int, policy: str | None = None) -> list[Node]:
        out = [_node(r["node"]) for r in self._rows("measures_numbered", number=number, policy=policy)]
        out.sort(key=lambda n: n.id)
        return out

    def edges(self, source: str | None = None, target: str | None = None, type: str | None = None) -> list[Edge]:
        if type is not None and type not in REL_TYPES and (source is not None or target is not None):
            return []  # upserts refuse other types: there are none
        if source is not None:
            if type is not None:
                rows = self._read_rows(_query("edges_from_typed", TYPE=type), source=source, target=target)
            else:
                rows = self._rows("edges_from", source=source, target=target, type=type)
        elif target is not None:
            if type is not None:
                rows = self._read_rows(_query("edges_to_typed", TYPE=type), target=target)
            else:
                rows = self._rows("edges_to", target=target, type=type)
        else:
            rows = self._rows("edges_all", type=type)
        out = [_edge_row(r) for r in rows]
        out.sort(key=lambda e: e.key)
        return out

    def owners_bundle(self, node_id: str, number: int | None = None, policy: str | None = None) -> OwnersBundle:
        """/owners in one round trip (see store.base.BundlesOwners)."""
        text = _query("owners_bundle", UP=str(int(CHAIN_DEPTH) - 1))
        row = self._read_rows(text, id=node_id, number=number, policy=policy)[0]
        node = _node(row["node"]) if row["node"] is not None else None
        if row["measure"] is None:
            return OwnersBundle(node=node)
        measure = _node(row["measure"])
        leads = [(_edge(r["source"], measure.id, "LEADS", r["rel"]), _node(r["node"])) for r in row["leads"]]
        leads.sort(key=lambda en: en[0].key)
        ups: dict[str, list[Edge]] = {}
        nodes: dict[str, Node] = {}
        for r in row["ups"]:
            ups.setdefault(r["source"], []).append(_edge(r["source"], r["target"], "REPORTS_TO", r["rel"]))
            if r["target"] not in nodes:
                nodes[r["target"]] = _node(r["node"])
        for es in ups.values():
            es.sort(key=lambda e: e.key)
        kinds = {r["id"]: source_kind_of(DocumentRecord.model_validate_json(r["record"]))
                 for r in [*row["lead_docs"], *row["chain_docs"]]}
        return OwnersBundle(node=node, measure=measure, leads=leads, reports_to=ups, nodes=nodes,
                            policy=_node(row["policy"][0]) if row["policy"] else None,
                            successors=[_node(x) for x in row["successors"]], source_kinds=kinds)

    def search(self, terms: list[str], label: str | None = None, limit: int = 20) -> list[Node]:
        ts = list(dict.fromkeys(t.strip().lower() for t in terms if t and t.strip()))
        if not ts or limit <= 0:
            return []
        hits = [_node(r["node"]) for r in self._rows("search", terms=ts, label=label)]

        def rank(n: Node) -> tuple:
            names = [n.name.lower(), *(x.lower() for x in n.aliases)]
            exact = any(t == s for t in ts for s in names)
            prefix = any(s.startswith(t) for t in ts for s in names)
            return (not exact, not prefix, len(n.name), n.id)

        hits.sort(key=rank)
        return hits[:limit]

    def neighborhood(self, node_id: str, depth: int = 1, limit: int = 200) -> tuple[list[Node], list[Edge]]:
        if limit <= 0:
            return [], []
        q_nodes, q_nb, q_edges = cypher("nodes_by_id"), cypher("neighbors"), cypher("edges_among")

        def work(tx: Any) -> tuple[list[Node], list[Edge]]:
            if tx.run(cypher("get_node"), id=node_id).single() is None:
                return [], []
            chosen = [node_id]
            seen = {node_id}
            frontier = [node_id]
            for _ in range(max(depth, 0)):
                if len(chosen) >= limit:
                    break
                level = sorted({r["id"] for r in tx.run(q_nb, ids=frontier)} - seen)
                if not level:
                    break
                seen.update(level)
                chosen.extend(level)
                frontier = level
            chosen = chosen[:limit]
            by_id = {n.id: n for n in (_node(r["node"]) for r in tx.run(q_nodes, ids=chosen))}
            edges = [_edge_row(r) for r in tx.run(q_edges, ids=chosen)]
            edges.sort(key=lambda e: e.key)
            return [by_id[i] for i in chosen], edges

        return self._read(work)

    def paths(
        self,
        source: str,
        to_label: str | None = None,
        to_id: str | None = None,
        max_hops: int = 3,
        limit: int = 50,
        direction: str = "out",
    ) -> list[list[Node | Edge]]:
        return self.path_search(source, to_label, to_id, max_hops, limit, direction, budget=LENIENT).paths

    def path_search(
        self,
        source: str,
        to_label: str | None = None,
        to_id: str | None = None,
        max_hops: int = 3,
        limit: int = 50,
        direction: str = "out",
        offset: int = 0,
        budget: Budget | None = None,
    ) -> PathResult:
        """Paths ``offset`` to ``offset + limit`` of ``paths``, within ``budget``: the walk of
        medgraph.store.pathsearch over the relationships of each level's end nodes, one
        query per level and direction (cypher/path_steps_*.cypher, at most the budget's
        rows), in a transaction the server ends after the budget's time (plus a second),
        so a request whose client left cannot keep the server busy."""
        if direction not in ("out", "in", "both"):
            raise ValueError(f"direction must be out, in or both, not {direction!r}")
        if isinstance(max_hops, bool) or not isinstance(max_hops, int):
            raise ValueError(f"max_hops must be an integer, not {max_hops!r}")
        if max_hops > MAX_HOPS:
            raise ValueError(f"max_hops must be between 1 and {MAX_HOPS} on the Neo4j store, not {max_hops}")
        if limit <= 0 or max_hops < 1:
            return PathResult([], False)
        budget = budget or Budget()
        queries = [cypher(f"path_steps_{d}") for d in (("out", "in") if direction == "both" else (direction,))]
        adjacency: dict[str, list[tuple[str, tuple[str, str]]]] = {}
        labels: dict[str, str] = {}
        fetched = [0]
        exc_mod = self._neo4j.exceptions

        def walk_in(tx: Any) -> PathSearch:
            def prefetch(ids: Iterable[str], deadline: float) -> None:
                todo = [i for i in ids if i not in adjacency]
                for i in todo:
                    adjacency[i] = []
                for q in queries:
                    if not todo:
                        return
                    if time.monotonic() > deadline:
                        raise OutOfTime()
                    cap = budget.expansions - fetched[0] + 1
                    rows = 0
                    for r in tx.run(q, ids=todo, cap=cap):
                        adjacency[r["node"]].append((r["next"], (r["key"], r["eid"])))
                        labels[r["next"]] = r["label"]
                        rows += 1
                    fetched[0] += rows
                    if rows >= cap:
                        raise OutOfTime()
                for i in todo:
                    adjacency[i].sort()

            def wanted(n: str) -> bool:
                return (to_id is None or n == to_id) and (to_label is None or labels.get(n) == to_label)

            return walk(source, adjacency.__getitem__, wanted, max_hops, offset + limit + 1, budget, prefetch)

        def run_walk() -> PathSearch:
            with self.driver.session(database=self.database, bookmark_manager=self._bookmarks,
                                     default_access_mode=self._neo4j.READ_ACCESS) as session:
                tx = session.begin_transaction(timeout=budget.seconds + 1.0)
                try:
                    return walk_in(tx)
                except exc_mod.Neo4jError as exc:  # the server's timeout: what was walked is lost
                    code = getattr(exc, "code", "") or ""
                    if "TimedOut" in code or "Terminated" in code:
                        return PathSearch([], True)
                    raise
                finally:
                    tx.close()

        res: PathSearch = self._guard(run_walk)
        found = res.found[offset:offset + limit]
        if not found:
            return PathResult([], res.truncated, len(res.found) > offset + limit)

        def materialize(tx: Any) -> list[list[Node | Edge]]:
            ids = sorted({i for ns, _ in found for i in ns})
            eids = sorted({k[1] for _, ks in found for k in ks})
            nodes = {n.id: n for n in (_node(r["node"]) for r in tx.run(cypher("nodes_by_id"), ids=ids))}
            edges = {r["eid"]: _edge_row(r) for r in tx.run(cypher("edges_by_element_id"), eids=eids)}
            out: list[list[Node | Edge]] = []
            for ns, ks in found:  # a node or edge on many paths is one object (as on the embedded store)
                if any(i not in nodes for i in ns) or any(k[1] not in edges for k in ks):
                    continue  # removed by a write between the walk and now
                path: list[Node | Edge] = [nodes[ns[0]]]
                for m, k in zip(ns[1:], ks):
                    path.append(edges[k[1]])
                    path.append(nodes[m])
                out.append(path)
            return out

        return PathResult(self._read(materialize), res.truncated, len(res.found) > offset + limit)

    def counts(self) -> dict[str, dict[str, int]]:
        def work(tx: Any) -> dict[str, dict[str, int]]:
            labels = {r["label"]: r["n"] for r in tx.run(cypher("counts_labels"))}
            types = {r["type"]: r["n"] for r in tx.run(cypher("counts_types"))}
            return {"labels": {k: labels[k] for k in sorted(labels) if labels[k]},
                    "types": {k: types[k] for k in sorted(types) if types[k]}}

        return self._read(work)

    def close(self) -> None:
        self.driver.close()
