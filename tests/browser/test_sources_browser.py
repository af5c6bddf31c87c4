"""Source kinds, validity and the conflict flag on the browse page, in a real headless
Chromium against a real `medgraph serve` (issue 15). The store holds the bundled corpus and
three documents written for the conflict tests (tests/store/conflict_docs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from serve_support import start_serve, stop
from test_browse import REPO, _free_port, _need_browser, browser, page, shots  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser
CONFLICT_DOCS = REPO / "tests" / "store" / "conflict_docs"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("sources-data")
    env = {**os.environ, "MEDGRAPH_DATA_DIR": str(data), "MEDGRAPH_STORE": "embedded",
           "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    env.pop("MEDGRAPH_API_TOKEN", None)
    for args in (["load"], ["load", *map(str, sorted(CONFLICT_DOCS.glob("*.txt")))]):
        r = subprocess.run([sys.executable, "-m", "medgraph.cli", *args], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr[-2000:]
    proc, log, base = start_serve(env, _free_port(), tmp_path_factory.mktemp("sources-log"))
    yield base
    stop(proc, log)


def test_conflict_flag_shows_both_sources_side_by_side(server, page, shots: Path):
    page.goto(server + "/?id=platform-zgc-life-science-park")
    page.wait_for_selector("#conflicts:not([hidden])")
    assert "sources disagree" in page.inner_text("#conflicts .flag")
    area = page.locator('#conflicts .conflict[data-attribute="area_km2"] .side')
    assert area.count() == 3
    assert area.nth(0).get_attribute("data-kind") == "official"
    assert "5.5平方公里" in area.nth(0).inner_text() and "6.5平方公里" in area.nth(2).inner_text()
    place = page.locator('#conflicts .conflict[data-attribute="located_in"] .side')
    assert [place.nth(i).locator(".value").inner_text() for i in range(place.count())] == ["昌平区", "海淀区"]
    page.screenshot(path=str(shots / "conflicts.png"), full_page=True)


def test_no_flag_where_places_only_overlap(server, page):
    page.goto(server + "/?id=platform-biopark")
    page.wait_for_selector("#entity:not([hidden])")
    page.wait_for_load_state("networkidle")
    assert page.locator("#conflicts").is_hidden()


def test_evidence_and_owners_show_source_kind_and_validity(server, page):
    page.goto(server + "/?id=policy-bj-measures-2026-m17")
    page.wait_for_selector("#owners .owner.lead")
    assert "2026-04-07" in page.inner_text("#owners .validity")
    assert page.locator("#owners .owner.lead .kind").first.get_attribute("data-kind") == "official"
    kinds = page.locator("#evidence .src .kind")
    assert kinds.count() > 0
    assert set(kinds.evaluate_all("els => els.map(e => e.dataset.kind)")) <= {"official", "curated", "interpretation", "news", "analysis"}
