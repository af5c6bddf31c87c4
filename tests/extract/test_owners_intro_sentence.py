"""A list of work introduced by the last sentence of a paragraph whose subject is a body
(``…已建成互联网医院42家。下一步，市卫生健康委将着力做好以下三个方面工作：`` then ``（一）…``
``（二）…``), the plan of work of a reply to a proposal or of a report: that body leads every item
of the list that names no owner of its own (extract/owners.py, list_intro: the line's last
sentence, a time opening it — 2031年，/下一步，— and 将(重点)做好以下…工作 as the introducing
words). A sentence whose subject is no body (我们将…) names no owner.

The documents are written for this test (a Wuxi reply to a CPPCC proposal); exact owners and
the quote checked against the original text."""

from owner_support import explicit_owners, extract_text, quotes_are_original

REPLY = """无锡市卫生健康委员会关于市政协十三届二次会议第0158号提案的答复
张委员：
您提出的《关于加快发展智慧医疗的提案》收悉。现答复如下：
近年来，我市持续推进互联网医院建设，已建成互联网医院42家。下一步，市卫生健康委将着力做好以下三个方面工作：
（一）完善互联网医院监管。建立线上诊疗监管平台，实现诊疗行为全程留痕。
（二）推动检查结果互认。年内实现二级以上医院检查结果互认。
（三）加强医疗数据安全。落实数据分级分类管理。
"""
W = "无锡市卫生健康委员会"


def test_the_body_of_the_introducing_sentence_leads_the_list():
    doc, ex = extract_text(REPLY, "wuxi-proposal-reply.txt")
    got = explicit_owners(ex)
    assert got == {"完善互联网医院监管": {(W, "lead")}, "推动检查结果互认": {(W, "lead")}, "加强医疗数据安全": {(W, "lead")}}
    names = {x.id: x.name for x in ex.nodes}
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == W for ev in e.evidence}
    assert quotes == {"下一步，市卫生健康委将着力做好以下三个方面工作："}
    quotes_are_original(doc, ex)


def test_an_introducing_sentence_without_a_body_names_no_owner():
    doc, ex = extract_text(REPLY.replace("下一步，市卫生健康委将着力", "下一步，我们将着力"), "wuxi-proposal-reply-we.txt")
    assert all(v == set() for v in explicit_owners(ex).values())
