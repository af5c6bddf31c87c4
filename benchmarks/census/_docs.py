"""The dev texts read once, shared by the census scripts (each script puts its --src first on
sys.path before calling this, so the medgraph under test is the one imported)."""

from __future__ import annotations

from pathlib import Path


def read_corpus(folder: str | Path) -> list:
    """Documents of every ``*.txt`` in ``folder`` (sorted by name); unreadable ones skipped, as
    the benchmarks skip them."""
    from medgraph.documents import DocumentError, read_document

    docs = []
    for f in sorted(Path(folder).glob("*.txt")):
        try:
            docs.append(read_document(f))
        except DocumentError:
            pass
    return docs
