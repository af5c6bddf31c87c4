"""Review of prose_owners.later_subjects (d6bf89a): a named body opening a LATER sentence with a duty
leads an item that names no owner first. Probes in another city's style found it over-firing on
words that only open like a duty — 要求 (市政府要求各县区…: a demand on a class, no task of its own),
负责人 (a person) — and, when a second subject followed a comma in the same sentence (市统计局将…，
市财政局负责…), giving the first one the lead while the rule's own condition (ONE subject) was
broken. Document written for this review."""

from owner_support import explicit_owners, extract_text, quotes_are_original

NOTICE = """洛阳市人民政府办公室关于印发洛阳市2031年重点工作任务分解方案的通知
各县区人民政府，市人民政府各部门：
现将《洛阳市2031年重点工作任务分解方案》印发给你们，请认真贯彻落实。
一、加强组织领导。各县区、各部门要高度重视，细化工作措施。市卫健委负责人表示，将全力推进。
二、强化督查考核。各单位要按时报送进展。市政府要求各县区每月报送情况。
三、严格责任落实。各部门要明确责任人。市统计局将按季度发布有关数据，市财政局负责保障经费。
四、推进医疗服务。各县区要完善服务。根据省卫健委要求，市卫健委将开展专项检查。市民政局也是联席会议成员单位。
"""


def test_later_subject_reads_only_a_duty_of_one_body():
    doc, ex = extract_text(NOTICE, "luoyang.txt")
    got = explicit_owners(ex)
    assert got == {
        "加强组织领导": set(),          # 负责人: a person
        "强化督查考核": set(),          # 要求: the government's demand on the counties
        "严格责任落实": set(),          # two subjects each with a step: no single owner
        "推进医疗服务": {("洛阳市卫生健康委员会", "lead")},   # after a lead-in; 也是 (describes) no second subject
    }
    quotes_are_original(doc, ex)
