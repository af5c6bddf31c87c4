"""Session 12 body rule: a member list's line — a person's name alone at the line's start or after its
label, a blank, then the post's body and the post (张建龙 林业局副局长; 吴 仪 国务院副总理; 何 平 中医药局局长)
— keeps the blank after the name: joined as page debris, the name glued to the body's name and the organ
was no longer found where a name may start. A second post at another organ (卫生部副部长兼中医药局局长)
names that organ too; gazetteer forms of the 2000s that such lists use (劳动保障部, 林业局, 法制办).

Written for this test (a joint meeting's member list in the 2010s' layout), not a corpus text; the corpus
document it serves: guojia-2007-tcm-interministerial-coordination-group-notice (7 organs)."""

from body_support import bureau_mentions

MEMBERS = ("国务院办公厅关于同意建立中医药工作部际联席会议制度的函\n"
           "国办函〔2013〕12号\n"
           "召集人：李斌 卫生计生委主任\n"
           "成员：刘建国 发展改革委副主任\n"
           "     何 平 中医药局局长\n"
           "     王国强 卫生计生委副主任兼中医药局局长\n"
           "     陈 涛 法制办副主任\n")


def test_organs_on_member_lines_are_found():
    found = bureau_mentions(MEMBERS, "members.txt")
    names = {n for _, n in found}
    assert "国家发展和改革委员会" in names
    assert "国家中医药管理局" in names
    assert "国务院法制办公室" in names
    assert not any(s.startswith(("刘", "何", "王", "陈")) for s, _ in found)
