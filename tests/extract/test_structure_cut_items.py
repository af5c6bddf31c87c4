"""Items a text cuts short are judged by one rule: what remains of them states an action (a
policy verb at its start, or a subject and its modal: X要/应当/须…) or it does not. It
decides both a lone 一、 item that runs to the end of an excerpt and a heading the text ends
in; no list of review words, no length threshold. Each test is a small document written for
it (several numberings, cities, both scripts) and asserts the exact measures."""

from medgraph.extract import structure
from medgraph.textnorm import normalize


def _shape(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)[0]
    return [(m.number_text, m.heading) for m in structure.parse(norm).measures]


# --- a lone 一、 item running to the end of an excerpt ------------------------------------

_LEAD = (
    "某州市卫生健康委员会关于印发《某州市基层医疗服务提升办法》的通知\n"
    "为提升基层医疗服务能力，结合本市实际，制定本办法。\n"
)


def test_a_lone_item_that_opens_with_a_verb_is_a_measure():
    text = _LEAD + "一、推进家庭医生签约服务\n市卫生健康委员会组织各区建立签约服务团队，为居民提供连续的健康管理服务。\n"
    assert _shape(text) == [("一、", "推进家庭医生签约服务")]


def test_a_lone_item_that_is_a_directive_sentence_is_a_measure():
    text = _LEAD + "一、各区卫生健康部门要切实加强组织领导\n各区明确分管负责同志，建立工作台账，按季度报送进展。\n"
    assert _shape(text) == [("一、", "各区卫生健康部门要切实加强组织领导")]


def test_a_lone_item_that_reviews_or_names_is_no_measure_whatever_its_last_word():
    # no list of review words: a heading that does not open with an action frames a text we
    # do not see, whether it ends in 情况, 进展, 概况 or anything else
    for heading in ("2024年上半年工作进展", "2023年财政收支情况", "全区医药产业概况", "东湖生物医药园区"):
        text = _LEAD + f"一、{heading}\n今年以来，全区医药产业保持平稳增长，规模以上企业营业收入同比增长百分之八。\n"
        assert _shape(text) == [], heading


def test_a_lone_item_in_traditional_script_is_judged_the_same_way():
    text = ("某市人民政府關於促進中醫藥發展的通知\n為促進中醫藥產業發展，制定本通知。\n"
            "一、加快中藥材基地建設\n各縣區統籌布局中藥材種植基地，推廣標準化種植技術。\n")
    assert _shape(text) == [("一、", "加快中药材基地建设")]


# --- a heading the text ends in ----------------------------------------------------------

_LIST = (
    "关于印发《某省卫生健康重点任务》的通知\n现将《某省卫生健康重点任务》印发给你们。\n"
    "（一）加快分级诊疗。推进医联体建设。\n（二）健全医保支付。推行按病种付费。\n"
)


def test_a_verb_heading_cut_after_two_characters_still_acts():
    assert _shape(_LIST + "（三）深化")[-1] == ("(三)", "深化")


def test_a_long_noun_heading_cut_at_the_end_is_no_measure():
    # no length threshold: however many words of a name survive, they state no action
    text = _LIST + "（三）东湖国际生物医药产业园区与滨江医疗器械创新港"
    assert _shape(text) == [("(一)", "加快分级诊疗"), ("(二)", "健全医保支付")]


def test_a_directive_sentence_cut_at_the_end_still_acts():
    text = _LIST + "（三）各市州人民政府要切实加强组织领导，完善工作机制，明确工作责"
    assert _shape(text)[-1] == ("(三)", "各市州人民政府要切实加强组织领导，完善工作机制，明确工作责")


def test_a_noun_with_a_modal_look_alike_is_no_directive():
    # 要素 is a noun, not the modal 要
    text = _LIST + "（三）园区要素保障与配套设施"
    assert len(_shape(text)) == 2


def test_a_cut_heading_with_arabic_numbering():
    text = ("某市促进医疗器械产业发展若干措施\n"
            "1.支持产品注册。对首次取得注册证的产品给予奖励。\n2.鼓励临床试验。给予补助。\n")
    assert [h for _, h in _shape(text + "3.完善")] == ["支持产品注册", "鼓励临床试验", "完善"]
    assert [h for _, h in _shape(text + "3.高新区医疗器械")] == ["支持产品注册", "鼓励临床试验"]
