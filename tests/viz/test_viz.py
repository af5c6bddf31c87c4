"""Rendering of the pyvis views (medgraph.viz) and the `medgraph viz` command: styling from
viz/style.yaml, legend, tooltips with evidence, the "showing N of M" banner, and no
remote resources (the pages must work with no internet)."""

from __future__ import annotations

import json
import re

import pytest

from medgraph import viz
from medgraph.models import LABELS

REMOTE = re.compile(r"https?://[^\s\"'<>)]*(cdn|unpkg|jsdelivr|cdnjs|googleapis|gstatic|bootstrap)", re.I)
REMOTE_LOAD = re.compile(r"<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", re.I)

QUOTE = "牵头单位：市医保局 <b>&</b> 市卫生健康委"


def _ev(quote: str = QUOTE, method: str = "explicit") -> dict:
    return {"document": "doc-x", "quote": quote, "start": 10, "end": 10 + len(quote), "method": method, "confidence": 0.9}


def _sample():
    nodes = [{"id": f"n-{lb.lower()}", "label": lb, "name": f"{lb} 名称"} for lb in LABELS]
    nodes[0]["name"] = "政策<script>alert(1)</script>"
    edges = [
        {"source": "n-bureau", "target": "n-measure", "type": "LEADS", "props": {"role": "lead"}, "evidence": [_ev()]},
        {"source": "n-bureau", "target": "n-policy", "type": "ISSUED", "evidence": [_ev("京医保发〔2026〕4号", "rule")]},
        {"source": "n-measure", "target": "n-district", "type": "TARGETS", "evidence": [_ev("在亦庄设立")]},
        {"source": "n-fund", "target": "n-product", "type": "FUNDS", "evidence": [_ev("基金投资")]},
        {"source": "n-platform", "target": "n-district", "type": "LOCATED_IN", "evidence": [_ev("位于亦庄")]},
    ]
    return nodes, edges


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="mg-data">(.*?)</script>', page, re.S)
    assert m, "the page carries its graph as JSON"
    return json.loads(m.group(1))


def _assert_offline(page: str) -> None:
    assert not REMOTE.search(page), REMOTE.search(page).group(0)
    assert not REMOTE_LOAD.search(page), REMOTE_LOAD.search(page).group(0)


def test_every_node_coloured_and_shaped_per_style():
    nodes, edges = _sample()
    data = _data(viz.render_neighborhood(nodes, edges, "n-bureau"))
    style = viz.style()
    assert set(style["labels"]) == set(LABELS), "style.yaml covers every label of the schema"
    assert len(data["nodes"]) == len(nodes)
    for n in data["nodes"]:
        want = style["labels"][n["mgLabel"]]
        assert n["color"]["background"] == want["color"], n["id"]
        assert n["shape"] == want["shape"], n["id"]
    # each edge drawn once, labelled with its type (a lead role adds nothing; other roles: TYPE·role)
    assert sorted((e["from"], e["to"], e["label"]) for e in data["edges"]) == sorted(
        (e["source"], e["target"], e["type"]) for e in edges)
    for e in data["edges"]:
        assert e["color"]["color"] == style["edges"][e["label"]]["color"], e["label"]


def test_support_role_is_part_of_the_edge_label():
    nodes, edges = _sample()
    edges.append({"source": "n-organization", "target": "n-measure", "type": "LEADS", "props": {"role": "support"},
                  "evidence": [_ev("配合单位：某机构")]})
    data = _data(viz.render_neighborhood(nodes, edges, "n-bureau"))
    labels = {(e["from"], e["to"]): e["label"] for e in data["edges"]}
    assert labels[("n-organization", "n-measure")] == "LEADS·support"
    assert labels[("n-bureau", "n-measure")] == "LEADS"


def test_legend_lists_labels_and_relationship_types():
    nodes, edges = _sample()
    page = viz.render_neighborhood(nodes, edges, "n-bureau")
    legend = re.search(r'<aside id="mg-legend"[^>]*>(.*?)</aside>', page, re.S).group(1)
    for lb in LABELS:
        assert f'data-label="{lb}"' in legend
    for t in ("LEADS", "ISSUED", "TARGETS", "FUNDS", "LOCATED_IN"):
        assert f'data-type="{t}"' in legend
    assert viz.style()["labels"]["Bureau"]["color"] in legend


def test_tooltip_has_name_label_and_escaped_evidence_quote():
    nodes, edges = _sample()
    data = _data(viz.render_neighborhood(nodes, edges, "n-bureau"))
    measure = next(n for n in data["nodes"] if n["id"] == "n-measure")
    assert "Measure 名称" in measure["title"] and "Measure" in measure["title"]
    assert "牵头单位：市医保局 &lt;b&gt;&amp;&lt;/b&gt; 市卫生健康委" in measure["title"]
    assert "<b>&</b>" not in measure["title"]
    policy = next(n for n in data["nodes"] if n["id"] == "n-policy")
    assert "&lt;script&gt;" in policy["title"] and "<script>" not in policy["title"]
    leads = next(e for e in data["edges"] if e["label"] == "LEADS")
    assert "市医保局 &lt;b&gt;" in leads["title"]


def test_page_cannot_be_broken_out_of_by_data():
    nodes, edges = _sample()
    # (assets by URL: the inlined vis-network itself holds the text "<script>" in a string)
    page = viz.render_neighborhood(nodes, edges, "n-bureau", assets="/static/vis")
    # the only <script> tags are ours (vis-network, data, view script): a name with
    # </script> must not open a new one
    assert "<script>alert(1)" not in page and page.count("<script") == 3
    assert page.count("</script>") == page.count("<script")


def test_banner_when_capped():
    nodes, edges = _sample()
    few, few_edges, total = viz.cap(nodes, edges, 4)
    assert total == len(nodes) and len(few) == 4
    assert all(e["source"] in {n["id"] for n in few} and e["target"] in {n["id"] for n in few} for e in few_edges)
    page = viz.render_neighborhood(few, few_edges, "n-policy", total=total)
    assert f"showing 4 of {len(nodes)} nodes" in page
    assert 'class="capped"' in page
    uncapped = viz.render_neighborhood(nodes, edges, "n-policy", total=len(nodes))
    assert "showing" not in re.search(r'<div id="mg-banner".*?</div>', uncapped, re.S).group(0)


def test_physics_stabilises_then_stops_and_network_is_global():
    nodes, edges = _sample()
    page = viz.render_neighborhood(nodes, edges, "n-bureau")
    opts = _data(page)["options"]
    assert opts["physics"]["enabled"] and opts["physics"]["stabilization"]["enabled"]
    assert opts["physics"]["stabilization"]["iterations"] > 0
    assert 'once("stabilizationIterationsDone"' in page
    assert "physics: { enabled: false }" in page
    assert "window.network = network" in page


@pytest.mark.parametrize("assets", ["inline", "/static/vis"])
def test_no_remote_urls(assets):
    nodes, edges = _sample()
    page = viz.render_neighborhood(nodes, edges, "n-bureau", assets=assets)
    _assert_offline(page)
    if assets == "inline":
        assert "vis-network" in page and len(page) > 300_000, "vis-network is inside the page"
        assert "<script src=" not in page and "<link rel=\"stylesheet\"" not in page
    else:
        assert '<script src="/static/vis/vis-network.min.js">' in page


def test_vis_assets_come_from_pyvis():
    for name in viz.VIS_FILES:
        path = viz.vis_asset(name)
        assert path.is_file() and "pyvis" in str(path)
    with pytest.raises(FileNotFoundError):
        viz.vis_asset("../../etc/passwd")


def test_render_paths_merges_paths():
    impact = {
        "from": {"id": "n-district", "label": "District", "name": "亦庄"},
        "to": "Product",
        "paths": [
            [{"id": "n-district", "label": "District", "name": "亦庄"},
             {"type": "LOCATED_IN", "source": "n-product", "target": "n-district", "evidence": [_ev("位于亦庄")]},
             {"id": "n-product", "label": "Product", "name": "产品"}],
            [{"id": "n-district", "label": "District", "name": "亦庄"},
             {"type": "LOCATED_IN", "source": "n-platform", "target": "n-district", "evidence": [_ev("平台在亦庄")]},
             {"id": "n-platform", "label": "Platform", "name": "平台"},
             {"type": "LOCATED_IN", "source": "n-product", "target": "n-district", "evidence": [_ev("位于亦庄")]},
             {"id": "n-product", "label": "Product", "name": "产品"}],
        ],
        "has_more": True,
    }
    page = viz.render_paths(impact)
    data = _data(page)
    assert sorted(n["id"] for n in data["nodes"]) == ["n-district", "n-platform", "n-product"]
    assert len(data["edges"]) == 2
    assert "2 path(s)" in page and "more exist" in page
    _assert_offline(page)


def test_render_chain_is_top_down():
    owners = {
        "measure": {"id": "m-20", "name": "推动手术机器人入院使用", "number": 20, "policy": "p"},
        "lead": [{"id": "b-ybj", "name": "北京市医疗保障局", "basis": "explicit", "confidence": 1.0, "evidence": [_ev()]}],
        "support": [{"id": "b-wjw", "name": "北京市卫生健康委员会", "basis": "explicit", "confidence": 1.0, "evidence": [_ev()]}],
        "chain": [{"id": "b-body", "name": "协调机制", "from": "b-ybj", "basis": "catalog", "evidence": [_ev("catalog", "catalog")]},
                  {"id": "b-gov", "name": "北京市人民政府", "from": "b-body", "basis": "catalog", "evidence": []}],
        "candidates": [],
    }
    page = viz.render_chain(owners)
    data = _data(page)
    level = {n["id"]: n["level"] for n in data["nodes"]}
    assert level["b-gov"] < level["b-body"] < level["b-ybj"] < level["m-20"]
    assert level["b-wjw"] == level["b-ybj"]
    kinds = {(e["from"], e["to"]): e for e in data["edges"]}
    assert kinds[("b-wjw", "m-20")]["dashes"] is True and kinds[("b-ybj", "m-20")]["dashes"] is False
    assert data["options"]["layout"]["hierarchical"]["enabled"]
    assert "lead: 北京市医疗保障局" in page
    with pytest.raises(ValueError):
        viz.render_chain({**owners, "measure": None})


# --- the command, on the bundled corpus ------------------------------------------------
@pytest.fixture(scope="module")
def corpus_env(tmp_path_factory):
    from typer.testing import CliRunner

    from medgraph.cli import app
    from medgraph.settings import get_settings

    data = tmp_path_factory.mktemp("viz-data")
    env = {"MEDGRAPH_DATA_DIR": str(data), "MEDGRAPH_STORE": "embedded"}
    mp = pytest.MonkeyPatch()
    for k, v in env.items():
        mp.setenv(k, v)
    get_settings.cache_clear()
    runner = CliRunner()
    res = runner.invoke(app, ["load", "--json"])
    assert res.exit_code == 0, res.output
    yield runner, app
    mp.undo()
    get_settings.cache_clear()


@pytest.mark.parametrize("args,min_nodes", [
    (["district-yizhuang", "--depth", "2"], 10),
    (["推动手术机器人入院使用", "--view", "chain"], 3),
    (["亦庄", "--view", "impact", "--to", "Product"], 2),
])
def test_cli_viz_writes_offline_file(corpus_env, tmp_path, args, min_nodes):
    runner, app = corpus_env
    out = tmp_path / "v.html"
    res = runner.invoke(app, ["viz", *args, "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert len(_data(page)["nodes"]) >= min_nodes
    _assert_offline(page)
    assert "<script src=" not in page, "the file must open from disk with no server"


def test_cli_viz_caps_with_banner(corpus_env, tmp_path):
    runner, app = corpus_env
    out = tmp_path / "v.html"
    res = runner.invoke(app, ["viz", "district-yizhuang", "--depth", "3", "--limit", "5", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert re.search(r"showing 5 of \d+ nodes", page)


def test_cli_viz_unknown_id(corpus_env, tmp_path):
    runner, app = corpus_env
    res = runner.invoke(app, ["viz", "no-such-thing-xyz", "-o", str(tmp_path / "v.html")])
    assert res.exit_code == 1
    assert not (tmp_path / "v.html").exists()


# --- the HTTP routes, in-process (the browser tests drive them through Chromium) --------
@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from medgraph.api.app import create_app
    from medgraph.pipeline import load
    from medgraph.settings import Settings
    from medgraph.store import open_store

    settings = Settings(MEDGRAPH_STORE="embedded", MEDGRAPH_DATA_DIR=str(tmp_path_factory.mktemp("viz-api")))
    store = open_store(settings)
    load(store)
    with TestClient(create_app(store, settings)) as c:
        yield c
    store.close()


def test_browse_page_and_static_files_are_local(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    _assert_offline(page.text)
    for src in re.findall(r'(?:src|href)="([^"]+)"', page.text):
        if src.startswith("/static/"):
            assert client.get(src).status_code == 200, src
    for name in viz.VIS_FILES:
        r = client.get(f"/static/vis/{name}")
        assert r.status_code == 200 and len(r.content) > 1000
    assert client.get("/static/vis/nope.js").status_code == 404
    assert client.get("/static/browse/secret.py").status_code == 404
    assert client.get("/static/browse/style.json").json()["labels"]["Bureau"]["color"]


def test_viz_routes(client):
    r = client.get("/viz/district-yizhuang", params={"depth": 2})
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    _assert_offline(r.text)
    assert '<script src="/static/vis/vis-network.min.js">' in r.text
    assert len(_data(r.text)["nodes"]) > 1
    capped = client.get("/viz/district-yizhuang", params={"depth": 3, "limit": 3})
    assert re.search(r"showing 3 of \d+ nodes", capped.text)
    chain = client.get("/viz/policy-bj-measures-2026-m20/chain")
    assert chain.status_code == 200 and _data(chain.text)["view"] == "chain"
    impact = client.get("/viz/district-yizhuang/impact", params={"to": "Product"})
    assert impact.status_code == 200 and len(_data(impact.text)["nodes"]) > 1


def test_viz_route_errors_are_json(client):
    r = client.get("/viz/亦莊")
    assert r.status_code == 404
    assert "district-yizhuang" in [c["id"] for c in r.json()["close_matches"]]
    assert client.get("/viz/district-yizhuang", params={"depth": 9}).status_code == 422
    not_measure = client.get("/viz/district-yizhuang/chain")
    assert not_measure.status_code == 422 and "not a Measure" in not_measure.json()["error"]
    assert client.get("/viz/no-such-id/impact", params={"to": "Product"}).status_code == 404
