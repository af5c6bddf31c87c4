"""Session 12 body rule: 完成, 服从 and 听取 are verbs that take a body as their object (完成市委、市政府交办的
其他事项; 服从县委统一部署; 听取区政府意见): no place's name ends with them, so the body's name starts after
them (before, the run 完成市委 named no place and 市委 was lost; 完成县委 read as a county 完成县). 国务院交办 stays the verb 交办 after a body.

Written for this test (a Hunan county's and a national office's texts), not corpus texts; the corpus
document it serves: foshan-2022-drug-safety-crackdown-leading-group-notice (完成市委、市政府交办的其他事项)."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_a_body_after_complete_is_found():
    text = ("衡东县人民政府办公室关于调整领导小组的通知\n"
            "领导小组负责统筹协调，完成县委、县政府交办的其他工作；各成员单位要服从县委统一部署。\n")
    names = _names(text)
    assert "中共衡东县委员会" in names
    assert "衡东县人民政府" in names
    assert not any("完成" in n for n in names)   # (before: 中共完成县委员会, a county 完成县)


def test_assigned_by_the_state_council_is_no_body():
    text = ("国家中医药管理局关于部际联席会议的复函\n"
            "联席会议办公室负责完成国务院交办的其他事项。\n")
    names = _names(text)
    assert not any(n.endswith("交办") for n in names)
