"""Security: /cypher is read-only, cannot reach files/network/admin procedures, is bounded
in time and rows; writes need the token (constant-time compare); request and upload sizes
are bounded; user text reaches the stores only as parameters — injection strings through
every GET endpoint and every CLI query command, on both stores, leave the graph unchanged."""

from __future__ import annotations

import json
import time
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from reliability_support import snapshot

from medgraph.pipeline import load
from medgraph.settings import Settings, get_settings

TOKEN = "s3cret-token-for-tests"
PAYLOADS = [
    '"}) DETACH DELETE n //',
    "' OR 1=1 --",
    "$(rm -rf /)",
    "MATCH (n) DETACH DELETE n",
    "`) MATCH (n) DETACH DELETE n //",
    "x'}) WITH 1 AS x MATCH (n) SET n.name = 'pwned' //",
    "医保局\nMATCH (n) DELETE n",
    "abc\x00def",
    "\u202e局保医\u202c\u200f",
    "{{7*7}}<script>alert(1)</script>",
    "../../../../etc/passwd",
    "九" * 1000 + "x" * 8000,  # very long (URL-length capped by httpx at 64 KB)
]
SANE = {"from": "district-yizhuang", "measure": "17", "q": "医保", "to": "District"}
NEO4J_PAYLOADS = [PAYLOADS[i] for i in (0, 1, 3, 4, 5, 7, 8, 11)]  # fewer round-trips on the real server
CLI_PAYLOADS = PAYLOADS + ["長" * 100_000]


def _settings(backend: str, tmp_path, neo4j_server=None, **extra) -> Settings:
    extra = {"MEDGRAPH_API_TOKEN": TOKEN, "MEDGRAPH_CYPHER_TIMEOUT": 1.0, "MEDGRAPH_CYPHER_MAX_ROWS": 50, **extra}
    if backend == "neo4j":
        return neo4j_server.settings(tmp_path, **extra)
    return Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(tmp_path), **extra)


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def loaded(request, tmp_path_factory):
    from medgraph.store import open_store

    backend = request.param
    server = None
    if backend == "neo4j":
        server = request.getfixturevalue("neo4j_server")
        server.wipe()
    data = tmp_path_factory.mktemp(f"sec-{backend}")
    settings = _settings(backend, data, server)
    store = open_store(settings)
    report = load(store)
    assert not report.failed and report.loaded
    yield backend, store, settings, server
    store.close()


@pytest.fixture(scope="module")
def client(loaded):
    from medgraph.api.app import create_app

    _, store, settings, _ = loaded
    return TestClient(create_app(store, settings))


def _get_routes(app) -> list[tuple[str, list[str], list[str]]]:
    out = []
    for path, ops in app.openapi()["paths"].items():
        if "get" not in ops:
            continue
        params = ops["get"].get("parameters", [])
        path_params = [p["name"] for p in params if p["in"] == "path"]
        query = [p["name"] for p in params if p["in"] == "query"
                 and (p.get("schema", {}).get("type") == "string"
                      or any(x.get("type") == "string" for x in p.get("schema", {}).get("anyOf", [])))]
        out.append((path, path_params, query))
    # routes left out of the schema that take user text in the path (static files: traversal)
    out += [("/static/browse/{name}", ["name"], []), ("/static/vis/{name}", ["name"], [])]
    return out


def test_injection_through_every_get_endpoint(loaded, client):
    _, store, _, _ = loaded
    before = snapshot(store)
    routes = _get_routes(client.app)
    payloads = PAYLOADS if loaded[0] == "embedded" else NEO4J_PAYLOADS
    covered = {p for p, *_ in routes}
    for must in ("/health", "/measures", "/owners", "/impact", "/entities", "/entities/{id}",
                 "/graph/neighborhood/{id}", "/viz/{id}", "/"):
        assert must in covered, f"{must} missing from the OpenAPI GET routes"
    statuses = {}
    for path, path_params, query in routes:
        for payload in payloads:
            url = path
            for name in path_params:
                url = url.replace("{" + name + "}", quote(payload, safe=""))
            # every text parameter at once, then each alone (the others valid) so the text reaches the store
            # (all at once only while the URL stays under the HTTP client's 64 KiB limit: /impact
            # has eight parameters, eight copies of the longest payload do not fit in one URL)
            fits = len(quote(payload, safe="")) * max(1, len(query)) < 60_000
            variants = [{q: payload for q in query}] if fits else []
            variants += [{**{k: v for k, v in SANE.items() if k in query and k != q}, q: payload} for q in query]
            for params in variants:
                r = client.get(url, params=params)
                statuses.setdefault(path, set()).add(r.status_code)
                assert r.status_code in (200, 400, 404, 422, 501), (path, payload[:40], r.status_code, r.text[:300])
                if r.headers.get("content-type", "").startswith("application/json") and r.status_code != 200:
                    assert "error" in r.json() or "detail" in r.json()
                if r.status_code == 200 and "text/html" in r.headers.get("content-type", ""):
                    assert "<script>alert(1)</script>" not in r.text  # reflected user text is escaped
    assert snapshot(store) == before, "a GET request changed the graph"
    print({k: sorted(v) for k, v in statuses.items()})


def test_injection_through_every_cli_query_command(loaded, tmp_path, monkeypatch):
    from medgraph.cli import app

    backend, store, settings, server = loaded
    before = snapshot(store)
    env = {"MEDGRAPH_STORE": backend, "MEDGRAPH_DATA_DIR": str(settings.data_dir)}
    if server is not None:
        env.update({"NEO4J_URI": server.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "medgraph-dev"})
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    import medgraph.cli as cli_mod

    class Shared:  # the loaded store, never closed by a command (opening is not what is tested here)
        def __getattr__(self, name):
            return getattr(store, name)

        def close(self):
            pass

    real_open = cli_mod._store
    opened = []
    monkeypatch.setattr(cli_mod, "_store", lambda name: opened.append(name) or Shared())
    runner = CliRunner()
    out = tmp_path / "v.html"
    for payload in (CLI_PAYLOADS if backend == "embedded" else NEO4J_PAYLOADS):
        commands = [
            ["owner", payload, "--json"], ["owner", "17", "--policy", payload, "--json"],
            ["impact", payload, "--to", payload, "--json"], ["impact", "district-yizhuang", "--to", payload, "--json"],
            ["search", payload, "--json"], ["search", payload, "--label", payload, "--json"],
            ["viz", payload, "-o", str(out)], ["viz", payload, "--view", "chain", "-o", str(out)],
            ["viz", payload, "--view", "impact", "--to", payload, "-o", str(out)],
            ["unload", payload], ["unload", payload, "--json"],
        ]
        for args in commands:
            get_settings.cache_clear()
            r = runner.invoke(app, [*args, "--store", backend])
            assert r.exception is None or isinstance(r.exception, SystemExit), (args[0], payload[:30], repr(r.exception))
            assert r.exit_code in (0, 1, 2, 3), (args, r.exit_code, r.output[-300:])
    get_settings.cache_clear()
    assert opened and set(opened) == {backend}
    assert snapshot(store) == before, "a CLI query changed the graph"
    # and once through the real store opening, as a subprocess would
    monkeypatch.setattr(cli_mod, "_store", real_open)
    r = runner.invoke(app, ["search", PAYLOADS[0], "--json", "--store", backend])
    get_settings.cache_clear()
    # no entity is named like the payload: an empty JSON list, exit 0, no exception of any kind
    assert (r.exit_code, r.exception) == (0, None), (r.exit_code, repr(r.exception), r.output[-300:])
    assert json.loads(r.stdout) == []
    assert snapshot(store) == before


# ------------------------------------------------------------------------------ Cypher
WRITES = [
    "CREATE (n:Bureau {id: 'pwned', name: 'pwned'}) RETURN n",
    "MERGE (n:Entity {id: 'pwned'}) RETURN n",
    "MATCH (n) SET n.name = 'pwned' RETURN count(n)",
    "MATCH (n) REMOVE n.name RETURN count(n)",
    "MATCH (n) DETACH DELETE n",
    "MATCH ()-[r]->() DELETE r",
    "CALL { CREATE (x:Bureau {id: 'pwned'}) } RETURN 1",
    "MATCH (n) WITH n LIMIT 1 CALL { WITH n DETACH DELETE n } RETURN 1",
    "CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
    "MATCH (n) FOREACH (x IN [1] | SET n.name = 'pwned')",
    "CALL db.createLabel('Pwned')",
    "CALL db.createProperty('pwned')",
    "CREATE INDEX pwned FOR (n:Bureau) ON (n.pwned)",
    "DROP CONSTRAINT entity_id",
    "CREATE DATABASE pwned",
    "CREATE USER pwned SET PASSWORD 'pwned-pass'",
    "SHOW USERS",
    "USE system SHOW DATABASES",
    "WITH 'MATCH (n) DETACH ' + 'DELETE n' AS q CALL apoc.cypher.runWrite(q, {}) YIELD value RETURN value",
    "CALL apoc.cypher.doIt('CREATE (n:Pwned)', {}) YIELD value RETURN value",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "RETURN apoc.version()",
    "CALL `apoc`.`load`.`json`('file:///etc/passwd')",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "load\ncsv from 'http://127.0.0.1:9/x.csv' AS line RETURN line",
    "LOAD/* hidden */CSV WITH HEADERS FROM 'https://example.com/x.csv' AS l RETURN l",
    "CALL dbms.components()",
    "CALL `dbms`.`listConfig`()",
    "CALL dbms.security.createUser('pwned', 'pwned-pass', false)",
    "CALL db.clearQueryCaches()",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
]


def _cypher(client, query, params=None):
    return client.post("/cypher", json={"query": query, "params": params or {}})


def test_cypher_on_embedded_is_501(loaded, client):
    if loaded[0] != "embedded":
        pytest.skip("embedded only")
    r = _cypher(client, "MATCH (n) RETURN n")
    assert r.status_code == 501 and "error" in r.json()


@pytest.mark.neo4j
def test_cypher_cannot_write_or_reach_outside(loaded, client):
    if loaded[0] != "neo4j":
        pytest.skip("Neo4j only (the embedded store answers 501)")
    store = loaded[1]
    before = snapshot(store)
    for q in WRITES:
        r = _cypher(client, q)
        assert r.status_code in (403, 422), (q, r.status_code, r.text[:300])
        assert "error" in r.json()
    # a harmless read still works, and parameters are just values
    r = _cypher(client, "MATCH (n:Entity {id: $id}) RETURN n.name AS name", {"id": PAYLOADS[0]})
    assert r.status_code == 200 and r.json()["rows"] == []
    r = _cypher(client, "MATCH (n:Bureau) RETURN count(n) AS n")
    assert r.status_code == 200 and r.json()["rows"][0]["n"] > 0
    assert snapshot(store) == before, "a /cypher request changed the graph"
    with store.driver.session() as s:
        assert s.run("MATCH (n:Pwned) RETURN count(n) AS c").single()["c"] == 0


@pytest.mark.neo4j
def test_cypher_time_and_row_limits(loaded, client):
    if loaded[0] != "neo4j":
        pytest.skip("Neo4j only")
    t0 = time.monotonic()
    r = _cypher(client, "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c")
    took = time.monotonic() - t0
    assert r.status_code == 408, (r.status_code, r.text[:300])
    assert "MEDGRAPH_CYPHER_TIMEOUT" in r.json()["error"] and took < 15, took
    r = _cypher(client, "UNWIND range(1, 100000) AS x RETURN x")
    body = r.json()
    assert r.status_code == 200 and body["truncated"] is True and body["row_count"] == 50 == len(body["rows"])
    r = _cypher(client, "UNWIND range(1, 50) AS x RETURN x")
    assert r.json()["truncated"] is False and r.json()["row_count"] == 50


def test_cypher_guard_catches_disguises():
    from medgraph.api.cypher_guard import refusal

    for q in ["LOAD CSV FROM 'x' AS l RETURN l", "lOaD  /*x*/ cSv FROM 'x' AS l RETURN l", "LOAD // c\nCSV FROM 'x' AS l",
              "CALL apoc .load.json('x')", "CALL `apoc.load`.json('x')", "CALL dbms.listConfig()",
              "CALL { MATCH (n) DELETE n } IN 10 CONCURRENT TRANSACTIONS", "USE system MATCH (n) RETURN n",
              "MATCH (n) RETURN n; USE system SHOW USERS"]:
        assert refusal(q), q
    assert refusal("MATCH (n:Bureau) WHERE n.name CONTAINS 'csv load' RETURN n") is None


# ---------------------------------------------------------------------- writes, sizes
def test_write_endpoints_need_the_token(loaded, client, monkeypatch):
    import hmac

    # every token check goes through the constant-time comparison, on bytes (a str with
    # non-ASCII characters would make compare_digest raise: a 500 instead of a 401)
    compared: list[tuple[bytes, bytes]] = []
    real_compare = hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real_compare(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    for given in (b"Bearer wrong", "Bearer 令牌-ünïcode".encode("utf-8"), f"Bearer {TOKEN}x".encode()):
        r = client.delete("/documents/catalog", headers={"Authorization": given})
        assert r.status_code == 401, (given, r.text)
    assert len(compared) == 3 and all(type(a) is bytes and b == TOKEN.encode() for a, b in compared), compared
    assert compared[0][0] == b"wrong" and compared[2][0] == f"{TOKEN}x".encode()
    store = loaded[1]
    before = snapshot(store)
    files = {"file": ("x.txt", "(一)测试。牵头单位：北京市医疗保障局。".encode(), "text/plain")}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
                    {"Authorization": "Bearer "}):
        r = client.post("/documents", files=files, headers=headers)
        assert r.status_code == 401, (headers, r.status_code)
        r = client.delete("/documents/catalog", headers=headers)
        assert r.status_code == 401
    assert snapshot(store) == before
    from medgraph.api.app import create_app

    no_token = TestClient(create_app(store, loaded[2].model_copy(update={"api_token": ""})))
    r = no_token.post("/documents", files=files, headers={"Authorization": "Bearer "})
    assert r.status_code == 403
    assert snapshot(store) == before


def test_request_and_upload_sizes_are_bounded(loaded):
    from medgraph.api.app import create_app

    store, settings = loaded[1], loaded[2]
    before = snapshot(store)
    c = TestClient(create_app(store, settings.model_copy(update={"max_upload_bytes": 4096})))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = c.post("/documents", files={"file": ("big.txt", b"a" * 5000, "text/plain")}, headers=auth)
    assert r.status_code == 413 and "MEDGRAPH_MAX_UPLOAD_BYTES" in r.json()["error"]
    r = c.post("/documents", files={"file": ("big.txt", b"a" * 200_000, "text/plain")}, headers=auth)
    assert r.status_code == 413
    r = c.post("/cypher", json={"query": "RETURN 1" + " " * 25_000})
    assert r.status_code == 422
    r = c.post("/cypher", content=json.dumps({"query": "RETURN $x", "params": {"x": "a" * 3_000_000}}),
               headers={"content-type": "application/json"})
    assert r.status_code == 413, r.status_code
    assert snapshot(store) == before
