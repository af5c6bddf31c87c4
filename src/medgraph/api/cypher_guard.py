"""Read-only Cypher for researchers: what is refused before a query is sent, and how
results become JSON.

The real guarantee is the READ access mode of the session (the server rejects any
write); the text check below only refuses things a read session would still allow but
that reach outside the graph (LOAD CSV reads files and URLs, ``apoc.*`` and ``dbms.*``
procedures, ``CALL { … } IN TRANSACTIONS``, admin commands, switching database).
The check runs on the query with comments removed (so ``LOAD/**/CSV`` is caught),
backticks dropped (so ``CALL `dbms`.`components`()`` is caught) and case folded. String
literals are kept, so a string that merely mentions ``apoc.`` is refused too: a false
refusal is cheap, a missed one is not.
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
    (re.compile(r"(?:^|[{;])\s*use\s"), "USE (switching database)"),
    (re.compile(r"\b(?:show|terminate|grant|deny|revoke|alter|start|stop)\s+(?:\w+\s+)?"
                r"(?:users?|roles?|privileges?|databases?|servers?|aliases|settings?|transactions?)\b"),
     "administration commands"),
]


def strip_comments(query: str) -> str:
    """The query without ``//`` and ``/* */`` comments (each replaced by a space) and
    without backticks; string literals are kept verbatim. Quotes inside comments and
    comment markers inside strings are handled like the Cypher parser does."""
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
            out.append(query[i + 1:j].replace("``", "`"))
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
            return f"refused: {what} is not allowed through the API; the endpoint runs read-only queries over the graph"
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
