"""Issue 13, HTTP side: the findings of the attack on the query surface, replayed.

Each test is one finding, attacked the way it was found, and asserts what the caller now
gets (status, message, flag, header) and how long it took:

* /impact was unbounded (``from=district-yizhuang&max_hops=6&direction=both&limit=1000&
  offset=100000`` froze the embedded API ~29 s; on Neo4j it ran on after the client left
  and took the API to 12 GB) → the page window is capped (422 naming the cap), the walk has
  a budget and says ``truncated``, a District's default direction is ``in``;
* chunked bodies skipped the size caps (60 MB to /cypher accepted, a 100 MB chunked upload
  spooled to disk before its 413) → 413 while streaming, nothing written to disk;
* server paths in answers, no security headers, ``HEAD /`` = 405;
* /docs loaded Swagger UI from a CDN → offline, checked in headless Chromium with every
  non-loopback request blocked;
* ``scripts/run.sh`` sometimes never served → it serves, or fails loudly.

Embedded store always; the /impact findings also on Neo4j when NEO4J_URI answers (skipped
with the reason otherwise, failed under MEDGRAPH_REQUIRE_NEO4J=1); the Chromium test needs
/usr/bin/chromium and playwright (skipped otherwise, failed under MEDGRAPH_REQUIRE_BROWSER=1).
Measured numbers go to RELIABILITY.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from reliability_support import ROOT, free_port

from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node
from medgraph.settings import Settings

TOKEN = "attack-http-token-7c1e"
WORST = "/impact?from=district-yizhuang&max_hops=6&direction=both&limit=1000&offset=100000"
# the heaviest request the API accepts now: the last page of the window, 6 hops both ways from a hub
WORST_ALLOWED = "/impact?from=district-yizhuang&max_hops=6&direction=both&limit=1000&offset=4000"
MAX_RSS_BYTES = 2 * 1024**3
CHROMIUM = os.environ.get("MEDGRAPH_CHROMIUM", "/usr/bin/chromium")
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


# ----------------------------------------------------------------------------- helpers
def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _server_env(data_dir: Path, tmpdir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDGRAPH_", "NEO4J_"))}
    env.update({"MEDGRAPH_DATA_DIR": str(data_dir), "MEDGRAPH_STORE": "embedded", "MEDGRAPH_API_TOKEN": TOKEN,
                "MEDGRAPH_ACCESS_LOG": "0", "TMPDIR": str(tmpdir), "PYTHONUNBUFFERED": "1",
                "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)})
    env.update(extra)
    return env


class Served:
    """A real ``medgraph serve`` on a free loopback port (its own data dir and TMPDIR)."""

    def __init__(self, tmp: Path, **env: str):
        self.data, self.tmpdir = tmp / "data", tmp / "tmpdir"
        self.data.mkdir(parents=True, exist_ok=True)
        self.tmpdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (tmp / "serve.log").open("w+b")
        self.proc = subprocess.Popen([sys.executable, "-m", "medgraph.cli", "serve", "--host", "127.0.0.1",
                                      "--port", str(self.port)], env=_server_env(self.data, self.tmpdir, **env),
                                     stdout=self.log, stderr=subprocess.STDOUT)
        import httpx

        deadline = time.monotonic() + 180
        while True:
            if self.proc.poll() is not None:
                pytest.fail(f"medgraph serve exited {self.proc.returncode}: {self.tail()}")
            try:
                r = httpx.get(self.base + "/health", timeout=2)
                if r.status_code == 200 and r.json()["counts"]["labels"].get("Measure"):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"medgraph serve did not answer /health in 180 s: {self.tail()}")
            time.sleep(0.3)

    def tail(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()


def _dense_extraction(doc_id: str = "doc-dense-mesh", measures: int = 24, orgs: int = 24) -> Extraction:
    """A small document whose every measure names every organisation: 576 TARGETS edges, and
    more simple paths of 6 hops than any budget (24·23·23·22·22·21 ≈ 1.2·10⁸ from one end)."""
    lines, edges, spans = ["# 网状测试措施", ""], [], {}
    org_names = [f"测试机构{j:02d}" for j in range(orgs)]
    for i in range(measures):
        line = f"（{i + 1}）措施{i:02d}：支持" + "、".join(org_names) + "。"
        lines.append(line)
    text = "\n".join(lines) + "\n"
    nodes = [Node(id="policy-dense", label="Policy", name="网状测试措施", documents=[doc_id])]
    for j, name in enumerate(org_names):
        nodes.append(Node(id=f"org-dense-{j:02d}", label="Organization", name=name, documents=[doc_id]))
    cursor = 0
    for i in range(measures):
        head = f"措施{i:02d}"
        at = text.index(head, cursor)
        cursor = at
        nodes.append(Node(id=f"policy-dense-m{i:02d}", label="Measure", name=head, documents=[doc_id],
                          props={"number": i + 1, "policy": "policy-dense"}))
        for j, name in enumerate(org_names):
            s = text.index(name, at)
            spans[(i, j)] = s
            edges.append(Edge(source=f"policy-dense-m{i:02d}", target=f"org-dense-{j:02d}", type="TARGETS",
                              evidence=[Evidence(document=doc_id, quote=name, start=s, end=s + len(name),
                                                 method="explicit", confidence=1.0)]))
    rec = DocumentRecord(id=doc_id, path="dense.txt", title="网状测试措施", kind="measures",
                         sha256=hashlib.sha256(text.encode()).hexdigest(), chars=len(text))
    ex = Extraction(document=rec, nodes=nodes, edges=edges)
    for e in ex.edges:  # evidence quotes are the document's text at [start, end)
        ev = e.evidence[0]
        assert text[ev.start:ev.end] == ev.quote
    return ex


def _neo4j_settings(data_dir: Path) -> Settings:
    from neo4j_support import require_neo4j

    env = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE") if k in os.environ}
    if "NEO4J_URI" not in env and os.environ.get("MEDGRAPH_REQUIRE_NEO4J") != "1":
        pytest.skip("NEO4J_URI is not set: the Neo4j half of the /impact findings needs a server "
                    "(`source .ci/neo4j-up.sh`)")
    settings = Settings(MEDGRAPH_STORE="neo4j", MEDGRAPH_DATA_DIR=str(data_dir), **env)
    require_neo4j(settings)
    return settings


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def emb(tmp_path_factory):
    """(store, settings, data dir) of an embedded store with the bundled corpus."""
    from medgraph.pipeline import load
    from medgraph.store import open_store

    data = tmp_path_factory.mktemp("attack-emb")
    settings = Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(data), MEDGRAPH_API_TOKEN=TOKEN)
    store = open_store(settings)
    report = load(store)
    assert not report.failed and report.loaded
    yield store, settings, data
    store.close()


@pytest.fixture(scope="module")
def client(emb):
    from medgraph.api.app import create_app

    store, settings, _ = emb
    return TestClient(create_app(store, settings), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def dense_client(tmp_path_factory):
    """The API over an embedded store holding only the dense mesh."""
    from medgraph.api.app import create_app
    from medgraph.store import open_store

    data = tmp_path_factory.mktemp("attack-dense")
    settings = Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(data))
    store = open_store(settings)
    store.upsert(_dense_extraction())
    yield TestClient(create_app(store, settings), raise_server_exceptions=False)
    store.close()


@pytest.fixture(scope="module")
def neo(tmp_path_factory):
    """(store, settings, client) on the real Neo4j at NEO4J_URI with the bundled corpus."""
    from medgraph.api.app import create_app
    from medgraph.pipeline import load
    from medgraph.store import open_store

    data = tmp_path_factory.mktemp("attack-neo4j")
    settings = _neo4j_settings(data)
    store = open_store(settings)
    with store.driver.session(database=store.database) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    report = load(store)
    assert not report.failed
    client = TestClient(create_app(store, settings), raise_server_exceptions=False)
    # the server plans each query text once: the timed requests measure the steady state
    assert client.get("/impact?from=district-yizhuang&max_hops=2&direction=both").status_code == 200
    yield store, settings, client
    store.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    server = Served(tmp_path_factory.mktemp("attack-serve"))
    yield server
    server.stop()


# ====================================================================== /impact (item 3)
def _timed(client, url: str):
    t = time.perf_counter()
    r = client.get(url)
    return r, time.perf_counter() - t


def _impact_findings(client, label: str) -> dict:
    """The /impact findings on one store; returns what was measured."""
    r, took = _timed(client, WORST)
    assert r.status_code == 422, r.text[:300]
    assert "offset + limit must be at most 5000" in r.json()["error"] and "101000" in r.json()["error"]
    assert took < 2.0, f"{label}: {took:.2f} s for the 422"
    # the heaviest accepted request: answered in full (the bundled corpus fits the budget)
    r2, took2 = _timed(client, WORST_ALLOWED)
    assert r2.status_code == 200, r2.text[:300]
    body = r2.json()
    assert took2 < 2.0, f"{label}: {took2:.2f} s for the last page of the window"
    assert (len(body["paths"]), body["offset"], body["limit"], body["truncated"], body["direction"]) == \
        (1000, 4000, 1000, False, "both")
    lengths = [len(p) for p in body["paths"]]
    assert lengths == sorted(lengths), "shortest paths first"
    # one more than the window's worth exists, so the page says has_more (it was always false)
    assert body["has_more"] is True
    # a District's default direction: what reaches it
    d, _ = _timed(client, "/impact?from=district-yizhuang&to=Product")
    explicit = client.get("/impact?from=district-yizhuang&to=Product&direction=in").json()
    assert d.status_code == 200 and d.json()["direction"] == "in" and d.json() == explicit
    assert len(d.json()["paths"]) > 0 and all(p[-1]["label"] == "Product" for p in d.json()["paths"])
    out = client.get("/impact?from=district-yizhuang&to=Product&direction=out").json()
    assert out["paths"] == [] and out["direction"] == "out"
    return {"worst_422_s": took, "worst_allowed_s": took2}


def test_impact_is_bounded_on_embedded(client):
    got = _impact_findings(client, "embedded")
    print(f"\nembedded: finding URL → 422 in {got['worst_422_s'] * 1000:.0f} ms; "
          f"last window page (1000 paths, 6 hops both ways) in {got['worst_allowed_s'] * 1000:.0f} ms")


def test_impact_is_bounded_on_neo4j(neo):
    got = _impact_findings(neo[2], "neo4j")
    print(f"\nneo4j: finding URL → 422 in {got['worst_422_s'] * 1000:.0f} ms; "
          f"last window page in {got['worst_allowed_s'] * 1000:.0f} ms")


def _truncation(client, label: str) -> None:
    """On a mesh with ~10⁸ paths the walk stops at its budget, in time, and says so."""
    # to one organisation: 24 paths of 2 hops, then ~12,000 of 4 hops, whose level needs
    # ~300,000 steps: the budget (200,000) stops inside it
    r, took = _timed(client, "/impact?from=org-dense-00&to=org-dense-05&max_hops=6&direction=both&limit=1000")
    assert r.status_code == 200 and took < 2.0, (label, took, r.text[:200])
    body = r.json()
    assert body["truncated"] is True and len(body["paths"]) == 1000 and body["has_more"] is True
    assert [len(p) for p in body["paths"]] == [5] * 24 + [9] * 976
    # nothing matches, so the walk would go on for ever: stopped, empty, truncated
    r, took = _timed(client, "/impact?from=org-dense-00&to=Bureau&max_hops=6&direction=both")
    assert r.status_code == 200 and took < 2.0, (label, took)
    assert (r.json()["paths"], r.json()["truncated"], r.json()["has_more"]) == ([], True, False)
    # a question the budget answers in full says truncated: false
    r = client.get("/impact?from=org-dense-00&to=Measure&max_hops=1&direction=in")
    assert (len(r.json()["paths"]), r.json()["truncated"]) == (24, False)
    print(f"\n{label}: budget stop after {took * 1000:.0f} ms")


def test_impact_budget_truncates_on_embedded(dense_client):
    _truncation(dense_client, "embedded")


def test_impact_budget_truncates_on_neo4j(neo):
    store, _, client = neo
    ex = _dense_extraction()
    store.upsert(ex)
    try:
        _truncation(client, "neo4j")
        # the same walk on both stores: where the budget cuts, it cuts alike
        from medgraph.store.pathsearch import Budget

        with TemporaryEmbedded(ex) as emb_store:
            for kw in (dict(max_hops=4, direction="both", limit=300), dict(max_hops=6, direction="out", limit=50)):
                a = store.path_search("org-dense-03", None, None, budget=Budget(expansions=3000, seconds=30), **kw)
                b = emb_store.path_search("org-dense-03", None, None, budget=Budget(expansions=3000, seconds=30), **kw)
                assert [[x.id if isinstance(x, Node) else x.key for x in p] for p in a.paths] == \
                    [[x.id if isinstance(x, Node) else x.key for x in p] for p in b.paths], kw
                assert a.truncated == b.truncated
    finally:
        store.unload(ex.document.id)


class TemporaryEmbedded:
    """An embedded store in a temporary folder holding one extraction."""

    def __init__(self, ex: Extraction):
        import tempfile

        self.dir = tempfile.TemporaryDirectory()
        self.ex = ex

    def __enter__(self):
        from medgraph.store import open_store

        self.store = open_store(Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=self.dir.name))
        self.store.upsert(self.ex)
        return self.store

    def __exit__(self, *exc):
        self.store.close()
        self.dir.cleanup()


def test_three_parallel_worst_impacts_do_not_freeze_the_embedded_api(served):
    """3 parallel worst-case /impact requests (the finding's URL and the heaviest accepted
    one) against a real server: /health answers within 1 s all along, RSS stays < 2 GB."""
    import httpx

    rss_before = _rss(served.proc.pid)
    stop = threading.Event()
    health: list[float] = []
    results: list[tuple[int, float]] = []

    def poll_health() -> None:
        with httpx.Client(timeout=10) as c:
            while not stop.is_set():
                t = time.perf_counter()
                assert c.get(served.base + "/health").status_code == 200
                health.append(time.perf_counter() - t)
                time.sleep(0.05)

    def attack(url: str) -> None:
        with httpx.Client(timeout=60) as c:
            for _ in range(3):
                t = time.perf_counter()
                r = c.get(served.base + url)
                results.append((r.status_code, time.perf_counter() - t))

    poller = threading.Thread(target=poll_health)
    poller.start()
    time.sleep(0.2)
    attackers = [threading.Thread(target=attack, args=(u,)) for u in (WORST, WORST_ALLOWED, WORST_ALLOWED)]
    peak = rss_before
    for a in attackers:
        a.start()
    while any(a.is_alive() for a in attackers):
        peak = max(peak, _rss(served.proc.pid))
        time.sleep(0.05)
    stop.set()
    poller.join()
    assert sorted({s for s, _ in results}) == [200, 422]
    assert len(results) == 9 and max(t for _, t in results) < 2.0, results
    assert health and max(health) < 1.0, f"/health took up to {max(health):.2f} s"
    assert peak < MAX_RSS_BYTES
    print(f"\n3 parallel worst /impact x3: slowest {max(t for _, t in results) * 1000:.0f} ms; "
          f"/health ({len(health)} polls) max {max(health) * 1000:.0f} ms; "
          f"RSS {rss_before / 2**20:.0f} → peak {peak / 2**20:.0f} MB")


def test_neo4j_impact_does_not_outlive_its_client(neo, tmp_path):
    """Clients that give up after 0.3 s: the server's path queries are over within the
    budget plus the transaction timeout; none is left running."""
    import httpx

    store, settings, _ = neo
    ex = _dense_extraction()
    store.upsert(ex)
    served = Served(tmp_path, MEDGRAPH_STORE="neo4j", NEO4J_URI=settings.neo4j_uri, NEO4J_USER=settings.neo4j_user,
                    NEO4J_PASSWORD=settings.neo4j_password, NEO4J_DATABASE=settings.neo4j_database)
    try:
        rss_before = _rss(served.proc.pid)

        def leave_early() -> None:
            try:
                httpx.get(served.base + "/impact?from=org-dense-00&to=Bureau&max_hops=6&direction=both", timeout=0.3)
            except httpx.HTTPError:
                pass

        threads = [threading.Thread(target=leave_early) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        time.sleep(3.5)  # budget (1 s) + the transaction's own timeout (budget + 1 s), with room
        with store.driver.session(database=store.database) as s:
            running = [r["currentQueryId"] for r in s.run("SHOW TRANSACTIONS YIELD currentQuery, currentQueryId "
                                                           "WHERE NOT currentQuery STARTS WITH 'SHOW' AND currentQuery CONTAINS 'elementId(r)' "
                                                           "RETURN currentQueryId")]
        assert running == []
        assert _rss(served.proc.pid) < MAX_RSS_BYTES
        r = httpx.get(served.base + "/impact?from=org-dense-00&to=Bureau&max_hops=6&direction=both", timeout=10)
        assert r.status_code == 200 and r.json()["truncated"] is True
        print(f"\nneo4j: no path query left running 3.5 s after 3 clients left; API RSS "
              f"{rss_before / 2**20:.0f} → {_rss(served.proc.pid) / 2**20:.0f} MB; "
              f"a full request answers in {r.elapsed.total_seconds() * 1000:.0f} ms, truncated")
    finally:
        served.stop()
        store.unload(ex.document.id)


# ================================================================= body caps (item 4)
def _chunks(total: int, size: int = 64 * 1024):
    sent = 0
    while sent < total:
        n = min(size, total - sent)
        sent += n
        yield b"x" * n


def test_chunked_json_body_is_refused_while_streaming(client):
    r = client.post("/cypher", content=_chunks(60 * 1024 * 1024), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "request body too large" in r.json()["error"]
    assert "1048576" in r.json()["error"]
    # declared too large: refused before a byte is read
    r = client.post("/cypher", content=b"{}", headers={"content-type": "application/json",
                                                       "content-length": str(5 * 1024 * 1024)})
    assert r.status_code == 413
    # an ordinary body still reaches the endpoint (embedded store: 501, it has no Cypher)
    r = client.post("/cypher", json={"query": "RETURN 1"})
    assert r.status_code == 501


def test_chunked_upload_is_refused_before_touching_disk(served):
    """100 MB chunked to POST /documents (limit 20 MB): 413 while streaming, the server's
    TMPDIR stays empty, RSS grows by less than the cap."""
    import httpx

    before = _rss(served.proc.pid)
    boundary = "attackboundary"

    def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
               "Content-Type: text/plain\r\n\r\n").encode()
        yield from _chunks(100 * 1024 * 1024, 256 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    t = time.perf_counter()
    try:
        r = httpx.post(served.base + "/documents", content=body(), timeout=60,
                       headers={"authorization": f"Bearer {TOKEN}",
                                "content-type": f"multipart/form-data; boundary={boundary}"})
        status, text = r.status_code, r.text
    except httpx.HTTPError as exc:  # the server may close while we are still sending
        pytest.fail(f"the client saw {type(exc).__name__} instead of a 413: {exc}")
    took = time.perf_counter() - t
    assert status == 413 and "MEDGRAPH_MAX_UPLOAD_BYTES" in text, text[:300]
    assert list(served.tmpdir.iterdir()) == [], "the upload reached the disk"
    grown = _rss(served.proc.pid) - before
    assert grown < 40 * 1024**2
    # and a 60 MB chunked /cypher body too
    r2 = httpx.post(served.base + "/cypher", content=_chunks(60 * 1024 * 1024), timeout=60,
                    headers={"content-type": "application/json"})
    assert r2.status_code == 413
    print(f"\n100 MB chunked upload: 413 in {took * 1000:.0f} ms, TMPDIR empty, RSS +{grown / 2**20:.1f} MB")


# ======================================================== paths, headers, HEAD (item 6)
def _server_paths(data_dir: Path) -> list[str]:
    import medgraph

    out = {str(ROOT), str(Path(data_dir).resolve()), str(Path(medgraph.__file__).resolve().parent.parent), sys.prefix}
    return sorted(p for p in out if len(Path(p).parts) > 2)


def _crawl(client, store) -> list[tuple[str, int]]:
    """GET every documented route with sane parameters, every Document entity, the HTML
    pages and a spread of errors; returns (url, status) and asserts nothing leaked."""
    urls = ["/", "/health", "/measures", "/measures?policy=2026", "/owners?measure=17", "/owners?measure=十七&policy=2026",
            "/impact?from=district-yizhuang", "/impact?from=catalog&direction=both&max_hops=2",
            "/entities?q=北京", "/entities?q=doc", "/openapi.json", "/docs", "/docs/oauth2-redirect",
            "/policies/plan/diff/2026", "/static/browse/browse.js", "/static/browse/nope",
            "/static/vis/nope", "/static/docs/nope", "/no/such/endpoint", "/owners", "/impact?from=x&max_hops=99",
            "/entities/no-such-entity", "/graph/neighborhood/no-such"]
    for d in store.documents():
        urls += [f"/entities/{d.id}", f"/graph/neighborhood/{d.id}?depth=2", f"/viz/{d.id}", f"/viz/{d.id}/impact"]
    for n in store.nodes("Measure")[:3]:
        urls += [f"/entities/{n.id}", f"/viz/{n.id}/chain"]
    seen = []
    for u in urls:
        r = client.get(u)
        seen.append((u, r.status_code, r.text + json.dumps(dict(r.headers))))
    for method, u, kw in (("post", "/cypher", {"json": {"query": "RETURN 1"}}), ("delete", "/documents/nope", {}),
                          ("post", "/documents", {}), ("put", "/health", {})):
        r = getattr(client, method)(u, **kw)
        seen.append((f"{method.upper()} {u}", r.status_code, r.text))
    return seen


def test_no_server_paths_in_any_response(client, emb):
    store, _, data = emb
    seen = _crawl(client, store)
    secrets = _server_paths(data)
    for url, status, text in seen:
        for p in secrets:
            assert p not in text, f"{url} ({status}) shows the server path {p}"
    # the catalog keeps its file name only
    cat = client.get("/entities/catalog").json()
    assert cat["props"]["path"] == "catalog.yaml"
    doc = next(d for d in store.documents() if d.id.startswith("doc-"))
    assert client.get(f"/entities/{doc.id}").json()["props"]["path"] == Path(doc.path).name
    print(f"\n{len(seen)} responses crawled, none shows {secrets}")


def test_store_errors_do_not_show_server_paths(tmp_path):
    """An unreadable graph file: the 503 says what is wrong, with the file name only."""
    from medgraph.api.app import create_app

    (tmp_path / "graph.pkl").write_bytes(b"this is not a graph file")
    settings = Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(tmp_path))
    c = TestClient(create_app(None, settings), raise_server_exceptions=False)
    r = c.get("/health")
    assert r.status_code == 503 and "graph.pkl" in r.json()["error"], r.text
    assert str(tmp_path) not in r.text and str(tmp_path.resolve()) not in r.text


def _sha(data: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(data.encode()).digest()).decode() + "'"


HTML_PAGES = ["/", "/console", "/viz/district-yizhuang", "/viz/district-yizhuang/impact?to=Product",
              "/viz/policy-bj-measures-2026-m17/chain", "/docs", "/docs/oauth2-redirect"]


def test_html_pages_carry_security_headers(client):
    for url in HTML_PAGES:
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), url
        assert r.headers["x-content-type-options"] == "nosniff"
        csp = dict(d.strip().split(" ", 1) for d in r.headers["content-security-policy"].split(";"))
        framed = url.startswith("/viz/")  # shown in the browse page's own frame
        assert csp["frame-ancestors"] == ("'self'" if framed else "'none'")
        assert r.headers["x-frame-options"] == ("SAMEORIGIN" if framed else "DENY")
        assert "unsafe-inline" not in r.headers["content-security-policy"]
        assert csp["default-src"] == "'self'" and csp["object-src"] == "'none'"
        # script-src: 'self' and exactly the hashes of the page's inline scripts
        inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", r.text, re.S)
        assert csp["script-src"].split() == ["'self'", *dict.fromkeys(_sha(s) for s in inline)], url
        for src in re.findall(r"<(?:script|link)[^>]*(?:src|href)=\"([^\"]+)\"", r.text):
            assert src.startswith("/") or src.startswith("data:"), f"{url} loads {src}"
    for url in ("/health", "/entities/nope", "/static/browse/browse.js"):
        assert client.get(url).headers["x-content-type-options"] == "nosniff"


def test_head_is_answered_wherever_get_is(client):
    for url in ("/", "/health", "/docs", "/openapi.json", "/entities/district-yizhuang", "/entities/nope",
                "/static/browse/browse.css", "/viz/district-yizhuang"):
        g, h = client.get(url), client.head(url)
        assert h.status_code == g.status_code, url
        assert h.content == b""
        assert h.headers["content-type"] == g.headers["content-type"]
        if "content-length" in g.headers:
            assert h.headers["content-length"] == g.headers["content-length"], url
    assert client.head("/cypher").status_code == 405  # POST only: still not allowed


# ===================================================================== /docs offline (item 7)
def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


@pytest.mark.browser
def test_docs_render_offline_in_chromium(served):
    why = _browser_missing()
    if why:
        if os.environ.get("MEDGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(f"MEDGRAPH_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    import httpx
    from playwright.sync_api import sync_playwright

    spec = httpx.get(served.base + "/openapi.json").json()
    operations = sum(1 for ops in spec["paths"].values() for m in ops if m in ("get", "post", "put", "delete", "patch"))
    blocked: list[str] = []
    console: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                                                    "--no-first-run", "--disable-background-networking"])
        try:
            ctx = browser.new_context()

            def route(r):
                host = urlsplit(r.request.url).hostname or ""
                if urlsplit(r.request.url).scheme in ("http", "https", "ws", "wss") and host not in LOOPBACK:
                    blocked.append(r.request.url)
                    return r.abort()
                return r.continue_()

            ctx.route("**/*", route)
            page = ctx.new_page()
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            page.goto(served.base + "/docs")
            page.wait_for_selector(".opblock", timeout=30_000)
            shown = page.locator(".opblock").count()
            title = page.inner_text(".info .title")
            # the browse page, the Cypher console and a view under the same policy: no CSP refusals either
            page.goto(served.base + "/")
            page.wait_for_selector("#q", timeout=20_000)
            page.goto(served.base + "/console")
            page.wait_for_selector("#query-list button", timeout=20_000)
            page.goto(served.base + "/viz/district-yizhuang")
            # polled from here: wait_for_function would eval() in the page, which the CSP refuses
            deadline = time.monotonic() + 20
            while not page.evaluate("window.medgraphView !== undefined && window.medgraphView.stable === true"):
                assert time.monotonic() < deadline, "the view did not settle"
                page.wait_for_timeout(200)
            nodes = page.evaluate("window.network.body.data.nodes.length")
        finally:
            browser.close()
    assert blocked == [], f"pages tried to reach the internet: {blocked}"
    refused = [c for c in console if "Content Security Policy" in c or "pageerror" in c]
    assert refused == [], refused
    assert shown == operations, (shown, operations)
    assert nodes > 1, "the view drew the neighbourhood under the policy"
    assert "medgraph" in title
    print(f"\n/docs offline in Chromium: {shown} operations listed, 0 external requests, 0 CSP refusals")


# ====================================================================== run.sh (item 9)
def _fake_venv(tmp: Path, fail_owner: bool = False) -> Path:
    """A MEDGRAPH_VENV for scripts/bootstrap.sh whose pip is a no-op (this test's Python
    already has medgraph and its dependencies: installing again would rebuild the package
    under the running suite) and whose ``medgraph`` is this Python's; ``fail_owner`` makes
    the sample answer fail."""
    venv = tmp / "venv"
    (venv / "bin").mkdir(parents=True)
    py = venv / "bin" / "python"
    py.write_text(f'#!/bin/sh\nif [ "$1" = "-m" ] && [ "$2" = "pip" ]; then exit 0; fi\nexec "{sys.executable}" "$@"\n')
    med = venv / "bin" / "medgraph"
    fail = 'if [ "$1" = "owner" ]; then echo "no such measure (injected by the test)" >&2; exit 3; fi\n' if fail_owner else ""
    med.write_text(f'#!/bin/sh\n{fail}exec "{sys.executable}" -m medgraph.cli "$@"\n')
    py.chmod(0o755)
    med.chmod(0o755)
    return venv


def _run_sh_env(tmp: Path, venv: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDGRAPH_", "NEO4J_"))}
    env.update({"MEDGRAPH_VENV": str(venv), "MEDGRAPH_DATA_DIR": str(tmp / "data"), "MEDGRAPH_PORT": str(port),
                "MEDGRAPH_STORE": "embedded", "MEDGRAPH_ACCESS_LOG": "0", "PYTHONUNBUFFERED": "1",
                "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)})
    return env


def test_run_sh_has_no_pipeline_probe():
    text = "\n".join(ln for ln in (ROOT / "scripts" / "run.sh").read_text().splitlines() if not ln.lstrip().startswith("#"))
    assert not re.search(r"\|\s*grep\s+-q", text), "a `… | grep -q` probe under pipefail fails at random"
    assert "exec medgraph serve" in text


def test_run_sh_serves(tmp_path):
    import httpx

    port = free_port()
    log = (tmp_path / "run.log").open("w+b")
    proc = subprocess.Popen(["bash", str(ROOT / "scripts" / "run.sh")], env=_run_sh_env(tmp_path, _fake_venv(tmp_path), port),
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path)
    t0 = time.monotonic()
    try:
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"run.sh exited {proc.returncode} without serving:\n{log.read().decode(errors='replace')[-3000:]}")
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() - t0 < 240, "run.sh did not serve /health within 240 s"
            time.sleep(0.3)
        took = time.monotonic() - t0
        assert r.json()["counts"]["labels"]["Measure"] > 0
        log.seek(0)
        out = log.read().decode(errors="replace")
        assert "Sample: who owns measure 17 of the 2026 measures?" in out and "完善创新药械入院使用" in out
        print(f"\nrun.sh: load, sample answer, /health 200 after {took:.1f} s")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
        log.close()


def test_run_sh_fails_loudly_when_the_sample_answer_fails(tmp_path):
    port = free_port()
    r = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh")], capture_output=True, text=True, timeout=240,
                       env=_run_sh_env(tmp_path, _fake_venv(tmp_path, fail_owner=True), port), cwd=tmp_path)
    assert r.returncode == 1, (r.returncode, r.stderr[-1500:])
    assert "run.sh: ERROR: the sample answer `medgraph owner 十七 --policy 2026` failed (exit 3)" in r.stderr
    assert "nothing is served" in r.stderr
