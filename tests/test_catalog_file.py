"""Sanity checks for the curated catalog file graph/catalog.yaml (plain YAML, no medgraph import)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

CATALOG = Path(__file__).resolve().parents[1] / "graph" / "catalog.yaml"
PREFIX = {
    "bureaus": "bureau-",
    "districts": "district-",
    "platforms": "platform-",
    "funds": "fund-",
    "products": "product-",
    "organizations": "org-",
    "policies": "policy-",
}
REF_FIELDS = ("reports_to", "located_in", "part_of", "issuers", "supersedes")
DISTRICTS_16 = "东城区 西城区 朝阳区 海淀区 丰台区 石景山区 门头沟区 房山区 通州区 顺义区 大兴区 昌平区 平谷区 怀柔区 密云区 延庆区".split()


@pytest.fixture(scope="module")
def data() -> dict:
    return yaml.safe_load(CATALOG.read_text(encoding="utf-8"))


def _entries(data: dict):
    for section in PREFIX:
        for e in data.get(section) or []:
            yield section, e


def _list(v) -> list:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def _converters():
    opencc = pytest.importorskip("opencc")
    return opencc.OpenCC("s2t").convert, opencc.OpenCC("t2s").convert


def test_sections_present(data):
    assert set(PREFIX) <= set(data), f"missing sections: {set(PREFIX) - set(data)}"


def test_ids_unique_and_prefixed(data):
    seen = set()
    for section, e in _entries(data):
        eid = e["id"]
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", eid), f"bad id {eid!r}"
        assert eid.startswith(PREFIX[section]), f"{eid} in {section} must start with {PREFIX[section]}"
        assert eid not in seen, f"duplicate id {eid}"
        seen.add(eid)
        assert e.get("name"), f"{eid} has no name"


def test_references_resolve(data):
    ids = {e["id"] for _, e in _entries(data)}
    for _, e in _entries(data):
        for f in REF_FIELDS:
            for ref in _list(e.get(f)):
                assert ref in ids, f"{e['id']}.{f} -> unknown id {ref}"
                assert ref != e["id"], f"{e['id']}.{f} refers to itself"
        for ref in _list(e.get("located_in")):
            assert ref.startswith("district-"), f"{e['id']}.located_in must be a district: {ref}"


def test_no_alias_shared_and_none_too_short(data):
    _, t2s = _converters()
    owner: dict[str, str] = {}
    for _, e in _entries(data):
        names = [e["name"], *_list(e.get("aliases")), *_list(e.get("short_aliases"))]
        for n in names:
            assert isinstance(n, str), f"{e['id']}: alias {n!r} is not a string"
            assert len(n) >= 2, f"{e['id']}: alias {n!r} shorter than 2 characters"
            for form in {n, t2s(n)}:
                prev = owner.setdefault(form, e["id"])
                assert prev == e["id"], f"alias {form!r} shared by {prev} and {e['id']}"


def test_beijing_bureaus_have_lead_remit(data):
    for e in data["bureaus"]:
        assert e.get("jurisdiction") in {"beijing", "national"}, e["id"]
        assert e.get("level") in {"city", "national", "district"}, e["id"]
        assert e.get("kind") in {"bureau", "body", "government"}, e["id"]
        if e["jurisdiction"] == "beijing" and e["kind"] == "bureau":
            lead = (e.get("remit") or {}).get("lead") or []
            assert lead, f"{e['id']} has no lead remit keywords"
            for kw in [*lead, *((e.get("remit") or {}).get("support") or [])]:
                assert isinstance(kw, str) and len(kw) >= 2, f"{e['id']}: bad remit keyword {kw!r}"


def test_beijing_bureaus_report_up_to_government(data):
    by_id = {e["id"]: e for e in data["bureaus"]}
    for e in data["bureaus"]:
        if e["jurisdiction"] != "beijing" or e["kind"] == "government":
            continue
        cur, seen = e["id"], set()
        while by_id[cur]["kind"] != "government":
            assert cur not in seen, f"reports_to cycle at {cur}"
            seen.add(cur)
            ups = sorted(_list(by_id[cur].get("reports_to")))
            assert ups, f"{cur}: chain from {e['id']} stops before a government"
            cur = ups[0]
        assert cur == "bureau-bj-government"


def test_all_16_districts_and_yizhuang(data):
    names = {e["name"] for e in data["districts"]}
    missing = [d for d in DISTRICTS_16 if d not in names]
    assert not missing, f"missing districts: {missing}"
    yz = next(e for e in data["districts"] if e["id"] == "district-yizhuang")
    assert yz["name"] == "北京经济技术开发区" and {"亦庄", "北京亦庄"} <= set(yz["aliases"])


def test_traditional_forms_present(data):
    s2t, t2s = _converters()
    for section in ("bureaus", "districts"):
        for e in data[section]:
            aliases = _list(e.get("aliases"))
            short = _list(e.get("short_aliases"))
            for n, pool in [(e["name"], aliases), *[(a, aliases) for a in aliases], *[(a, short) for a in short]]:
                t = s2t(n)
                if t != n and t2s(n) == n:
                    assert t in pool or t == e["name"], f"{e['id']}: traditional form {t!r} of {n!r} missing"


def test_policies(data):
    by_id = {e["id"]: e for e in data["policies"]}
    assert by_id["policy-bj-measures-2026"]["doc_number"] == "京医保发〔2026〕4号"
    assert len(by_id["policy-bj-measures-2026"]["issuers"]) == 10
    assert by_id["policy-bj-measures-2026"]["supersedes"] == ["policy-bj-measures-2025"]
    assert by_id["policy-bj-measures-2025"]["supersedes"] == ["policy-bj-measures-2024"]
    for e in data["policies"]:
        assert e.get("kind") in {"measures", "action_plan", "opinion", "notice", "other"}, e["id"]


MANDATE_SOURCES = {"published", "mixed", "general-knowledge"}


def _remits(data):
    for e in data["bureaus"]:
        if e.get("remit"):
            yield e["id"], e["remit"]


def _remit_problems(bid: str, r: dict) -> list[str]:
    """What is wrong with one bureau's remit block: schema, and keywords no mandate sentence holds."""
    problems = []
    source_kind = r.get("mandate_source")
    mandate, general = _list(r.get("mandate")), _list(r.get("general"))
    if source_kind not in MANDATE_SOURCES:
        return [f"{bid}: remit.mandate_source must be one of {sorted(MANDATE_SOURCES)}"]
    if source_kind in {"published", "mixed"}:
        if not mandate:
            problems.append(f"{bid}: a published remit quotes its mandate sentences")
        if not re.match(r"https?://\S+$", str(r.get("source") or "")):
            problems.append(f"{bid}: remit.source must be the URL the mandate is quoted from")
    if source_kind == "published" and general:
        problems.append(f"{bid}: general-knowledge sentences need mandate_source mixed or general-knowledge")
    if source_kind == "general-knowledge" and (mandate or not general):
        problems.append(f"{bid}: a general-knowledge remit has general sentences and no quoted mandate")
    if source_kind == "mixed" and not general:
        problems.append(f"{bid}: mandate_source mixed needs general sentences too")
    sentences = mandate + general
    for kw in [*_list(r.get("lead")), *_list(r.get("support"))]:
        if not any(kw in s for s in sentences):
            problems.append(f"{bid}: remit keyword {kw!r} is in none of its mandate sentences")
    return problems


def test_every_remit_keyword_traces_to_a_mandate_sentence(data):
    """Issue 16: a remit keyword is there because the bureau's mandate says it, never because
    a measure or a gold note does; so each one is a substring of a quoted mandate sentence
    (``mandate``, with its ``source``) or of the marked general description (``general``)."""
    problems = [p for bid, r in _remits(data) for p in _remit_problems(bid, r)]
    assert not problems, "\n".join(problems)
    keywords = sum(len(_list(r.get("lead"))) + len(_list(r.get("support"))) for _, r in _remits(data))
    assert keywords > 200  # the check ran over the whole catalog


def test_traceability_check_catches_a_keyword_copied_from_a_measure():
    remit = {"mandate_source": "mixed", "source": "https://example.gov.cn/zyzz.html",
             "mandate": ["负责推进工业和信息化领域智能制造。"], "general": ["培育专精特新企业。"],
             "lead": ["智能制造", "专精特新", "灯塔工厂"], "support": ["企业"]}
    assert _remit_problems("bureau-x", remit) == ["bureau-x: remit keyword '灯塔工厂' is in none of its mandate sentences"]
    assert _remit_problems("bureau-x", {**remit, "source": "见官网"})[0] == "bureau-x: remit.source must be the URL the mandate is quoted from"
    assert _remit_problems("bureau-x", {**remit, "mandate_source": "published"})[0].endswith("need mandate_source mixed or general-knowledge")
    assert _remit_problems("bureau-x", {**remit, "lead": ["智能制造"]}) == []


def test_remit_keywords_are_unique_per_bureau(data):
    for bid, r in _remits(data):
        lead, support = _list(r.get("lead")), _list(r.get("support"))
        assert len(set(lead)) == len(lead) and len(set(support)) == len(support), f"{bid}: duplicate remit keyword"
        assert not set(lead) & set(support), f"{bid}: keyword both lead and support: {set(lead) & set(support)}"
