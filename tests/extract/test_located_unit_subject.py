"""``<units>位于 <units>``: an administrative unit named by its shape as the whole subject of
位于/地处 (a county plan's 基本情况: 黔西县位于贵州省西北部) lies in the unit the verb names
(places.py ``unit_subject``). Only the clause's whole subject counts: a unit inside a longer
subject, or a verb followed by no unit (地处伏牛山…), places nothing. Documents written for
the test, evidence quoted from the original."""

from located_support import stated_pairs


def test_a_county_that_opens_its_clause_lies_in_the_province_named():
    text = ("黔西县中药材产业发展规划\n"
            "一、基本情况\n"
            "黔西县位于貴州省西北部，东邻修文县，总面积2380平方公里。\n")
    assert stated_pairs(text, "unit.txt") == {("黔西县", "贵州省"): ["黔西县位于貴州省"]}


def test_a_district_spelled_with_its_city_after_numbering():
    text = ("基本情况\n"
            "1. 南通市海门区地处江苏省东南部，三面环水。\n")
    assert stated_pairs(text, "unit.txt") == {("南通市海门区", "江苏省"): ["南通市海门区地处江苏省"]}


def test_no_unit_after_the_verb_or_a_longer_subject_places_nothing():
    text = ("基本情况\n"
            "和县地处长江中下游北岸，物产丰富。\n"
            "和县医药产业园位于和县经济开发区，占地三千亩。\n")
    pairs = stated_pairs(text, "unit.txt")
    assert not any(src == "和县" for src, _ in pairs)
