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


def test_signature_dates_as_pages_print_them():
    # Chinese numerals (○ or 〇), a lost 日, glyphs a scrape lost, a date after the signatories
    cases = {
        "现将《方案》印发给你们。\n晋城市人民政府\n二〇二二年十二月三十一日\n": "2022-12-31",
        "现将《方案》印发给你们。\n晋城市人民政府\n二○二一年九月八日\n": "2021-09-08",
        "现将《方案》印发给你们。\n晋城市人民政府办公室\n2018年8月14\n": "2018-08-14",
        "现将《方案》印发给你们。\n      2019年523\n": "2019-05-23",
        "现将《方案》印发给你们。\n      2016129\n": None,   # 1-29 or 12-9: no date
        "现将《方案》印发给你们。\n    晋城市人民政府 2017821\n": "2017-08-21",
        "晋城市发展和改革委员会 晋城市科学技术局 2022年6月7日\n": "2022-06-07",
        "晋城市政府工作报告\n——2023年1月10日在晋城市第八届人民代表大会\n第二次会议上\n": "2023-01-10",
        "关于加快中医药发展的意见\n（2022年8月15日）\n为加快发展，提出如下意见。\n": "2022-08-15",
    }
    for text, value in cases.items():
        d = policy_dates(text).get("issued")
        assert (d.value if d else None) == value, text
        if d:
            assert text[d.start:d.end].strip()[:2] in ("20", "二〇", "二○"), text


def test_a_spaced_label_and_a_web_pages_publication_date():
    assert _values("[ 成文日期 ] | 2021-08-17 | [ 发布日期 ] | 2021-11-23 |\n")["issued"] == "2021-08-17"
    assert _values("发 文 日 期: | 2010-08-11 00:00:00 |\n")["issued"] == "2010-08-11"
    # the day a page went up is not the document's date
    assert "issued" not in _values("发布日期：2023-05-12  浏览次数：88\n各区人民政府：\n")


def test_a_sentence_opening_with_a_date_is_no_signature():
    assert "issued" not in _values("2023年1月10日在市民中心召开了推进会。\n")
    assert "issued" not in _values("第三条 12345\n")
