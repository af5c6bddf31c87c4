"""Session 11 body rule: the fire and rescue corps of a province, city or county (省消防救援总队,
市消防救援支队, 县消防救援大队) are state organs that owner lists name beside the departments; named with
their place like a court (no core between place and name). A class (各区消防救援大队) stays none.
Written for this test (a Hangzhou safety notice with a bracketed unit list), not a corpus text."""

from body_support import bureau_mentions

TEXT = ("杭州市人民政府办公厅关于印发安全生产工作要点的通知\n"
        "一、加强消防安全。（责任单位：市应急管理局、市消防救援支队、省消防救援总队）\n"
        "二、各区消防救援大队要加强巡查。\n")


def test_fire_and_rescue_corps_are_bodies():
    names = {n for _, n in bureau_mentions(TEXT, "hz.txt")}
    assert "杭州市消防救援支队" in names
    assert "浙江省消防救援总队" in names


def test_a_class_of_corps_is_none():
    names = {n for _, n in bureau_mentions(TEXT, "hz.txt")}
    assert not any(n.endswith("消防救援大队") for n in names)
