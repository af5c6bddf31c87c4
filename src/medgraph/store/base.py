"""The one storage contract. Both backends (embedded networkx, Neo4j) implement it and
pass the same conformance suite (tests/store/test_conformance.py), so every query
above this layer is backend-agnostic.

Stores never parse text: they receive finished Nodes and Edges from extraction.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from medgraph.models import DocumentRecord, Edge, Extraction, Node

Path = list  # alternating [Node, Edge, Node, Edge, ...]


@runtime_checkable
class GraphStore(Protocol):
    name: str

    # -- writes ---------------------------------------------------------------
    def upsert(self, extraction: Extraction) -> None:
        """Merge one document's nodes and edges; all-or-nothing; idempotent.
        Reloading a document first retracts what that document alone supported,
        so an edited document never leaves stale facts behind."""

    def unload(self, doc_id: str) -> dict[str, int]:
        """Remove the document: its evidence, edges left without evidence, nodes no
        document mentions any more. Returns counts removed {nodes, edges}."""

    # -- reads ----------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]: ...

    def document(self, doc_id: str) -> DocumentRecord | None: ...

    def get_node(self, node_id: str) -> Node | None: ...

    def nodes(self, label: str | None = None) -> list[Node]:
        """All nodes (of a label), sorted by id."""

    def measures_numbered(self, number: int, policy: str | None = None) -> list[Node]:
        """Measures whose ``number`` property equals ``number`` (and whose ``policy`` is
        that exact policy id, when given), sorted by id: the /owners-by-number path,
        answered from an index instead of every Measure."""

    def edges(
        self,
        source: str | None = None,
        target: str | None = None,
        type: str | None = None,
    ) -> list[Edge]:
        """Edges filtered by endpoint and type, sorted by key."""

    def search(self, terms: list[str], label: str | None = None, limit: int = 20) -> list[Node]:
        """Nodes whose id, name or an alias contains any of ``terms`` (case-insensitive).
        Callers pass every script variant of the user's text; exact name hits first."""

    def neighborhood(self, node_id: str, depth: int = 1, limit: int = 200) -> tuple[list[Node], list[Edge]]:
        """Nodes within ``depth`` hops (either direction), nearest first, capped at
        ``limit`` nodes; edges among the returned nodes."""

    def paths(
        self,
        source: str,
        to_label: str | None = None,
        to_id: str | None = None,
        max_hops: int = 3,
        limit: int = 50,
        direction: str = "out",
    ) -> list[list[Node | Edge]]:
        """Simple paths from ``source`` ending at a node of ``to_label`` or at
        ``to_id``, shortest first, then by node ids. direction: out|in|both."""

    def counts(self) -> dict[str, dict[str, int]]:
        """{"labels": {label: n}, "types": {type: n}}"""

    def close(self) -> None: ...
