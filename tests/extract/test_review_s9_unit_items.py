"""Review (session 9) of structure._NAME_ONLY (3e59fbe): an item that is only an organisation's
name is a published list's entry (名单), no measure — but a task division BY UNIT heads each item
with the unit's name and states its tasks on the next line (一、洛阳市第一人民医院 / 牵头建设胸痛中心…。):
those items act and stay measures. Written in a Luoyang style; the list near-miss keeps no item."""

from owner_support import extract_text

BY_UNIT = """来源：洛阳市卫生健康委员会 https://example.gov.cn/ly/6.html
洛阳市区域医疗中心建设任务分工方案
各有关医院：
为推进区域医疗中心建设，现将各医院任务分工如下：
一、洛阳市第一人民医院
牵头建设胸痛中心和卒中中心，2025年底前通过国家级认证。
二、洛阳市中心医院
牵头建设创伤中心，完善急诊急救网络，提升危重症救治能力。
三、河南科技大学第一附属医院
承担区域肿瘤诊疗中心建设，开展多学科联合诊疗。
"""

NAME_LIST = """来源：洛阳市科学技术局 https://example.gov.cn/ly/7.html
洛阳市科学技术局关于公布2025年度市级工程技术研究中心名单的通知
各有关单位：
经评审，现将认定名单公布如下：
1.洛阳某某制药有限公司
2.河南科技大学第一附属医院（洛阳市）
3.洛阳某某医疗器械股份有限公司
"""


def _measures(text: str) -> list[str]:
    _, ex = extract_text(text, "x.txt")
    return [n.name for n in ex.nodes if n.label == "Measure"]


def test_items_headed_by_a_unit_with_its_tasks_are_measures():
    assert _measures(BY_UNIT) == ["洛阳市第一人民医院", "洛阳市中心医院", "河南科技大学第一附属医院"]


def test_a_published_name_list_still_holds_no_measure():
    assert _measures(NAME_LIST) == []
