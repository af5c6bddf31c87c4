"""Session 10 body rule: 特区政府 (特區政府), as Hong Kong's and Macau's own texts and mainland texts
speaking of them write the region's government, is the government of the one region the text
names (香港 or 澳门) — a text whose place detection finds no city had no way to name it. Written
for this test (a Hong Kong bureau's press release in traditional script), not a corpus text;
near misses: a text naming both regions, or neither (深圳经济特区), names no government."""

from body_support import bureau_mentions


def test_the_sar_government_of_the_one_region_named():
    text = ("創新科技及工業局新聞公報\n"
            "香港的生命健康科技發展迅速。特區政府將於明年設立新的研發中心，並由特區政府統籌推進。\n")
    got = bureau_mentions(text, "hk.txt")
    assert got.count(("特区政府", "香港特别行政区政府")) == 2


def test_both_regions_or_none_name_no_government():
    both = "香港與澳門兩地合作。特區政府將加強協調。\n"
    assert not any(n.endswith("特别行政区政府") for _, n in bureau_mentions(both, "both.txt"))
    shenzhen = "深圳經濟特區政府支持產業發展。\n"
    assert not any(n.endswith("特别行政区政府") for _, n in bureau_mentions(shenzhen, "sz.txt"))
