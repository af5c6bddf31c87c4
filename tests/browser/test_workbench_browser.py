"""The researcher's workbench on the browse page (issue 14), in a real headless Chromium
against a live `medgraph serve` (embedded store with the bundled corpus): a question typed
in the box shows the answer with its evidence quotes and a link to its query; the landing
page answers before anyone types."""

from __future__ import annotations

import os
from pathlib import Path

from test_browse import REPO, _need_browser, browser, page, server, shots  # noqa: F401  (fixtures)


def test_question_box_shows_answer_evidence_and_query_link(server, page, shots: Path):
    page.goto(server + "/")
    page.fill("#ask-q", "手术机器人入院由哪个部门牵头？")
    page.click("#ask-btn")
    page.wait_for_selector("#ask-answer .understood")
    assert "推动手术机器人入院使用" in page.inner_text("#ask-answer")
    assert page.locator("#ask-answer .owner.lead").count() >= 1
    assert page.locator("#ask-answer blockquote.quote").count() >= 1
    assert page.locator("#ask-answer .src .kind").first.get_attribute("data-kind") == "official"
    href = page.get_attribute("#ask-answer a.show-query", "href")
    assert href.startswith("/console?query=owner_of_measure") and "run=1" in href
    # the lead is the remit rule's inference: the box says "not certain", why, and the scores
    flag = page.locator("#ask-answer .certainty")
    assert flag.get_attribute("data-certain") == "false" and flag.get_attribute("role") == "alert"
    assert "不确定" in flag.inner_text() and "推断" in flag.inner_text()
    assert page.locator("#ask-answer .certainty table.cands tr").count() >= 2     # header + the weighed bureaus
    assert "推断" in page.inner_text("#ask-answer .owner.lead .basis")
    page.screenshot(path=str(shots / "ask.png"), full_page=False)
    if os.environ.get("MEDGRAPH_UPDATE_SCREENSHOTS") == "1":
        page.screenshot(path=str(REPO / "docs" / "screenshots" / "ask.png"), full_page=False)


def test_certain_and_ambiguous_answers_look_different(server, page):
    """Targets stated in the text: certain (green, no alert); words two measures hold: the
    candidates with their match scores, not one answer."""
    page.goto(server + "/")
    page.fill("#ask-q", "2026年措施第十二条要培育多少家企业")
    page.click("#ask-btn")
    page.wait_for_selector("#ask-answer .certainty")
    assert page.get_attribute("#ask-answer .certainty", "data-certain") == "true"
    assert "确定" in page.inner_text("#ask-answer .certainty")
    page.fill("#ask-q", "创新药械入院使用由谁牵头")
    page.click("#ask-btn")
    page.wait_for_selector("#ask-answer .certainty[data-certain='false']")
    text = page.inner_text("#ask-answer .certainty")
    assert "完善创新药械入院使用" in text and "加速创新药械入院应用" in text and "98" in text
    assert page.locator("#ask-answer .candidate").count() == 2


def test_traditional_question_and_refusal(server, page):
    page.goto(server + "/?ask=" + "國際醫藥創新公園在哪裡？")
    page.wait_for_selector("#ask-answer .understood")
    assert "where" in page.inner_text("#ask-answer .understood")
    assert "北京经济技术开发区" in page.inner_text("#ask-answer")
    page.fill("#ask-q", "明天北京天气怎么样")
    page.click("#ask-btn")
    page.wait_for_selector("#ask-answer .ask-refused")
    assert page.locator("#ask-answer .example").count() >= 3      # examples to click instead


def test_landing_table_filters_sorts_and_opens(server, page, shots: Path):
    page.goto(server + "/")
    page.wait_for_function("document.querySelectorAll('#measure-table tbody tr').length > 0")
    assert page.locator("#measure-table tbody tr").count() == 66        # 32 measures of 2026 + 34 plan items
    page.select_option("#f-policy", "policy-bj-measures-2026")
    assert page.locator("#measure-table tbody tr").count() == 32
    # the bundled measures name no owners: 便利药械进出口 is led by the drug regulator by the remit
    # rule since the remits come from the bureaus' mandates (issue 16.1); customs supports it
    page.select_option("#f-bureau", "bureau-bj-medical-products")
    rows = page.locator("#measure-table tbody tr")
    assert rows.count() >= 1 and "便利药械进出口" in page.inner_text("#measure-table tbody")
    page.click("#measure-table th[data-sort='number']")
    assert page.locator("#places-table tbody tr").count() >= 1
    assert page.locator("#examples .example").count() >= 5
    page.screenshot(path=str(shots / "landing.png"), full_page=False)
    if os.environ.get("MEDGRAPH_UPDATE_SCREENSHOTS") == "1":
        page.screenshot(path=str(REPO / "docs" / "screenshots" / "landing.png"), full_page=False)
    rows.first.locator("td").nth(0).click()
    page.wait_for_selector("#entity:not([hidden])")
    assert page.locator("#landing").is_hidden()


def test_owners_are_explained(server, page):
    page.goto(server + "/?id=policy-bj-measures-2026-m17")
    page.wait_for_selector("#owners details.why")
    page.click("#owners details.why summary")
    text = page.inner_text("#owners details.why")
    assert "北京市卫生健康委员会" in text and "confidence" in text and "remit" in text
    assert page.locator("#owners details.why blockquote").count() >= 2      # the clauses, not only the heading
    assert page.get_attribute("#owners a.show-query", "href").startswith("/console?query=owner_of_measure")
