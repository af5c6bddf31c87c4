"""Session 12 gazetteer entries: the national people's congress, its standing committee and the CPPCC's
national committee are central organs a text names (对十四届全国人大一次会议第X号建议的答复; 第十二届全国人民
代表大会常务委员会第二十五次会议通过; 全国政协) — bodies of the nation; 全国人大代表 and 全国政协委员 are
persons (a deputy, a member), no mention of the body.

Written for this test (a ministry's reply and a province's notice), not corpus texts; the corpus
documents it serves: guojia-2023-natcm-npc-4582-tcm-health-reply-trad,
zhengzhou-2017-cppcc-tcm-museum-proposal-reply."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_the_national_congress_and_its_standing_committee():
    text = ("国家卫生健康委员会\n关于十三届全国人大三次会议第1234号建议的答复\n"
            "《中医药法》已由第十二届全国人民代表大会常务委员会第二十五次会议通过。\n")
    names = _names(text)
    assert "全国人民代表大会" in names
    assert "全国人民代表大会常务委员会" in names


def test_a_deputy_or_member_is_no_mention():
    text = ("湖南省卫生健康委员会\n全国人大代表王刚、全国政协委员李明提出的建议收悉。\n")
    names = _names(text)
    assert "全国人民代表大会" not in names
    assert "中国人民政治协商会议全国委员会" not in names
