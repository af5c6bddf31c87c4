"""`medgraph serve`: loads the bundled corpus into an empty embedded store, prints where
it serves, and hands uvicorn the API app (uvicorn itself is replaced here)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner


@pytest.fixture()
def fresh_env(tmp_path, monkeypatch):
    from medgraph.settings import get_settings

    monkeypatch.setenv("MEDGRAPH_STORE", "embedded")
    monkeypatch.setenv("MEDGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MEDGRAPH_API_TOKEN", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_serve_loads_corpus_and_runs_uvicorn(fresh_env, monkeypatch):
    import uvicorn

    from medgraph.cli import app as cli

    seen = {}

    def fake_run(app, host, port, **kw):
        client = TestClient(app)
        seen["host"], seen["port"] = host, port
        seen["health"] = client.get("/health").json()
        seen["owner"] = client.get("/owners", params={"measure": "第十七条", "policy": "2026"}).json()

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = CliRunner().invoke(cli, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "medgraph serving at http://127.0.0.1:8123 (browse: /, API docs: /docs)" in result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert seen["health"]["store"] == "embedded"
    assert seen["health"]["counts"]["labels"]["Measure"] == 32 + 34
    assert seen["owner"]["measure"]["number"] == 17
