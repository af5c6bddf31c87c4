"""Session 10 body rule: a zone's other name in brackets before its committee (北部生态新区(阳和工业新区)
管委会, 蓉江新区（赣州高铁新区）管委会) names the committee of the zone written before the brackets,
and a zone listed before it with 、 shares the committee word. Before, the bracket cut the run and
no committee was found. Written for this test (a Ganzhou salutation, full-width brackets), not a
corpus text; near misses: brackets holding no zone (（含附件）管委会, (试行)管委会) name none."""

from body_support import bureau_mentions


def test_a_zone_with_its_other_name_in_brackets_before_its_committee():
    text = ("赣州市人民政府办公室关于印发行动方案的通知\n"
            "各县（市、区）人民政府，章康新区、蓉江新区（赣州高铁新区）管委会，市政府各部门：\n")
    got = bureau_mentions(text, "ganzhou.txt")
    # (surfaces are of the normalized text: ASCII brackets)
    assert ("蓉江新区(赣州高铁新区)管委会", "蓉江新区管理委员会") in got
    assert ("章康新区", "章康新区管理委员会") in got


def test_brackets_without_a_zone_name_no_committee():
    text = ("赣州市人民政府办公室关于印发行动方案的通知\n"
            "请将材料（含附件）管委会审核，按（试行）管委会规定办理。\n")
    names = [n for _, n in bureau_mentions(text, "ganzhou2.txt")]
    assert not any(n.endswith("管理委员会") for n in names)
