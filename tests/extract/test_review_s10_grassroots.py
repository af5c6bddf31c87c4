"""Review of b6915f4 (relations.level_listed: bare names after a level-prefixed body read with its
level — 省发改委主办，省工信委、农委… → 省农委): probed on a district's list of units, it lent the level to a
grassroots organisation (区数据资源局、网信办、村委 → a false body 杭州市上城区村委); the body finder's own
list rule did the same to 社区党委 (区民政局、社区党委 → 杭州市上城区社区党委员会, pre-existing). 村委,
居委会 and 社区党委 are one in every village or community — never one body of the list's level.
Document written for this review (another city, a district's task list)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

POINTS = """杭州市上城区人民政府办公室关于印发上城区2031年社区治理工作要点的通知
各街道办事处，区政府各部门：
现将《上城区2031年社区治理工作要点》印发给你们，请认真贯彻落实。
一、完善社区治理体系。（责任单位：区民政局、社区党委、居委会）
二、推进智慧社区建设。（责任单位：区数据资源局、网信办、村委）
"""


def test_grassroots_organisations_get_no_level():
    doc, ex = extract_text(POINTS, "shangcheng.txt")
    assert explicit_owners(ex) == {
        "完善社区治理体系": {("杭州市上城区民政局", "lead")},
        "推进智慧社区建设": {("杭州市上城区数据资源局", "lead"), ("杭州市上城区网信办", "support")},
    }
    assert sorted(x.name for x in ex.nodes if x.label == "Bureau") == [
        "杭州市上城区人民政府办公室", "杭州市上城区数据资源局", "杭州市上城区民政局", "杭州市上城区网信办"]
    quotes_are_original(doc, ex)
