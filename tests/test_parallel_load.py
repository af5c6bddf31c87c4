"""Parallel loading (medgraph.parallel via pipeline.load): the worker count never changes
what is stored or reported, bad files in a worker's chunk are reported by name while the
rest of the batch loads, and unchanged files are still skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import generate
from medgraph import parallel
from medgraph.export import export_json
from medgraph.pipeline import load
from medgraph.store.embedded import EmbeddedStore

N = 40  # above parallel.MIN_PARALLEL, so workers=2 really uses two processes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "docs"
    generate(N, folder)
    files = sorted(folder.iterdir())
    # bad input in the middle of the run, so it lands inside a worker's chunk
    (folder / files[11].name.replace(".txt", "-empty.txt")).write_text("   \n", encoding="utf-8")
    (folder / files[23].name.replace(".txt", "-broken.docx")).write_bytes(b"PK\x03\x04 not a real zip")
    return folder


def _load(corpus: Path, data: Path, workers: int) -> tuple[dict, dict]:
    store = EmbeddedStore(data)
    try:
        report = load(store, [corpus], workers=workers).to_dict()
        return report, export_json(store)
    finally:
        store.close()


def test_workers_do_not_change_the_graph_or_the_report(corpus, tmp_path):
    assert N >= parallel.MIN_PARALLEL
    one_report, one_graph = _load(corpus, tmp_path / "one", workers=1)
    two_report, two_graph = _load(corpus, tmp_path / "two", workers=2)
    assert two_graph == one_graph
    assert two_report == one_report
    assert len(one_report["loaded"]) == N
    assert one_report["loaded"] == sorted(one_report["loaded"])  # consumed in file order
    assert len(one_graph["edges"]) > 10 * N


def test_bad_files_in_a_parallel_batch_are_named_and_the_rest_loads(corpus, tmp_path):
    report, graph = _load(corpus, tmp_path / "bad", workers=2)
    failed = {Path(f["path"]).name: f["reason"] for f in report["failed"]}
    assert set(failed) == {n.name for n in corpus.iterdir() if "-empty" in n.name or "-broken" in n.name}
    empty = next(r for n, r in failed.items() if "-empty" in n)
    broken = next(r for n, r in failed.items() if "-broken" in n)
    assert "empty document" in empty
    assert "docx" in broken.lower() or "zip" in broken.lower()
    assert len(report["loaded"]) == N
    docs = {n["id"] for n in graph["nodes"] if n["label"] == "Document"}
    assert docs - {"catalog", "editions"} == set(report["loaded"])


def test_parallel_reload_skips_unchanged_files(corpus, tmp_path):
    data = tmp_path / "again"
    first, _ = _load(corpus, data, workers=2)
    again, graph = _load(corpus, data, workers=2)
    assert again["loaded"] == [] and sorted(again["unchanged"]) == sorted(first["loaded"])
    assert len(again["failed"]) == 2  # bad files stay bad, by name
    forced_store = EmbeddedStore(data)
    try:
        forced = load(forced_store, [corpus], force=True, workers=2).to_dict()
        assert forced["loaded"] == first["loaded"] and export_json(forced_store) == graph
    finally:
        forced_store.close()


def test_ordered_map_small_jobs_stay_in_process():
    import os

    pids = list(parallel.ordered_map(os.getpid, [()] * 3, workers=4))
    assert pids == [os.getpid()] * 3
    pids = list(parallel.ordered_map(os.getpid, [()] * 40, workers=2))
    assert os.getpid() not in pids and len(set(pids)) <= 2


def test_packed_growing_batches_store_the_same_graph(corpus, tmp_path, monkeypatch):
    """MEDGRAPH_LOAD_BATCH below the file count: extractions travel pickled (_Packed) and the
    embedded writes grow with the store; the graph and report are those of workers=1."""
    from medgraph.settings import get_settings

    one_report, one_graph = _load(corpus, tmp_path / "one", workers=1)
    monkeypatch.setenv("MEDGRAPH_LOAD_BATCH", "5")
    get_settings.cache_clear()
    try:
        for workers in (1, 2):
            report, graph = _load(corpus, tmp_path / f"packed-{workers}", workers=workers)
            assert graph == one_graph and report == one_report
    finally:
        monkeypatch.delenv("MEDGRAPH_LOAD_BATCH")
        get_settings.cache_clear()


def test_the_configured_catalog_reaches_the_workers(tmp_path):
    """Settings are passed in, not read from a cache deep down (issue 16.6): a catalog given as
    ``settings.catalog_path`` is the one extraction uses, in-process and in worker processes."""
    from medgraph.resources import asset
    from medgraph.settings import Settings

    text = asset("graph", "catalog.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "catalog.yaml"
    mine.write_text(text.replace("aliases: [北京市医保局,", "aliases: [甲乙丙保障署, 北京市医保局,", 1), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(20):  # 20 files: enough for a worker pool (MIN_PARALLEL = 16)
        (docs / f"p{i:02d}.txt").write_text(
            f"# 某市测试若干措施（20{i:02d}年）\n\n现提出如下措施：\n\n（一）措施一。牵头单位：甲乙丙保障署。\n"
            "（二）措施二。\n（三）措施三。\n", encoding="utf-8")
    for workers in (1, 2):
        s = EmbeddedStore(tmp_path / f"data{workers}")
        try:
            settings = Settings(MEDGRAPH_CATALOG=str(mine), MEDGRAPH_DATA_DIR=str(tmp_path))
            report = load(s, [docs], workers=workers, settings=settings)
            assert report.failed == [] and len(report.loaded) == 20
            leads = [e for e in s.edges(type="LEADS") if e.evidence[0].quote == "牵头单位：甲乙丙保障署"]
            assert {e.source for e in leads} == {"bureau-bj-healthcare-security"} and len(leads) == 20, workers
        finally:
            s.close()
