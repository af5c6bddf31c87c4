"""A unit named with its own level word (市发展和改革委员会, 市经济和信息化局) in a text that names
only its province is some city's: the finder read it as the province's body (浙江省发展和改革委员会),
and the list made the province's commission an owner the text never states. The rule the s10 list
level guard (owners._province_body, test_owners_list_level_s10) applies to a bare name (住建局 in a
city's list) now covers a name that opens with 市/区/县 too. In the corpus the finder reads so in
changzhou-tcm-revitalization-plan-jiedu (市卫健委 → 江苏省卫生健康委员会) and
yunnan-2020-czt-kjt-sci-transfer-rules-joint-notice (市财政局 → 云南省财政局), neither an owner list
(dev unchanged); found by probing a text that names only its province, where the finder reads
every 市X it does not place as the province's X (市财政局 → 浙江省财政局, a body that does not
exist; reported for bodies.py); written here for a Zhejiang text."""

from owner_support import explicit_owners, extract_text


ZHEJIANG_ONLY = """关于进一步优化营商环境的若干措施
为贯彻落实浙江省优化营商环境工作部署，结合本地实际，制定如下措施。
一、深化审批制度改革。全面推行承诺制审批，压减审批时限。（责任单位：市行政审批局、市发展和改革委员会、市经济和信息化局、市自然资源和规划局、市生态环境局、市市场监督管理局、住建局、司法局）
二、提升政务服务效能。推进政务服务事项网上办理。（责任单位：省发展改革委、财政厅）
"""


def test_a_city_name_the_finder_read_as_the_provinces_body_owns_nothing():
    # (a text that names only its province: 市发展和改革委员会 is some city's commission, not 浙江省's —
    # the same rule as a bare name in a city's list, test_owners_list_level_s10)
    doc, ex = extract_text(ZHEJIANG_ONLY, "city-name-province-body.txt")
    got = explicit_owners(ex)
    assert got["深化审批制度改革"] == set()
    assert got["提升政务服务效能"] == {("浙江省发展和改革委员会", "lead"), ("浙江省财政厅", "support")}
