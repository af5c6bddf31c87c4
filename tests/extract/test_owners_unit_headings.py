"""A division of labour written by unit: each numbered heading is nothing but the unit(s)
whose duties follow (``（一）区委区政府督查室`` then ``1、负责…``). The heading's units lead the
items under it; the joint office of a place's party committee and government (区委区政府督查室,
区委区政府办公室) is one body of the place, and 区直机关工委 is the party's work committee of
the place's organs. Written for these tests."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TEXT = """成都市武侯区创建省级文明城市工作任务分工方案
为完成我区2024年创建工作任务,制定本方案。
二、任务分工
(一)区委区政府督查室
1、负责对各成员单位创建工作落实情况进行督查。
2、按月通报督查结果。
(二)区直机关工委
1、组织区直机关干部开展志愿服务活动。
2、评选机关文明科室。
(三)区教育体育局、区文化和旅游局:
1、在中小学开展文明校园创建。
2、开展文明旅游宣传。
"""


def test_a_unit_heading_owns_its_items():
    doc, ex = extract_text(TEXT, "units.txt")
    owners = explicit_owners(ex)
    office = "成都市武侯区委区政府督查室"
    assert owners["负责对各成员单位创建工作落实情况进行督查"] == {(office, "lead")}
    assert owners["按月通报督查结果"] == {(office, "lead")}
    assert owners["组织区直机关干部开展志愿服务活动"] == {("中共成都市武侯区直属机关工作委员会", "lead")}
    assert owners["在中小学开展文明校园创建"] == {("成都市武侯区教育体育局", "lead"), ("成都市武侯区文化和旅游局", "lead")}
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert quotes == {"区委区政府督查室", "区直机关工委", "区教育体育局、区文化和旅游局:"}
    quotes_are_original(doc, ex)



def test_the_government_office_alone_stays_the_governments():
    doc, ex = extract_text(TEXT.replace("区委区政府督查室", "区政府督查室"), "gov.txt")
    owners = explicit_owners(ex)
    assert owners["按月通报督查结果"] == {("成都市武侯区人民政府督查室", "lead")}


LEADS = """成都市武侯区2025年重点工作任务分工方案
为抓好我区2025年重点工作落实,现将任务分解如下。
一、区发展改革局牵头工作(3项)
1.推进重大项目前期工作。
2.开展营商环境评价。
3.编制下一个五年规划。
二、区教育局牵头的任务
1.新建中小学校2所。
2.推进集团化办学。
"""


def test_a_heading_that_says_its_units_lead_the_items_under_it():
    doc, ex = extract_text(LEADS, "leads.txt")
    owners = explicit_owners(ex)
    for item in ("推进重大项目前期工作", "开展营商环境评价", "编制下一个五年规划"):
        assert owners[item] == {("成都市武侯区发展和改革局", "lead")}
    assert owners["新建中小学校2所"] == {("成都市武侯区教育局", "lead")}
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert quotes == {"区发展改革局牵头工作(3项)", "区教育局牵头的任务"}
    quotes_are_original(doc, ex)
