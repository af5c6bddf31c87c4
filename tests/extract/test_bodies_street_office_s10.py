"""Session 10 body rule: a sub-district office written in full (X街道办事处) is that office wherever it
stands — in a salutation, a list, prose — as a town's government written in full (X镇人民政府)
already was; before, only a bare X街道 in an owner list was read, and the full name was never
found. The name may be four characters (a town's 镇 before 街道: 大沁他拉镇街道办事处) and may end
in 城/新 (新城街道办事处). Written for this test (a Shenzhen district notice, (1)(2) items),
not a corpus text; near misses: a class (各街道办事处, 地区和街道办事处, 两个街道办事处)."""

from body_support import bureau_mentions


_TEXT = ("深圳市罗湖区人民政府办公室关于做好社区卫生服务工作的通知\n"
         "黄贝街道办事处、新城街道办事处，区直各单位：\n"
         "(1)由桂园街道办事处牵头建设社区健康服务中心。\n"
         "(2)各街道办事处按职责分工负责。\n")


def test_a_street_office_written_in_full_is_found_wherever_it_stands():
    got = bureau_mentions(_TEXT, "luohu.txt")
    assert ("黄贝街道办事处", "深圳市罗湖区黄贝街道办事处") in got
    assert ("新城街道办事处", "深圳市罗湖区新城街道办事处") in got
    assert ("桂园街道办事处", "深圳市罗湖区桂园街道办事处") in got


def test_a_class_of_offices_names_none():
    got = bureau_mentions(_TEXT, "luohu.txt")
    assert not any(surface.startswith("各") or "各街道" in name for surface, name in got)
    text = ("深圳市罗湖区人民政府办公室关于做好社区卫生服务工作的通知\n"
            "各镇人民政府，地区和街道办事处，区政府各委、办、局：\n"
            "请两个街道办事处报送材料。\n")
    names = [n for _, n in bureau_mentions(text, "luohu2.txt")]
    assert not any(n.endswith("街道办事处") for n in names)


def test_a_towns_street_office_of_four_characters():
    text = ("赤峰市翁牛特旗人民政府关于印发方案的通知\n"
            "各苏木乡镇人民政府，乌丹镇街道办事处，旗直各部门：\n")
    assert ("乌丹镇街道办事处", "翁牛特旗乌丹镇街道办事处") in bureau_mentions(text, "wengniute.txt")
