"""Response and request models of the HTTP API.

They describe (and validate) what ``medgraph.queries`` returns; the API never reshapes
query results, so ``GET /owners`` and ``medgraph owner --json`` print the same JSON.
Every model allows extra keys so a field added to a query shows up in the API at once,
and endpoints serialize with ``exclude_unset`` so optional keys the query omitted (e.g.
an edge's ``props``) stay omitted.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from medgraph.models import LABELS

LabelName = Literal[LABELS]  # type: ignore[valid-type]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ErrorResponse(_Open):
    """Every error: a message a person can act on, and close matches to pick from."""

    error: str = Field(examples=["no measure matches '手术机器人出院'"])
    close_matches: list[dict[str, Any]] = Field(default_factory=list,
                                                examples=[[{"id": "measure-…", "label": "Measure", "name": "推动手术机器人入院使用"}]])


class EvidenceOut(_Open):
    document: str
    quote: str = Field(description="exactly original_text[start:end] of the document")
    start: int
    end: int
    method: Literal["explicit", "rule", "catalog"]
    confidence: float = 1.0


class NodeBrief(_Open):
    id: str
    label: str
    name: str


class SearchHit(NodeBrief):
    aliases: list[str] = Field(default_factory=list)


class EdgeOut(_Open):
    type: str
    source: str
    target: str
    props: dict[str, Any] = Field(default_factory=dict)
    evidence: list[EvidenceOut] = Field(default_factory=list)


class NeighborhoodEdge(EdgeOut):
    key: str


class NodeOut(_Open):
    id: str
    label: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)
    props: dict[str, Any] = Field(default_factory=dict)


class EntityOut(NodeOut):
    degree: int = Field(description="number of relationships touching the entity (in + out)")
    out: list[EdgeOut] = Field(default_factory=list, description="outgoing relationships with evidence")
    in_: list[EdgeOut] = Field(default_factory=list, alias="in", description="incoming relationships with evidence")


class MeasureBrief(_Open):
    id: str
    name: str
    number: int | None = None
    policy: str | None = None


class OwnerItem(_Open):
    id: str
    name: str
    basis: Literal["explicit", "rule", "catalog"] = Field(description="strongest kind of support: explicit > catalog > rule")
    confidence: float
    evidence: list[EvidenceOut]


class ChainItem(_Open):
    id: str
    name: str
    from_: str = Field(alias="from", description="the body this step reports from")
    basis: str
    evidence: list[EvidenceOut]


class OwnersOut(_Open):
    """``measure`` is null when the text matched several measures equally well: pick one
    from ``candidates`` (by id) or add ``policy``. Otherwise ``candidates`` lists the
    weaker matches."""

    measure: MeasureBrief | None
    lead: list[OwnerItem]
    support: list[OwnerItem]
    chain: list[ChainItem]
    candidates: list[MeasureBrief]


class MeasureRow(MeasureBrief):
    lead: list[dict[str, Any]]


class ImpactOut(_Open):
    from_: NodeBrief = Field(alias="from")
    to: str | None = None
    direction: Literal["out", "in", "both"] = Field(description="the direction followed (the default depends on the entity)")
    paths: list[list[dict[str, Any]]] = Field(description="each path alternates node, edge, node, … (edges carry evidence)")
    offset: int
    limit: int
    has_more: bool
    truncated: bool = Field(description="the search stopped at its budget of steps or time: longer or further "
                                        "paths than these may exist")


class NeighborhoodOut(_Open):
    nodes: list[NodeOut]
    edges: list[NeighborhoodEdge]


class DocumentOut(_Open):
    id: str
    title: str = ""
    kind: str = ""
    date: str = ""
    chars: int = 0


class HealthOut(_Open):
    status: Literal["ok"]
    store: str = Field(description="embedded or neo4j")
    counts: dict[str, dict[str, int]] = Field(description='{"labels": {label: n}, "types": {type: n}}')
    documents: list[DocumentOut]
    writes_enabled: bool = Field(description="POST/DELETE /documents work (MEDGRAPH_API_TOKEN is set)")


class CypherIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"query": "MATCH (b:Bureau)-[r:LEADS]->(m:Measure) WHERE b.id = $id RETURN m.name AS measure, r.role AS role",
                      "params": {"id": "bureau-shi-yi-bao-ju"}}]})

    query: str = Field(min_length=1, max_length=20_000, description="one read-only Cypher statement")
    params: dict[str, Any] = Field(default_factory=dict, description="query parameters ($name in the query)")


class CypherOut(_Open):
    columns: list[str]
    rows: list[dict[str, Any]]
    row_count: int
    truncated: bool = Field(description="true when reading stopped at a cap (MEDGRAPH_CYPHER_MAX_ROWS rows or "
                                        "MEDGRAPH_CYPHER_MAX_BYTES bytes of rows) and more rows existed")
    truncated_reason: str | None = Field(None, description="which cap stopped the answer, in words (null when complete)")
    max_rows: int
    max_bytes: int | None = Field(None, description="the byte cap on the rows of one answer (MEDGRAPH_CYPHER_MAX_BYTES)")


class UploadOut(_Open):
    document: str = Field(description="the id to pass to DELETE /documents/{id}")
    filename: str
    unchanged: bool = Field(description="the same content was already loaded: nothing was written")
    counts: dict[str, Any] = Field(description="nodes and edges the document contributed, per label and type")
    warnings: list[str] = Field(default_factory=list)


class UnloadOut(_Open):
    document: str
    removed: dict[str, int]


# ----------------------------------------------------------------- policy diff
class DiffTarget(BaseModel):
    model_config = ConfigDict(extra="allow")
    metric: str = ""
    comparator: str = ""
    value: float | int | None = None
    unit: str = ""
    baseline: float | int | None = None
    goal: float | int | None = None
    quote: str = ""
    document: str = ""
    start: int | None = None
    end: int | None = None
    source: str = ""


class DiffTargetPair(BaseModel):
    model_config = ConfigDict(extra="allow")
    metric: str | None = None
    a: DiffTarget | None = None
    b: DiffTarget | None = None
    change: str


class DiffMeasure(BaseModel):
    id: str
    number: int | None = None
    number_text: str = ""
    name: str
    quote: dict | None = None
    targets: list[DiffTarget] = []


class DiffMatch(BaseModel):
    a: DiffMeasure
    b: DiffMeasure
    similarity: float
    targets: list[DiffTargetPair]
    changed: bool
    evidence: list[dict]


class DiffPolicy(BaseModel):
    id: str
    name: str
    year: int | None = None
    years: str | None = None
    measures: int
    loaded: bool
    documents: list[str]


class DiffSummary(BaseModel):
    matched: int
    changed: int
    added: int
    removed: int
    targets: int
    targets_changed: int
    progress: int


class DiffTargetRow(DiffTargetPair):
    """One row of the targets table: A's and B's figure for one metric, change
    (raised | lowered | changed | same | new | dropped), level (measure | policy) and the
    matched measures it belongs to. A target's ``also`` lists other quotes of the same figure."""
    level: str
    measure_a: str = ""
    measure_b: str = ""


class DiffFact(DiffTarget):
    date: str = ""            # the year the figure is stated for, else the document's date
    document_title: str = ""


class DiffProgress(BaseModel):
    """A figure a press conference or article reports, and the target it reports on."""
    metric: str = ""
    fact: DiffFact
    target: DiffTarget
    policy: str = ""
    measure: str = ""
    measure_label: str = ""
    similarity: float | None = None
    link: str                 # REPORTS_ON (computed at load) | metric (computed for this diff)


class PolicyDiffOut(BaseModel):
    a: DiffPolicy
    b: DiffPolicy
    summary: DiffSummary
    supersedes: list[dict]
    matched: list[DiffMatch]
    changed: list[str]
    added: list[DiffMeasure]
    removed: list[DiffMeasure]
    policy_targets: list[DiffTargetPair]
    targets: list[DiffTargetRow]
    progress: list[DiffProgress]
    notes: list[str]
