"""The one storage contract. Both backends (embedded networkx, Neo4j) implement it and
pass the same conformance suite (tests/store/test_conformance.py), so every query
above this layer is backend-agnostic.

Stores never parse text: they receive finished Nodes and Edges from extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


# ----------------------------------------------------------------- optional capabilities
CHAIN_DEPTH = 6  # REPORTS_TO hops /owners climbs above the lead (queries._chain's limit)


@dataclass
class OwnersBundle:
    """Everything /owners reads, fetched at once (see ``BundlesOwners``).

    ``node``: the node with the asked id (any label), None when there is none.
    ``measure``: the measure the rest is about: ``node`` if it is a Measure, else the one
    Measure that ``measures_numbered(number, policy)`` returns when ``policy`` is the id of a
    Policy node and there is exactly one; otherwise None and the rest is empty.
    ``leads``: the LEADS edges entering ``measure``, sorted by key, each with its source node.
    ``reports_to``: source id → its REPORTS_TO edges sorted by key, for every node within
    ``CHAIN_DEPTH - 1`` REPORTS_TO hops above a LEADS source (hop 0 = the source itself);
    nodes without such edges may be absent.
    ``nodes``: the target node of every edge in ``reports_to``, by id.
    The nodes in ``leads`` and ``nodes`` may be brief: id, label and name only (aliases,
    documents and props empty), which is all /owners shows; a bureau's ``documents`` list
    alone runs to hundreds of ids. ``node`` and ``measure`` are whole, as ``get_node`` gives them."""

    node: Node | None
    measure: Node | None = None
    leads: list[tuple[Edge, Node | None]] = field(default_factory=list)
    reports_to: dict[str, list[Edge]] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    #: the measure's policy and the policies that SUPERSEDE it (for its validity), and the
    #: source kind of every document quoted by ``leads`` and ``reports_to``; None / empty
    #: when the store did not fetch them (the caller then asks the store)
    policy: Node | None = None
    successors: list[Node] | None = None
    source_kinds: dict[str, str] | None = None


@runtime_checkable
class BundlesOwners(Protocol):
    """Optional: a store that also has ``owners_bundle`` answers /owners in one read.

    Not part of ``GraphStore`` so that a store without it still conforms: ``queries.owners``
    then composes the same answer from ``get_node`` / ``measures_numbered`` / ``edges`` calls.
    On Neo4j each of those calls is a Bolt round trip and a transaction (~12 per /owners
    answer), which is why the Neo4j store implements this with one Cypher query
    (cypher/owners_bundle.cypher). The answer must equal what those calls return
    (tests/store/test_owners_bundle.py)."""

    def owners_bundle(self, node_id: str, number: int | None = None, policy: str | None = None) -> OwnersBundle:
        """The bundle for the node with id ``node_id`` or, when that is not a Measure, for
        measure ``number`` of policy id ``policy`` (both None: by id only)."""
