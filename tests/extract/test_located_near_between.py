"""位于 X附近 / 位于 A与B之间 put a thing next to or between places, not in them: no
LOCATED_IN may come of it (a wrong place is worse than none). Between or around PARTS of units
(西安市和咸阳市建成区之间) still lies in the units. Documents written for these tests."""

from located_support import stated_pairs


def test_near_a_zone_or_a_park_is_not_in_it():
    text = ("北京市某区科学技术委员会关于创新载体的通知\n"
            "北京某某医药产业园位于亦庄附近，交通便利。\n"
            "北京某某创新中心位于中关村生命科学园周边。\n"
            "北京某某检测中心位于中关村生命科学园。\n")
    assert stated_pairs(text, "near.txt") == {
        ("北京某某检测中心", "中关村生命科学园"): ["北京某某检测中心位于中关村生命科学园"],
    }


def test_between_two_cities_is_in_neither():
    text = ("廊坊市人民政府办公室关于临空经济区建设的通知\n"
            "廊坊临空经济区位于北京市与天津市之间，区位优势明显。\n")
    assert stated_pairs(text, "between.txt") == {}


def test_between_parts_of_two_cities_lies_in_both():
    text = ("关于同意设立某新区的批复\n"
            "某某新区位于陕西省西安市和咸阳市建成区之间，区域范围涉及两市。\n")
    assert stated_pairs(text, "parts.txt") == {
        ("某某新区", "西安市"): ["某某新区位于陕西省西安市"],
        ("某某新区", "咸阳市"): ["某某新区位于陕西省西安市和咸阳市"],
    }
