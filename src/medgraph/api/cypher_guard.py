"""Read-only Cypher for researchers: what the DATABASE says a query is, what is refused,
and how results become JSON.

The defence is :func:`plan_refusal`. Every query is first ``EXPLAIN``ed by the server in a
READ transaction; it may run only when the server classifies it as a read
(``ResultSummary.query_type == "r"``) and every operator of its plan is a graph read from
:data:`READ_OPERATORS` (fail closed: an operator not listed, e.g. one a newer Neo4j adds,
is refused). ``ProcedureCall`` is allowed only for the introspection procedures in
:data:`ALLOWED_PROCEDURES`. That refuses what a READ session would still run although it
reaches outside the graph: ``LOAD CSV`` (files, URLs), ``dbms.*``/``db.*`` maintenance
procedures, ``SHOW``/``TERMINATE TRANSACTIONS``, ``SHOW SETTINGS``, admin commands,
``CALL { … } IN TRANSACTIONS``. ``USE`` never shows in a plan: the summary's database must
be the configured one, and the text check refuses the clause.

:func:`refusal` is only a fast first filter on the query text (no round trip for the
obvious cases, a clearer message). It works on the text with comments removed and every
backticked name replaced by its content padded with spaces, so ``CALL`dbms`.x()`` reads
``CALL dbms .x()`` and ``WITH 1 AS `x`LOAD CSV`` reads ``… x LOAD CSV``: a backtick is
always a word boundary, never glue (deleting backticks let ``CALL`dbms`…`` through).
"""

from __future__ import annotations

import re
from typing import Any

FORBIDDEN: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bload\s+csv\b"), "LOAD CSV (reads files and URLs on the server)"),
    (re.compile(r"\bapoc\s*\."), "apoc.* procedures and functions"),
    (re.compile(r"\bdbms\s*\."), "dbms.* procedures"),
    (re.compile(r"\bin\s+(?:\d+\s+|\$\w+\s+)?(?:concurrent\s+)?transactions\b"), "CALL { … } IN TRANSACTIONS"),
    (re.compile(r"\busing\s+periodic\s+commit\b"), "USING PERIODIC COMMIT"),
    # allowed in a READ session but act on the server, not the graph (caches, statistics, checkpoints)
    (re.compile(r"\bdb\s*\.\s*(?:clearquerycaches|stats\s*\.|checkpoint|resample\w*|prepareforreplanning)"),
     "db.* maintenance procedures (caches, statistics, checkpoints)"),
    (re.compile(r"(?:^|[{;]|\bunion(?:\s+all)?|^\s*cypher\s[^{;]*?)\s*\buse\s"), "USE (switching database)"),
    (re.compile(r"\b(?:show|terminate|grant|deny|revoke|alter|start|stop)\s+(?:\w+\s+)?"
                r"(?:users?|roles?|privileges?|databases?|servers?|aliases|settings?|transactions?)\b"),
     "administration commands"),
]


def strip_comments(query: str) -> str:
    """The query without ``//`` and ``/* */`` comments (each replaced by a space); every
    backticked name becomes its content with a space on each side (a backtick separates
    words, as it does for the parser); string literals are kept verbatim. Quotes inside
    comments and comment markers inside strings are handled like the Cypher parser does."""
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        nxt = query[i + 1] if i + 1 < n else ""
        if c == "/" and nxt == "/":
            j = query.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif c == "/" and nxt == "*":
            j = query.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c in "'\"":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" else 1
            out.append(query[i:j + 1])
            i = j + 1
        elif c == "`":
            j = i + 1
            while j < n:
                if query[j] == "`":
                    if j + 1 < n and query[j + 1] == "`":
                        j += 2
                        continue
                    break
                j += 1
            out.append(" " + query[i + 1:j].replace("``", "`") + " ")
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def refusal(query: str) -> str | None:
    """Why ``query`` is refused, or None when it may be sent (in a READ session)."""
    text = " ".join(strip_comments(query).casefold().split())
    for pattern, what in FORBIDDEN:
        if pattern.search(text):
            return REFUSED.format(what=what)
    return None


# --- the defence: the server's own plan ---------------------------------------------------------
#: Procedures a researcher may CALL: read-only introspection of the graph's vocabulary.
#: Exact names, or a prefix ending in "." for a namespace.
ALLOWED_PROCEDURES: tuple[str, ...] = ("db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.")

#: Plan operators that only read the graph (Neo4j 5.26 names, without the ``@database``
#: suffix and the ``(All)``/``(Into)``/… variant). Everything else is refused.
READ_OPERATORS: frozenset[str] = frozenset("""
    ProduceResults Argument ArgumentTracker EmptyRow Projection Filter Limit ExhaustiveLimit Skip
    Sort PartialSort Top PartialTop Distinct OrderedDistinct Aggregation EagerAggregation
    OrderedAggregation Unwind PartitionedUnwind Eager CacheProperties Optional Anti
    Apply SemiApply AntiSemiApply LetSemiApply LetAntiSemiApply SelectOrSemiApply SelectOrAntiSemiApply
    LetSelectOrSemiApply LetSelectOrAntiSemiApply ConditionalApply AntiConditionalApply RollUpApply
    CartesianProduct NodeHashJoin NodeLeftOuterHashJoin NodeRightOuterHashJoin ValueHashJoin
    Union OrderedUnion Expand OptionalExpand VarLengthExpand BFSPruningVarExpand ShortestPath
    StatefulShortestPath Repeat BidirectionalRepeat PathPropagatingBFS ProjectEndpoints
    TriadicSelection TriadicBuild TriadicFilter NodeCountFromCountStore RelationshipCountFromCountStore
    AllNodesScan NodeByLabelScan UnionNodeByLabelsScan IntersectionNodeByLabelsScan
    SubtractionNodeByLabelsScan NodeByIdSeek NodeByElementIdSeek MultiNodeIndexSeek
    AssertSameNode AssertSameRelationship NullifyMetadata EmptyResult ProcedureCall
""".split())
# index scans/seeks: NodeIndexSeek, NodeUniqueIndexSeekByRange, DirectedRelationshipTypeScan, …
_READ_ACCESS = re.compile(r"^(?:Partitioned)?(?:Node\w*Index\w*|(?:Directed|Undirected)\w*)(?:Scan|Seek\w*)$")

_WHY: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^LoadCSV$"), "LOAD CSV (reads files and URLs on the server)"),
    (re.compile(r"^Transaction(?:Apply|Foreach)$"), "CALL { … } IN TRANSACTIONS"),
    (re.compile(r"^(?:Show|Terminate)\w+$|^AdministrationCommand$"),
     "administration commands (SHOW …, TERMINATE …, users, databases, settings)"),
    (re.compile(r"^(?:Create|Merge|LockingMerge|Delete|DetachDelete|Set|Remove|Foreach|Drop|DoNothing)\w*$"),
     "writes"),
]
_PROCEDURE_NAME = re.compile(r"^\s*`?([A-Za-z_][\w.`]*?)`?\s*\(")
QUERY_TYPES = {"r": "a read", "rw": "a read-write query", "w": "a write", "s": "a schema change or a procedure with effects"}
REFUSED = "refused: {what} is not allowed through the API; the endpoint runs read-only queries over the graph"


def _operators(plan: dict) -> list[tuple[str, dict]]:
    """(operator name without ``@db``, its arguments) for every operator of a Bolt plan dict."""
    out: list[tuple[str, dict]] = []
    stack = [plan]
    while stack:
        node = stack.pop()
        name = str(node.get("operatorType", "")).split("@", 1)[0]
        out.append((name, node.get("args") or node.get("arguments") or {}))
        stack.extend(node.get("children") or ())
    return out


def procedure_allowed(name: str) -> bool:
    return any(name == p or (p.endswith(".") and name.startswith(p)) for p in ALLOWED_PROCEDURES)


def plan_refusal(query_type: str | None, plan: dict | None, database: str | None = None,
                 expected_database: str | None = None) -> str | None:
    """Why the server's EXPLAIN of a query refuses it, or None when it may run.

    ``query_type`` and ``plan`` come from the ``ResultSummary`` of ``EXPLAIN <query>``;
    ``database`` is the summary's database and ``expected_database`` the one configured
    (a ``USE`` elsewhere shows only there)."""
    if not plan:
        return REFUSED.format(what="a query the server gives no plan for")
    if expected_database and database and database != expected_database:
        return REFUSED.format(what=f"USE (the query targets database {database!r})")
    operators = _operators(plan)
    for name, args in operators:  # procedures first: their names make the clearest message
        if name.split("(", 1)[0] == "ProcedureCall":
            m = _PROCEDURE_NAME.match(str(args.get("Details", "")))
            proc = m.group(1).replace("`", "") if m else "?"
            if not procedure_allowed(proc):
                allowed = ", ".join(p + "*" if p.endswith(".") else p for p in ALLOWED_PROCEDURES)
                return (f"refused: the procedure {proc} is not allowed through the API; only the read-only "
                        f"introspection procedures {allowed} are")
    for name, _args in operators:
        base = name.split("(", 1)[0]
        if base in READ_OPERATORS or _READ_ACCESS.match(base):
            continue
        what = next((why for pattern, why in _WHY if pattern.match(base)), None)
        return REFUSED.format(what=what or f"the plan operator {name}")
    if query_type != "r":
        kind = QUERY_TYPES.get(query_type or "", f"of type {query_type!r}")
        return f"refused: the server classifies this query as {kind}; the endpoint runs read-only queries over the graph"
    return None


def to_json(value: Any) -> Any:
    """Neo4j values as JSON: nodes and relationships become their properties plus
    ``_id``/``_labels`` or ``_type``/``_start``/``_end``; paths become lists; temporal
    and spatial values become strings."""
    try:  # imported lazily: the embedded store never needs the driver
        from neo4j.graph import Node, Path, Relationship
    except ImportError:  # pragma: no cover
        Node = Path = Relationship = ()  # type: ignore[assignment,misc]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if Node and isinstance(value, Node):
        return {"_id": value.element_id, "_labels": sorted(value.labels), **{k: to_json(v) for k, v in value.items()}}
    if Relationship and isinstance(value, Relationship):
        return {"_id": value.element_id, "_type": value.type,
                "_start": value.start_node.get("id") if value.start_node is not None else None,
                "_end": value.end_node.get("id") if value.end_node is not None else None,
                **{k: to_json(v) for k, v in value.items()}}
    if Path and isinstance(value, Path):
        nodes, rels = list(value.nodes), list(value.relationships)
        items: list[Any] = [to_json(nodes[0])] if nodes else []
        for rel, node in zip(rels, nodes[1:]):
            items.extend([to_json(rel), to_json(node)])
        return items
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    return str(value)
