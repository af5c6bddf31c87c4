"""A list in brackets is an owner list only when every item is a unit or shaped like a body's
name; 推进会/座谈会 end in 会 but are events, not bodies (a document written for this test)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TEXT = """某某市卫生健康委员会关于做好年度重点工作的通知
各区卫生健康委：
一、加强统筹调度。（市卫生健康委、年度推进会负责）
二、做好助残服务。（市卫生健康委、市残联负责）
"""


def test_an_event_in_a_bracket_is_no_owner_list():
    doc, ex = extract_text(TEXT.replace("某某市", "岳阳市"), "shaped.txt")
    got = explicit_owners(ex)
    assert not got.get("加强统筹调度"), got
    assert ("岳阳市卫生健康委员会", "lead") in got["做好助残服务"], got
    quotes_are_original(doc, ex)
