"""A plan whose opening paragraph states who carries it and then announces itself
(``提案由A主办，B、C会办。为…，特制定本工作方案。``) owns its items: the README's "a line that
introduces a list owns its items" — 主办/承办/牵头 lead, 会办/协办/配合 support — for every item that
names no owner of its own. Corpus form: lishui-2025-wjw-cppcc-proposal-271-handling-plan (a CPPCC
proposal's open-handling plan, 主办/会办); written here for Hefei (承办/协办, items numbered （一）
with their own owner note on one of them). A reply that says who handles a suggestion (交A主办，
B协办) without announcing a plan of its own (yunnan-kjt-2023-npc-biomed-cluster-suggestion-reply)
owns nothing this way."""

from owner_support import explicit_owners, extract_text, quotes_are_original

HEFEI = """合肥市卫生健康委员会关于印发市人大十七届三次会议第58号建议办理工作方案的通知
市财政局、市医保局：
按照市人大常委会统一部署，王明等代表提出的第58号建议列为重点督办建议。该建议由市卫生健康委承办，市财政局、市医保局协办；为做好办理工作，特制订本方案。
（一）成立办理工作专班。明确分管负责同志和具体经办人员。
（二）开展实地调研。走访基层医疗机构，听取代表意见。
（三）落实经费保障。所需经费纳入部门预算（市财政局负责）。
"""


def test_a_plan_s_opening_statement_of_its_handlers_owns_its_items():
    doc, ex = extract_text(HEFEI, "plan-handlers.txt")
    got = explicit_owners(ex)
    both = {("合肥市卫生健康委员会", "lead"), ("合肥市财政局", "support"), ("合肥市医疗保障局", "support")}
    assert got["成立办理工作专班"] == both
    assert got["开展实地调研"] == both
    # an item that names its own owner keeps it
    assert got["落实经费保障"] == {("合肥市财政局", "lead")}
    quotes_are_original(doc, ex)


def test_a_reply_saying_who_handles_the_suggestion_owns_no_items():
    text = HEFEI.replace("为做好办理工作，特制订本方案。", "现将办理情况答复如下。")
    doc, ex = extract_text(text, "plan-handlers-reply.txt")
    got = explicit_owners(ex)
    assert not got.get("成立办理工作专班")
    assert not got.get("开展实地调研")
