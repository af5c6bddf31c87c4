"""Session 11 body rule: a development zone named alone as an item of an addressee line (各区人民政府、
X经济技术开发区，市政府有关部门：) or of a list of responsible units is its management committee (README:
a zone named as a responsible unit is its 管委会; the corpus's addressee lines are read so). Only a
whole item between separators whose line ends with the salutation's colon or follows a unit label;
a zone named in prose stays a place. Written for this test (a Hubei city's notice, simplified), not a
corpus text."""

from body_support import bureau_mentions


def test_zone_in_an_addressee_line_is_its_committee():
    text = ("襄阳市人民政府办公室关于印发医药产业行动方案的通知\n"
            "各县（市、区）人民政府、襄阳高新技术产业开发区，市政府各部门：\n"
            "现将方案印发给你们。\n")
    names = {n for _, n in bureau_mentions(text, "xy.txt")}
    assert "襄阳高新技术产业开发区管理委员会" in names


def test_zone_in_a_unit_list_is_its_committee():
    text = ("襄阳市人民政府办公室关于印发医药产业行动方案的通知\n"
            "一、建设医药产业园。（责任单位：市发展改革委、襄阳经开区）\n")
    names = {n for _, n in bureau_mentions(text, "xy2.txt")}
    assert "襄阳经济技术开发区管理委员会" in names


def test_zone_in_prose_is_no_body():
    text = ("襄阳市人民政府办公室关于印发医药产业行动方案的通知\n"
            "目前，襄阳高新技术产业开发区、樊城区已集聚一批医药企业。\n")
    names = {n for _, n in bureau_mentions(text, "xy3.txt")}
    assert not any(n.endswith("管理委员会") for n in names)


def test_zone_as_another_name_in_brackets_is_left_alone():
    text = ("来宾市人民政府办公室关于印发方案的通知\n"
            "各县（市、区）人民政府，市工业园区（来宾高新区）、市直各部门：\n")
    names = {n for _, n in bureau_mentions(text, "lb.txt")}
    assert not any("(" in n or "（" in n for n in names)
