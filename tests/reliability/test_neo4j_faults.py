"""Neo4j going away mid-load and mid-query: a real local server is killed (SIGKILL) while
`medgraph load` runs and while the API answers. The load either rides it out (driver
retry) or stops with a one-line "unavailable … re-run" message (exit 2, no traceback);
every document it did store is complete; the API answers 503 JSON ("the graph store is
unavailable … retry") while the server is down, never a partial 200; after the restart
the API recovers by itself and re-running the load completes the graph."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from reliability_support import cli_env, popen_cli, run_cli, write_policies

from medgraph.pipeline import load
from medgraph.store.embedded import EmbeddedStore

pytestmark = pytest.mark.neo4j
N = 30


def _neo4j_env(server, data_dir):
    return cli_env(data_dir, MEDGRAPH_STORE="neo4j", NEO4J_URI=server.uri, NEO4J_USER="neo4j",
                   NEO4J_PASSWORD="medgraph-dev")


def _docs_state(server) -> tuple[set[str], dict[str, int]]:
    """Loaded document ids, and per document the number of measures carrying it."""
    import neo4j

    with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", "medgraph-dev")) as d, d.session() as s:
        docs = {r["id"] for r in s.run("MATCH (n:Document) RETURN n.id AS id")}
        per = {r["d"]: r["c"] for r in s.run(
            "MATCH (m:Measure) UNWIND m.documents AS d RETURN d, count(m) AS c")}
    return docs, per


def test_server_stopped_mid_load_and_mid_query(neo4j_server, tmp_path):
    from medgraph.api.app import create_app
    from medgraph.store.neo4j import Neo4jStore
    import neo4j

    server = neo4j_server
    server.wipe()
    t0 = time.monotonic()
    marks = {}

    def mark(what):
        marks[what] = round(time.monotonic() - t0, 1)

    files = write_policies(tmp_path / "docs", N)
    ref = EmbeddedStore(tmp_path / "ref")
    load(ref, files)
    expected = ref.counts()
    ref.close()

    # the API, on a driver that gives up after 1 s of retries (the store's default is 30 s)
    settings = server.settings(tmp_path / "api")
    driver = neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", "medgraph-dev"), max_transaction_retry_time=1.0,
                                        connection_timeout=3.0)
    api_store = Neo4jStore(settings, driver=driver)
    client = TestClient(create_app(api_store, settings))
    assert client.get("/health").status_code == 200
    from medgraph.pipeline import ensure_catalog

    mark("api up")
    ensure_catalog(api_store)  # the catalog is slow to plan on a cold server; the load goes straight to documents

    proc = popen_cli(["load", str(tmp_path / "docs")], _neo4j_env(server, tmp_path / "d1"))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        docs, _ = _docs_state(server)
        if len(docs) >= 3:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the load finished before the server could be stopped; raise N"
    mark("docs stored, killing the server")
    server.crash()
    mark("killed")
    try:
        down = {}
        for method, url, body in [("GET", "/health", None), ("GET", "/owners?measure=1", None),
                                  ("POST", "/cypher", {"query": "MATCH (n) RETURN count(n) AS c"})]:
            t1 = time.monotonic()
            r = client.request(method, url, json=body)
            down[url] = (r.status_code, round(time.monotonic() - t1, 1))
            assert r.status_code == 503, (url, r.status_code, r.text[:300])
            err = r.json()["error"]
            assert "unavailable" in err and "retry" in err, err
            assert r.headers.get("retry-after")
        print("while down:", down)
    finally:
        mark("503s checked")
        server.start()
        mark("restarted")

    out, err = proc.communicate(timeout=180)
    mark("first load ended")
    print("first load rc", proc.returncode, err.strip().splitlines()[-1:] if err.strip() else "")
    assert "Traceback" not in err
    if proc.returncode != 0:  # the retry window ran out: one clear line, then re-run
        assert proc.returncode == 2
        last = [ln for ln in err.splitlines() if ln.startswith("error:")]
        assert len(last) == 1 and "unavailable" in last[0] and "re-run" in last[0], err[-500:]
    docs, per = _docs_state(server)
    for d in docs - {"catalog"}:  # every stored document is whole: 4 measures each
        assert per.get(d) == 4, (d, per.get(d))

    # the API recovers on its own once the server is back
    for _ in range(30):
        r = client.get("/health")
        if r.status_code == 200:
            break
        time.sleep(1)
    assert r.status_code == 200

    mark("api recovered")
    r = run_cli(["load", str(tmp_path / "docs"), "--json"], _neo4j_env(server, tmp_path / "d1"), timeout=300)
    assert r.returncode == 0, r.stderr[-800:]
    report = json.loads(r.stdout)
    assert not report["failed"]
    docs, per = _docs_state(server)
    assert len(docs - {"catalog"}) == N and all(per.get(d) == 4 for d in docs - {"catalog"})
    mark("re-run done")
    print("timeline (s):", marks)
    assert api_store.counts() == expected
    api_store.close()


def test_unreachable_neo4j_gives_one_line_cli_errors_and_503(tmp_path):
    """No server at all: the CLI says so in one line (exit 2), the API answers 503 JSON."""
    from reliability_support import free_port
    from medgraph.api.app import create_app
    from medgraph.settings import Settings

    uri = f"bolt://127.0.0.1:{free_port()}"
    env = cli_env(tmp_path, MEDGRAPH_STORE="neo4j", NEO4J_URI=uri)
    for args in (["load", str(tmp_path)], ["owner", "17"], ["search", "医保"]):
        r = run_cli(args, env)
        assert r.returncode == 2 and "Traceback" not in r.stderr, (args, r.stderr[-500:])
        assert len(r.stderr.strip().splitlines()) == 1 and "not reachable" in r.stderr, r.stderr
    client = TestClient(create_app(None, Settings(MEDGRAPH_STORE="neo4j", NEO4J_URI=uri)))
    r = client.get("/health")
    assert r.status_code == 503 and "unavailable" in r.json()["error"]
