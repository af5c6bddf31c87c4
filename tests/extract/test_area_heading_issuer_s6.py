"""A heading issued in a new area's own name (X新城关于…办法) is its management committee's
when the text names that committee (session 6, issuers 2); written for the test in a Chongqing
new-area style."""

from issuer_support import issued

_RULES = ("来源：重庆市人民政府网\n"
          "重庆两江新区明月新城关于促进生物医药产业集聚发展暂行办法\n\n"
          "第一条 为促进明月新城生物医药产业加快发展，结合明月新城实际，特制定本办法。\n"
          "第二条 对明月新城发展作出重大贡献的企业，经明月新城管委会批准，可采取“一事一议”方式给予扶持。\n"
          "第三条 本办法自发布之日起施行。\n")


def test_the_area_issues_through_the_committee_the_text_names():
    assert issued(_RULES) == [("明月新城管理委员会", "明月新城管委会")]


def test_no_committee_is_made_up_for_an_area_the_text_gives_none():
    text = _RULES.replace("经明月新城管委会批准", "经审核")
    assert issued(text, no_policy_ok=True) == []
    # another area's committee named in the text is not this heading's issuer
    text = _RULES.replace("经明月新城管委会批准", "经悦来新城管委会批准")
    assert issued(text, no_policy_ok=True) == []
