"""Session 10 body rule: 监管委 (市场监管委, a city's 市场监督管理委员会) is a regulator's commission, not a
zone's committee 管委 (南海新区管委): the 管委 short form is no suffix after 监, as it was none after
城 (城管委). Before, 市市场监管委 became 天津市市场监管理委员会. Written for this test (a
municipality's joint-meeting notice, member list in ①②), not a corpus text; near misses: a zone's
管委 and 城管委 keep their readings."""

from body_support import bureau_mentions


def test_a_market_regulation_commission_by_its_short_name():
    text = ("重庆市人民政府办公厅关于建立联席会议制度的通知\n"
            "①成员单位：市卫生健康委、市市场监管委、市国资委。\n")
    got = bureau_mentions(text, "chongqing.txt")
    assert ("市市场监管委", "重庆市市场监督管理委员会") in got
    assert not any("监管理" in n for _, n in got)


def test_a_zones_committee_and_city_management_keep_their_readings():
    text = ("重庆市人民政府办公厅关于建立联席会议制度的通知\n"
            "②成员单位：两江新区管委、市城管委。\n")
    names = [n for _, n in bureau_mentions(text, "chongqing2.txt")]
    assert "重庆两江新区管理委员会" in names or "两江新区管理委员会" in names
    assert "重庆市城市管理委员会" in names
