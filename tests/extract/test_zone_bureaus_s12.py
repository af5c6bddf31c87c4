"""Session 12 body rule: a bureau of a development zone named after the zone — X经济技术开发区园区发展局,
X经开区卫生健康局, X开发区社会事业局, X高新区科技局 — is a body: the zone's name is read as its management
committee's would be (a place, then the zone word), a department's core follows, and the bureau is named
with the zone's official name (经开区 → 经济技术开发区). Before, a zone's bureau was found only when the
zone was named after a city the gazetteer knows by name (石家庄高新区…); a word ending in 局 after a zone
(…开发区板块重点布局) stays no body.

Written for this test (Hubei and Sichuan texts, other punctuation), not corpus texts; the corpus
documents it serves: guangzhou-zengcheng-etdz-park-development-bureau-functions,
chongqing-2023-wjw-emergency-medical-rescue-plan-notice, jilin-2020-tcm-opinions-implementation-briefing,
quanzhou-wjw-2025-healthy-quanzhou-three-actions-notice."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_a_zone_bureau_in_an_addressee_line():
    text = ("宜宾市卫生健康委员会关于做好应急准备的通知\n"
            "各区县卫生健康局，宜宾临港经开区社会事业局、三江新区社会事业局：\n"
            "现将有关事项通知如下。\n")
    assert "宜宾临港经济技术开发区社会事业局" in _names(text)


def test_a_zone_bureau_as_a_page_title():
    text = ("当前位置：首页 > 机构设置\n"
            "随州高新技术产业开发区招商服务局主要职责\n"
            "（一）负责高新区招商引资工作；\n")
    assert "随州高新技术产业开发区招商服务局" in _names(text)


def test_a_word_ending_in_ju_after_a_zone_is_no_bureau():
    text = ("襄阳市人民政府关于产业布局的意见\n"
            "襄阳经开区科技局负责。襄阳高新区板块重点布局生物医药。\n")
    names = _names(text)
    assert "襄阳经济技术开发区科学技术局" in names
    assert not any(n.endswith("布局") for n in names)
