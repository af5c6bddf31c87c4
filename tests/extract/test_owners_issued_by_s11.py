"""``已由X印发/发布/批准/同意…`` tells how a document came out (已由市政府印发实施, 已由省政府
批准): X issued or approved it — it is not the unit that carries the item, and
the agent rule (``由你委严格审定``, ``由A、B负责发布``: X does the item's work) must not make it the
item's lead. No corpus document has the construction (dev scores unchanged): found by probing a
reply to a proposal — a kind every recent held set brought (kunming-2020-kjj-cppcc-134315-
biodiversity-reply, lishui-2025-wjw-cppcc-proposal-271-handling-plan) — written here for Nanning and
Fuzhou. The agent still leads when it does the work (由A负责发布, 由A审定并报…, 由A批准 as a duty, 由A初审后 as a step of a procedure)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

NANNING = """关于市政协十三届二次会议第35号提案的答复
南宁市科学技术局

尊敬的张委员：
您提出的《关于加快生物医药产业发展的提案》收悉，现答复如下：
（一）关于强化政策支持。我局牵头起草了《促进生物医药产业发展若干措施》，已由市政府印发实施。
（二）关于发布创新榜单。每年由市科技局负责发布生物医药创新产品榜单。
南宁市科学技术局
2024年6月1日
"""

FUZHOU = """福州市人民政府办公厅关于印发福州市生物医药产业园建设方案的通知
各县（市）区人民政府，市直各委、办、局：
一、编制园区规划。园区总体规划已由市政府批准，由市自然资源和规划局严格审定详细规划。
二、建设公共平台。平台建设方案已由市政府同意，市科技局组织实施。
三、审批入园项目。入园项目由市发展改革委批准。
"""


def test_the_body_that_issued_or_approved_a_document_owns_no_item():
    doc, ex = extract_text(NANNING, "issued-by.txt")
    got = explicit_owners(ex)
    assert ("南宁市人民政府", "lead") not in got["关于强化政策支持"]
    assert got["关于发布创新榜单"] == {("南宁市科学技术局", "lead")}
    quotes_are_original(doc, ex)


def test_an_approval_beside_the_agent_that_does_the_work():
    doc, ex = extract_text(FUZHOU, "approved-by.txt")
    got = explicit_owners(ex)
    assert got["编制园区规划"] == {("福州市自然资源和规划局", "lead")}
    assert ("福州市人民政府", "lead") not in got["建设公共平台"]
    # 由X批准 alone: X's duty of approving (a regulation's wording), X leads
    assert got["审批入园项目"] == {("福州市发展和改革委员会", "lead")}
