"""A TestClient over a store loaded with the bundled corpus, once per backend.

The ``backend`` parameter runs every API test on the embedded store and on Neo4j (the
latter skipped when no server answers at NEO4J_URI, unless MEDGRAPH_REQUIRE_NEO4J=1,
as in CI, where a missing Neo4j is a failure). Tests must leave the graph as they found
it: the loaded store is shared by the whole session.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from medgraph.settings import Settings

from api_support import TOKEN
from neo4j_support import require_neo4j


def _neo4j_env() -> dict[str, str]:
    return {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE") if k in os.environ}


def make_settings(backend: str, data_dir: Path, **extra) -> Settings:
    return Settings(MEDGRAPH_STORE=backend, MEDGRAPH_DATA_DIR=str(data_dir), **_neo4j_env(), **extra)


@pytest.fixture(scope="session", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def loaded(backend, tmp_path_factory):
    """(store, settings) with the catalog and the bundled corpus loaded."""
    from medgraph.pipeline import load
    from medgraph.store import open_store

    data_dir = tmp_path_factory.mktemp(f"api-{backend}")
    settings = make_settings(backend, data_dir)
    if backend == "neo4j":
        require_neo4j(settings)
    store = open_store(settings)
    if backend == "neo4j":  # a clean database: the store tests share it
        clear = getattr(store, "clear", None)
        if callable(clear):
            clear()
        else:
            with store.driver.session(database=getattr(store, "database", None)) as s:
                s.run("MATCH (n) DETACH DELETE n").consume()
    report = load(store)
    assert not report.failed, report.failed
    yield store, settings
    store.close()


@pytest.fixture(scope="session")
def client(loaded) -> TestClient:
    """The API with writes enabled (token TOKEN)."""
    from medgraph.api.app import create_app

    store, settings = loaded
    app = create_app(store, settings.model_copy(update={"api_token": TOKEN}))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="session")
def readonly_client(loaded) -> TestClient:
    """The API with no token configured: writes are disabled."""
    from medgraph.api.app import create_app

    store, settings = loaded
    return TestClient(create_app(store, settings.model_copy(update={"api_token": ""})), raise_server_exceptions=False)


@pytest.fixture()
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
