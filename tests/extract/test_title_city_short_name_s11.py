"""Session 11 jurisdiction rule: a title line that opens with a known city's name without 市 (a reprint
that dropped the issuer's 市人民政府: 泰州关于印发…的通知) places the document in that city, so its
relative names (市科技局, 市司法局) are that city's. Before, such a head placed nothing and the
province named in passing won. Written for this test (a Sichuan city's notice, owners after a colon
in brackets), not a corpus text."""

from body_support import bureau_mentions

from medgraph.extract.entities import detect_jurisdiction

TEXT = ("绵阳关于印发加快科技成果转化若干措施的通知\n"
        "为打造四川科技创新高地，结合我市实际，制定本措施。\n"
        "一、支持成果就地转化。（责任单位：市科技局、市司法局）\n")


def test_title_opening_with_a_city_name_places_the_text():
    assert detect_jurisdiction(TEXT) == "绵阳"


def test_relative_bureaus_are_that_citys():
    names = {n for _, n in bureau_mentions(TEXT, "my.txt")}
    assert "绵阳市科学技术局" in names
    assert "绵阳市司法局" in names


def test_a_city_name_inside_a_sentence_is_not_a_title():
    text = "四川省人民政府关于支持绵阳科技城建设的意见\n各市（州）人民政府：\n"
    assert detect_jurisdiction(text) == "四川"


def test_a_zone_committee_heading_named_after_its_city():
    text = ("中共常州高新技术产业开发区工作委员会关于印发人才新政的通知\n"
            "为全面落实中央和省、市委关于人才工作的决策部署，制定本政策。\n")
    assert detect_jurisdiction(text) == "常州"
    names = {n for _, n in bureau_mentions(text, "cz.txt")}
    assert "中共常州市委员会" in names


def test_a_sites_menu_of_places_is_no_place():
    text = ("来源：某省人才网 https://example.org/a\n"
            "切换地市\n"
            "合肥市\n"
            "芜湖市\n"
            "蚌埠市\n"
            "淮南市\n"
            "中共常州高新技术产业开发区工作委员会关于印发人才新政的通知\n"
            "请认真贯彻执行。\n")
    assert detect_jurisdiction(text) == "常州"
