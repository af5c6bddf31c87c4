"""Issue 13, replayed: every `/cypher` finding against a real Neo4j 5.26 (the private server of
the reliability suite, started by the hardened tools/neo4j-launcher) and a real API process
(uvicorn on a free port, driven over HTTP, its memory read from /proc).

Each attack must be refused or bounded, with the exact status and a message a person can
act on, and each test measures what it cost: seconds to answer, growth of the API's resident
memory. The refusals are checked twice: through the whole API (the text pre-filter may answer
first) and with the text pre-filter switched off, so that the server's EXPLAIN plan alone is
shown to refuse them. `MEASURED` collects the numbers; RELIABILITY.md quotes them.
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from reliability_support import SRC, free_port

TIMEOUT_S = 2.0  # MEDGRAPH_CYPHER_TIMEOUT of the API under attack
GRACE_S = 3.0  # answer within the timeout plus this
MEASURED: dict[str, str] = {}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Api:
    """``uvicorn --factory medgraph.api.app:create_app`` on the test server, as a subprocess."""

    def __init__(self, server, data_dir: Path, **env: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDGRAPH_", "NEO4J_"))}
        self.env.update({"PYTHONPATH": str(SRC), "MEDGRAPH_STORE": "neo4j", "NEO4J_URI": server.uri,
                         "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "medgraph-dev", "NEO4J_DATABASE": "neo4j",
                         "MEDGRAPH_DATA_DIR": str(data_dir), "MEDGRAPH_CYPHER_TIMEOUT": str(TIMEOUT_S),
                         "MEDGRAPH_ACCESS_LOG": "false", **env})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "medgraph.api.app:create_app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.http = httpx.Client(base_url=self.url, timeout=60)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.http.get("/health").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the API exited: {self.proc.stderr.read().decode()[-800:]}")
            time.sleep(0.3)
        raise RuntimeError("the API did not answer /health within 60 s")

    def rss(self) -> float:
        return _rss_mb(self.proc.pid)

    def cypher(self, query: str, params: dict | None = None) -> tuple[httpx.Response, float]:
        t0 = time.monotonic()
        r = self.http.post("/cypher", json={"query": query, "params": params or {}})
        return r, time.monotonic() - t0

    def close(self) -> None:
        self.http.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def graph(neo4j_server, tmp_path_factory):
    """The bundled corpus on the private server; (server, data dir)."""
    from medgraph.pipeline import load
    from medgraph.store import open_store

    neo4j_server.wipe()
    data = tmp_path_factory.mktemp("attack-cypher")
    store = open_store(neo4j_server.settings(data))
    report = load(store)
    assert not report.failed and report.loaded
    store.close()
    return neo4j_server, data


@pytest.fixture(scope="module")
def api(graph):
    server, data = graph
    a = Api(server, data)
    yield a
    a.close()


@pytest.fixture(scope="module")
def plan_only(graph):
    """The API in-process with the text pre-filter switched off: only the plan check decides.
    A generous time limit: planning an admin command on a cold system database alone takes
    over a second on a busy 2-core box, and this client is about refusals, not time."""
    from medgraph.api import app as app_mod
    from medgraph.store import open_store

    server, data = graph
    settings = server.settings(data, MEDGRAPH_CYPHER_TIMEOUT=20.0)
    store = open_store(settings)
    mp = pytest.MonkeyPatch()
    mp.setattr(app_mod, "refusal", lambda query: None)
    yield TestClient(app_mod.create_app(store, settings), raise_server_exceptions=False)
    mp.undo()
    store.close()


@pytest.fixture(scope="module")
def direct(graph):
    """A plain driver on the test server, for the victim's side of an attack."""
    import neo4j

    server, _ = graph
    with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", "medgraph-dev")) as d:
        yield d


def _refused(r: httpx.Response, *words: str) -> str:
    assert r.status_code == 403, (r.status_code, r.text[:400])
    err = r.json()["error"]
    assert err.startswith("refused:"), err
    for w in words:
        assert w in err, (w, err)
    return err


# ------------------------------------------------------------- procedures behind a backtick
PROCEDURES = [
    ("CALL`dbms`.listConfig()", "dbms.listConfig"),
    ("CALL`dbms`.listConfig() YIELD name, value RETURN name, value", "dbms.listConfig"),
    ("CALL`db`.clearQueryCaches()", "db.clearQueryCaches"),
    ("CALL`dbms`.listConnections()", "dbms.listConnections"),
    ("CALL`dbms`.killConnection('bolt-1')", "dbms.killConnection"),
    ("CALL`dbms`.components()", "dbms.components"),
    ("CALL db.awaitIndexes(1)", "db.awaitIndexes"),
    ("CALL tx.setMetaData({a: 1})", "tx.setMetaData"),
    ("MATCH (n) WITH n LIMIT 1 CALL`dbms`.listConfig() YIELD name RETURN name", "dbms.listConfig"),
]


@pytest.mark.neo4j
@pytest.mark.parametrize("query,proc", PROCEDURES)
def test_procedures_outside_the_allow_list_are_refused(api, plan_only, query, proc):
    r, took = api.cypher(query)
    _refused(r)
    assert "dbms" not in r.text.lower() or "refused" in r.text  # no configuration came back
    p = plan_only.post("/cypher", json={"query": query})
    assert p.status_code == 403, p.text
    assert p.json()["error"] == (f"refused: the procedure {proc} is not allowed through the API; only the read-only "
                                 "introspection procedures db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* are")
    MEASURED.setdefault("procedures", f"403 in ≤ {took:.2f} s")


@pytest.mark.neo4j
def test_kill_connection_leaves_the_other_client_connected(api, plan_only, direct):
    with direct.session() as victim:
        victim.run("RETURN 1").consume()
        conns = [r["connectionId"] for r in direct.execute_query("CALL dbms.listConnections() YIELD connectionId "
                                                                  "RETURN connectionId").records]
        for cid in conns:
            q = f"CALL`dbms`.killConnection('{cid}')"
            _refused(api.cypher(q)[0])
            assert plan_only.post("/cypher", json={"query": q}).status_code == 403
        assert victim.run("RETURN 2 AS two").single()["two"] == 2  # still connected


@pytest.mark.neo4j
def test_introspection_procedures_still_answer(api):
    r, _ = api.cypher("CALL db.labels() YIELD label RETURN label ORDER BY label")
    assert r.status_code == 200, r.text
    labels = [row["label"] for row in r.json()["rows"]]
    assert {"Bureau", "Measure", "District"} <= set(labels)
    for q in ("CALL db.relationshipTypes()", "CALL db.propertyKeys()", "CALL db.schema.nodeTypeProperties()"):
        r, _ = api.cypher(q)
        assert r.status_code == 200 and r.json()["rows"], (q, r.text[:300])


# ------------------------------------------------------------- transactions of other clients
def _victim(direct, started: threading.Event, out: dict) -> None:
    try:
        with direct.session() as s:
            tx = s.begin_transaction(timeout=30, metadata={"app": "victim"})
            started.set()
            out["value"] = tx.run("UNWIND range(1, 30000000) AS i WITH i WHERE i % 1000003 = 0 "
                                  "RETURN count(i) AS c").single()["c"]
            tx.close()
    except Exception as exc:  # noqa: BLE001
        out["error"] = exc
    finally:
        started.set()


@pytest.mark.neo4j
def test_show_and_terminate_transactions_are_refused(api, plan_only, direct):
    started, out = threading.Event(), {}
    t = threading.Thread(target=_victim, args=(direct, started, out))
    t.start()
    started.wait(10)
    time.sleep(0.3)
    ids = [r["id"] for r in direct.execute_query("SHOW TRANSACTIONS YIELD transactionId AS id, metaData "
                                                 "WHERE metaData.app = 'victim' RETURN id").records]
    assert ids, "the victim transaction did not start"
    attacks = ["USE`neo4j`SHOW TRANSACTIONS", "SHOW TRANSACTIONS", "SHOW TRANSACTIONS YIELD * RETURN *",
               f"TERMINATE TRANSACTION '{ids[0]}'", f"TERMINATE TRANSACTIONS '{ids[0]}'", "SHOW SETTINGS",
               "SHOW PROCEDURES", "SHOW USERS", "SHOW DATABASES"]
    for q in attacks:
        r, took = api.cypher(q)
        _refused(r)
        assert ids[0] not in r.text
        p = plan_only.post("/cypher", json={"query": q})
        assert p.status_code in (403,), (q, p.status_code, p.text[:300])
        if not q.startswith("USE"):
            assert "administration commands" in p.json()["error"] or "server classifies" in p.json()["error"], p.text
    # USE is visible only to the text filter and the summary's database; with the filter off,
    # USE neo4j + SHOW still dies on the plan
    p = plan_only.post("/cypher", json={"query": "USE`neo4j`SHOW TRANSACTIONS"})
    assert p.status_code == 403 and "administration commands" in p.json()["error"]
    t.join(60)
    assert "error" not in out, f"the victim's transaction was disturbed: {out.get('error')!r}"
    assert out["value"] == 29
    MEASURED["transactions"] = "403; the victim's transaction completed (29)"


# ------------------------------------------------------------- LOAD CSV: files and URLs
@pytest.mark.neo4j
def test_load_csv_from_a_file_is_refused_twice(graph, api, plan_only, direct):
    server, _ = graph
    secret = "medgraph-secret-" + os.urandom(4).hex()
    (server.home / "import").mkdir(exist_ok=True)
    (server.home / "import" / "secret.csv").write_text(f"{secret}\n", encoding="utf-8")
    for q in ["WITH 1 AS `x`LOAD CSV FROM 'file:///secret.csv' AS l RETURN l",
              "LOAD CSV FROM 'file:///secret.csv' AS l RETURN l",
              "MATCH (n) WITH n LIMIT 1 CALL { LOAD CSV FROM 'file:///secret.csv' AS l RETURN l } RETURN l"]:
        r, took = api.cypher(q)
        _refused(r, "LOAD CSV")
        assert secret not in r.text
        p = plan_only.post("/cypher", json={"query": q})
        assert p.status_code == 403 and p.json()["error"] == (
            "refused: LOAD CSV (reads files and URLs on the server) is not allowed through the API; "
            "the endpoint runs read-only queries over the graph"), p.text
        assert secret not in p.text
    # defence in depth: the server itself refuses file URLs (launcher configuration)
    import neo4j

    with pytest.raises(neo4j.exceptions.ClientError) as e:
        direct.execute_query("LOAD CSV FROM 'file:///secret.csv' AS l RETURN l")
    assert "allow_csv_import_from_file_urls" in e.value.message
    MEASURED["load_csv_file"] = f"403 in {took:.2f} s, file never read; the server itself refuses file URLs"


@pytest.mark.neo4j
def test_load_csv_from_a_loopback_url_is_never_fetched(api, plan_only):
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            body = b"loopback-secret\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/x.csv"
    try:
        for q in [f"WITH 1 AS `x`LOAD CSV FROM '{url}' AS l RETURN l",
                  f"LOAD CSV WITH HEADERS FROM $u AS l RETURN l"]:
            r, took = api.cypher(q, {"u": url})
            _refused(r, "LOAD CSV")
            p = plan_only.post("/cypher", json={"query": q, "params": {"u": url}})
            assert p.status_code == 403 and "LOAD CSV" in p.json()["error"]
            assert "loopback-secret" not in r.text + p.text
        time.sleep(0.5)
        assert hits == [], f"the server fetched {hits}"
    finally:
        srv.shutdown()
    MEASURED["load_csv_url"] = f"403 in {took:.2f} s, 0 requests reached the URL"


# ------------------------------------------------------------- size, time, memory, concurrency
@pytest.mark.neo4j
def test_rows_of_a_megabyte_stop_at_the_byte_cap(api):
    q = "UNWIND range(1, 200) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS big"
    before = api.rss()
    r, took = api.cypher(q)
    grew = api.rss() - before
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    cap = body["max_bytes"]
    assert cap == 8 * 1024 * 1024
    assert body["truncated"] is True and "MEDGRAPH_CYPHER_MAX_BYTES" in body["truncated_reason"]
    assert body["row_count"] == len(body["rows"]) == 7  # an 8th row of 1 MiB would pass 8 MiB
    assert [row["i"] for row in body["rows"]] == list(range(1, 8))
    assert all(len(row["big"]) == 2 ** 20 for row in body["rows"])
    assert len(r.content) <= cap + 4096
    assert took < TIMEOUT_S + GRACE_S and grew < 150, (took, grew)
    MEASURED["bytes"] = f"200 with 7 of 200 rows, {len(r.content) / 2**20:.1f} MiB, in {took:.2f} s, API RSS +{grew:.0f} MB"


@pytest.mark.neo4j
def test_huge_single_value_is_not_encoded(api):
    before = api.rss()
    r, took = api.cypher("RETURN reduce(s = 'x', k IN range(1, 25) | s + s) AS big")  # one 32 MiB string
    grew = api.rss() - before
    assert r.status_code == 200 and r.json()["rows"] == [] and r.json()["truncated"] is True, r.text[:300]
    assert "after 0 rows" in r.json()["truncated_reason"]
    MEASURED["one_big_value"] = f"200, 0 rows, truncated, in {took:.2f} s, API RSS +{grew:.0f} MB"


@pytest.mark.neo4j
def test_all_paths_are_stopped_by_the_time_limit(api):
    r, took = api.cypher("MATCH p=()-[*]-() RETURN count(p) AS n")
    assert r.status_code == 408, r.text[:300]
    assert "MEDGRAPH_CYPHER_TIMEOUT" in r.json()["error"] and "[*1..3]" in r.json()["error"]
    assert took < TIMEOUT_S + GRACE_S, took
    # the paths themselves: the first ones are huge (whole-graph walks through Document nodes);
    # the server stops the query at the limit before it completes (the issue saw 19 s)
    # — or, on a quiet fast machine, the stream reaches the row or byte cap first: then the answer
    # is the capped page, truncated, and the query is closed. Bounded either way, within the limit.
    r2, took2 = api.cypher("MATCH p=()-[*]-() RETURN p")
    if r2.status_code == 200:
        body = r2.json()
        assert body["truncated"] is True and body["truncated_reason"], {k: v for k, v in body.items() if k != "rows"}
        assert len(r2.content) <= body["max_bytes"] + 65536
        how = f"200 truncated ({body['truncated_reason']})"
    else:
        assert r2.status_code == 408 and "MEDGRAPH_CYPHER_TIMEOUT" in r2.json()["error"], r2.text[:300]
        how = "408"
    assert took2 < TIMEOUT_S + GRACE_S, took2
    MEASURED["all_paths"] = f"count(p): 408 in {took:.1f} s, RETURN p: {how} in {took2:.1f} s (limit {TIMEOUT_S:g} s)"


@pytest.mark.neo4j
def test_heap_exhausting_queries_fail_once_and_fast(api, direct):
    # 4 KiB strings collected: the transaction's memory pool is full within a second
    q = ("WITH reduce(s = 'x', k IN range(1, 12) | s + s) AS kb UNWIND range(1, 10000000) AS i "
         "WITH collect(kb + toString(i)) AS c RETURN size(c) AS n")
    r, took = api.cypher(q)
    assert r.status_code == 422, r.text[:300]
    err = r.json()["error"]
    assert err.startswith("the query needs more memory than one query may use") and "db.memory.transaction.max" in err
    assert took < TIMEOUT_S + GRACE_S, took
    # a value the memory pool does not track (string doubling) hits the JVM's own heap limit:
    # 503 when the server reports its OutOfMemoryError in time, else the API's own deadline
    # (timeout + grace) answers 408 while the server is busy collecting garbage; never retried
    r2, took2 = api.cypher("RETURN size(reduce(s = 'x', k IN range(1, 40) | s + s)) AS n")
    assert r2.status_code in (503, 408), r2.text[:300]
    if r2.status_code == 503:
        assert "heap" in r2.json()["error"] and r2.headers["retry-after"]
    else:
        assert "did not finish within" in r2.json()["error"] or "MEDGRAPH_CYPHER_TIMEOUT" in r2.json()["error"]
    assert took2 < TIMEOUT_S + GRACE_S + 0.5, took2
    assert direct.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] > 0  # the server lives on
    assert api.http.get("/health").status_code == 200
    MEASURED["heap"] = (f"collect(): 422 in {took:.1f} s (db.memory.transaction.max); string doubling: "
                        f"{r2.status_code} in {took2:.1f} s; no retry, server alive")


def _baseline(api, n: int = 20) -> float:
    """The slowest of ``n`` /health + / calls with nothing else running: how slow this machine is now."""
    worst = 0.0
    for _ in range(n):
        for path in ("/health", "/"):
            t0 = time.monotonic()
            api.http.get(path)
            worst = max(worst, time.monotonic() - t0)
    return worst


@pytest.mark.neo4j
def test_twenty_slow_queries_leave_health_fast(api):
    """/health and / within 1 s while 20 slow queries and 3 worst-case /impact requests (issue
    13's six hops both ways, a 1,000-path page far into the window) arrive at once, and the API
    stays under 2 GB. On a shared box whose
    quiet /health is already slow, the bound is 3 × that quiet time: starving the event loop or
    the thread pool would cost the query timeout (seconds), far above either."""
    slow = "UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS c"
    quiet = _baseline(api)
    bound = max(1.0, 3 * quiet)
    before = api.rss()
    stop = threading.Event()
    health: list[float] = []
    browse: list[float] = []

    # clients made up front: building 20 SSL contexts while polling would slow the poller's own
    # process (the GIL), not the API
    watcher = httpx.Client(base_url=api.url, timeout=30)
    attackers = httpx.Client(base_url=api.url, timeout=60, limits=httpx.Limits(max_connections=25))

    def poll() -> None:
        while not stop.is_set():
            for path, into in (("/health", health), ("/", browse)):
                t0 = time.monotonic()
                r = watcher.get(path)
                into.append(time.monotonic() - t0)
                assert r.status_code in (200, 501), (path, r.status_code)
            time.sleep(0.05)

    def attack(_: int) -> tuple[int, float, str]:
        t0 = time.monotonic()
        r = attackers.post("/cypher", json={"query": slow})
        return r.status_code, time.monotonic() - t0, r.headers.get("retry-after", "")

    impact_params = {"from": "district-yizhuang", "max_hops": 6, "direction": "both", "limit": 1000, "offset": 4000}

    def impact(_: int) -> tuple[int, float, bool]:
        t0 = time.monotonic()
        r = attackers.get("/impact", params=impact_params)
        return r.status_code, time.monotonic() - t0, r.status_code == 200 and r.json()["truncated"] in (True, False)

    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(0.3)
    try:
        with ThreadPoolExecutor(23) as pool:
            walks = [pool.submit(impact, i) for i in range(3)]
            results = list(pool.map(attack, range(20)))
            walked = [w.result() for w in walks]
        rss_after = api.rss()
        time.sleep(0.3)
    finally:
        stop.set()
        poller.join(30)
        watcher.close()
        attackers.close()
    grew = api.rss() - before
    codes = sorted(c for c, _, _ in results)
    print(f"\nparallel: {sorted((c, round(t, 2)) for c, t, _ in results)}\nhealth: {sorted(round(h, 2) for h in health)[-5:]} "
          f"browse: {sorted(round(b, 2) for b in browse)[-5:]}")
    limit = 2  # MEDGRAPH_CYPHER_CONCURRENCY's default
    assert codes.count(408) == limit and codes.count(429) == 20 - limit, codes
    assert all(ra for c, _, ra in results if c == 429)
    assert max(t for c, t, _ in results if c == 429) < bound
    assert max(t for c, t, _ in results) < TIMEOUT_S + GRACE_S
    assert health and max(health) < bound, (sorted(health)[-3:], quiet)
    assert browse and max(browse) < bound, (sorted(browse)[-3:], quiet)
    assert all(c in (200, 503) and (ok or c == 503) for c, _, ok in walked), walked   # bounded answers, or 503 + Retry-After
    assert rss_after < 2048, f"API RSS {rss_after:.0f} MB"
    MEASURED["parallel"] = (f"3 worst-case /impact: {sorted((c, round(t, 2)) for c, t, _ in walked)}; API RSS right after {rss_after:.0f} MB; "
                            f"{limit} × 408 (≤ {max(t for c, t, _ in results):.1f} s), {20 - limit} × 429 (≤ "
                            f"{max(t for c, t, _ in results if c == 429):.2f} s); /health max {max(health):.2f} s "
                            f"over {len(health)} calls, / max {max(browse):.2f} s (quiet: {quiet:.2f} s); "
                            f"API RSS +{grew:.0f} MB")


@pytest.mark.neo4j
def test_one_statement_and_bad_cypher_are_422(api):
    r, _ = api.cypher("MATCH (n) RETURN n; MATCH (m) RETURN m")
    assert r.status_code == 422 and "one statement" in r.json()["error"], r.text[:300]
    r, _ = api.cypher("MATCH (n RETURN n")
    assert r.status_code == 422 and r.json()["error"].startswith("not valid Cypher"), r.text[:300]
    r, _ = api.cypher("MATCH (n {id: $missing}) RETURN n")
    assert r.status_code == 422 and "missing" in r.json()["error"].lower(), r.text[:300]
    r, _ = api.cypher("RETURN $x AS x", {"x": [1, {"y": 2 ** 64}]})
    assert r.status_code == 422 and r.json()["error"] == (
        "parameter $x[1].y is 18446744073709551616, outside Neo4j's 64-bit integer range: send it as a string or a float")


@pytest.mark.neo4j
def test_ordinary_reads_still_work(api):
    r, _ = api.cypher("MATCH (b:Bureau)-[r:LEADS]->(m:Measure) RETURN b.id AS b, count(m) AS n ORDER BY n DESC LIMIT 3")
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    assert body["columns"] == ["b", "n"] and len(body["rows"]) == 3 and body["truncated"] is False
    assert body["truncated_reason"] is None
    r, _ = api.cypher("MATCH p = shortestPath((a:District)-[*..4]-(b:Bureau)) RETURN length(p) AS l LIMIT 5")
    assert r.status_code == 200, r.text[:300]
    r, _ = api.cypher("MATCH (m:Measure) WHERE m.number IN [1, 2] OPTIONAL MATCH (m)<-[:LEADS]-(b) "
                      "WITH m, collect(b.name) AS bs RETURN m.id AS id, bs ORDER BY id SKIP 0 LIMIT 5")
    assert r.status_code == 200, r.text[:300]


# ------------------------------------------------------------- Neo4j down, then back (last: restarts the server)
@pytest.mark.neo4j
def test_neo4j_down_is_a_fast_503_and_the_api_recovers(graph, api):
    server, _ = graph
    assert api.http.get("/health").status_code == 200
    server.stop()
    try:
        times = {}
        for method, path, body in [("GET", "/health", None), ("GET", "/owners?measure=1", None),
                                   ("GET", "/impact?from=district-yizhuang", None),
                                   ("POST", "/cypher", {"query": "MATCH (n) RETURN count(n) AS c"})]:
            t0 = time.monotonic()
            r = api.http.request(method, path, json=body)
            took = time.monotonic() - t0
            times[path] = round(took, 2)
            assert r.status_code == 503, (path, r.status_code, r.text[:300])
            err = r.json()["error"]
            assert "unavailable" in err and "retry" in err, err
            assert r.headers.get("retry-after"), path
            assert took < 5.0, (path, took)
            assert "/tmp/" not in err and str(server.home) not in err
    finally:
        server.start()
    t0 = time.monotonic()
    for _ in range(60):
        if api.http.get("/health").status_code == 200:
            break
        time.sleep(0.5)
    recovered = time.monotonic() - t0
    assert api.http.get("/health").status_code == 200
    r, _ = api.cypher("MATCH (n:Bureau) RETURN count(n) AS n")
    assert r.status_code == 200 and r.json()["rows"][0]["n"] > 0
    MEASURED["down"] = f"503 + Retry-After in ≤ {max(times.values()):.2f} s {times}; recovered {recovered:.1f} s after restart"
    print("\nMEASURED:\n" + json.dumps(MEASURED, ensure_ascii=False, indent=1))


# ------------------------------------------------------------- the embedded store: no Cypher at all
def test_every_attack_on_the_embedded_store_is_501(tmp_path):
    from medgraph.api.app import create_app
    from medgraph.settings import Settings

    client = TestClient(create_app(None, Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(tmp_path))))
    attacks = [q for q, _ in PROCEDURES] + [
        "USE`neo4j`SHOW TRANSACTIONS", "TERMINATE TRANSACTION 'neo4j-transaction-1'",
        "WITH 1 AS `x`LOAD CSV FROM 'file:///secret.csv' AS l RETURN l", "MATCH p=()-[*]-() RETURN p",
        "UNWIND range(1, 200) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS big"]
    client.get("/health")  # opens the store: the first request pays for that
    for q in attacks:
        t0 = time.monotonic()
        r = client.post("/cypher", json={"query": q})
        assert r.status_code == 501, (q, r.status_code, r.text[:200])
        assert "MEDGRAPH_STORE=neo4j" in r.json()["error"] and time.monotonic() - t0 < 1.0


def test_an_api_that_never_reached_neo4j_answers_503_at_once(tmp_path):
    """Nothing listens at NEO4J_URI and the store was never opened: 503 + Retry-After, fast,
    on every endpoint including /cypher (was ~30 s of driver retries per request)."""
    from medgraph.api.app import create_app
    from medgraph.settings import Settings

    uri = f"bolt://127.0.0.1:{free_port()}"
    client = TestClient(create_app(None, Settings(MEDGRAPH_STORE="neo4j", NEO4J_URI=uri,
                                                  MEDGRAPH_DATA_DIR=str(tmp_path))))
    for method, path, body in [("GET", "/health", None), ("GET", "/owners?measure=1", None),
                               ("POST", "/cypher", {"query": "RETURN 1 AS one"})]:
        t0 = time.monotonic()
        r = client.request(method, path, json=body)
        took = time.monotonic() - t0
        assert r.status_code == 503 and r.headers.get("retry-after"), (path, r.status_code, r.text[:200])
        err = r.json()["error"]
        assert err.startswith("the graph store is unavailable: Neo4j is not reachable at " + uri), err
        assert "medgraph.neo4j_local start" in err and took < 5.0, (path, took)
