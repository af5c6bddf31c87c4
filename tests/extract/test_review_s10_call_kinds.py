"""Review of c2469be (a funding call's section of project kinds — 项目申报类型及申报材料要求 — describes):
the pattern also took a section titled 申报类型 / 申请类别 alone, whose items often state what each
kind is granted (（一）重大创新药项目。对…给予最高1000万元资助) — supports, which act (README "What is a
measure": 对…给予…奖励). A kind under such a section that states its grant (给予…N万元) acts now;
kinds with only their conditions and papers, or bare names, still describe. Document written for
this review (another city)."""

from measure_support import shape

CALL = """常州市科学技术局关于组织申报2031年度生物医药专项资金的通知
各辖市、区科技局：
现将有关事项通知如下：
一、申报类型
（一）重大创新药项目。对进入III期临床试验的品种，给予最高1000万元资助。
（二）高端医疗器械项目。对首次取得三类注册证的产品，给予最高300万元奖励。
二、申报要求
（一）请于2031年5月1日前报送申报材料。
"""


def test_kinds_that_state_their_grant_act():
    assert shape(CALL) == [("(一)", "重大创新药项目"), ("(二)", "高端医疗器械项目"), ("(一)", "请于2031年5月1日前报送申报材料")]
    assert shape(CALL.replace("一、申报类型", "一、申请类别"))[:2] == [("(一)", "重大创新药项目"), ("(二)", "高端医疗器械项目")]


def test_bare_kinds_describe():
    bare = CALL.replace("。对进入III期临床试验的品种，给予最高1000万元资助", "").replace(
        "。对首次取得三类注册证的产品，给予最高300万元奖励", "")
    assert shape(bare) == [("(一)", "请于2031年5月1日前报送申报材料")]
    assert shape(bare.replace("一、申报类型", "一、项目申报类型及申报材料要求")) == [("(一)", "请于2031年5月1日前报送申报材料")]
