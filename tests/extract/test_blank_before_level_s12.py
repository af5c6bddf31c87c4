"""Session 12 body rule: a single blank between Chinese characters is joined as page debris inside a
name (深 圳市, 海南 省) — except after a word of two or three characters standing alone, before a
relative body (市/区/县/省/旗…): a task table's row copied with blanks (… 王晓燕 县卫健委 县教体局) puts the
responsible leader's name before the unit; joined, the name read as a county (王晓燕县卫生健康委员会,
a body of no place). A word that is a known place before the blank (海南 省) still joins.

Written for this test (an Anhui county's task table, other numbering), not a corpus text; the corpus
document it serves: anhui-qingyang-2023-wjw-keywork-progress-q4 (吴蓓蓓 县卫健委)."""

from body_support import bureau_mentions

TABLE = ("岳西县2023年卫生健康重点工作任务分工方案\n"
         "序号 工作任务 责任领导 牵头单位 配合单位\n"
         "1 全县新增托育机构3所。 王晓燕 县卫健委 县教体局\n"
         "2 推进县中医院建设。 刘建国 县卫健委 县发改委\n")


def test_a_leaders_name_before_the_unit_is_no_place():
    found = bureau_mentions(TABLE, "yx.txt")
    names = {n for _, n in found}
    assert not any(n.startswith(("王晓燕", "刘建国")) for n in names)
    assert "岳西县卫生健康委员会" in names
    assert ("县卫健委", "岳西县卫生健康委员会") in found


def test_a_known_place_split_by_a_blank_is_still_one_name():
    names = {n for _, n in bureau_mentions("2019年海南 省卫生健康委员会印发方案。\n", "hn.txt")}
    assert "海南省卫生健康委员会" in names


MEMBERS = ("绵阳市游仙区人民政府办公室关于建立民生工作联席会议制度的通知\n"
           "召集人：张  军  区政府副区长\n"
           "副召集人：何 静 区政府办公室副主任\n"
           "联席会议办公室设在区卫生健康委，区卫生健康委副主任王涛兼任办公室主任。\n")


def test_a_spaced_two_character_name_before_a_post_is_no_place():
    # (何 静 区政府办公室副主任: the member's name written with a blank inside, then the post's body)
    names = {n for _, n in bureau_mentions(MEMBERS, "yx2.txt")}
    assert not any(n.startswith(("绵阳市静区", "绵阳市何静区", "静区", "何静区")) for n in names)
    assert "绵阳市游仙区人民政府办公室" in names


def test_a_post_taken_on_is_no_office_name():
    # (…副局长王涛兼任办公室主任: a person's duties; the office is the meeting's, not a body named so)
    text = ("绵阳市游仙区人民政府办公室关于建立民生工作联席会议制度的通知\n"
            "联席会议办公室设在区卫生健康委，区卫生健康委副主任王涛兼任办公室主任。\n")
    names = {n for _, n in bureau_mentions(text, "yx3.txt")}
    assert not any("兼任" in n for n in names)
    assert "绵阳市游仙区卫生健康委员会" in names
