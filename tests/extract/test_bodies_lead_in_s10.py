"""Session 10 body rule: 到 (统一到 / 报送到 / 落实到) is a lead-in word before a relative body name,
as 由/向/经 are — no place's name ends with it, so the level word after it opens the body's name
(把思想统一到市委、市政府决策部署上来: the city's party committee and government). Written for
this test (a Wenzhou notice, 第X条 numbering), not a corpus text; a class after 到 (到各县政府,
到市区两级) stays no body."""

from body_support import bureau_mentions


_TEXT = ("温州市人民政府办公室关于做好中医药传承工作的通知\n"
         "各县（市、区）人民政府，市政府直属各单位：\n"
         "第一条 各地要把思想和行动统一到市委、市政府决策部署上来。\n"
         "第二条 有关材料于每月5日前报送到市卫生健康委。\n")


def test_dao_opens_a_relative_body_name():
    got = bureau_mentions(_TEXT, "wenzhou.txt")
    assert ("市委", "中共温州市委员会") in got
    assert ("市卫生健康委", "温州市卫生健康委员会") in got
    # the spans are the text's own (bureau_mentions checks surface == text[start:end])
    assert not any(surface.startswith("到") for surface, _ in got)


def test_dao_before_a_class_of_bodies_names_none():
    text = ("温州市人民政府办公室关于做好中医药传承工作的通知\n"
            "第一条 任务分解落实到各县政府和市区两级部门。\n")
    names = [n for _, n in bureau_mentions(text, "wenzhou2.txt")]
    assert not any(n.endswith("县人民政府") for n in names)
    assert not any("到" in n for n in names)


def test_hao_after_a_verb_opens_a_relative_body_name():
    # 落实好/做好 + a relative body (好 completes the verb; no place's name ends with it)
    text = ("温州市鹿城区人民政府办公室关于印发科技工作要点的通知\n"
            "一是落实好区委、区政府部署；二是做好区科技局交办的事项。\n")
    got = bureau_mentions(text, "lucheng.txt")
    assert ("区委", "中共温州市鹿城区委员会") in got
    assert ("区科技局", "温州市鹿城区科学技术局") in got
    assert not any("好" in name for _, name in got)
