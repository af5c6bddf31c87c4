"""Session 10 body rule: a body of a city no list knows (a county-level city: 瑞丽市, 公主岭市) named as
one whole item of a salutation or list (各州、市卫生健康委，瑞丽市卫生健康局：) is that city's — an
item names its place as a place, as a text naming the city twice does. Before, only a county-level
city's government was read so; its bureaus were dropped. Written for this test (a Yunnan
provincial notice in traditional script), not a corpus text; near misses: words before 市 that are
no place (超市, 城市, 各市) name no body even as a list's item."""

from body_support import bureau_mentions


def test_a_county_level_citys_bureau_as_a_salutation_item():
    text = ("雲南省衛生健康委員會關於轉發通知的通知\n"
            "各州、市衛生健康委，瑞麗市衛生健康局、芒市醫療保障局：\n"
            "現將通知轉發給你們。\n")
    got = bureau_mentions(text, "yunnan.txt")
    assert ("瑞丽市卫生健康局", "瑞丽市卫生健康局") in got


def test_words_before_shi_in_a_list_name_no_city():
    # 超市 / 城市 / 各市 are no places even as a list's item
    text = ("雲南省衛生健康委員會關於轉發通知的通知\n"
            "各州、市衛生健康委：\n"
            "請做好檢查，超市管理局、城市管理局、各市工信局：\n")
    names = [n for _, n in bureau_mentions(text, "yunnan2.txt")]
    assert not any(n.startswith(("超市", "城市", "各市")) for n in names)
