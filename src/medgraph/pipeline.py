"""Files in, graph out: read → extract → upsert, one document at a time.

The one ingest path: ``load`` adds documents and ``unload`` removes one, for the CLI and the
HTTP API alike (an API upload is an :class:`Upload` given to ``load``), so every route applies
the bundled manifest, refuses what it must and recomputes the cross-document editions links.

Bad input never stops a batch: each failure is reported with the file and the reason,
and nothing already stored is touched (a document is upserted whole or not at all).
Reloading unchanged content is a no-op (same sha256).

Configuration comes in as a :class:`~medgraph.settings.Settings` (``settings=``), read from the
environment only when the caller passes none.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Union

import yaml

from medgraph.catalog import CATALOG_DOC_ID, load_catalog
from medgraph.documents import (DEFAULT_MAX_FILE_BYTES, Document, DocumentError, document_id, read_bytes,
                                read_document)
from medgraph.extract import extract, given_place
from medgraph.gcpause import paused as gc_paused
from medgraph.extract.source_kind import SOURCE_KINDS
from medgraph.models import DocumentRecord, Extraction
from medgraph.resources import asset
from medgraph.settings import Settings, get_settings
from medgraph.store.base import GraphStore

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
EDITIONS_DOC_ID = "editions"  # = medgraph.editions.EDITIONS_DOC_ID (not imported: that package is heavy)
# computed or curated pseudo-documents: removing one would drop curated facts or computed links
PROTECTED_DOCUMENTS = (CATALOG_DOC_ID, EDITIONS_DOC_ID)


@dataclass(frozen=True)
class Upload:
    """A document given as bytes (an HTTP upload). ``name`` is the file name the client sent:
    its suffix gives the format and its stem the document id, as for a file on disk."""

    name: str
    data: bytes = field(repr=False)
    #: the source kind the uploader states (official | interpretation | news | analysis), or None
    #: to keep what medgraph infers from the text
    source_kind: str | None = None
    #: the place the uploader says the document belongs to (上海市, 广东省, 国家), or None; see
    #: medgraph.extract.given_place — used only when the text names no place of its own
    jurisdiction: str | None = None


Source = Union[Path, Upload]


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (path, reason)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    # not in to_dict (the CLI's JSON): what callers such as the HTTP API answer with
    unreadable: list[str] = field(default_factory=list)    # paths of failed whose input is at fault
    conflicts: list[str] = field(default_factory=list)     # paths refused: their id is another document's
    extracted: dict[str, dict] = field(default_factory=dict)  # document id → counts of its extraction

    def to_dict(self) -> dict:
        return {
            "loaded": self.loaded, "unchanged": self.unchanged,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "warnings": self.warnings, "counts": self.counts,
        }


def bundled_manifest() -> dict[str, dict]:
    data = yaml.safe_load(asset("loaders", "manifest.yaml").read_text(encoding="utf-8")) or {}
    return {d["file"]: d for d in data.get("documents", [])}


def bundled_files() -> list[Path]:
    corpus = asset("loaders", "corpus")
    return [corpus / name for name in bundled_manifest()]


@lru_cache(maxsize=1)
def _bundled_by_content() -> dict[tuple[str, str], dict]:
    """(file name, sha256 of its bytes) → the manifest entry of that bundled file."""
    out = {}
    for f in bundled_files():
        try:
            out[(f.name, hashlib.sha256(f.read_bytes()).hexdigest())] = bundled_manifest()[f.name]
        except OSError:  # pragma: no cover - a broken install: the file is reported when loaded
            continue
    return out


def manifest_entry(name: str, sha256: str) -> dict | None:
    """The bundled manifest's metadata for a document that IS a bundled file (same file name,
    same bytes), however it arrives: ``medgraph load``, a path to the file, an upload."""
    return _bundled_by_content().get((Path(name).name, sha256))


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to load (folders walked recursively, supported suffixes only, sorted) and
    the paths that do not exist."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED))
        elif p.is_file():
            files.append(p)
        else:
            missing.append((str(p), "no such file or directory"))
    return files, missing


def _apply_manifest(ex: Extraction, meta: dict | None) -> Extraction:
    if not meta:
        return ex
    update = {k: v for k, v in {
        "title": meta.get("title"), "kind": meta.get("kind"), "date": meta.get("date"),
        "doc_number": meta.get("doc_number"),
    }.items() if v}
    if meta.get("source_kind"):
        update.update(override_source_kind(ex.document, meta["source_kind"], "manifest"))
    rec = ex.document.model_copy(update=update)
    return ex.model_copy(update={"document": rec})


def override_source_kind(record: DocumentRecord, kind: str, given_by: str) -> dict:
    """Fields that set a document's source kind as given by a manifest or an upload,
    keeping what the text suggested for comparison."""
    if kind not in SOURCE_KINDS:
        raise ValueError(f"source_kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    inferred = record.source_kind
    return {"source_kind": kind, "source_evidence": {
        "method": given_by, "basis": f"given by the {given_by}", "inferred": inferred,
        "inferred_evidence": dict(record.source_evidence)}}


def ensure_catalog(store: GraphStore, settings: Settings | None = None) -> bool:
    """Load the curated catalog as the pseudo-document ``catalog`` when it changed."""
    configured = (settings or get_settings()).catalog_path
    catalog = load_catalog(str(configured) if configured else None)
    current = store.document(CATALOG_DOC_ID)
    if current is not None and current.sha256 == catalog.sha256:
        return False
    store.upsert(catalog.extraction())
    return True


@dataclass(frozen=True)
class ReadSettings:
    """What reading and extracting a file need of the settings: sent with every task to the
    worker processes, so they never consult an environment or cache of their own."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    catalog_path: str | None = None   # None: the bundled catalog
    #: the jurisdiction given for every file of this load (``medgraph load --jurisdiction``), or None
    jurisdiction: str | None = None

    @classmethod
    def of(cls, settings: Settings, jurisdiction: str | None = None) -> "ReadSettings":
        return cls(settings.max_file_bytes, str(settings.catalog_path) if settings.catalog_path else None,
                   jurisdiction or None)


def extract_file(path: Path, rs: ReadSettings = ReadSettings()) -> tuple[Document, Extraction]:
    doc = read_document(path, rs.max_file_bytes)
    return doc, extract(doc, load_catalog(rs.catalog_path), jurisdiction=rs.jurisdiction)


def _given_jurisdiction(src: "Source", rs: ReadSettings) -> str | None:
    """An upload's own jurisdiction, else the load's."""
    return (src.jurisdiction if isinstance(src, Upload) and src.jurisdiction else None) or rs.jurisdiction


@dataclass(frozen=True)
class _Read:
    """What the loader keeps of a read document (not its text: that stays in the worker)."""

    id: str
    sha256: str


@dataclass(frozen=True)
class _Packed:
    """An Extraction kept pickled until the store applies it: a pending embedded batch can
    hold thousands of documents, ~60 KB each pickled against ~200 KB as live pydantic objects
    (10k-document load: ~0.7 GB less at the peak)."""

    document_id: str
    warnings: list[str]
    data: bytes

    def unpack(self) -> Extraction:
        import pickle

        with gc_paused():  # ~200 small objects: the GC would rescan the loader's whole heap for them
            return pickle.loads(self.data)


def _ex_id(ex: Extraction | _Packed) -> str:
    return ex.document_id if isinstance(ex, _Packed) else ex.document.id


def _unpack(ex: Extraction | _Packed) -> Extraction:
    return ex.unpack() if isinstance(ex, _Packed) else ex


def _read(src: Source, name: str | None, rs: ReadSettings) -> Document:
    if isinstance(src, Upload):
        return read_bytes(src.data, src.name, rs.max_file_bytes)
    doc = read_document(src, rs.max_file_bytes)
    # a bundled file is recorded under its manifest name, not where the package is installed
    return dataclasses.replace(doc, path=name) if name else doc


def _source_name(src: Source) -> str:
    return src.name if isinstance(src, Upload) else str(src)


def read_extract(src: Source, skip_sha: str | None, name: str | None = None, pack: bool = False,
                 rs: ReadSettings = ReadSettings()) -> tuple[str, Any, Extraction | _Packed | None]:
    """One file or upload → ``("ok", _Read, Extraction)`` (a :class:`_Packed` one when ``pack``),
    ``("unchanged", _Read, None)`` when its content hash is ``skip_sha``, or
    ``("unreadable", reason, None)`` (the input's fault) / ``("failed", reason, None)`` (an
    extraction bug). Never raises for bad input: runs in worker processes, where an exception
    would cost the whole chunk. ``name``: the path to record for the document (bundled files)."""
    path = _source_name(src)
    try:
        doc = _read(src, name, rs)
        read = _Read(doc.id, doc.sha256)
        if skip_sha == doc.sha256:
            return "unchanged", read, None
        ex = _apply_manifest(extract(doc, load_catalog(rs.catalog_path), jurisdiction=_given_jurisdiction(src, rs)),
                             manifest_entry(doc.path, doc.sha256))
        if isinstance(src, Upload) and src.source_kind:
            ex = ex.model_copy(update={"document": ex.document.model_copy(
                update=override_source_kind(ex.document, src.source_kind, "upload"))})
        if pack:
            import pickle

            return "ok", read, _Packed(ex.document.id, ex.warnings, pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL))
        return "ok", read, ex
    except DocumentError as exc:
        return "unreadable", _reason(path, str(exc)), None
    except Exception as exc:  # extraction bug on odd input: report, keep the batch going
        return "failed", f"could not extract: {type(exc).__name__}: {_one_line(exc)}", None


def extracted(files: list[Source], skip: dict[str, str], names: dict[int, str],
              workers: int, pack: bool = False, rs: ReadSettings = ReadSettings()) -> Iterator[tuple]:
    """``read_extract(source, …)`` for every source, in order (close it when stopping early:
    that stops the worker processes). ``names``: index → path to record (bundled files)."""
    from medgraph.parallel import ordered_map

    tasks = [(f, skip.get(document_id(_source_name(f))), names.get(i), pack, rs) for i, f in enumerate(files)]
    return ordered_map(read_extract, tasks, workers)


class LoadAborted(RuntimeError):
    """The store became unreachable or stayed locked mid-load. ``report`` holds what was
    done before; documents already stored are complete, and re-running the same load
    skips them (unchanged content is a no-op)."""

    def __init__(self, message: str, report: LoadReport):
        super().__init__(message)
        self.report = report


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _reason(path: Path | str, message: str) -> str:
    """The reason without a leading repeat of the path (DocumentError messages start with it)."""
    message = _one_line(message)
    prefix = f"{path}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _fatal(exc: BaseException) -> bool:
    """Errors after which no further document can be stored (store down or locked)."""
    from medgraph.store.errors import StoreUnavailable

    return isinstance(exc, StoreUnavailable) or type(exc).__name__ in ("StoreLockedError", "StoreFileError")


def _extraction_counts(ex: Extraction) -> dict:
    return {"nodes": len(ex.nodes), "edges": len(ex.edges),
            "labels": dict(Counter(n.label for n in ex.nodes)), "types": dict(Counter(e.type for e in ex.edges))}


def _refresh_editions(store: GraphStore, report: LoadReport, force: bool = False) -> None:
    """Cross-document links (PRECEDED_BY, REPORTS_ON) recomputed over the store after a
    load that changed the stored documents (or a forced one), as the pseudo-document
    ``editions`` (see medgraph.editions.refresh)."""
    from medgraph.editions import refresh

    try:
        refresh(store, force=force)
    except Exception as exc:
        if _fatal(exc):
            raise LoadAborted(f"the graph store became unavailable while linking editions: {_one_line(exc)}; "
                              "re-run the load to finish (stored documents are skipped, the links are recomputed)",
                              report) from exc
        report.warnings.append(f"editions: could not link measures across editions: {_one_line(exc)}")


def load(
    store: GraphStore,
    paths: Iterable[str | Path | Upload] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    force: bool = False,
    workers: int | None = None,
    *,
    replace: bool = True,
    settings: Settings | None = None,
    jurisdiction: str | None = None,
) -> LoadReport:
    """Read, extract and store ``paths`` (files, folders or :class:`Upload` s; default: the
    bundled corpus), then relink editions. A file that is one of the bundled corpus (same
    name and bytes) gets its manifest metadata whichever way it comes in.

    ``replace=False`` (the HTTP API): a document whose id is already taken by a stored
    document with other content is refused (``report.conflicts``), not silently replaced.

    Read + extract run in ``workers`` processes (default ``settings.load_workers``, else
    the CPU count; see medgraph.parallel); their results are consumed in file order, so the
    report and the stored graph are the same for any worker count.

    ``jurisdiction`` (or an Upload's own): the place the documents belong to, for texts that
    never name theirs (extract.given_place; an unknown place raises UnknownJurisdiction before
    anything is read). A stored document given another jurisdiction than this load's is
    re-extracted even when its content is unchanged."""
    from medgraph.parallel import default_workers

    settings = settings or get_settings()
    load_key = given_place.normalize(jurisdiction)  # refuses an unknown place before reading anything
    for p in paths or ():
        if isinstance(p, Upload):
            given_place.normalize(p.jurisdiction)
    workers = default_workers(settings.load_workers) if workers is None else workers
    report = LoadReport()
    names: dict[int, str] = {}
    if not paths:
        files: list[Source] = list(bundled_files())
        missing: list[tuple[str, str]] = []
        names = {i: f.name for i, f in enumerate(files)}
    else:
        items = list(paths)
        files, missing = expand([p for p in items if not isinstance(p, Upload)])
        files += [p for p in items if isinstance(p, Upload)]
    report.failed.extend(missing)
    try:
        ensure_catalog(store, settings)
        stored = store.documents()
        known = {d.id: d.sha256 for d in stored}
        known_given = {d.id: d.jurisdiction_given for d in stored}
    except Exception as exc:
        if _fatal(exc):
            raise LoadAborted(f"the graph store is unavailable: {_one_line(exc)}", report) from exc
        raise
    total = len(files)
    batch: list[tuple[Path, _Read, Extraction | _Packed]] = []
    batch_upsert = getattr(store, "upsert_many", None)
    # documents applied per write. The embedded store re-pickles the whole graph on each write,
    # so with a fixed batch a load's writes cost O(n²) (10k documents: ten writes of a growing
    # graph, ~45 s CPU); there a write waits for MEDGRAPH_LOAD_BATCH documents AND half as many
    # as the store already holds, so writes cost O(n) overall. A crash loses at most the batch
    # in flight (re-running the load redoes just that), never the stored graph.
    grows = bool(getattr(store, "whole_file_writes", False))
    batch_size = settings.load_batch_documents

    def store_one(path: Source, doc: _Read, ex: Extraction | _Packed) -> None:
        try:
            store.upsert(_unpack(ex))
        except Exception as exc:
            if _fatal(exc):
                raise LoadAborted(
                    f"the graph store became unavailable while loading {path} ({len(report.loaded)} document(s) "
                    f"stored before it): {_one_line(exc)}; re-run the load to finish (stored documents are skipped)",
                    report) from exc
            report.failed.append((str(path), f"store rejected the document: {_one_line(exc)}"))
            return
        report.loaded.append(_ex_id(ex))
        known[doc.id] = doc.sha256
        known_given[doc.id] = given_key(path)

    def flush() -> None:
        if not batch:
            return
        items = list(batch)
        batch.clear()
        try:
            batch_upsert(_unpack(ex) for _, _, ex in items)  # unpacked one at a time as the store applies them
        except Exception as exc:
            if _fatal(exc):
                raise LoadAborted(
                    f"the graph store became unavailable ({len(report.loaded)} document(s) stored before it): "
                    f"{_one_line(exc)}; re-run the load to finish (stored documents are skipped)", report) from exc
            for item in items:  # nothing of the batch was written: store one by one to isolate the bad one
                store_one(*item)
            return
        for path, doc, ex in items:
            report.loaded.append(_ex_id(ex))
            known[doc.id] = doc.sha256
            known_given[doc.id] = given_key(path)

    rs = ReadSettings.of(settings, jurisdiction)

    def given_key(src: Source) -> str:
        """The jurisdiction key this load gives ``src`` (its upload's own, else the load's; "" for none)."""
        return given_place.normalize(_given_jurisdiction(src, rs))

    def place_changed(src: Source, doc_id: str) -> bool:
        """Was the stored document given another jurisdiction than this load gives it?"""
        key = given_key(src)
        return bool(key) and known_given.get(doc_id, "") != key

    # what workers may skip: the store as it was before this load (a document to be given another
    # jurisdiction is re-extracted: its id is not in the map)
    skip = {} if force else {i: sha for i, sha in known.items()
                             if not (load_key and known_given.get(i, "") != load_key)}
    pack = grows and batch_upsert is not None and len(files) > batch_size  # batches may grow past MEDGRAPH_LOAD_BATCH
    with contextlib.closing(extracted(files, skip, names, workers, pack, rs)) as results:
        for i, (path, (status, doc, ex)) in enumerate(zip(files, results), 1):
            if progress:
                progress(i, total, _source_name(path))
            if status in ("failed", "unreadable"):
                report.failed.append((_source_name(path), doc))
                if status == "unreadable":
                    report.unreadable.append(_source_name(path))
                continue
            if not force and known.get(doc.id) == doc.sha256 and not place_changed(path, doc.id):
                report.unchanged.append(doc.id)
                continue
            if not replace and known.get(doc.id) not in (None, doc.sha256):
                report.failed.append((_source_name(path), (
                    f"another document with the id {doc.id} is already loaded (different content): "
                    f"unload {doc.id} first to replace it, or give this file another name")))
                report.conflicts.append(_source_name(path))
                continue
            if ex is None:  # skipped as unchanged, but an earlier file of this load replaced that document
                status, doc, ex = read_extract(path, None, names.get(i - 1), pack, rs)
                if status in ("failed", "unreadable"):
                    report.failed.append((_source_name(path), doc))
                    continue
            if not isinstance(ex, _Packed):
                report.extracted[doc.id] = _extraction_counts(ex)
            report.warnings.extend(ex.warnings)
            if batch_upsert is not None:
                batch.append((path, doc, ex))
                if len(batch) >= (max(batch_size, len(known) // 2) if grows else batch_size):
                    flush()
            else:
                store_one(path, doc, ex)
    flush()
    _refresh_editions(store, report, force=force)
    try:
        report.counts = store.counts()
    except Exception as exc:  # the server went away after the last write: what is stored is whole
        if _fatal(exc):
            raise LoadAborted(f"the graph store became unavailable after the load ({len(report.loaded)} document(s) "
                              f"stored): {_one_line(exc)}; re-run the load to finish (stored documents are skipped)",
                              report) from exc
        raise
    return report


class UnloadRefused(ValueError):
    """The document may not be removed (a pseudo-document: the catalog, the editions links)."""


class NotLoaded(LookupError):
    """No loaded document has that id; ``known`` lists the ids that are loaded."""

    def __init__(self, message: str, known: list[str]):
        super().__init__(message)
        self.known = known


def resolve_document(store: GraphStore, doc_id: str) -> str:
    """A loaded document's id from what a user typed: the id itself, or the id without its
    ``doc-`` prefix (``004_6ce60b661450eb27`` → ``doc-004_6ce60b661450eb27``)."""
    known = sorted(d.id for d in store.documents())
    for candidate in (doc_id, f"doc-{doc_id}"):
        if candidate in known:
            return candidate
    raise NotLoaded(f"no loaded document {doc_id!r}", known)


def unload(store: GraphStore, doc_id: str, *, settings: Settings | None = None) -> dict[str, Any]:
    """Remove a document and whatever only it supported, then relink editions (links die with
    the measures they joined; the refresh recomputes what the remaining documents support).
    The pseudo-documents ``catalog`` and ``editions`` are refused (:class:`UnloadRefused`):
    they are curated facts and computed links, not documents a user loaded. Returns
    ``{"document", "removed", "warnings"}``."""
    resolved = resolve_document(store, doc_id)
    if resolved in PROTECTED_DOCUMENTS:
        what = "the curated catalog (graph/catalog.yaml, or MEDGRAPH_CATALOG)" if resolved == CATALOG_DOC_ID else \
            "the computed PRECEDED_BY / REPORTS_ON links (recomputed after every load and unload)"
        raise UnloadRefused(f"{resolved!r} is {what}, not a loaded document: it cannot be unloaded")
    removed = store.unload(resolved)
    report = LoadReport()
    _refresh_editions(store, report)
    return {"document": resolved, "removed": removed, "warnings": report.warnings}
