"""Quantitative targets: each phrase pattern on self-written sentences, and seed facts."""

from __future__ import annotations

import pytest

from medgraph.documents import read_document
from medgraph.extract import extract
from medgraph.extract.targets import find_targets
from medgraph.pipeline import bundled_files


def one(text: str):
    ts = find_targets(text)
    assert ts, text
    return ts[0]


@pytest.mark.parametrize("text, comparator, value, unit, metric_part", [
    ("支持开展国际多中心临床试验不少于120项。", ">=", 120, "项", "国际多中心临床试验"),
    ("构建500亿元规模医药健康产业基金。", "=", 500, "亿元", "医药健康产业基金"),
    ("将临床试验启动用时压缩至25周以内。", "<=", 25, "周", "临床试验启动用时"),
    ("多中心项目伦理审查互认率达到90%以上。", ">=", 90, "%", "互认率"),
    ("实现投资额度超100亿元。", ">", 100, "亿元", "投资额度"),
    ("实现引领全球的技术突破5-8项。", "range", 5, "项", "技术突破"),
    ("创新药品快速挂网,办理时间不超过15个工作日。", "<=", 15, "工作日", "办理时间"),
])
def test_phrase_patterns(text, comparator, value, unit, metric_part):
    t = one(text)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)
    assert metric_part in t.metric
    assert text[t.start:t.end] == t.quote


def test_range_has_upper_bound():
    t = one("新建1-2家研究型医院。")
    assert (t.value, t.value_max, t.metric) == (1, 2, "研究型医院")


def test_baseline_to_goal():
    t = one("对药品补充申请注册检验开辟绿色通道,时限由70个工作日缩短至40个。")
    assert (t.baseline, t.goal, t.value, t.unit, t.comparator) == (70, 40, 40, "工作日", "=")
    assert t.metric == "药品补充申请注册检验时限"


def test_enumerated_targets_are_separate():
    ts = find_targets("新增市级以上智能工厂不少于10家、绿色工厂不少于5家。")
    assert [(t.metric, t.value) for t in ts] == [("市级以上智能工厂", 10), ("绿色工厂", 5)]


def test_years_are_not_targets():
    assert find_targets("2026年4月7日印发。") == []


@pytest.fixture(scope="module")
def seeds():
    docs = {p.name[:3]: read_document(p) for p in bundled_files()}
    return {k: (d, extract(d)) for k, d in docs.items()}


def _measure(ex, number):
    return next(n for n in ex.nodes if n.label == "Measure" and n.props["number"] == number)


def test_seed_2026_measure_8_baseline_goal(seeds):
    doc, ex = seeds["002"]
    ts = _measure(ex, 8).props["targets"]
    t = next(t for t in ts if t.get("baseline") is not None)
    assert (t["baseline"], t["goal"], t["unit"]) == (70, 40, "工作日")
    assert doc.original[t["start"]:t["end"]] == t["quote"] and "由70个工作日缩短至40个" in t["quote"]


def test_seed_2026_measure_1_at_least_120(seeds):
    _, ex = seeds["002"]
    t = _measure(ex, 1).props["targets"][0]
    assert (t["metric"], t["comparator"], t["value"], t["unit"]) == ("国际多中心临床试验", ">=", 120, "项")


def test_seed_plan_measure_6_within_25_weeks(seeds):
    doc, ex = seeds["003"]
    t = _measure(ex, 6).props["targets"][0]
    assert (t["comparator"], t["value"], t["unit"]) == ("<=", 25, "周")
    assert "压缩至25周以内" in t["quote"] and doc.original[t["start"]:t["end"]] == t["quote"]


def test_progress_facts_on_documents(seeds):
    doc, ex = seeds["001"]
    node = next(n for n in ex.nodes if n.id == doc.id and n.label == "Document")
    facts = node.props["facts"]
    f51 = next(f for f in facts if f["value"] == 51)
    assert f51["unit"] == "个" and f51["kind"] == "progress" and "创新药品" in f51["metric"]
    assert doc.original[f51["start"]:f51["end"]] == f51["quote"]
    doc0, ex0 = seeds["000"]
    facts0 = next(n for n in ex0.nodes if n.id == doc0.id).props["facts"]
    weeks = next(f for f in facts0 if f["value"] == 24.9)
    assert weeks["kind"] == "progress" and weeks["unit"] == "周"
    cmp_ = next(f for f in facts0 if f.get("baseline") == 28)
    assert (cmp_["goal"], cmp_["policy"], cmp_["compared_to"]) == (20, "policy-bj-measures-2025", "policy-bj-measures-2024")


# ------------------------------------------------- metric names (self-written sentences)
@pytest.mark.parametrize("text, metrics", [
    # the noun after 规模…的 is what the amount measures
    ("2024年3月，规模200亿元的北京市医药健康产业投资基金正式设立。", [("北京市医药健康产业投资基金", 200)]),
    ("新设100亿元规模的医药并购基金。", [("医药并购基金", 100)]),
    # a difference against another figure is not a target of its own
    ("北京市临床试验启动用时已缩短至24.9周,同比减少7.7周。", [("北京市临床试验启动用时", 24.9)]),
    ("较2024年增长14%。", []),
    # a bare noun takes the X方面 topic before it; a generic one the object two clauses back
    ("AI预测、类器官方面,开发不少于15种模型。", [("AI预测、类器官模型", 15)]),
    ("深化项目制管理,提高服务站运行质效,累计纳入品种不少于400项。", [("项目制管理纳入品种", 400)]),
    # a filler (累计达) takes the metric of the figure before it
    ("新增纳入项目制服务品种100项,累计达300项。", [("项目制服务品种", 100), ("项目制服务品种", 300)]),
    # who said it is not what is measured
    ("政策中提到的临床试验项目启动整体用时压缩至20周以内。", [("临床试验项目启动整体用时", 20)]),
    ("推动其自有资金研发投入占医疗收入的比例不低于6%。", [("自有资金研发投入占医疗收入比例", 6)]),
])
def test_metric_names(text, metrics):
    ts = find_targets(text)
    assert [(t.metric, t.value) for t in ts] == metrics
    for t in ts:
        assert text[t.start:t.end] == t.quote


def test_seed_2026_metrics_name_what_is_measured(seeds):
    """No 2026 target is named by a filler or a bare generic word (品种, 模型, 同比)."""
    _, ex = seeds["002"]
    metrics = {t["metric"] for n in ex.nodes if n.label == "Measure" for t in n.props["targets"]}
    assert "创新药械项目制管理纳入品种" in metrics and "AI人工智能预测、类器官与器官芯片模型" in metrics
    assert not metrics & {"品种", "模型", "同比", "累计", ""}
    assert all(len(m) >= 4 for m in metrics)


def test_seed_article_figures(seeds):
    doc, ex = seeds["000"]
    facts = next(n for n in ex.nodes if n.id == doc.id).props["facts"]
    names = {f.get("metric") for f in facts}
    assert not names & {"同比", "累计", "北京再新设", None}
    weeks = next(f for f in facts if f["value"] == 24.9)
    assert weeks["as_of"] == 2024   # 2024年,…已缩短至24.9周
    fund = next(f for f in facts if f["value"] == 100 and f.get("year") == 2025)
    assert fund["metric"] == "医药并购基金" and fund["kind"] == "target"
