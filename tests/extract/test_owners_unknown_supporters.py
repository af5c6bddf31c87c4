"""``由A负责，B、C、D配合`` where the finder does not know some supporting bodies (宁波海事局,
市港航管理中心): the known units among them still support (extract/owners.py, _listed, used
by _lead_then_support) — only when every item of the list is a unit or shaped like a body's
name; a list with an item that is no body (港口经营人) is prose, and gives no supporters.

The document is written for this test (a Ningbo port-safety plan); exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

PLAN = """宁波市港口安全专项整治实施方案
一、主要任务
（一）由市交通运输局负责，市公安局、宁波海事局、市港航管理中心、市应急管理局配合，加强港口危险货物安全监管，开展隐患排查。
（二）由市应急管理局负责，市公安局、港口经营人配合，完善应急预案，定期组织演练。
"""
N = "宁波市"


def test_unknown_supporting_bodies_do_not_hide_the_known_ones():
    doc, ex = extract_text(PLAN, "ningbo-port-safety.txt")
    got = {k[:8]: v for k, v in explicit_owners(ex).items()}
    assert got["由市交通运输局负"] == {(N + "交通运输局", "lead"), (N + "公安局", "support"), (N + "应急管理局", "support")}
    # 港口经营人 is no body: the clause is not a list of supporters
    assert got["由市应急管理局负"] == {(N + "应急管理局", "lead")}
    names = {x.id: x.name for x in ex.nodes}
    quotes = [ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == N + "公安局" for ev in e.evidence]
    assert quotes == ["由市交通运输局负责，市公安局、宁波海事局、市港航管理中心、市应急管理局配合"]
    quotes_are_original(doc, ex)
