"""The Cypher console in a real headless Chromium against a live `medgraph serve`, on the
embedded store and on a real Neo4j (when NEO4J_URI answers; CI always has one): a named
query run from the console shows a table and a graph; nothing loads from outside."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from serve_support import start_serve, stop
from test_browse import REPO, _free_port, _need_browser, browser, page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def server(request, tmp_path_factory):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    env.pop("MEDGRAPH_API_TOKEN", None)
    if request.param == "embedded":
        env.update(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(tmp_path_factory.mktemp("console-data")))
    else:
        from neo4j_support import require_neo4j

        from medgraph.settings import Settings

        s = Settings(MEDGRAPH_STORE="neo4j")
        require_neo4j(s)
        import neo4j

        with neo4j.GraphDatabase.driver(s.neo4j_uri, auth=(s.neo4j_user, s.neo4j_password)) as drv:
            drv.execute_query("MATCH (n) DETACH DELETE n", database_=s.neo4j_database)
        env.update(MEDGRAPH_STORE="neo4j")
        r = subprocess.run([sys.executable, "-m", "medgraph.cli", "load"], env=env, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
    proc, log, base = start_serve(env, _free_port(), tmp_path_factory.mktemp("console-log"))
    yield request.param, base
    stop(proc, log)


def test_named_query_from_the_console_shows_table_and_graph(server, page):
    store, base = server
    page.goto(base + "/console")
    page.wait_for_selector('#query-list button[data-name="measures_by_bureau"]')
    page.click('#query-list button[data-name="measures_by_bureau"]')
    page.fill('#params input[name="bureau"]', "bureau-bj-customs")
    page.click("#run")
    page.wait_for_selector("#result-table table")
    rows = int(page.get_attribute("#run-status", "data-rows"))
    assert rows >= 1
    assert "policy-bj-measures-2026-m15" in page.inner_text("#result-table")
    assert page.locator("#download-csv").is_visible() and page.locator("#download-json").is_visible()
    page.click('#tabs button[data-tab="graph"]')
    g = page.evaluate("window.medgraphConsole")
    assert g["nodes"] >= 1
    if os.environ.get("MEDGRAPH_UPDATE_SCREENSHOTS") == "1" and store == "neo4j":
        page.click('#tabs button[data-tab="table"]')
        page.screenshot(path=str(REPO / "docs" / "screenshots" / "console.png"), full_page=False)
    if store == "embedded":
        assert "embedded store" in page.inner_text("#store-note")
    else:
        assert page.locator("#store-note").is_hidden()


def test_free_cypher_runs_on_neo4j_and_is_refused_clearly_on_embedded(server, page):
    store, base = server
    page.goto(base + "/console?cypher=" + "MATCH (b:Bureau {id: 'bureau-bj-customs'})-[l:LEADS]->(m) RETURN b, l, m LIMIT 5")
    page.wait_for_selector("#query-list button")
    page.click("#run")
    if store == "neo4j":
        page.wait_for_selector("#result-table table")
        assert int(page.get_attribute("#run-status", "data-rows")) >= 1
        page.click('#tabs button[data-tab="graph"]')
        g = page.evaluate("window.medgraphConsole")
        assert g["nodes"] >= 2 and g["edges"] >= 1      # nodes and the LEADS relationship drawn
    else:
        page.wait_for_selector("#error:not([hidden])")
        assert "Neo4j" in page.inner_text("#error")


def test_show_the_query_link_opens_with_parameters(server, page):
    _, base = server
    params = json.dumps({"policy": "policy-bj-measures-2026", "number": 17})
    page.goto(base + "/console?query=owner_of_measure&run=1&params=" + params)
    page.wait_for_selector("#result-table table")
    assert page.input_value('#params input[name="number"]') == "17"
    assert "bureau-bj-health-commission" in page.inner_text("#result-table")
