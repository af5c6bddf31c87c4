"""Fixtures for the reliability suite; plain helpers are in reliability_support.py (a
unique module name, so test modules can import them whatever other conftest.py files
pytest has loaded)."""

from __future__ import annotations

import os
import shutil

import pytest

from reliability_support import LocalNeo4j, free_port


def _neo4j_problem(why: str):
    if os.environ.get("MEDGRAPH_REQUIRE_NEO4J") == "1":
        pytest.fail(f"MEDGRAPH_REQUIRE_NEO4J=1 but {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A private Neo4j 5.26 for this session (stopped at the end)."""
    if not shutil.which("java") or not shutil.which("mvn"):
        _neo4j_problem("Java and Maven are needed to run a local Neo4j (medgraph.neo4j_local)")
    server = LocalNeo4j(tmp_path_factory.mktemp("neo4j-home"), free_port())
    try:
        server.start()
    except Exception as exc:  # noqa: BLE001
        server.stop()
        _neo4j_problem(f"could not start a local Neo4j: {exc}")
    yield server
    server.stop()


@pytest.fixture()
def neo4j_store(neo4j_server, tmp_path):
    """An empty Neo4jStore on the private server."""
    from medgraph.store import open_store

    neo4j_server.wipe()
    store = open_store(neo4j_server.settings(tmp_path))
    yield store
    store.close()
