"""Errors are not masked (issue 16.6): only a store that cannot be reached answers 503; a
fault of the build or its configuration answers 500 (and is logged); a broken browse module
is an error at start-up, not a quiet 501."""

from __future__ import annotations

import sys
import types

import pytest
from fastapi.testclient import TestClient

from medgraph.api import app as app_mod
from medgraph.settings import Settings
from medgraph.store.errors import StoreUnavailable


def _client_opening(monkeypatch, tmp_path, fail: Exception) -> TestClient:
    import medgraph.store as store_pkg

    def broken(settings):
        raise fail

    monkeypatch.setattr(store_pkg, "open_store", broken)
    settings = Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(tmp_path))
    return TestClient(app_mod.create_app(None, settings), raise_server_exceptions=False)


def test_unreachable_store_is_503(monkeypatch, tmp_path):
    c = _client_opening(monkeypatch, tmp_path, StoreUnavailable("Neo4j is not reachable at bolt://127.0.0.1:1"))
    r = c.get("/health")
    assert (r.status_code, r.headers.get("retry-after")) == (503, "5")
    assert r.json()["error"] == "the graph store is unavailable: Neo4j is not reachable at bolt://127.0.0.1:1; retry"


def test_a_bug_while_opening_the_store_is_500_not_503(monkeypatch, tmp_path):
    c = _client_opening(monkeypatch, tmp_path, TypeError("unexpected keyword 'uri'"))
    r = c.get("/health")
    assert r.status_code == 500
    assert r.json()["error"].startswith("internal error (TypeError)")


def test_broken_browse_module_fails_at_start_up(monkeypatch):
    import importlib.machinery

    broken = types.ModuleType("medgraph.api.browse")
    broken.__spec__ = importlib.machinery.ModuleSpec("medgraph.api.browse", None)

    def boom(name):
        raise AttributeError("module 'medgraph.api.browse' has no attribute 'router'")

    broken.__getattr__ = boom  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "medgraph.api.browse", broken)
    with pytest.raises(AttributeError, match="router"):
        app_mod.create_app(None, Settings(MEDGRAPH_STORE="embedded"))
