"""Measures in every common numbering style, sections, metadata — on documents written
for these tests (not the seeds), so the parser is not fitted to one corpus."""

import pytest

from medgraph.extract.structure import parse

NOTICE_HEAD = "关于印发《天河区促进生物医药产业发展若干措施》的通知\n穗天医保发〔2025〕12号\n各有关单位：\n现将《天河区促进生物医药产业发展若干措施》印发给你们，请认真执行。\n2025年3月1日\n"


def _body(marker, n: int) -> str:
    return f"{marker}支持第{n}项工作。具体内容包括若干事项，由相关部门负责落实。\n"


def test_article_style_numbering_and_metadata():
    cn = ["一", "二", "三", "四", "五"]
    text = NOTICE_HEAD + "".join(_body(f"第{c}条 ", i + 1) for i, c in enumerate(cn))
    st = parse(text)
    assert st.is_policy
    assert [m.number for m in st.measures] == [1, 2, 3, 4, 5]
    assert st.measures[2].number_text == "第三条"
    assert st.measures[2].heading == "支持第3项工作"
    assert st.doc_number == "穗天医保发〔2025〕12号"
    assert st.date == "2025-03-01"
    assert st.title == "天河区促进生物医药产业发展若干措施"


def test_arabic_numbering_ignores_decimals_and_ranges():
    text = NOTICE_HEAD + "到2026年，产业规模达到1.25万亿元，突破5-8项。\n" + "".join(
        _body(f"{i}.", i) for i in range(1, 13)
    ) + "各区政府要加强组织领导。\n"
    st = parse(text)
    assert [m.number for m in st.measures] == list(range(1, 13))
    # the closing paragraph is not part of measure 12
    assert "组织领导" not in text[st.measures[-1].start:st.measures[-1].end]


def test_fullwidth_and_paren_numbering_with_sections():
    text = NOTICE_HEAD + "一、加强创新支持\n" + "".join(_body(f"({c})", i + 1) for i, c in enumerate(["一", "二"]))
    text += "二、重点任务\n" + "".join(_body(f"({c})", i + 3) for i, c in enumerate(["三", "四", "五"]))
    st = parse(text)
    assert [m.number for m in st.measures] == [1, 2, 3, 4, 5]
    assert st.measures[0].section == "一、加强创新支持"
    assert st.measures[3].section == "二、重点任务"
    # a section heading ends the measure before it
    m2 = st.measures[1]
    assert "重点任务" not in text[m2.start:m2.end]


def test_speech_style_is_parsed_but_a_speech_has_no_policy_measures():
    policy = NOTICE_HEAD + "现提出如下措施：一是加快审评审批。二是优化入院流程。三是完善医保支付。四是强化数据赋能。\n"
    st = parse(policy)
    assert [m.heading for m in st.measures] == ["加快审评审批", "优化入院流程", "完善医保支付", "强化数据赋能"]
    speech = "主持人：欢迎出席新闻发布会。\n记者：请介绍情况。\n发言人：一是加快审评。二是优化流程。三是完善支付。\n"
    assert parse(speech).measures == []


def test_two_in_a_row_is_a_measure_list_one_is_not():
    """A policy with only two measures has two (issue 12: runs of two count); a lone
    numbered line is no list."""
    # (items that act: a list of two items naming no doing at all describes — test_measures_acting_s10)
    st = parse(NOTICE_HEAD + "1.建设第一个平台。\n2.开展第二项工作。\n")
    assert [(m.number, m.heading) for m in st.measures] == [(1, "建设第一个平台"), (2, "开展第二项工作")]
    assert parse(NOTICE_HEAD + "1.建设第一个平台。\n").measures == []


@pytest.mark.parametrize("text", [
    "(一)a\n  (二)b。 ## (三)c",
    "#(1)\n#  (2) 3. 4、5.6 第1条 第二条\n一是二是三是是 十一是",
    " \u3000(一)x。\n\n 12.\n1234.5 1.\t2、",
    "一是", "三是\n", "",
])
def test_marker_search_equals_regex_scan(text):
    """_markers tries each style only at trigger characters; it must find exactly what a
    full finditer scan finds (spans and numbers), on odd strings and on the seeds."""
    from medgraph.documents import read_document
    from medgraph.extract.structure import STYLES, _markers
    from medgraph.pipeline import bundled_files

    for t in [text, *(read_document(p).normalized for p in bundled_files())]:
        for name, rx in STYLES.items():
            assert [(m.span(), m.group("n")) for m in _markers(name, t)] == \
                [(m.span(), m.group("n")) for m in rx.finditer(t)], name


def test_marker_search_equals_regex_scan_on_random_texts():
    import random

    from medgraph.extract.structure import STYLES, _markers

    rng = random.Random(3)
    alphabet = ["(", ")", "一", "二", "十", "是", "第", "条", "1", "2", "3", ".", "．", "、", "#", " ", "\n", "。", "，", "：", "字"]
    for _ in range(3000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for name, rx in STYLES.items():
            assert [(m.span(), m.group("n")) for m in _markers(name, t)] == \
                [(m.span(), m.group("n")) for m in rx.finditer(t)], (name, t)

