"""Session 11 body rule: a member list writes each member as a person's name glued to the body whose
post follows (成员：蔡木灵省发展改革委一级巡视员 / 江效东省药监局局长). The name (two or three characters
opening the line, or after a label's colon) is no place: the body starts at the level word after it.
Before, the name glued to the level word hid the body. Written for this test (a Hunan city's leading
group, simplified, one member a line), not a corpus text."""

from body_support import bureau_mentions

TEXT = ("株洲市人民政府办公室关于成立市医药产业发展领导小组的通知\n"
        "组  长：王建国副市长\n"
        "成  员：李明华市发展改革委副主任\n"
        "赵强市财政局副局长\n"
        "孙丽市卫生健康委党组成员\n")


def test_member_lines_name_their_bodies():
    names = {n for _, n in bureau_mentions(TEXT, "zz.txt")}
    assert "株洲市发展和改革委员会" in names
    assert "株洲市财政局" in names
    assert "株洲市卫生健康委员会" in names


def test_no_person_becomes_a_place():
    names = {n for _, n in bureau_mentions(TEXT, "zz.txt")}
    assert not any(n.startswith(("李明华", "赵强", "孙丽")) for n in names)
