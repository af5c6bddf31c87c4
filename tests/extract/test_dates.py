"""Policy dates, each with the words that state it, on texts written here."""

from __future__ import annotations

from medgraph.extract.dates import policy_dates


def _values(text: str, title: str = "") -> dict[str, str]:
    return {k: v.value for k, v in policy_dates(text, title).items()}


def test_labelled_dates_of_a_web_page():
    text = "[成文日期] 2023-05-10\n[发布日期] 2023-05-12\n本办法自2023年6月1日起施行，有效期至2026年5月31日。"
    assert _values(text) == {"issued": "2023-05-10", "effective_from": "2023-06-01", "effective_to": "2026-05-31"}


def test_signature_date_line_and_in_force_from_issue():
    text = "现将《办法》印发给你们。\n广州市科学技术局\n　　2024年3月8日\n本办法自印发之日起施行，有效期5年。"
    d = policy_dates(text)
    assert d["issued"].value == "2024-03-08"
    assert d["effective_from"].value == "2024-03-08"
    assert d["effective_to"].value == "2029-03-07"
    assert text[d["effective_to"].start:d["effective_to"].end] == "有效期5年"


def test_chinese_numeral_validity_and_period_title():
    assert _values("自2022年1月1日起实施，有效期三年。")["effective_to"] == "2024-12-31"
    t = "上海市加快生物医药产业发展行动方案（2024—2026年）"
    d = policy_dates(t + "\n为加快发展，制定本方案。", t)
    assert (d["effective_from"].value, d["effective_to"].value) == ("2024-01-01", "2026-12-31")
    assert (t + "\n")[d["effective_from"].start:d["effective_from"].end] == "2024—2026年"


def test_nothing_stated_nothing_returned():
    assert _values("支持企业开展临床试验，对每个项目给予奖励。") == {}
    assert _values("2024年13月40日") == {}   # not a date
