"""``X 在 <county><area>地区 (选址)建设`` with nothing built after the verb: the subject, a
thing named by its shape (…医院…院区), lies in the township-level area (places.py ``_area_at``,
``zai``). An area is a 2-3 character own stem + 地区 right after a county-level unit; a
description of part of a county (周边地区, 东部地区) is no place. Documents written for the test."""

from medgraph.documents import read_bytes
from medgraph.extract import extract

from located_support import CAT, stated_pairs


def _pairs(text: str) -> dict[tuple[str, str], list[str]]:
    return stated_pairs(text, "area.txt")


def test_a_campus_sited_in_an_area_of_a_spelled_out_district():
    text = ("二〇二五年卫生健康重点项目进展\n"
            "（三）市属医院疏解。胸科医院新院区已基本确定在武汉市江夏区纸坊地区选址建设，"
            "妇幼保健院东院区完成方案设计。\n")
    assert _pairs(text) == {
        ("胸科医院新院区", "武汉市江夏区纸坊地区"): ["胸科医院新院区已基本确定在武汉市江夏区纸坊地区选址建设"],
    }


def test_an_area_after_a_known_district_short_name_takes_the_district_full_name():
    text = ("医疗资源布局\n"
            "肿瘤医院北院区拟在昌平回龍觀地区选址建设。\n")
    pairs = _pairs(text)
    assert pairs == {("肿瘤医院北院区", "昌平区回龙观地区"): ["肿瘤医院北院区拟在昌平回龍觀地区选址建设"]}


def test_parts_of_a_county_are_no_area_and_a_builder_with_an_object_is_not_placed():
    text = ("医疗资源布局\n"
            "儿童医院新院区拟在昌平区周边地区选址建设。"
            "口腔医院新院区在通州区东部地区建设。\n"
            "中医医院在顺义区建设康复中心。\n")
    pairs = _pairs(text)
    assert not any(src in ("儿童医院新院区", "口腔医院新院区") for src, _ in pairs)
    assert ("中医医院", "顺义区") not in pairs


def test_a_district_name_inside_a_park_name_does_not_place_the_measures_platforms():
    # relations.py measure rule (a measure whose heading names one district places the
    # platforms it names): 通州 of 临空经济区通州园 is a park's name, not the district named
    text = ("关于印发园区建设工作任务的通知\n"
            "一、加强园区统计工作，完善园区企业服务体系。\n"
            "二、统筹临空经济区通州园管委会的专项资金。配合美敦力数字化医疗创新基地开展园区考核工作。\n"
            "三、完善园区企业服务体系，支持企业发展。\n")
    doc = read_bytes(text.encode(), "area.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    assert [(nodes[e.source].name, nodes[e.target].name) for e in ex.edges
            if e.type == "LOCATED_IN" and nodes[e.source].name == "美敦力数字化医疗创新基地"] == []
