"""One ingest path (issue 16.5) and token-holder safety (issue 13.8).

Uploading the bundled corpus through POST /documents and loading it with `medgraph load`
go through the same pipeline function, so `medgraph export --format json` prints the same
bytes for both stores — manifest metadata and editions links included; DELETE /documents
and `medgraph unload` likewise. The pseudo-documents cannot be deleted, and an upload whose
id is taken by a different document is refused, not silently swapped in.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from medgraph.api.app import create_app
from medgraph.cli import app as cli
from medgraph.pipeline import bundled_files
from medgraph.settings import Settings, get_settings
from medgraph.store.embedded import EmbeddedStore

TOKEN = "ingest-path-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PLAN = "doc-003_58624516628e3d39"   # the 2024-2026 action plan: the older side of every PRECEDED_BY


def _cli(data_dir, *args: str):
    get_settings.cache_clear()
    try:
        r = CliRunner().invoke(cli, list(args), env={"MEDGRAPH_DATA_DIR": str(data_dir), "MEDGRAPH_STORE": "embedded"})
    finally:
        get_settings.cache_clear()
    return r


def _export(data_dir) -> bytes:
    r = _cli(data_dir, "export", "--format", "json")
    assert r.exit_code == 0, r.output
    return r.stdout_bytes


def _client(data_dir):
    store = EmbeddedStore(data_dir)
    settings = Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(data_dir), MEDGRAPH_API_TOKEN=TOKEN)
    return store, TestClient(create_app(store, settings))


def _types(export: bytes) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in json.loads(export)["edges"]:
        out[e["type"]] = out.get(e["type"], 0) + 1
    return out


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """(cli data dir, api data dir): the bundled corpus loaded by `medgraph load` and uploaded file by file."""
    cli_dir, api_dir = tmp_path_factory.mktemp("by-cli"), tmp_path_factory.mktemp("by-api")
    r = _cli(cli_dir, "load", "--json")
    assert r.exit_code == 0, r.output
    store, client = _client(api_dir)
    try:
        for f in bundled_files():
            r = client.post("/documents", files={"file": (f.name, f.read_bytes(), "text/plain")}, headers=AUTH)
            assert r.status_code == 200, r.text
            assert r.json()["unchanged"] is False
    finally:
        store.close()
    return cli_dir, api_dir


def test_upload_and_cli_load_give_identical_exports(both):
    cli_dir, api_dir = both
    by_cli, by_api = _export(cli_dir), _export(api_dir)
    assert by_api == by_cli
    # the editions links and the manifest metadata are there, not only equal
    types = _types(by_cli)
    assert (types["PRECEDED_BY"], types["REPORTS_ON"]) == (11, 5), types
    docs = {n["id"]: n for n in json.loads(by_cli)["nodes"] if n["label"] == "Document"}
    assert docs["doc-002_fcea5f933e28d780"]["props"]["doc_number"] == "京医保发〔2026〕4号"
    assert docs["doc-002_fcea5f933e28d780"]["props"]["path"] == "002_fcea5f933e28d780.txt"


def test_delete_and_cli_unload_give_identical_exports(both, tmp_path):
    import shutil

    cli_dir, api_dir = tmp_path / "cli", tmp_path / "api"
    shutil.copytree(both[0], cli_dir)
    shutil.copytree(both[1], api_dir)
    r = _cli(cli_dir, "unload", PLAN, "--json")
    assert r.exit_code == 0, r.output
    by_cli_unload = json.loads(r.stdout)
    store, client = _client(api_dir)
    try:
        r = client.delete(f"/documents/{PLAN.removeprefix('doc-')}", headers=AUTH)   # ids resolve alike
        assert r.status_code == 200, r.text
    finally:
        store.close()
    assert r.json() == by_cli_unload and by_cli_unload["document"] == PLAN
    by_cli, by_api = _export(cli_dir), _export(api_dir)
    assert by_api == by_cli
    # every PRECEDED_BY paired a 2026 measure with one of the plan's: none is left
    assert "PRECEDED_BY" not in _types(by_cli)


@pytest.mark.parametrize("doc", ["catalog", "editions"])
def test_pseudo_documents_cannot_be_deleted(both, tmp_path, doc):
    import shutil

    d = tmp_path / "api"
    shutil.copytree(both[1], d)
    before = _export(d)
    store, client = _client(d)
    try:
        r = client.delete(f"/documents/{doc}", headers=AUTH)
    finally:
        store.close()
    assert r.status_code == 409, r.text
    assert r.json()["error"].startswith(f"'{doc}' is the ") and "cannot be unloaded" in r.json()["error"]
    r = _cli(d, "unload", doc)
    assert r.exit_code == 1 and "cannot be unloaded" in r.stderr
    assert _export(d) == before


def test_upload_with_a_taken_id_is_refused_unless_replace(tmp_path):
    first = "（一）甲措施。牵头单位：北京市医疗保障局。\n（二）乙措施。\n（三）丙措施。\n".encode()
    other = "（一）丁措施。牵头单位：北京市卫生健康委员会。\n（二）戊措施。\n（三）己措施。\n".encode()
    store, client = _client(tmp_path / "data")
    try:
        r = client.post("/documents", files={"file": ("a/evil.txt", first, "text/plain")}, headers=AUTH)
        assert r.status_code == 200, r.text
        doc = r.json()["document"]
        assert doc == "doc-evil"
        sha = store.document(doc).sha256
        assert sha == hashlib.sha256(first).hexdigest()
        r = client.post("/documents", files={"file": ("b/evil.txt", other, "text/plain")}, headers=AUTH)
        assert r.status_code == 409, r.text
        assert "doc-evil" in r.json()["error"] and "replace=true" in r.json()["error"]
        assert store.document(doc).sha256 == sha   # the stored document is untouched
        # the same bytes again are not a collision: unchanged
        r = client.post("/documents", files={"file": ("c/evil.txt", first, "text/plain")}, headers=AUTH)
        assert (r.status_code, r.json()["unchanged"]) == (200, True)
        r = client.post("/documents", params={"replace": "true"},
                        files={"file": ("b/evil.txt", other, "text/plain")}, headers=AUTH)
        assert r.status_code == 200, r.text
        assert store.document(doc).sha256 == hashlib.sha256(other).hexdigest()
    finally:
        store.close()


def test_editions_links_follow_api_uploads_and_deletes(tmp_path):
    """Without the 2026 measures there is nothing to pair with the plan: 0 links; uploading
    them relinks (11 PRECEDED_BY, as `medgraph load`), deleting them unlinks."""
    store, client = _client(tmp_path / "data")
    try:
        files = {f.name[:3]: f for f in bundled_files()}
        for k in ("003", "001"):
            f = files[k]
            assert client.post("/documents", files={"file": (f.name, f.read_bytes())}, headers=AUTH).status_code == 200
        assert store.edges(type="PRECEDED_BY") == []
        f = files["002"]
        assert client.post("/documents", files={"file": (f.name, f.read_bytes())}, headers=AUTH).status_code == 200
        assert len(store.edges(type="PRECEDED_BY")) == 11
        assert client.delete("/documents/doc-002_fcea5f933e28d780", headers=AUTH).status_code == 200
        assert store.edges(type="PRECEDED_BY") == []
    finally:
        store.close()
