"""Session 9 (held-7 opened): party committees named in full and a zone's party working committee,
each on a small document written for it: 中共X自治区委员会 / 中共X市Y区委员会 by their full names; the
working committee of a development zone in its forms (中共X开发区工作委员会, X开发区工委, X高新区党工委),
read as 中共 + the zone's official name + 工作委员会; a heading whose blank between the two committees
was removed still gives both; near-misses (words before the zone, no zone at all) give none."""

from body_support import bureau_mentions


def test_a_party_committee_by_its_full_name():
    text = ("来源：某市人民政府 https://example.org/1.html\n"
            "根据中共内蒙古自治区委员会部署,中共包头市昆都仑区委员会决定。\n")
    got = bureau_mentions(text, "baotou.txt")
    assert ("中共内蒙古自治区委员会", "中共内蒙古自治区委员会") in got
    assert ("中共包头市昆都仑区委员会", "中共包头市昆都仑区委员会") in got
    # a committee named without 中共 and without a body word is no party committee
    assert not any(n.startswith("中共") for _, n in bureau_mentions("来源：某网 https://example.org/2.html\n包头市委员会议召开。\n",
                                                                    "baotou2.txt"))


def test_a_zones_party_working_committee_in_its_forms():
    text = ("来源：某开发区 https://example.org/3.html\n"
            "中共盐城经济技术开发区工作委员会 盐城经济技术开发区管理委员会关于印发X的通知\n"
            "经盐城经济技术开发区工委、管委会研究,现印发给你们。区党工委将定期督查。\n"
            "加快推动盐城高新区党工委部署落实。\n")
    got = bureau_mentions(text, "yancheng.txt")
    work = "中共盐城经济技术开发区工作委员会"
    assert ("中共盐城经济技术开发区工作委员会", work) in got
    assert ("盐城经济技术开发区管理委员会", "盐城经济技术开发区管理委员会") in got
    assert ("盐城经济技术开发区工委", work) in got
    assert ("盐城高新区党工委", "中共盐城高新技术产业开发区工作委员会") in got


def test_words_before_the_zone_or_no_zone_make_no_working_committee():
    text = ("来源：某开发区 https://example.org/4.html\n"
            "强化盐城经济技术开发区工委、管委会对新城的统筹。\n"
            "设立产业工委,由机关工委指导。\n")
    names = [n for _, n in bureau_mentions(text, "yancheng2.txt")]
    assert "中共盐城经济技术开发区工作委员会" in names
    assert not any("强化" in n or "产业工作" in n for n in names)
