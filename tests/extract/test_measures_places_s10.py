"""Session 10: an item naming a place's location and bounds (一、X产业园位置及范围 X园位于…，东至…，西至…) or
its general state (二、X新区概况) describes the place, as X发展现状 does (README "Status and results").
Shown by heze-dingtao-2017-runxin-park-opinions (held-8). Documents written for these tests."""

from measure_support import shape

PARK = ("达州市人民政府关于支持高新区生物医药产业园建设的意见\n"
        "一、达州高新区生物医药产业园位置及范围\n产业园位于高新区东部，东至金龙大道，西至滨河路，规划面积5平方公里。\n"
        "二、支持园区基础设施建设。市财政安排专项资金2亿元。\n"
        "三、加快引进龙头企业。对新落户企业给予用地保障。\n")


def test_a_parks_location_and_bounds_describe():
    assert shape(PARK) == [("二、", "支持园区基础设施建设"), ("三、", "加快引进龙头企业")]


def test_work_on_the_parks_bounds_acts():
    # near miss: an item that acts on the bounds (优化…位置及范围) is a task
    text = PARK.replace("一、达州高新区生物医药产业园位置及范围\n", "一、优化生物医药产业园位置及范围\n")
    assert shape(text)[0] == ("一、", "优化生物医药产业园位置及范围")
