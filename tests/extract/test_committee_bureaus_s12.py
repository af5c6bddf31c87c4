"""Session 12 body rule: a bureau of a management committee named after the committee's short name
(长白山管委会经发局, 宁东管委会社会事务局 — a mountain's, an energy base's committee, no zone word) is a
body, named X管理委员会 + the department's official form (经发局 → 经济发展局, a general short form now
in graph/local_abbreviations.yaml); the name as written stays its alias.

Written for this test (a Yunnan and an Inner Mongolia addressee line), not corpus texts; the corpus
documents it serves: jilin-2015-gxt-emergency-industry-base-application-notice,
ningxia-2023-healthy-ningxia-work-points-notice."""

from body_support import bureau_mentions


def test_committee_bureaus_in_an_addressee_line():
    text = ("云南省卫生健康委员会关于做好健康乡村建设的通知\n"
            "各州（市）卫生健康委，滇中管委会社会事务局，磨憨管委会经发局：\n")
    found = bureau_mentions(text, "yn.txt")
    names = {n for _, n in found}
    assert "滇中管理委员会社会事务局" in names
    assert "磨憨管理委员会经济发展局" in names


def test_a_class_of_committee_bureaus_is_no_body():
    text = ("鄂尔多斯市人民政府关于X的通知\n"
            "各旗区人民政府，各管委会财政局：\n")
    names = {n for _, n in bureau_mentions(text, "eeds.txt")}
    assert not any("管理委员会财政局" in n for n in names)
