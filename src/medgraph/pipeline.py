"""Files in, graph out: read → extract → upsert, one document at a time.

Bad input never stops a batch: each failure is reported with the file and the reason,
and nothing already stored is touched (a document is upserted whole or not at all).
Reloading unchanged content is a no-op (same sha256).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from medgraph.catalog import CATALOG_DOC_ID, load_catalog
from medgraph.documents import Document, DocumentError, read_document
from medgraph.extract import extract
from medgraph.models import Extraction
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
    rec = ex.document.model_copy(update={k: v for k, v in {
        "title": meta.get("title"), "kind": meta.get("kind"), "date": meta.get("date"),
        "doc_number": meta.get("doc_number"),
    }.items() if v})
    return ex.model_copy(update={"document": rec})


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


def load(
    store: GraphStore,
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    force: bool = False,
) -> LoadReport:
    report = LoadReport()
    manifest = {}
    if not paths:
        files, missing = bundled_files(), []
        manifest = bundled_manifest()
    else:
        files, missing = expand(paths)
    report.failed.extend(missing)
    ensure_catalog(store)
    known = {d.id: d.sha256 for d in store.documents()}
    total = len(files)
    batch: list[Extraction] = []
    batch_upsert = getattr(store, "upsert_many", None)
    for i, path in enumerate(files, 1):
        if progress:
            progress(i, total, str(path))
        try:
            doc = read_document(path)
            if not force and known.get(doc.id) == doc.sha256:
                report.unchanged.append(doc.id)
                continue
            ex = _apply_manifest(extract(doc), manifest.get(path.name))
        except DocumentError as exc:
            report.failed.append((str(path), str(exc)))
            continue
        except Exception as exc:  # extraction bug on odd input: report, keep the batch going
            report.failed.append((str(path), f"could not extract: {type(exc).__name__}: {exc}"))
            continue
        report.warnings.extend(ex.warnings)
        if batch_upsert is not None:
            batch.append(ex)
            if len(batch) >= 200:
                batch_upsert(batch)
                batch = []
        else:
            try:
                store.upsert(ex)
            except Exception as exc:
                report.failed.append((str(path), f"store rejected the document: {exc}"))
                continue
        report.loaded.append(ex.document.id)
        known[doc.id] = doc.sha256
    if batch:
        batch_upsert(batch)
    report.counts = store.counts()
    return report
