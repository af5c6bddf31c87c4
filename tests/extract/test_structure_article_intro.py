"""An article that only names what its (一) list holds (第三条 本县的重点扶持领域：) acts on
nothing and is no measure; an article whose colon-ended line states a duty stays one."""

from medgraph.extract.structure import parse

REG = """云岭县促进特色医药产业发展办法
第一条 为促进本县特色医药产业发展，制定本办法。
第二条 县人民政府应当将特色医药产业纳入国民经济和社会发展规划。
第三条 本县扶持的重点领域：
(一)道地药材规范化种植。
(二)民族医药制剂研发。
第四条 县卫生健康局应当履行下列职责：
(一)组织民族医药人才培训。
(二)开展民族医药服务能力评估。
第五条 县财政局负责安排产业发展专项资金。
"""


def test_article_naming_its_list_is_no_measure() -> None:
    st = parse(REG)
    assert st.style == "article"
    nums = [m.number for m in st.measures]
    assert 3 not in nums
    assert 4 in nums and 5 in nums
    four = next(m for m in st.measures if m.number == 4)
    assert four.heading == "县卫生健康局应当履行下列职责"
    assert REG[four.heading_start:four.heading_end] == four.heading
