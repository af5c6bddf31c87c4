"""Typed shapes shared by extraction, stores, queries, CLI and API.

Node and Edge are deliberately flat (primitive properties only) so that the same
record can be written to networkx and to Neo4j without translation layers.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

LABELS = (
    "Policy",
    "Measure",
    "Bureau",
    "District",
    "Platform",
    "Product",
    "Fund",
    "Organization",
    "Document",
)
REL_TYPES = (
    "ISSUED",
    "PART_OF",
    "LEADS",
    "TARGETS",
    "FUNDS",
    "LOCATED_IN",
    "SUPERSEDES",
    "REPORTS_TO",
    "PRECEDED_BY",
    "REPORTS_ON",
)
# Edge property naming the computed pseudo-document (e.g. ``editions``) that asserts the edge.
# Such an edge quotes other documents as evidence, so the usual rule (an edge lives while some
# document's evidence supports it) would keep it after the computation stops producing it;
# with this property the stores drop it whenever that pseudo-document is re-upserted or unloaded.
DERIVED_BY = "derived_by"
Method = Literal["explicit", "rule", "catalog"]
# Strength of support, strongest first: what a reader should see first and which owner wins.
METHOD_RANK = {"explicit": 0, "catalog": 1, "rule": 2}
Primitive = str | int | float | bool | list[str] | None


class Evidence(BaseModel):
    """Where a fact comes from: ``quote == original_text[start:end]`` of ``document``.

    Offsets index the ORIGINAL document text (before script conversion or
    page-break repair) so a reader can always find the words themselves.
    """

    model_config = ConfigDict(frozen=True)

    document: str
    quote: str
    start: int
    end: int
    method: Method
    confidence: float = 1.0

    def key(self) -> tuple[str, int, int, str]:
        return (self.document, self.start, self.end, self.method)


class Node(BaseModel):
    """One real thing. ``id`` is stable across reloads and URL-safe."""

    id: str
    label: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)
    props: dict[str, Any] = Field(default_factory=dict)

    def merged(self, other: "Node") -> "Node":
        """Union of two views of the same node (same id): documents and aliases add up,
        later non-empty properties win."""
        aliases = list(dict.fromkeys([*self.aliases, *other.aliases]))
        docs = sorted(set(self.documents) | set(other.documents))
        props = {**self.props, **{k: v for k, v in other.props.items() if v not in (None, "", [])}}
        return self.model_copy(update={"aliases": aliases, "documents": docs, "props": props})


class Edge(BaseModel):
    """A typed, directed relationship; never without evidence."""

    source: str
    target: str
    type: str
    props: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)

    @staticmethod
    def make_key(source: str, type: str, target: str, role: str | None = None) -> str:
        """Stable identity: one edge per (source, type, target, role)."""
        base = f"{source}|{type}|{target}"
        return f"{base}|{role}" if role else base

    @property
    def key(self) -> str:
        return Edge.make_key(self.source, self.type, self.target, self.props.get("role"))

    @property
    def documents(self) -> list[str]:
        return sorted({e.document for e in self.evidence})

    def merged(self, other: "Edge") -> "Edge":
        seen = {e.key(): e for e in self.evidence}
        for e in other.evidence:
            seen.setdefault(e.key(), e)
        ev = sorted(seen.values(), key=lambda e: (e.document, e.start, e.end, e.method))
        props = {**self.props, **{k: v for k, v in other.props.items() if v not in (None, "", [])}}
        return self.model_copy(update={"evidence": ev, "props": props})


class DocumentRecord(BaseModel):
    """Metadata of a loaded document, stored beside the graph so reloads are no-ops
    (same ``sha256`` = same content = nothing to do) and unload knows what to remove."""

    id: str
    path: str = ""
    title: str = ""
    kind: str = ""
    sha256: str = ""
    date: str = ""
    doc_number: str = ""
    issuers: list[str] = Field(default_factory=list)
    chars: int = 0
    #: official | interpretation | news | analysis (extract.source_kind), or curated for the
    #: pseudo-documents; ``source_evidence`` = {quote, start, end, basis, confidence, method}
    #: where method is ``rule`` (inferred from the text) or ``manifest`` / ``upload`` (given)
    source_kind: str = ""
    source_evidence: dict[str, Any] = Field(default_factory=dict)
    #: the jurisdiction the loader was told (medgraph load --jurisdiction, POST /documents?jurisdiction=)
    #: as its key (上海, 广东, 国家), "" when none was given; it resolves relative names (市科技局)
    #: only in a text that names no place of its own
    jurisdiction_given: str = ""


class Extraction(BaseModel):
    """What one document contributes to the graph."""

    document: DocumentRecord
    nodes: list[Node]
    edges: list[Edge]
    warnings: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- trusted builders


def _trusted_builder(cls: type[BaseModel]):
    """A constructor for data that is already of the declared types (extraction builds
    ids, offsets and quotes itself): the object pydantic would build, without validation
    and ~3× cheaper than ``model_construct`` (~1.5× cheaper than validating). Pass every field, in declaration order."""

    new = cls.__new__
    slots = BaseModel.__dict__  # BaseModel's __slots__ descriptors: set without name lookups
    set_dict = slots["__dict__"].__set__
    set_fields = slots["__pydantic_fields_set__"].__set__
    set_extra = slots["__pydantic_extra__"].__set__
    set_private = slots["__pydantic_private__"].__set__

    def build(**fields: Any) -> Any:
        o = new(cls)
        set_dict(o, fields)
        set_fields(o, set(fields))
        set_extra(o, None)
        set_private(o, None)
        return o

    return build


def _pick_trusted() -> tuple[Any, Any, Any]:
    """Checked once against normal validation; falls back to ``model_construct`` if this
    pydantic version lays models out differently."""
    ev = dict(document="d", quote="q", start=0, end=1, method="explicit", confidence=1.0)
    node = dict(id="n", label="Bureau", name="N", aliases=["a"], documents=["d"], props={"x": 1})
    edge = dict(source="a", target="b", type="LEADS", props={"role": "lead"}, evidence=[Evidence(**ev)])
    try:
        fe, fn, fd = _trusted_builder(Evidence), _trusted_builder(Node), _trusted_builder(Edge)
        ok = (fe(**ev) == Evidence(**ev) and hash(fe(**ev)) == hash(Evidence(**ev))
              and fe(**ev).model_dump() == Evidence(**ev).model_dump()
              and fn(**node) == Node(**node) and fn(**node).model_dump() == Node(**node).model_dump()
              and fd(**edge) == Edge(**edge) and fd(**edge).model_dump() == Edge(**edge).model_dump()
              and fd(**edge).key == "a|LEADS|b|lead"
              and fd(**edge).model_copy(update={"props": {}}).props == {}
              and fe(**ev).model_fields_set == Evidence(**ev).model_fields_set)
        if ok:
            return fe, fn, fd
    except Exception:  # pragma: no cover - pydantic internals changed
        pass
    return Evidence.model_construct, Node.model_construct, Edge.model_construct  # pragma: no cover


#: Evidence / Node / Edge from already-typed values, every field given (see _trusted_builder).
trusted_evidence, trusted_node, trusted_edge = _pick_trusted()
