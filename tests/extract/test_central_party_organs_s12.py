"""Session 12 gazetteer entries: the departments of the Party's Central Committee that joint national
texts list beside the State Council's organs (中央统战部, 中联部, 中央政法委, 中央社会工作部, 中央农办,
中央财办), with their official names (general knowledge, as 中央宣传部 and 中央组织部 already were).

Written for this test (a joint meeting's member list of another field), not a corpus text; the corpus
document it serves: guojia-2016-tcm-interministerial-meeting-reply (联席会议由中央宣传部、中央统战部、外交部…组成)."""

from body_support import bureau_mentions


def test_central_party_departments_in_a_joint_list():
    text = ("国务院办公厅关于同意建立乡村振兴工作部际联席会议制度的函\n"
            "联席会议由中央农办、中央政法委、中央统战部、农业农村部、民政部组成。\n")
    names = {n for _, n in bureau_mentions(text, "cn.txt")}
    assert {"中央农村工作领导小组办公室", "中共中央政法委员会", "中共中央统一战线工作部", "农业农村部"} <= names
