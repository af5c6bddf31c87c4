"""Session 12 body rule: places of two or three characters listed bare before a body whose place carries
the level word share it and the rest of the name (肥东、肥西、长丰县食品药品监督管理局: three counties'
bureaus; 息烽、修文、开阳县卫生健康局) — each item, read as if written in full, must be a place by the
shape rules; only whole items between 、.

Written for this test (a Guizhou city's addressee line), not a corpus text; the corpus document it
serves: hefei-2006-fda-drug-safety-work-points-trad. (南京、苏州、连云港市人民政府 of
jiangsu-2025-ftz-biomed-special-plan-trad is found by the finder but its items are the catalog's places,
which the entity pass keeps: left.)"""

from body_support import bureau_mentions


def test_bare_counties_listed_before_a_county_bureau_share_it():
    text = ("贵阳市卫生健康局关于做好基层卫生工作的通知\n"
            "息烽、修文、开阳县卫生健康局，市局各处室：\n")
    names = {n for _, n in bureau_mentions(text, "gy.txt")}
    assert {"息烽县卫生健康局", "修文县卫生健康局", "开阳县卫生健康局"} <= names


def test_a_word_before_a_listed_body_is_no_place():
    text = ("贵阳市卫生健康局关于做好基层卫生工作的通知\n"
            "加强监管、开阳县卫生健康局负责。\n")
    names = {n for _, n in bureau_mentions(text, "gy2.txt")}
    assert not any(n.startswith(("监管", "加强")) for n in names)
