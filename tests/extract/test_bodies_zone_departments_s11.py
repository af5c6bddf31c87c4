"""Session 11 body rule: a department of a development zone named after its city (石家庄高新技术产业开发区
科学技术局, 成都高新区生物产业局) is the zone's, named with the zone's official name
(X高新技术产业开发区 / X经济技术开发区 + the department). Before, the full form named nothing (the
city's name was read without 市 and the zone's word was too long for a district's) and the short
form was named as a district of the city (成都市高新区…). Written for this test (a Xi'an zone's
notice with a signature), not a corpus text."""

from body_support import bureau_mentions

TEXT = ("西安高新技术产业开发区财政局关于拨付科技补助资金的通知\n"
        "各有关企业：\n"
        "根据西安高新区科技局审核意见，现将补助资金拨付如下。\n"
        "西安高新技术产业开发区财政局\n")


def test_zone_departments_named_with_the_zone():
    names = {n for _, n in bureau_mentions(TEXT, "xa.txt")}
    assert "西安高新技术产业开发区财政局" in names
    assert "西安高新技术产业开发区科学技术局" in names
    assert not any(n.startswith("西安市高新区") for n in names)
