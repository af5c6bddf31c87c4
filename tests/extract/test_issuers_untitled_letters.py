"""A letter, notice or report whose page carries no title and no number is still its own
document when it is addressed (各乡镇人民政府、县有关部门： / 县人大常委会：) and signed, at its end
or by its author above the addressee. Documents written for these tests; issuers asserted
exactly, evidence quotes checked against the source."""

from issuer_support import issued



def _issued(text: str) -> list[tuple[str, str]]:
    return issued(text, "untitled.txt", no_policy_ok=True, match_document=False)


NOTICE = """{addressee}
为规范县级科技创新专项资金管理，提高财政资金使用效益，请各单位于5月底前报送本年度专项资金使用情况，逾期不再受理。
沂水县科学技术局　沂水县财政局
2023年4月12日
"""


def test_an_untitled_joint_notice_to_its_addressees_is_issued_by_its_signatories():
    text = NOTICE.format(addressee="各乡镇人民政府、街道办事处，县有关部门：")
    assert _issued(text) == [("沂水县科学技术局", "沂水县科学技术局"), ("沂水县财政局", "沂水县财政局")]


def test_an_untitled_text_addressed_to_nobody_is_not_a_document_of_its_own():
    text = NOTICE.format(addressee="据了解，县里近日部署了资金清查工作。")
    assert _issued(text) == []


def test_an_untitled_report_signed_above_its_addressee():
    text = """沂水县卫生健康局
县人大常委会：
县人大常委会第十二次会议对县人民政府关于基层医疗服务工作情况的报告进行了审议，现将研究处理情况报告如下。
一、加强基层医疗机构建设
今年新建村卫生室12个。
二、充实基层卫生人才队伍
招聘乡村医生30名。
"""
    assert _issued(text) == [("沂水县卫生健康局", "沂水县卫生健康局")]
