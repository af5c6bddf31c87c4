"""The embedded store: a networkx MultiDiGraph in memory, persisted to one file.

Why a MultiDiGraph keyed by ``Edge.key``: two nodes are often joined by several
relationships at once (a Measure TARGETS a Fund that FUNDS it back; a Bureau may LEAD
and be TARGETED by the same measure), so a plain DiGraph (one edge per ordered pair)
cannot hold the graph; a MultiDiGraph whose edge keys are ``Edge.key`` gives O(1)
lookup of any edge by its stable identity and parallel edges for free, and it is the
structure the design names (researchers can hand ``store.graph`` to networkx).

Layout in memory (plain dicts, never pydantic objects, so loading 200k edges does not
validate 200k models; models are built on the way out and are copies — mutating a
returned Node never changes the store):

* ``graph``: node attrs ``{label, name, aliases, documents, props}``; edge attrs
  ``{type, props, evidence}`` with evidence as tuples
  ``(document, quote, start, end, method, confidence)``; edge key = ``Edge.key``.
* indexes: edge key → (source, target); label → node ids; type → edge keys;
  document → node ids / edge keys it supports (so unload and re-upsert touch only what
  the document touched); a lowercased search haystack per node.

Persistence: ``<data_dir>/graph.pkl`` = a header line ``medgraph-embedded-graph v1``
followed by a pickle (protocol 5) of plain lists/dicts/tuples. Written atomically:
temp file in the same directory, flush + fsync, ``os.replace``, fsync of the directory,
so a crash leaves either the old or the new graph, never a half-written one.
Pickle vs JSON, measured on 50k nodes / 200k edges (10k synthetic documents, one
evidence per edge), CPU seconds on the 2-core dev box, CPython 3.11, GC paused:

    pickle v5: save 0.59 s, read+parse 0.23 s, file 29 MB
    json     : save 1.53 s, read+parse 0.42 s, file 43 MB
    rebuilding graph + indexes on open adds ~1.0 s to either (open total 1.3 s);
    upsert_many of the 10k documents 3.1 s; one upsert (= a full rewrite) 0.7 s;
    owners read (get_node + edges(target, type="LEADS")) 12 µs median, 21 µs p99;
    search over 50k nodes 13-20 ms

so pickle it is. The file lives in the user's own data directory and is only ever
written by this module; like any pickle it must not come from an untrusted source.

Concurrency: writes (``upsert``, ``upsert_many``, ``unload``, ``batch``) hold a
``filelock.FileLock`` on ``<data_dir>/graph.lock``; before applying, a writer reloads
the file if another process replaced it, so concurrent loads never lose each other's
documents. Readers do one ``os.stat`` per call and reload when the file's
(inode, size, mtime, ctime) changed, so a running API sees a load completed by another
process. A threading lock makes one instance safe to share between threads.

Batching: ``upsert(ex)`` persists after every document. ``upsert_many(exs)`` applies
all of them in memory and writes the file once (the loader's path: 10k documents in
batches). ``with store.batch(): ...`` does the same for any mix of upsert/unload calls:
the file lock is held for the whole block, the file is written once at the end, and an
exception inside the block rolls the in-memory graph back to the file (nothing of the
block is persisted).
"""

from __future__ import annotations

from types import SimpleNamespace

import bisect
import contextlib
import glob
import os
import pickle
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import filelock
import networkx as nx

from medgraph.gcpause import paused as gc_paused
from medgraph.extract.source_kind import source_kind_of
from medgraph.models import (DERIVED_BY, DocumentRecord, Edge, Evidence, Extraction, Node, trusted_edge,
                             trusted_evidence, trusted_node)
from medgraph.store.pathsearch import LENIENT, Budget, PathResult, walk

FORMAT_HEADER = b"medgraph-embedded-graph v1\n"
GRAPH_FILE = "graph.pkl"
LOCK_FILE = "graph.lock"
CATALOG_DOC_ID = "catalog"

_EMPTY = (None, "", [])


try:
    from medgraph.store.errors import StoreUnavailable as _Unavailable
except ImportError:  # pragma: no cover - errors.py predates nothing that matters here
    _Unavailable = RuntimeError  # type: ignore[misc,assignment]


class StoreLockedError(_Unavailable):
    """Another process holds the write lock for longer than the timeout."""


class StoreFileError(_Unavailable):
    """The graph file exists but cannot be read."""


def _copy_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, list) else v) for k, v in props.items()}


def _nx_changed(graph: nx.MultiDiGraph) -> None:
    """What ``MultiDiGraph.add_edge`` does after each edge: drop networkx's per-graph cache."""
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(graph)


def _stored_props(props: dict[str, Any]) -> dict[str, Any]:
    """Non-empty properties, lists copied, in one pass (run for every node and edge a load merges)."""
    if not props:
        return {}
    return {k: (list(v) if isinstance(v, list) else v) for k, v in props.items() if v not in _EMPTY}


def _ev_tuple(e: Evidence) -> tuple:
    return (e.document, e.quote, e.start, e.end, e.method, e.confidence)


def _ev_sort_key(t: tuple) -> tuple:
    return (t[0], t[2], t[3], t[4])


def _has(sorted_list: list[str], x: str) -> bool:
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x


class EmbeddedStore:
    name = "embedded"
    whole_file_writes = True  # every write re-pickles the whole graph (pipeline.load sizes its batches by it)

    def __init__(self, data_dir: str | os.PathLike | None = None, lock_timeout: float = 30.0) -> None:
        if data_dir is None:
            from medgraph.settings import get_settings

            data_dir = get_settings().data_dir
        self.data_dir = Path(data_dir).expanduser()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.data_dir / GRAPH_FILE
        self.lock_path = self.data_dir / LOCK_FILE
        self.lock_timeout = lock_timeout
        self._flock = filelock.FileLock(str(self.lock_path), timeout=lock_timeout)
        self._mutex = threading.RLock()
        self._batch_depth = 0
        self._pinned = 0
        self._dirty = False
        self._stamp: tuple | None = None
        self._closed = False
        self._reset()
        with self._mutex:
            self._refresh()

    # ------------------------------------------------------------------ state
    def _reset(self) -> None:
        self.graph = nx.MultiDiGraph()
        # the graph's own dicts, used directly on hot paths (networkx views cost ~µs each)
        self._na: dict[str, dict[str, Any]] = self.graph._node
        self._succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = self.graph._succ
        self._pred: dict[str, dict[str, dict[str, dict[str, Any]]]] = self.graph._pred
        self._ea: dict[str, dict[str, Any]] = {}
        self._ends: dict[str, tuple[str, str]] = {}
        self._by_label: dict[str, set[str]] = {}
        self._by_type: dict[str, set[str]] = {}
        self._doc_nodes: dict[str, set[str]] = {}
        self._doc_edges: dict[str, set[str]] = {}
        self._docs: dict[str, dict[str, Any]] = {}
        self._hay: dict[str, str] = {}
        self._sorted_ids: dict[str | None, list[str]] = {}
        self._numbered: dict[Any, list[str]] | None = None  # number / (number, policy) → measure ids; reset by writes
        # (source, target, type) → sorted edge keys, filled by reads, emptied when an edge is added or removed:
        # a bureau LEADS thousands of measures, and /owners asks it for its one REPORTS_TO edge
        self._typed: dict[tuple[str | None, str | None, str], list[str]] = {}

    def _file_stamp(self) -> tuple | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def _refresh(self) -> None:
        """Reload from disk when another writer replaced the file (one stat when not)."""
        stamp = self._file_stamp()
        if stamp == self._stamp:
            return
        if stamp is None:
            self._reset()
            self._stamp = None
            return
        self._load_file()

    def _load_file(self) -> None:
        try:
            with open(self.path, "rb") as fh:
                stamp = os.fstat(fh.fileno())
                header = fh.readline()
                if header != FORMAT_HEADER:
                    raise StoreFileError(
                        f"{self.path} is not a medgraph graph file (header {header[:40]!r}, expected "
                        f"{FORMAT_HEADER.strip()!r}); move it away to start with an empty graph"
                    )
                with gc_paused():
                    data = pickle.load(fh)
        except StoreFileError:
            raise
        except FileNotFoundError:
            self._reset()
            self._stamp = None
            return
        except Exception as exc:
            raise StoreFileError(
                f"cannot read the graph file {self.path}: {type(exc).__name__}: {exc}; "
                "move it away (or reload the documents) to start with an empty graph"
            ) from exc
        self._reset()
        with gc_paused(freeze=True):
            for nid, label, name, aliases, documents, props in data["nodes"]:
                self._add_node_raw(nid, {"label": label, "name": name, "aliases": aliases,
                                         "documents": documents, "props": props})
            for key, source, target, etype, props, evidence in data["edges"]:
                self._add_edge_raw(key, source, target, {"type": etype, "props": props, "evidence": evidence})
            self._docs = {d["id"]: d for d in data["documents"]}
        _nx_changed(self.graph)
        self._stamp = (stamp.st_ino, stamp.st_size, stamp.st_mtime_ns, stamp.st_ctime_ns)

    def _payload(self) -> dict[str, Any]:
        nodes = [(nid, a["label"], a["name"], a["aliases"], a["documents"], a["props"])
                 for nid, a in self._na.items()]
        ends = self._ends
        edges = [(k, *ends[k], a["type"], a["props"], a["evidence"]) for k, a in self._ea.items()]
        return {"nodes": nodes, "edges": edges, "documents": list(self._docs.values())}

    def _save(self) -> None:
        with gc_paused():
            self._save_now()

    def _save_now(self) -> None:
        payload = self._payload()
        for stale in glob.glob(str(self.data_dir / f".{GRAPH_FILE}.tmp-*")):
            with contextlib.suppress(OSError):  # left by a killed writer; we hold the lock
                os.unlink(stale)
        fd, tmp = tempfile.mkstemp(prefix=f".{GRAPH_FILE}.tmp-", dir=self.data_dir)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(FORMAT_HEADER)
                pickle.dump(payload, fh, protocol=5)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        if os.name != "nt":  # make the rename itself durable (Windows cannot open a directory)
            dfd = os.open(self.data_dir, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        self._stamp = self._file_stamp()

    # ----------------------------------------------------------- raw mutation
    def _add_node_raw(self, nid: str, attrs: dict[str, Any]) -> None:
        self.graph.add_node(nid, **attrs)
        self._by_label.setdefault(attrs["label"], set()).add(nid)
        for d in attrs["documents"]:
            self._doc_nodes.setdefault(d, set()).add(nid)
        self._index_hay(nid, attrs)
        self._sorted_ids.clear()

    def _index_hay(self, nid: str, attrs: dict[str, Any]) -> None:
        self._hay[nid] = "\x00".join([nid, attrs["name"], *attrs["aliases"]]).lower()

    def _add_edge_raw(self, key: str, source: str, target: str, attrs: dict[str, Any]) -> None:
        """A new edge (``key`` not in the graph); ``attrs`` becomes its attribute dict. Written
        into networkx's adjacency dicts directly, as ``MultiDiGraph.add_edge`` would (one keydict
        shared by _succ[u][v] and _pred[v][u]), at half its cost; callers clear networkx's
        cache once per write (``_nx_changed``)."""
        if self._typed:
            self._typed.clear()
        succ = self._succ
        if source in succ and target in succ:
            keydict = succ[source].get(target)
            if keydict is None:
                keydict = succ[source][target] = {}
                self._pred[target][source] = keydict
            keydict[key] = attrs
        else:  # an end not in the graph yet (validated extractions never get here): networkx adds it
            self.graph.add_edge(source, target, key=key, **attrs)
            attrs = succ[source][target][key]
        self._ends[key] = (source, target)
        self._ea[key] = attrs
        self._by_type.setdefault(attrs["type"], set()).add(key)
        for ev in attrs["evidence"]:
            self._doc_edges.setdefault(ev[0], set()).add(key)
        owner = attrs["props"].get(DERIVED_BY)
        if owner:
            self._doc_edges.setdefault(owner, set()).add(key)

    def _remove_edge(self, key: str) -> None:
        if self._typed:
            self._typed.clear()
        u, v = self._ends.pop(key)
        attrs = self._ea.pop(key)
        self.graph.remove_edge(u, v, key=key)
        s = self._by_type.get(attrs["type"])
        if s is not None:
            s.discard(key)
            if not s:
                del self._by_type[attrs["type"]]
        for d in {ev[0] for ev in attrs["evidence"]} | {attrs["props"].get(DERIVED_BY)} - {None}:
            ds = self._doc_edges.get(d)
            if ds is not None:
                ds.discard(key)
                if not ds:
                    del self._doc_edges[d]

    def _remove_node(self, nid: str) -> int:
        """Drop a node and every edge touching it (whatever their evidence); returns edges removed."""
        g = self.graph
        keys = {k for _, _, k in g.out_edges(nid, keys=True)} | {k for _, _, k in g.in_edges(nid, keys=True)}
        for k in keys:
            self._remove_edge(k)
        attrs = self._na[nid]
        s = self._by_label.get(attrs["label"])
        if s is not None:
            s.discard(nid)
            if not s:
                del self._by_label[attrs["label"]]
        for d in attrs["documents"]:
            ds = self._doc_nodes.get(d)
            if ds is not None:
                ds.discard(nid)
                if not ds:
                    del self._doc_nodes[d]
        g.remove_node(nid)
        self._hay.pop(nid, None)
        self._sorted_ids.clear()
        return len(keys)

    def _merge_node(self, node: Node, doc_id: str) -> None:
        g = self.graph
        docs_new = set(node.documents) | {doc_id}
        if node.id in g:
            a = self._na[node.id]
            aliases = list(dict.fromkeys([*a["aliases"], *node.aliases]))
            # hub nodes (a bureau, a district) are named by thousands of documents: find and
            # insert the new ids by bisection, never a pass over (or a re-sort of) the whole list
            docs = a["documents"]
            added = [d for d in sorted(docs_new) if not _has(docs, d)]
            for d in added:
                bisect.insort(docs, d)
            if node.props:
                a["props"] = {**a["props"], **_stored_props(node.props)}
            for d in added:
                self._doc_nodes.setdefault(d, set()).add(node.id)
            if aliases != a["aliases"]:
                a["aliases"] = aliases
                self._index_hay(node.id, a)
        else:
            self._add_node_raw(node.id, {
                "label": node.label, "name": node.name, "aliases": list(dict.fromkeys(node.aliases)),
                "documents": sorted(docs_new), "props": _stored_props(node.props),
            })

    def _merge_edge(self, edge: Edge) -> None:
        key = edge.key
        new_ev = [_ev_tuple(e) for e in edge.evidence]
        if key in self._ends:
            u, v = self._ends[key]
            a = self._ea[key]
            # evidence is kept sorted by _ev_sort_key, one tuple per key (the first seen wins); an
            # edge such as a catalog REPORTS_TO is quoted by thousands of documents, so each new
            # tuple is placed by bisection instead of rebuilding and re-sorting the whole list
            ev = a["evidence"]
            for t in new_ev:
                k = _ev_sort_key(t)
                i = bisect.bisect_left(ev, k, key=_ev_sort_key)
                if i < len(ev) and _ev_sort_key(ev[i]) == k:
                    continue
                ev.insert(i, t)
                self._doc_edges.setdefault(t[0], set()).add(key)
            if edge.props:
                a["props"] = {**a["props"], **_stored_props(edge.props)}
                owner = a["props"].get(DERIVED_BY)
                if owner:
                    self._doc_edges.setdefault(owner, set()).add(key)
        else:
            seen = {}
            for t in new_ev:
                seen.setdefault((t[0], t[2], t[3], t[4]), t)
            self._add_edge_raw(key, edge.source, edge.target, {
                "type": edge.type, "props": _stored_props(edge.props),
                "evidence": sorted(seen.values(), key=_ev_sort_key),
            })

    def _retract(self, doc_id: str) -> dict[str, int]:
        """Remove what ``doc_id`` contributed: its evidence, then its mentions."""
        removed_nodes = removed_edges = 0
        g = self.graph
        self._dirty = True
        self._numbered = None
        for key in sorted(self._doc_edges.get(doc_id, ())):
            if key not in self._ends:
                continue
            u, v = self._ends[key]
            a = self._ea[key]
            if a["props"].get(DERIVED_BY) == doc_id:  # asserted by this computed document alone
                self._remove_edge(key)
                removed_edges += 1
                continue
            left = [t for t in a["evidence"] if t[0] != doc_id]
            if left:
                a["evidence"] = left
                self._doc_edges[doc_id].discard(key)
            else:
                self._remove_edge(key)
                removed_edges += 1
        self._doc_edges.pop(doc_id, None)
        for nid in sorted(self._doc_nodes.get(doc_id, ())):
            if nid not in g:
                continue
            a = self._na[nid]
            docs = [d for d in a["documents"] if d != doc_id]
            if docs:
                a["documents"] = docs
            else:
                removed_edges += self._remove_node(nid)
                removed_nodes += 1
        self._doc_nodes.pop(doc_id, None)
        return {"nodes": removed_nodes, "edges": removed_edges}

    def _validate(self, ex: Extraction, pending: set[str]) -> None:
        doc = ex.document.id
        if not doc:
            raise ValueError("extraction has a document record without an id")
        known = {n.id for n in ex.nodes} | {doc}
        for e in ex.edges:
            if not e.evidence:
                raise ValueError(f"{doc}: edge {e.key} has no evidence (an edge with no evidence is a bug)")
            for end in (e.source, e.target):
                if end not in known and end not in pending and end not in self.graph:
                    raise ValueError(f"{doc}: edge {e.key} refers to node {end!r}, which is neither in "
                                     "this extraction nor already in the graph")

    def _apply(self, ex: Extraction) -> None:
        rec = ex.document
        doc_id = rec.id
        self._dirty = True
        self._numbered = None
        if doc_id in self._docs or doc_id in self._doc_nodes or doc_id in self._doc_edges:
            self._retract(doc_id)
        record = rec.model_dump()
        self._docs[doc_id] = record
        self._merge_node(document_node(rec), doc_id)
        for n in ex.nodes:
            self._merge_node(n, doc_id)
        for e in ex.edges:
            self._merge_edge(e)

    # --------------------------------------------------------------- locking
    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """Hold the file lock, bring memory up to date, persist once at the end."""
        with self._mutex:
            if self._closed:
                raise RuntimeError("the store is closed")
            if self._batch_depth:
                self._batch_depth += 1
                try:
                    yield
                finally:
                    self._batch_depth -= 1
                return
            try:
                self._flock.acquire()
            except filelock.Timeout:
                raise StoreLockedError(
                    f"another medgraph load is writing to {self.data_dir}; wait for it or remove the stale "
                    f"lock {self.lock_path} if no medgraph process is running "
                    f"(waited {self.lock_timeout:g} s)"
                ) from None
            self._batch_depth = 1
            self._dirty = False
            try:
                self._refresh()
                try:
                    yield
                    if self._dirty:
                        self._save()
                except BaseException:
                    if self._dirty:  # roll back to what is on disk: nothing of this write survives
                        self._stamp = None
                        self._reset()
                        self._refresh()
                    raise
            finally:
                self._batch_depth = 0
                self._flock.release()

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """``with store.batch(): store.upsert(a); store.unload(b)`` — one lock, one write."""
        return self._write()

    # ---------------------------------------------------------------- writes
    def upsert(self, extraction: Extraction) -> None:
        self.upsert_many([extraction])

    def upsert_many(self, extractions: Iterable[Extraction]) -> None:
        """Apply many documents in memory, persist once; all or nothing: if one is invalid
        (ValueError names it), the documents applied before it are rolled back (the graph is
        re-read from the file) and nothing is written. ``extractions`` is consumed one at a
        time, so a caller can hand thousands of documents without holding them all built."""
        with self._write():
            with gc_paused(freeze=True):  # what a load adds is long-lived: keep it out of later GC scans
                try:
                    for ex in extractions:
                        self._validate(ex, set())
                        self._apply(ex)
                finally:
                    _nx_changed(self.graph)

    def unload(self, doc_id: str) -> dict[str, int]:
        with self._write():
            if doc_id not in self._docs:
                loaded = sorted(self._docs)
                shown = ", ".join(loaded[:20]) + (" …" if len(loaded) > 20 else "")
                raise KeyError(f"no loaded document {doc_id!r}; loaded: {shown or 'none'}")
            removed = self._retract(doc_id)
            self._docs.pop(doc_id, None)
            if doc_id in self.graph and not self._na[doc_id]["documents"]:
                removed["edges"] += self._remove_node(doc_id)
                removed["nodes"] += 1
            return removed

    # ----------------------------------------------------------------- reads
    def _read(self) -> None:
        if self._closed:
            raise RuntimeError("the store is closed")
        if not self._batch_depth and not self._pinned:
            self._refresh()

    @contextlib.contextmanager
    def pinned(self) -> Iterator[None]:
        """``with store.pinned(): ...`` — every read inside sees one state of the graph (the
        file is checked once, at the start, instead of once per read: an /owners answer makes
        ~10 reads, ~8 µs of stat each). Other threads wait for the block to finish."""
        with self._mutex:
            self._read()
            self._pinned += 1
            try:
                yield
            finally:
                self._pinned -= 1

    def reads_inline(self) -> bool:
        """True when reads will be answered from memory without waiting: no other thread is
        inside the store (writing, re-reading the file or answering a long read), nothing is
        being written by this instance and the file has not changed since it was read (one
        stat). The API then answers on its event loop instead of a worker thread."""
        if not self._mutex.acquire(blocking=False):
            return False
        try:
            return not self._closed and not self._batch_depth and self._file_stamp() == self._stamp
        finally:
            self._mutex.release()

    def _node(self, nid: str) -> Node:
        a = self._na[nid]
        return trusted_node(id=nid, label=a["label"], name=a["name"], aliases=list(a["aliases"]),
                                    documents=list(a["documents"]), props=_copy_props(a["props"]))

    def _edge(self, key: str) -> Edge:
        u, v = self._ends[key]
        a = self._ea[key]
        ev = [trusted_evidence(document=t[0], quote=t[1], start=t[2], end=t[3], method=t[4],
                                       confidence=t[5]) for t in a["evidence"]]
        return trusted_edge(source=u, target=v, type=a["type"], props=_copy_props(a["props"]), evidence=ev)

    def documents(self) -> list[DocumentRecord]:
        with self._mutex:
            self._read()
            return [DocumentRecord(**self._docs[d]) for d in sorted(self._docs)]

    def document(self, doc_id: str) -> DocumentRecord | None:
        with self._mutex:
            self._read()
            d = self._docs.get(doc_id)
            return DocumentRecord(**d) if d is not None else None

    def source_kinds(self, doc_ids: list[str]) -> dict[str, str]:
        """Source kind of each listed document ("" when not loaded), without building records."""
        with self._mutex:
            self._read()
            out = {}
            for d in doc_ids:
                rec = self._docs.get(d)
                out[d] = source_kind_of(SimpleNamespace(**rec)) if rec is not None else ""
            return out

    def get_node(self, node_id: str) -> Node | None:
        with self._mutex:
            self._read()
            return self._node(node_id) if node_id in self.graph else None

    def _ids(self, label: str | None) -> list[str]:
        ids = self._sorted_ids.get(label)
        if ids is None:
            ids = sorted(self.graph.nodes) if label is None else sorted(self._by_label.get(label, ()))
            self._sorted_ids[label] = ids
        return ids

    def nodes(self, label: str | None = None) -> list[Node]:
        with self._mutex:
            self._read()
            with gc_paused():
                return [self._node(n) for n in self._ids(label)]

    def measures_numbered(self, number: int, policy: str | None = None) -> list[Node]:
        with self._mutex:
            self._read()
            if self._numbered is None:  # one pass over the measures per store state, then lookups
                index: dict[Any, list[str]] = {}
                for n in self._ids("Measure"):
                    p = self._na[n]["props"]
                    num = p.get("number")
                    if isinstance(num, int):
                        index.setdefault(num, []).append(n)
                        index.setdefault((num, p.get("policy")), []).append(n)
                self._numbered = index
            key = number if policy is None else (number, policy)
            return [self._node(n) for n in self._numbered.get(key, ())] if isinstance(number, int) else []

    def edges(self, source: str | None = None, target: str | None = None, type: str | None = None) -> list[Edge]:
        with self._mutex:
            self._read()
            g = self.graph
            if type is not None and (source is None) != (target is None):
                keys = self._typed_keys(source, target, type)
            elif source is not None:
                if source not in g:
                    return []
                if target is not None:
                    keys = list(self._succ[source].get(target, {}))
                else:
                    keys = [k for nbrs in self._succ[source].values() for k in nbrs]
            elif target is not None:
                if target not in g:
                    return []
                keys = [k for nbrs in self._pred[target].values() for k in nbrs]
            elif type is not None:
                keys = list(self._by_type.get(type, ()))
            else:
                keys = list(self._ends)
            if type is not None and source is not None and target is not None:
                keys = [k for k in keys if self._ea[k]["type"] == type]
            with gc_paused():
                return [self._edge(k) for k in sorted(keys)]

    def _typed_keys(self, source: str | None, target: str | None, type: str) -> list[str]:
        """Sorted keys of ``type`` edges out of ``source`` (or into ``target``): one scan of the
        node's edges per store state, then a dict lookup."""
        ck = (source, target, type)
        keys = self._typed.get(ck)
        if keys is None:
            node = source if source is not None else target
            adj = (self._succ if source is not None else self._pred).get(node, {})
            ea = self._ea
            keys = sorted(k for nbrs in adj.values() for k in nbrs if ea[k]["type"] == type)
            self._typed[ck] = keys
        return keys

    def search(self, terms: list[str], label: str | None = None, limit: int = 20) -> list[Node]:
        with self._mutex:
            self._read()
            ts = list(dict.fromkeys(t.strip().lower() for t in terms if t and t.strip()))
            if not ts or limit <= 0:
                return []
            ids = self._by_label.get(label, ()) if label is not None else self._hay.keys()
            hay = self._hay
            hits = [nid for nid in ids if any(t in hay[nid] for t in ts)]
            g = self.graph

            def rank(nid: str) -> tuple:
                a = self._na[nid]
                names = [a["name"].lower(), *(x.lower() for x in a["aliases"])]
                exact = any(t == n for t in ts for n in names)
                prefix = any(n.startswith(t) for t in ts for n in names)
                return (not exact, not prefix, len(a["name"]), nid)

            hits.sort(key=rank)
            return [self._node(n) for n in hits[:limit]]

    def neighborhood(self, node_id: str, depth: int = 1, limit: int = 200) -> tuple[list[Node], list[Edge]]:
        with self._mutex:
            self._read()
            g = self.graph
            if node_id not in g or limit <= 0:
                return [], []
            chosen = [node_id]
            seen = {node_id}
            frontier = [node_id]
            for _ in range(max(depth, 0)):
                if len(chosen) >= limit:
                    break
                nxt: set[str] = set()
                for n in frontier:
                    for m in self._succ[n]:
                        if m not in seen:
                            nxt.add(m)
                    for m in self._pred[n]:
                        if m not in seen:
                            nxt.add(m)
                if not nxt:
                    break
                level = sorted(nxt)
                seen.update(level)
                chosen.extend(level)
                frontier = level
            chosen = chosen[:limit]
            inside = set(chosen)
            keys = [k for n in chosen for m, ks in self._succ[n].items() if m in inside for k in ks]
            return [self._node(n) for n in chosen], [self._edge(k) for k in sorted(keys)]

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
        """Paths ``offset`` to ``offset + limit`` of ``paths``, searched within ``budget``
        (medgraph.store.pathsearch), saying whether the budget cut the walk short. Only the
        page is built into Nodes and Edges. Holds the store's lock for the walk, so the
        budget also bounds how long other readers wait."""
        if direction not in ("out", "in", "both"):
            raise ValueError(f"direction must be out, in or both, not {direction!r}")
        with self._mutex:
            self._read()
            if source not in self.graph or limit <= 0 or max_hops < 1:
                return PathResult([], False)
            succ, pred, na = self._succ, self._pred, self._na
            cache: dict[str, list[tuple[str, str]]] = {}

            def steps(n: str) -> list[tuple[str, str]]:
                got = cache.get(n)
                if got is None:
                    got = []
                    if direction != "in":
                        got.extend((m, k) for m, ks in succ[n].items() for k in ks)
                    if direction != "out":
                        got.extend((m, k) for m, ks in pred[n].items() for k in ks)
                    got.sort()
                    cache[n] = got
                return got

            def wanted(n: str) -> bool:
                return (to_id is None or n == to_id) and (to_label is None or na[n]["label"] == to_label)

            res = walk(source, steps, wanted, max_hops, offset + limit + 1, budget)
            nodes: dict[str, Node] = {}
            edges: dict[str, Edge] = {}
            out: list[list[Node | Edge]] = []
            for ns, ks in res.found[offset:offset + limit]:
                path: list[Node | Edge] = [nodes.get(ns[0]) or nodes.setdefault(ns[0], self._node(ns[0]))]
                for m, k in zip(ns[1:], ks):
                    path.append(edges.get(k) or edges.setdefault(k, self._edge(k)))
                    path.append(nodes.get(m) or nodes.setdefault(m, self._node(m)))
                out.append(path)
            return PathResult(out, res.truncated, len(res.found) > offset + limit)

    def counts(self) -> dict[str, dict[str, int]]:
        with self._mutex:
            self._read()
            return {
                "labels": {lab: len(ids) for lab, ids in sorted(self._by_label.items()) if ids},
                "types": {t: len(ks) for t, ks in sorted(self._by_type.items()) if ks},
            }

    def close(self) -> None:
        with self._mutex:
            self._closed = True
            self._reset()


def document_node(rec: DocumentRecord) -> Node:
    """The graph node standing for a loaded document (label ``Document``)."""
    props = {k: v for k, v in rec.model_dump(exclude={"id"}).items() if v not in _EMPTY}
    return Node(id=rec.id, label="Document", name=rec.title or rec.id, aliases=[], documents=[rec.id], props=props)
