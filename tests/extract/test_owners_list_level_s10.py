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
