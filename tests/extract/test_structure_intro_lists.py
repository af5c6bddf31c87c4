"""Numbered items a line ending in a colon introduces under a (一) heading: the items are
what the text enumerates (a body's duties listed under 的主要职责：), the (一) items group them."""

from medgraph.extract.structure import parse

DUTIES = """一、机构
(一)设立江川新区管理委员会,为市政府派出机构。
(二)江川新区规划展览中心为管委会所属事业单位。
二、职责
(一)江川新区管委会的主要职责：
管委会统筹新区开发建设,承担下列职责。
1、负责编制新区总体规划和产业布局方案。
2、负责新区土地储备和基础设施建设的组织实施。
3、负责招商引资和企业服务工作,优化营商环境。
4、负责新区社会事务的统筹协调。
"""


def test_duties_under_an_introducing_line_are_the_measures() -> None:
    st = parse(DUTIES)
    assert st.is_policy
    assert st.style == "arabic_dot"
    assert [m.number for m in st.measures] == [1, 2, 3, 4]
    assert [m.heading for m in st.measures] == [
        "负责编制新区总体规划和产业布局方案",
        "负责新区土地储备和基础设施建设的组织实施",
        "负责招商引资和企业服务工作,优化营商环境",
        "负责新区社会事务的统筹协调",
    ]
    for m in st.measures:
        assert DUTIES[m.heading_start:m.heading_end] == m.heading
        assert m.section == "二、职责"


# (二) introduces its two points but the (一)…(四) items are more: they stay the measures
MIXED = """关于加快康养产业发展的实施意见
各区县人民政府：
(一)建设康养小镇。每个区县建成一个康养特色小镇。
(二)培育康养企业,重点支持以下方向：
1.智慧养老设备研发。
2.中医药健康服务。
(三)完善医养结合服务网络。
(四)加大财政投入力度。
"""


def test_a_short_introduced_list_inside_longer_items_stays_inside() -> None:
    st = parse(MIXED)
    assert st.style == "paren_cn"
    assert [m.number for m in st.measures] == [1, 2, 3, 4]
