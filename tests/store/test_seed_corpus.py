"""The facts a user relies on, from the bundled seed corpus, on every store backend:
who owns measure 17, where BioPark is, the amount of a fund, one node per real thing,
page breaks re-joined, evidence that quotes the source, idempotent reloads, unload."""

from __future__ import annotations

import pytest

from medgraph import queries
from medgraph.catalog import load_catalog
from medgraph.documents import read_document
from medgraph.pipeline import bundled_files, load
from medgraph.resources import asset

SEED_2026 = "doc-002_fcea5f933e28d780"
SEED_PLAN = "doc-003_58624516628e3d39"
SEED_TRAD = "doc-000_181db268bc540fbc"
SEED_NEWS = "doc-004_6ce60b661450eb27"


def _originals() -> dict[str, str]:
    texts = {read_document(p).id: read_document(p).original for p in bundled_files()}
    texts["catalog"] = load_catalog().text
    return texts


@pytest.fixture
def seeded(store):
    report = load(store)
    assert not report.failed, report.failed
    return store


def _cat_id(name: str) -> str:
    return load_catalog().find_by_name(name).id


def test_measure_counts_per_policy(seeded):
    by_policy: dict[str, int] = {}
    for m in seeded.nodes("Measure"):
        by_policy[m.props["policy"]] = by_policy.get(m.props["policy"], 0) + 1
    p2026 = next(p for p in seeded.nodes("Policy") if p.props.get("doc_number") == "京医保发〔2026〕4号")
    assert by_policy[p2026.id] == 32
    plan = next(p for p in seeded.nodes("Policy") if "行动计划" in p.name)
    assert by_policy[plan.id] == 34
    assert sorted(m.props["number"] for m in seeded.nodes("Measure") if m.props["policy"] == plan.id) == list(range(1, 35))


@pytest.mark.parametrize("query", ["十七", "17", "(十七)", "（十七）", "第十七条"])
def test_owner_of_measure_17_of_2026(seeded, query):
    ans = queries.owners(seeded, query, policy="2026")
    assert ans["measure"]["name"] == "完善创新药械入院使用"
    lead_ids = [b["id"] for b in ans["lead"]]
    assert lead_ids == [_cat_id("北京市卫生健康委员会")]
    texts = _originals()
    for b in ans["lead"] + ans["support"]:
        assert b["evidence"]
        for ev in b["evidence"]:
            assert texts[ev["document"]][ev["start"]:ev["end"]] == ev["quote"]
    # the chain climbs to the coordinating body and the city government
    assert [c["name"] for c in ans["chain"]][-2:] == ["北京市医药健康统筹联席会议", "北京市人民政府"]


def test_owner_by_heading_words_either_script_and_ambiguity(seeded):
    assert queries.owners(seeded, "手术机器人入院")["measure"]["name"] == "推动手术机器人入院使用"
    assert queries.owners(seeded, "醫保支付", policy="2026")["measure"]["name"] == "深化医保支付改革"
    amb = queries.owners(seeded, "17")
    assert amb["measure"] is None and len(amb["candidates"]) == 2
    with pytest.raises(queries.NotFound) as err:
        queries.owners(seeded, "月球基地建设", policy="2026")
    assert err.value.close


def test_places_funds_and_aliases(seeded):
    yizhuang = _cat_id("北京经济技术开发区")
    biopark = _cat_id("国际医药创新公园")
    located = seeded.edges(source=biopark, type="LOCATED_IN")
    assert [e.target for e in located] == [yizhuang]
    assert any(ev.document != "catalog" for ev in located[0].evidence), "BioPark's place is read from a document too"
    # products named in the Yizhuang article sit in Yizhuang
    products_in_yz = {e.source for e in seeded.edges(target=yizhuang, type="LOCATED_IN")}
    names = {seeded.get_node(i).name for i in products_in_yz}
    assert {"艾米迈托赛注射液", "菲诺利单抗", "心诺普冷冻消融仪"} <= names
    funds = {n.name: n.props.get("amount_yi") for n in seeded.nodes("Fund")}
    assert funds["医药健康产业基金"] == 500
    assert funds["北京市医药健康产业投资基金"] == 200
    assert funds["脑机接口专项孵化基金"] == 3
    # one node per real thing across scripts and spellings
    for text in ("亦莊", "北京亦庄", "北京经开区"):
        assert seeded.search(queries.variants(text), label="District")[0].id == yizhuang
    insurance = seeded.get_node(_cat_id("北京市医疗保障局"))
    assert {SEED_TRAD, SEED_2026} <= set(insurance.documents)
    assert len([n for n in seeded.nodes("Bureau") if n.name == "北京市医疗保障局"]) == 1


def test_every_evidence_span_quotes_its_source(seeded):
    texts = _originals()
    edges = seeded.edges()
    assert edges
    for e in edges:
        assert e.evidence, f"edge without evidence: {e.key}"
        for ev in e.evidence:
            assert texts[ev.document][ev.start:ev.end] == ev.quote, (e.key, ev)
    # page breaks inside words are re-joined for matching, quotes keep the original
    doc = read_document(asset("loaders", "corpus", "002_fcea5f933e28d780.txt"))
    assert "医疗机器人关键核心技术" in doc.normalized and "医疗机器\n\n人" in doc.original
    assert "北京市人民政府公报" not in doc.normalized
    m5 = seeded.get_node(next(m.id for m in seeded.nodes("Measure") if m.props["policy"] == "policy-bj-measures-2026" and m.props["number"] == 5))
    assert "医疗机器" in m5.props["body"]


def test_reload_is_a_noop_and_unload_removes_only_what_a_document_supported(seeded):
    before = seeded.counts()
    edges_before = [e.model_dump() for e in seeded.edges()]
    again = load(seeded)
    assert again.loaded == [] and len(again.unchanged) == 5
    assert seeded.counts() == before
    assert [e.model_dump() for e in seeded.edges()] == edges_before
    forced = load(seeded, force=True)
    assert len(forced.loaded) == 5
    assert seeded.counts() == before

    yizhuang = _cat_id("北京经济技术开发区")
    seeded.unload(SEED_NEWS)
    assert seeded.document(SEED_NEWS) is None
    assert all(SEED_NEWS not in n.documents for n in seeded.nodes())
    assert seeded.get_node(yizhuang) is not None   # still supported by the catalog and other documents
    assert all(ev.document != SEED_NEWS for e in seeded.edges() for ev in e.evidence)
    load(seeded, [p for p in bundled_files() if p.name.startswith("004_")])
    assert seeded.counts() == before


def test_unload_removes_an_entity_only_one_document_named(seeded, tmp_path):
    extra = tmp_path / "yizhuang-news.txt"
    extra.write_text("近日，泽瑞达单抗注射液在北京亦庄投产，北京泽瑞达生物科技有限公司落户北京亦庄。", encoding="utf-8")
    before = seeded.counts()
    report = load(seeded, [extra])
    assert report.loaded == ["doc-yizhuang-news"]
    drug = [n for n in seeded.nodes("Product") if n.name == "泽瑞达单抗注射液"]
    assert drug and drug[0].documents == ["doc-yizhuang-news"]
    assert seeded.edges(source=drug[0].id, type="LOCATED_IN")[0].target == _cat_id("北京经济技术开发区")
    seeded.unload("doc-yizhuang-news")
    assert seeded.get_node(drug[0].id) is None
    assert seeded.counts() == before


def test_measures_numbered_index(seeded):
    expected = sorted((m for m in seeded.nodes("Measure") if m.props["number"] == 17), key=lambda m: m.id)
    assert len(expected) == 2
    assert seeded.measures_numbered(17) == expected
    assert seeded.measures_numbered(99) == []
    assert seeded.measures_numbered(17, policy="policy-bj-measures-2026") == [m for m in expected if m.props["policy"] == "policy-bj-measures-2026"]
