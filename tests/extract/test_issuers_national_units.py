"""Issuers that are a national organ's department or an organ of an earlier State Council, on
documents written for these tests: a catalogued organ written short with its department glued
after it (国家药监局综合司, 国家卫生健康委规划司) signs or heads a notice — the department issues
it, not the organ the catalog knows — and a 1990s ministry (对外贸易经济合作部, 国家教委) heads a
joint reply. Every issuer is asserted exactly, with its evidence quote checked against the source."""

from issuer_support import issued



def _issued(text: str) -> list[tuple[str, str]]:
    return issued(text, "national-units.txt")


def test_departments_of_catalogued_organs_sign_a_joint_notice():
    text = """关于做好基层中医药服务能力提升工作的通知
国中医药办医政函〔2024〕31号
各省、自治区、直辖市卫生健康委、中医药局：
为提升基层中医药服务能力，现就有关工作通知如下。
一、加强基层中医馆建设。
二、推广中医药适宜技术。
国家中医药局综合司        国家卫生健康委规划司
2024年3月5日
"""
    assert _issued(text) == [("国家中医药管理局综合司", "国家中医药局综合司"),
                             ("国家卫生健康委员会规划司", "国家卫生健康委规划司")]


def test_a_department_heading_its_notice_issues_it_not_its_commission():
    text = """国家卫生健康委医政司关于开展护理服务提升行动的通知
国卫医政便函〔2023〕12号
各省、自治区、直辖市卫生健康委：
为改善护理服务，现将有关事项通知如下。
一、增加护士配置。
二、开展延续护理服务。
国家卫生健康委医政司
2023年6月1日
"""
    assert _issued(text) == [("国家卫生健康委员会医政司", "国家卫生健康委医政司")]


def test_the_catalogued_organ_alone_still_signs_as_itself():
    text = """关于推进中医药文化传播的通知
各省、自治区、直辖市中医药主管部门：
现就中医药文化传播工作通知如下。
一、建设中医药文化宣传教育基地。
国家中医药管理局
2022年9月1日
"""
    assert _issued(text) == [("国家中医药管理局", "国家中医药管理局")]


def test_former_ministries_head_a_joint_reply():
    text = """对外贸易经济合作部、国家教委关于同意设立外语培训中心的复函
外经贸人函[1996]15号
上海市人民政府：
你市《关于设立外语培训中心的请示》收悉。经研究，同意设立。
"""
    assert _issued(text) == [("对外贸易经济合作部", "对外贸易经济合作部"), ("国家教育委员会", "国家教委")]
