"""Imported by the test packages (tests/ is on sys.path via pytest rootdir insertion): whether a real Neo4j answers, and what to do if not.

One place decides, so the store suite, the API suite and the reliability suite skip (or,
with MEDGRAPH_REQUIRE_NEO4J=1 as in CI, fail) for the same visible reason.
"""

from __future__ import annotations

import os

import pytest

_STATUS: dict[tuple, str | None] = {}


def neo4j_unavailable(uri: str, user: str, password: str) -> str | None:
    """None when a Neo4j server answers at ``uri``; otherwise the reason, with how to get one."""
    key = (uri, user, password)
    if key not in _STATUS:
        try:
            import neo4j

            with neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=3) as drv:
                drv.verify_connectivity()
            _STATUS[key] = None
        except Exception as exc:  # noqa: BLE001 - any failure means: no usable server here
            detail = " ".join(str(exc).split())[:160]
            _STATUS[key] = (
                f"Neo4j not reachable at {uri}: start one with `python -m medgraph.neo4j_local start` "
                f"(or `docker compose up -d neo4j`) and set NEO4J_URI; the suites wipe that database "
                f"[{type(exc).__name__}: {detail}]"
            )
    return _STATUS[key]


def require_neo4j(settings) -> None:
    """Skip the calling test when Neo4j is unavailable — or fail under MEDGRAPH_REQUIRE_NEO4J=1."""
    why = neo4j_unavailable(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password)
    if why:
        if os.environ.get("MEDGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(f"MEDGRAPH_REQUIRE_NEO4J=1 but {why}")
        pytest.skip(why)
