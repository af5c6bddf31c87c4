"""Locate the non-Python assets (graph/, cypher/, loaders/, viz/).

In a wheel they live in ``medgraph/_assets/<name>`` (force-included by hatch); in a
source checkout or editable install they are the top-level folders of the repo.
Checking the packaged location first keeps ``pip install .`` self-contained.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def asset_dir(name: str) -> Path:
    for candidate in (_PKG / "_assets" / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"medgraph asset folder {name!r} not found (looked in {_PKG / '_assets'} and the "
        "source tree); reinstall the package with `pip install .`"
    )


def asset(name: str, *parts: str) -> Path:
    return asset_dir(name).joinpath(*parts)


@lru_cache(maxsize=None)
def cypher(query_name: str) -> str:
    """The text of ``cypher/<query_name>.cypher`` — the exact query the Neo4j store runs."""
    path = asset("cypher", f"{query_name}.cypher")
    return path.read_text(encoding="utf-8")
