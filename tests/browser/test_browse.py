"""The browse page in a real headless Chromium against a real `medgraph serve`.

A fresh embedded store (MEDGRAPH_DATA_DIR in a tmp dir) gets the bundled corpus on start;
the browser searches in simplified and traditional script, opens entities, reads the vis
network inside the view frame, clicks a node, follows a measure to its owner. Every
request that is not to the loopback server is blocked and recorded: the tests fail if any
was attempted (the product must work with no internet).

Needs Debian's `chromium` (/usr/bin/chromium, or $MEDGRAPH_CHROMIUM) and the `playwright`
package (its own browser download is NOT used). Missing either → skipped with the reason,
unless MEDGRAPH_REQUIRE_BROWSER=1 (CI), where it is a failure. Screenshots go to a tmp dir
(printed); MEDGRAPH_UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/browse.png.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from serve_support import get, start_serve, stop

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("MEDGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install -y chromium chromium-driver, or set MEDGRAPH_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright; do not run `playwright install`)"
    return None


@pytest.fixture(scope="module", autouse=True)
def _need_browser():
    why = _missing()
    if why:
        if os.environ.get("MEDGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(f"MEDGRAPH_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of a real `medgraph serve` over a fresh embedded store."""
    data = tmp_path_factory.mktemp("browse-data")
    port = _free_port()
    env = {**os.environ, "MEDGRAPH_DATA_DIR": str(data), "MEDGRAPH_STORE": "embedded",
           "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    env.pop("MEDGRAPH_API_TOKEN", None)
    proc, log, base = start_serve(env, port, tmp_path_factory.mktemp("browse-log"))
    try:
        yield base
    finally:
        stop(proc, log)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    d = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {d}")
    return d


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page whose every non-loopback request is blocked and recorded; the test fails
    if any was attempted, or if the page threw a script error."""
    # bypass_csp: playwright's wait_for_function runs its predicate with eval() inside the page,
    # which the pages' Content-Security-Policy (no 'unsafe-eval') refuses; the policy itself is
    # checked in Chromium by tests/reliability/test_attack_http.py
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN", bypass_csp=True)
    blocked: list[str] = []
    errors: list[str] = []

    def route(r):
        parts = urlsplit(r.request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and (parts.hostname or "") not in LOOPBACK:
            blocked.append(r.request.url)
            return r.abort()
        return r.continue_()

    ctx.route("**/*", route)
    pg = ctx.new_page()
    pg.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    pg.set_default_timeout(20_000)
    yield pg
    ctx.close()
    assert not blocked, f"the page tried to reach the internet: {blocked}"
    assert not errors, errors


# --- helpers -------------------------------------------------------------------------
def _search(page, text: str) -> None:
    page.fill("#q", text)
    page.click("#search-btn")
    page.wait_for_selector("#results .result")


def _view_frame(page, url_part: str):
    """The view iframe once it shows ``url_part`` and its layout has settled."""
    page.wait_for_function("(p) => document.getElementById('view').src.includes(p)", arg=url_part)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        frame = next((f for f in page.frames if url_part in f.url), None)
        if frame is not None:
            try:
                frame.wait_for_function("window.medgraphView && window.medgraphView.stable === true", timeout=20_000)
                return frame
            except Exception:  # the frame navigated away under us; look again
                pass
        page.wait_for_timeout(200)  # not time.sleep: route handlers only run while playwright is waited on
    raise AssertionError(f"no settled view frame for {url_part}; frames: {[f.url for f in page.frames]}")


def _node_count(frame) -> int:
    return frame.evaluate("window.network.body.data.nodes.length")


# --- tests ---------------------------------------------------------------------------
def test_search_simplified_opens_entity_and_view(server, page, shots):
    page.goto(server + "/")
    _search(page, "亦庄")
    group = page.locator('#results .group[data-label="District"]')
    assert group.count() == 1, page.inner_text("#results")
    page.click('#results .result[data-id="district-yizhuang"]')
    page.wait_for_selector("#entity:not([hidden])")
    assert "北京经济技术开发区" in page.inner_text("#entity-name")
    assert page.locator("#evidence blockquote").count() > 0, "evidence quotes are shown"

    frame = _view_frame(page, "/viz/district-yizhuang?depth=1")
    n1 = _node_count(frame)
    assert n1 > 1
    assert frame.evaluate("window.network.physics.physicsEnabled") is False, "physics stops after stabilising"

    page.select_option("#depth", "2")
    frame = _view_frame(page, "/viz/district-yizhuang?depth=2")
    n2 = _node_count(frame)
    assert 1 < n1 < n2
    page.screenshot(path=str(shots / "yizhuang-depth2.png"))

    # a real click on a neighbour in the canvas opens it in the page
    target = frame.evaluate("""() => {
        const ids = window.network.body.data.nodes.getIds().filter(i => i !== 'district-yizhuang');
        const id = ids[0];
        const p = window.network.canvasToDOM(window.network.getPositions([id])[id]);
        const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        return {id, x: r.left + p.x, y: r.top + p.y};
    }""")
    box = page.locator("#view").bounding_box()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    page.wait_for_function("(id) => document.getElementById('entity').getAttribute('data-id') === id", arg=target["id"])
    assert f"id={target['id']}" in page.url
    _view_frame(page, f"/viz/{target['id']}?depth=")


def test_search_traditional_script(server, page, shots):
    page.goto(server + "/")
    _search(page, "醫保局")
    hit = page.locator('#results .result[data-id="bureau-bj-healthcare-security"]')
    assert hit.count() == 1, page.inner_text("#results")
    hit.click()
    page.wait_for_function("document.getElementById('entity-name').textContent === '北京市医疗保障局'")
    frame = _view_frame(page, "/viz/bureau-bj-healthcare-security?depth=")
    assert _node_count(frame) > 1
    page.screenshot(path=str(shots / "yibaoju.png"))


def test_measure_owner_chain_and_impact(server, page, shots):
    page.goto(server + "/")
    _search(page, "手术机器人")
    measure = page.locator('#results .group[data-label="Measure"] .result', has_text="推动手术机器人入院使用")
    assert measure.count() >= 1, page.inner_text("#results")
    measure.first.click()
    page.wait_for_selector("#owners .owner.lead")
    lead = page.inner_text("#owners .owner.lead")
    lead_id = page.get_attribute("#owners .owner.lead a", "data-id")
    # the page shows what /owners answers: a Beijing bureau (gold: 北京市卫生健康委员会)
    status, body = get(server + "/owners?measure=" + urllib.request.quote(page.get_attribute("#entity", "data-id")))
    want = json.loads(body)["lead"][0]
    assert lead_id == want["id"] == "bureau-bj-health-commission", (lead_id, want)
    assert want["name"] == "北京市卫生健康委员会" and want["name"] in lead, lead
    frame = _view_frame(page, "?depth=")
    assert _node_count(frame) > 1
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / "browse.png"))
    if os.environ.get("MEDGRAPH_UPDATE_SCREENSHOTS") == "1":
        dest = REPO / "docs" / "screenshots" / "browse.png"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shots / "browse.png", dest)

    page.select_option("#view-kind", "chain")
    frame = _view_frame(page, "/chain")
    assert _node_count(frame) >= 3, "measure, its lead and at least one level above"
    assert "北京市" in frame.inner_text("#mg-banner")
    page.screenshot(path=str(shots / "chain.png"))

    # the owner link opens the bureau
    page.click("#owners .owner.lead a")
    page.wait_for_function("document.getElementById('entity-label').textContent === 'Bureau'")

    page.goto(server + "/viz/district-yizhuang/impact?to=Product&direction=both")
    page.wait_for_function("window.medgraphView && window.medgraphView.stable === true")
    assert page.evaluate("window.network.body.data.nodes.length") > 1


def test_viz_capped_banner_and_unknown_id(server, page):
    page.goto(server + "/viz/district-yizhuang?depth=3&limit=5")
    page.wait_for_function("window.medgraphView && window.medgraphView.stable === true")
    assert page.evaluate("window.network.body.data.nodes.length") == 5
    assert "showing 5 of" in page.inner_text("#mg-banner")

    # a name is not an id: 404 JSON that points at the entity meant
    status, body = get(server + "/viz/" + urllib.request.quote("亦莊"))
    assert status == 404
    err = json.loads(body)
    assert "亦莊" in err["error"]
    assert "district-yizhuang" in [c["id"] for c in err["close_matches"]], err


def test_cli_file_opens_from_disk_offline(server, page, tmp_path):
    out = tmp_path / "yizhuang.html"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    # the server holds the store's lock only while writing; reads from a second process are fine
    status, body = get(server + "/viz/district-yizhuang?depth=2")
    assert status == 200
    page_html = body.decode("utf-8")
    assert "/static/vis/vis-network.min.js" in page_html
    # render the file with the command against its own copy of the corpus
    env["MEDGRAPH_DATA_DIR"] = str(tmp_path / "data")
    subprocess.run([sys.executable, "-m", "medgraph.cli", "load"], env=env, check=True, capture_output=True)
    res = subprocess.run([sys.executable, "-m", "medgraph.cli", "viz", "district-yizhuang", "--depth", "2", "-o", str(out)],
                         env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    page.goto(out.as_uri())
    page.wait_for_function("window.medgraphView && window.medgraphView.stable === true")
    assert page.evaluate("window.network.body.data.nodes.length") > 1


def test_hover_shows_evidence_tooltip(server, page):
    page.goto(server + "/viz/district-yizhuang?depth=1")
    page.wait_for_function("window.medgraphView && window.medgraphView.stable === true")
    target = page.evaluate("""() => {
        const id = window.network.body.data.nodes.getIds().find(i => i !== 'district-yizhuang');
        const p = window.network.canvasToDOM(window.network.getPositions([id])[id]);
        const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        return {id, x: r.left + p.x, y: r.top + p.y};
    }""")
    page.mouse.move(target["x"], target["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible")
    tip = page.inner_text("div.vis-tooltip")
    assert target["id"] in tip and "“" in tip, tip
