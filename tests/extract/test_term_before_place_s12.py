"""Session 12 body rule: a term before a place's party committee or congress (按照十二届市委四次全会要求;
贯彻十五届县委三次全会精神) lets the place's name start after it: the committee of that term is the place's
中共X委员会 (before, the run 按照十二届市委 named no place and the committee was lost).

Written for this test (a Hunan county's and a Guangdong city's texts), not corpus texts; the corpus
documents it serves: shanghai-wjw-2024-health-work-points-notice, haikou-2024-biomed-measures-notice-trad."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_the_city_committee_after_its_term():
    text = ("韶关市卫生健康局关于印发工作要点的通知\n"
            "深入贯彻十三届市委五次全会精神，全面推进健康韶关建设。\n")
    assert "中共韶关市委员会" in _names(text)


def test_the_county_committee_after_its_term():
    text = ("宁乡县人民政府办公室关于印发重点工作的通知\n"
            "按照十五届县委三次全会部署，全县抓好落实。\n")
    assert "中共宁乡县委员会" in _names(text)
