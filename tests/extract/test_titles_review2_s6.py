"""Review 2 (session 6) of 7cbf05e (identity._continues): a line opening with a conjunction
(及/暨/和/与/以及/并) goes on the heading above only when that heading has not already ended
as a whole one does (…的通知, …实施方案). 和/与/并 also open words (和美乡村, 与会, 并购): under a
notice's complete heading such a line is the issued document's own heading, and the title
must not swallow it. Documents written for this review (a Linxia county notice, a Changsha
standing-committee report)."""

from owner_support import extract_text

LINXIA = """临夏县人民政府办公室关于印发和美乡村卫生健康提升行动方案的通知
和美乡村卫生健康提升行动方案
一、总体要求
以习近平新时代中国特色社会主义思想为指导，推进和美乡村建设。
二、重点任务
（一）建强村卫生室。每个行政村至少设置1所村卫生室。
（二）提升服务能力。开展乡村医生轮训。
"""


def _own_titles(text: str, name: str) -> list[str]:
    _, ex = extract_text(text, name)
    return [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]


def test_a_word_opened_by_a_conjunction_under_a_complete_heading_is_not_its_rest():
    assert _own_titles(LINXIA, "linxia-hemei.txt") == ["和美乡村卫生健康提升行动方案"]
    text = LINXIA.replace("和美乡村卫生健康提升行动方案\n一", "与会单位名单及分工方案\n一")
    assert all("的通知与会" not in t for t in _own_titles(text, "linxia-yuhui.txt"))


CHANGSHA = """长沙市人民政府关于市人大常委会对2030年审计工作报告审议意见
以及有关问题整改情况的报告
——2031年6月20日在长沙市第十六届人民代表大会常务委员会第九次会议上
长沙市审计局局长  王明
主任、各位副主任、各位委员：
受市政府委托，我向市人大常委会报告整改情况，请予审议。
"""


def test_a_heading_that_ended_on_a_kind_word_by_chance_still_goes_on():
    assert _own_titles(CHANGSHA, "changsha-report.txt") == [
        "长沙市人民政府关于市人大常委会对2030年审计工作报告审议意见以及有关问题整改情况的报告"]
