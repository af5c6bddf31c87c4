"""A list's later bare names share its first item's level (市行政审批局、住建局、司法局: all the city's),
as official lists write them: a bare name the finder resolved to the PROVINCE's body (the text names
only its province) is no owner of a city's list — a wrong owner is worse than none. Seen in
taizhou-js-2019-bizenv-enterprise-concerns-action-plan (住建局/司法局 read as 江苏省…). Documents
written for this test."""

from owner_support import explicit_owners, extract_text, quotes_are_original

PROVINCE_ONLY = """关于进一步优化营商环境的若干措施
为贯彻落实浙江省优化营商环境工作部署，结合本地实际，制定如下措施。
一、深化审批制度改革。全面推行承诺制审批，压减审批时限。（责任单位：市行政审批局、住建局、司法局）
二、提升政务服务效能。推进政务服务事项网上办理。（责任单位：省发展改革委、财政厅）
"""


def test_a_city_list_does_not_take_the_provinces_bureaus():
    doc, ex = extract_text(PROVINCE_ONLY, "list-level.txt")
    got = explicit_owners(ex)
    assert got["深化审批制度改革"] == set()
    # near miss: a province's list keeps its bare later names (财政厅 = the province's)
    assert got["提升政务服务效能"] == {("浙江省发展和改革委员会", "lead"), ("浙江省财政厅", "support")}
    quotes_are_original(doc, ex)


CITY_NAMED = """湖州市人民政府办公室关于优化营商环境的若干措施
一、深化审批制度改革。全面推行承诺制审批。（责任单位：市发展改革委、财政局、商务局）
"""


def test_a_named_citys_list_keeps_its_bare_names():
    doc, ex = extract_text(CITY_NAMED, "list-level-city.txt")
    got = explicit_owners(ex)
    assert got["深化审批制度改革"] == {("湖州市发展和改革委员会", "lead"), ("湖州市财政局", "support"),
                                     ("湖州市商务局", "support")}
    quotes_are_original(doc, ex)


DEADLINES = """宁德市人民政府办公室关于印发宁德市促进生物医药产业发展若干措施的通知
各县（市、区）人民政府，市直各单位：
一、加快研发平台建设。支持企业建设研发中心。（市科技局、市财政局，2031年底前完成）
二、完善人才政策。引进高层次人才。（市人社局、市教育局，持续推进）
三、推进园区建设。规划建设生物医药产业园（2031—2035年），完善配套设施。
"""


def test_a_bare_note_closing_with_its_time_still_names_its_units():
    """（A、B，2031年底前完成）: the time a task list's note closes with is no unit, the list is the
    owners (the first leads). Near miss: a bracket of years inside a sentence names nobody."""
    doc, ex = extract_text(DEADLINES, "deadlines.txt")
    got = explicit_owners(ex)
    assert got["加快研发平台建设"] == {("宁德市科学技术局", "lead"), ("宁德市财政局", "support")}
    assert got["完善人才政策"] == {("宁德市人力资源和社会保障局", "lead"), ("宁德市教育局", "support")}
    assert got["推进园区建设"] == set()
    tech = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("宁德市科学技术局"))
    assert [ev.quote for ev in tech.evidence] == ["市科技局、市财政局"]   # the list, not the time after it
    quotes_are_original(doc, ex)


SECONDARY = """三明市人民政府办公室关于印发三明市促进生物医药产业发展若干措施的通知
一、加快研发平台建设。支持企业建设研发中心。（主要责任单位：市科技局；次要责任单位：市财政局、市工信局）
二、完善人才政策。引进高层次人才。（主要责任单位：市人社局；其他责任单位：市教育局）
三、优化审批服务。压缩审批时限。（主要责任单位：市发展改革委、市财政局）
"""


def test_secondary_responsible_units_support():
    """次要责任单位 / 其他责任单位 beside 主要责任单位: the main list leads, the secondary supports.
    Near miss: 主要责任单位 alone keeps the first-listed reading (the first leads, the others support)."""
    doc, ex = extract_text(SECONDARY, "secondary.txt")
    got = explicit_owners(ex)
    assert got["加快研发平台建设"] == {("三明市科学技术局", "lead"), ("三明市财政局", "support"),
                                       ("三明市工业和信息化局", "support")}
    assert got["完善人才政策"] == {("三明市人力资源和社会保障局", "lead"), ("三明市教育局", "support")}
    assert got["优化审批服务"] == {("三明市发展和改革委员会", "lead"), ("三明市财政局", "support")}
    quotes_are_original(doc, ex)


STARRED = """漳州市人民政府办公室关于印发漳州市促进生物医药产业发展若干措施的通知
一、加快研发平台建设。支持企业建设研发中心。（责任单位：市科技局*、市财政局）
二、完善人才政策。引进高层次人才。（责任单位：市教育局、市人社局*）
三、优化审批服务。压缩审批时限。（责任单位：市发展改革委、市财政局）
注：标*的为牵头单位。
"""


def test_the_lead_mark_a_document_states():
    """注：标*的为牵头单位 — the starred unit leads wherever it stands in the list (reading the
    first listed as lead would name the wrong owner). Near miss: a list with no star keeps the
    document's other reading (the first listed leads)."""
    doc, ex = extract_text(STARRED, "starred.txt")
    got = explicit_owners(ex)
    assert got["加快研发平台建设"] == {("漳州市科学技术局", "lead"), ("漳州市财政局", "support")}
    assert got["完善人才政策"] == {("漳州市人力资源和社会保障局", "lead"), ("漳州市教育局", "support")}
    assert got["优化审批服务"] == {("漳州市发展和改革委员会", "lead"), ("漳州市财政局", "support")}
    quotes_are_original(doc, ex)
