"""GET /ask on both stores (issue 14): questions in either script mapped onto the service's
queries; the answer is the endpoint's JSON; refusals are 422 with what was understood."""

from __future__ import annotations

import pytest


def _ask(client, q, **kw):
    return client.get("/ask", params={"q": q, **kw})


def test_owner_by_heading_words_is_the_owners_answer(client):
    r = _ask(client, "手术机器人入院由哪个部门牵头？")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["interpretation"]["intent"] == "owner"
    assert body["answer"]["measure"]["id"] == "policy-bj-measures-2026-m20"
    assert body["answer"] == client.get("/owners", params={"measure": "policy-bj-measures-2026-m20"}).json()
    assert body["query"] == {"name": "owner_of_measure", "params": {"policy": "policy-bj-measures-2026", "number": 20}}
    assert body["evidence"] and all(e["source_kind"] for e in body["evidence"])


@pytest.mark.parametrize("q", ["2026年措施第十七条的责任单位是谁", "2026年措施第十七條由誰牽頭", "2026年措施第17条归谁管"])
def test_owner_by_number_in_both_scripts(client, q):
    body = _ask(client, q).json()
    assert body["answer"]["measure"]["id"] == "policy-bj-measures-2026-m17"
    assert body["answer"]["lead"][0]["id"] == "bureau-bj-health-commission"


def test_ambiguous_number_lists_candidates(client):
    body = _ask(client, "第17条由谁牵头").json()
    assert body["answer"]["measure"] is None
    assert {c["id"] for c in body["answer"]["candidates"]} == {"policy-bj-measures-2026-m17", "policy-bj-action-plan-2024-2026-m17"}


def test_bureau_measures_place_contents_where_and_fund(client):
    b = _ask(client, "市医保局牵头哪些措施？").json()
    assert b["interpretation"]["intent"] == "bureau_measures" and b["answer"]["bureau"]["id"] == "bureau-bj-healthcare-security"
    assert b["answer"]["measures"] and all(m["role"] == "lead" for m in b["answer"]["measures"])
    p = _ask(client, "亦庄有哪些创新产品？").json()
    assert p["interpretation"]["intent"] == "place_contents" and p["query"] == {"name": "what_reaches", "params": {"id": "district-yizhuang"}}
    assert all(path[0]["label"] == "Product" or path[-1]["label"] == "Product" or path[0]["id"] == "district-yizhuang"
               for path in p["answer"]["paths"])
    w = _ask(client, "國際醫藥創新公園在哪裡？").json()
    assert w["interpretation"]["intent"] == "where"
    assert "district-yizhuang" in {x["id"] for path in w["answer"]["paths"] for x in path if x.get("label") == "District"}
    f = _ask(client, "北京市医药健康产业投资基金规模多大").json()
    assert f["interpretation"]["intent"] == "fund" and f["interpretation"]["amount_yi"] == 200


@pytest.mark.parametrize("q", ["明天北京天气怎么样", "你好", "上海市浦东新区的措施有哪些部门负责哪个条款"])
def test_not_understood_is_422_with_examples(client, q):
    r = _ask(client, q)
    assert r.status_code == 422, r.text
    assert r.json()["examples"] and "understood" in r.json()


def test_as_of_changes_the_answer(client):
    """Asked for 2024-06-01, the 2026 measures do not exist yet."""
    now = _ask(client, "2026年措施第十七条的责任单位是谁", as_of="2026-05-01")
    assert now.status_code == 200 and now.json()["interpretation"]["as_of"] == "2026-05-01"
    then = _ask(client, "2026年措施第十七条的责任单位是谁", as_of="2024-06-01")
    assert then.status_code == 422 and "2024-06-01" in then.json()["error"]


# --- certainty: no wrong answer presented as certain (medgraph.ask_certainty) --------------
def test_an_owner_inferred_from_remit_keywords_is_not_certain(client):
    """The 2026 texts name no 牵头单位: the lead of (二十一) is the remit rule's guess, so the
    answer says so — not certain, facts inferred (推断), the bureaus weighed with their scores."""
    body = _ask(client, "发挥商业健康保险支持作用由哪个部门负责？").json()
    assert body["answer"]["measure"]["id"] == "policy-bj-measures-2026-m21"
    c = body["certainty"]
    assert body["certain"] is False and c["certain"] is False
    assert (c["mapping"], c["facts"]) == ("unambiguous", "inferred")
    assert "推断" in c["in_words"] and "推断" in body["interpretation"]["in_words"]
    assert [(x["id"], x["role"], x["score"]) for x in c["candidates"]] == [
        ("bureau-bj-nfra", "lead", 0.727), ("bureau-bj-healthcare-security", "support", 0.558),
        ("bureau-bj-health-commission", "support", 0.55)]


def test_words_two_measures_hold_give_candidates_not_one_answer(client):
    """创新药械入院使用 is part of 2026 (十七)'s heading and stands verbatim in the action plan's
    14: both hold the words, so the answer asks which (scores 98 and 70 on score_measures)."""
    body = _ask(client, "创新药械入院使用由谁牵头").json()
    assert body["answer"]["measure"] is None and body["certain"] is False
    assert body["certainty"]["mapping"] == "ambiguous"
    assert [(x["id"], x["score"]) for x in body["certainty"]["candidates"]] == [
        ("policy-bj-measures-2026-m17", 98.0), ("policy-bj-action-plan-2024-2026-m14", 70.0)]
    assert {c["id"] for c in body["answer"]["candidates"]} == {"policy-bj-measures-2026-m17",
                                                               "policy-bj-action-plan-2024-2026-m14"}


def test_a_whole_heading_or_a_clear_match_picks_one(client):
    one = _ask(client, "手术机器人入院由哪个部门牵头？").json()     # only (二十) holds these words
    assert one["answer"]["measure"]["id"] == "policy-bj-measures-2026-m20"
    assert one["certainty"]["mapping"] == "unambiguous"


def test_targets_stated_in_the_text_are_certain(client):
    body = _ask(client, "2026年措施第十二条要培育多少家企业").json()
    assert body["interpretation"]["intent"] == "measure_targets"
    assert body["certain"] is True
    assert (body["certainty"]["mapping"], body["certainty"]["facts"]) == ("unambiguous", "explicit")


def test_a_measure_found_by_scattered_words_is_approximate(client):
    body = _ask(client, "天竺综保区进口医疗器械加贴中文标签试点由哪个部门负责").json()
    assert body["answer"]["measure"]["id"] == "policy-bj-measures-2026-m15"
    assert body["certainty"]["mapping"] == "approximate" and body["certain"] is False


def test_the_head_noun_names_the_kind_asked_for(client):
    """医疗器械企业 asks for companies (the phrase ends in its head), and the answer says it lists
    every organisation there, not only device makers: not certain."""
    body = _ask(client, "亦庄有哪些医疗器械企业").json()
    assert body["interpretation"]["label"] == "Organization"
    assert body["certainty"]["mapping"] == "approximate" and body["certain"] is False
    park = _ask(client, "国际医药创新公园有哪些企业").json()   # 公园 is the place's name, not the kind asked
    assert park["interpretation"]["label"] == "Organization"


@pytest.mark.parametrize("q,role", [("市医保局牵头或配合哪些措施", "any"), ("市医保局协助哪些措施", "support"),
                                    ("哪些措施由市药监局牵头", "lead"), ("市药监局是哪些措施的牵头单位", "lead")])
def test_role_words_and_bureau_first_paraphrases(client, q, role):
    """Both role words ask for both roles; 措施由市药监局 is not a city called 措施由市."""
    body = _ask(client, q).json()
    assert body["interpretation"]["intent"] == "bureau_measures", body
    assert body["interpretation"]["role"] == role


@pytest.mark.parametrize("q", ["海淀和昌平有哪些平台", "国际医药创新公园和天竺综保区分别在哪", "亦庄以外有哪些平台",
                               "亦庄周边有哪些平台", "脑机接口专项孵化基金成立于哪一年"])
def test_what_the_mapping_leaves_out_makes_it_approximate(client, q):
    """A second place the query cannot take, words putting the answer outside the place, a
    fund named with nothing the fund query answers: shown, but never as certain."""
    body = _ask(client, q).json()
    assert body["certainty"]["mapping"] == "approximate" and body["certain"] is False, body["certainty"]


def test_a_single_place_with_catalog_locations_is_certain(client):
    body = _ask(client, "天竺综保区在哪").json()
    assert body["certain"] is True and body["certainty"]["facts"] == "explicit"


@pytest.mark.parametrize("q", ["2026年措施第一条讲了什么", "医保局归谁管", "行动计划是哪个部门印发的"])
def test_questions_the_parser_cannot_map_are_422_not_a_guess_or_a_500(client, q):
    r = _ask(client, q)
    assert r.status_code == 422, r.text


def test_edition_changes_rest_on_pairing_by_similarity(client):
    body = _ask(client, "2026年措施与行动计划相比有哪些变化").json()
    assert body["interpretation"]["intent"] == "edition_change"
    assert body["certainty"]["facts"] == "inferred" and body["certain"] is False


def test_a_year_names_the_policy_of_the_kind_next_to_it(client):
    """2024 is the year of five policies: 2024年若干措施 is the 2024 measure list (known only by
    mention), not the 2024-2026 action plan whose measures are loaded; a bare 2024年的政策
    answers, but as approximate."""
    body = _ask(client, "2024年若干措施包含哪些措施").json()
    assert body["query"]["params"] == {"policy": "policy-bj-measures-2024"}
    r = _ask(client, "2024年若干措施第三条谁负责")
    assert r.status_code == 422 and "policy-bj-measures-2024" in r.json()["error"]
    loose = _ask(client, "2024年的政策有哪些措施").json()
    assert loose["certainty"]["mapping"] == "approximate" and "policy-bj-measures-2024" in loose["interpretation"]["year_means"]


def test_edition_years_resolve_to_the_kind_written_and_same_year_order_is_not_certain(client):
    body = _ask(client, "2024年行动计划和2025年若干措施相比有什么变化").json()
    assert body["query"]["params"] == {"older": "policy-bj-action-plan-2024-2026", "newer": "policy-bj-measures-2025"}
    series = _ask(client, "2026年若干措施和2025年版相比有什么变化").json()     # 2025年版: the same series
    assert series["query"]["params"] == {"older": "policy-bj-measures-2025", "newer": "policy-bj-measures-2026"}
    assert "year_means" not in series["interpretation"]
    same_year = _ask(client, "行动计划和2024年措施有什么区别").json()           # both 2024, the plan has no date
    assert same_year["certainty"]["mapping"] == "approximate"
    assert same_year["interpretation"]["order_unknown"]
