"""Files in, graph out: read → extract → upsert, one document at a time.

Bad input never stops a batch: each failure is reported with the file and the reason,
and nothing already stored is touched (a document is upserted whole or not at all).
Reloading unchanged content is a no-op (same sha256).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medgraph.catalog import CATALOG_DOC_ID, load_catalog
from medgraph.documents import Document, DocumentError, document_id, read_document
from medgraph.extract import extract
from medgraph.gcpause import paused as gc_paused
from medgraph.extract.source_kind import SOURCE_KINDS
from medgraph.models import DocumentRecord, Extraction
from medgraph.resources import asset
from medgraph.store.base import GraphStore

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (path, reason)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

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


def ensure_catalog(store: GraphStore) -> bool:
    """Load the curated catalog as the pseudo-document ``catalog`` when it changed."""
    catalog = load_catalog()
    current = store.document(CATALOG_DOC_ID)
    if current is not None and current.sha256 == catalog.sha256:
        return False
    store.upsert(catalog.extraction())
    return True


def extract_file(path: Path) -> tuple[Document, Extraction]:
    doc = read_document(path)
    return doc, extract(doc)


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


def read_extract(path: Path, skip_sha: str | None, meta: dict | None,
                 pack: bool = False) -> tuple[str, Any, Extraction | _Packed | None]:
    """One file → ``("ok", _Read, Extraction)`` (a :class:`_Packed` one when ``pack``),
    ``("unchanged", _Read, None)`` when its content hash is ``skip_sha``, or
    ``("failed", reason, None)``. Never raises for bad input: runs in worker processes,
    where an exception would cost the whole chunk."""
    try:
        doc = read_document(path)
        read = _Read(doc.id, doc.sha256)
        if skip_sha == doc.sha256:
            return "unchanged", read, None
        ex = _apply_manifest(extract(doc), meta)
        if pack:
            import pickle

            return "ok", read, _Packed(ex.document.id, ex.warnings, pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL))
        return "ok", read, ex
    except DocumentError as exc:
        return "failed", _reason(path, str(exc)), None
    except Exception as exc:  # extraction bug on odd input: report, keep the batch going
        return "failed", f"could not extract: {type(exc).__name__}: {_one_line(exc)}", None


def extracted(files: list[Path], skip: dict[str, str], manifest: dict[str, dict],
              workers: int | None, pack: bool = False) -> Iterator[tuple]:
    """``read_extract(path, …)`` for every file, in file order (close it when stopping early:
    that stops the worker processes)."""
    from medgraph.parallel import ordered_map

    tasks = [(f, skip.get(document_id(f)), manifest.get(f.name), pack) for f in files]
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
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    force: bool = False,
    workers: int | None = None,
) -> LoadReport:
    """Read, extract and store ``paths`` (default: the bundled corpus), then relink editions.

    Read + extract run in ``workers`` processes (default ``MEDGRAPH_LOAD_WORKERS``, else
    the CPU count; see medgraph.parallel); their results are consumed in file order, so the
    report and the stored graph are the same for any worker count."""
    report = LoadReport()
    manifest = {}
    if not paths:
        files, missing = bundled_files(), []
        manifest = bundled_manifest()
    else:
        files, missing = expand(paths)
    report.failed.extend(missing)
    try:
        ensure_catalog(store)
        known = {d.id: d.sha256 for d in store.documents()}
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
    from medgraph.settings import get_settings

    batch_size = get_settings().load_batch_documents

    def store_one(path: Path, doc: _Read, ex: Extraction | _Packed) -> None:
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
        for _, doc, ex in items:
            report.loaded.append(_ex_id(ex))
            known[doc.id] = doc.sha256

    skip = {} if force else dict(known)  # what workers may skip: the store as it was before this load
    pack = grows and batch_upsert is not None and len(files) > batch_size  # batches may grow past MEDGRAPH_LOAD_BATCH
    with contextlib.closing(extracted(files, skip, manifest, workers, pack)) as results:
        for i, (path, (status, doc, ex)) in enumerate(zip(files, results), 1):
            if progress:
                progress(i, total, str(path))
            if status == "failed":
                report.failed.append((str(path), doc))
                continue
            if not force and known.get(doc.id) == doc.sha256:
                report.unchanged.append(doc.id)
                continue
            if ex is None:  # skipped as unchanged, but an earlier file of this load replaced that document
                status, doc, ex = read_extract(path, None, manifest.get(path.name), pack)
                if status == "failed":
                    report.failed.append((str(path), doc))
                    continue
            report.warnings.extend(ex.warnings)
            if batch_upsert is not None:
                batch.append((path, doc, ex))
                if len(batch) >= (max(batch_size, len(known) // 2) if grows else batch_size):
                    flush()
            else:
                store_one(path, doc, ex)
    flush()
    _refresh_editions(store, report, force=force)
    report.counts = store.counts()
    return report
