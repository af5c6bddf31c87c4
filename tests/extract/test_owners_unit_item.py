"""An item headed by nothing but units, its duties numbered under it (``（一）区水务局`` then
``1.负责…`` ``2.…``): when the item itself is the measure (here an excerpt cut inside the first
unit's list), the unit it names leads it (extract/owners.py, owners: the heading's units) —
as heading_owners makes it lead the sub-items when those are the measures.

The document is written for this test (a Wuhan district's duty list, cut by the end of the
excerpt); exact owners, the quote checked against the original text."""

from owner_support import explicit_owners, extract_text, quotes_are_original

DUTIES = """武汉市江汉区防汛应急专项责任清单
为明确防汛应急责任分工，制定本清单。
一、各相关部门职责
（一）区水务局
1.负责全区防汛抢险的组织协调，统筹调度抢险力量。
2.负责及时发布汛"""


def test_the_unit_that_heads_an_item_leads_it():
    doc, ex = extract_text(DUTIES, "jianghan-duty-list.txt")
    assert explicit_owners(ex) == {"区水务局": {("武汉市江汉区水务局", "lead")}}
    quotes = [ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence]
    assert quotes == ["区水务局"]
    quotes_are_original(doc, ex)
