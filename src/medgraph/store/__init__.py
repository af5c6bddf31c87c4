"""Storage backends behind one Protocol (:class:`medgraph.store.base.GraphStore`).

``open_store()`` picks the backend from ``settings.store`` (``MEDGRAPH_STORE``):
``embedded`` (default; a file in ``MEDGRAPH_DATA_DIR``) or ``neo4j`` (``NEO4J_URI``…).
The Neo4j driver is imported only when that store is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medgraph.store.base import GraphStore

if TYPE_CHECKING:
    from medgraph.settings import Settings

__all__ = ["GraphStore", "open_store"]


def open_store(settings: "Settings | None" = None) -> GraphStore:
    if settings is None:
        from medgraph.settings import get_settings

        settings = get_settings()
    if settings.store == "neo4j":
        from medgraph.store.neo4j import Neo4jStore

        return Neo4jStore(settings)
    if settings.store == "embedded":
        from medgraph.store.embedded import EmbeddedStore

        return EmbeddedStore(settings.data_dir)
    raise ValueError(f"unknown store {settings.store!r}: set MEDGRAPH_STORE to embedded or neo4j")
