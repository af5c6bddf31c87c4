"""A page's button word glued before 工委、管委会 is no zone (session 6, issuers 2): written for
the test in a Changchun development zone page's style (the metadata line is long enough for
the page-break repair to join it to the addressee line below)."""

from medgraph.documents import read_bytes
from medgraph.extract.entities import find_entities
from medgraph.catalog import load_catalog

_PAGE = ("来源：长春经济技术开发区管理委员会网站\n"
         "长春经济技术开发区管理委员会印发《长春经济技术开发区促进生物医药产业发展若干政策》的通知\n\n"
         "发布时间:2023年03月01日 15:19:41 信息来源:本站 发布部门:经开区管理委员会 收藏\n\n"
         "  工委、管委会各机构,各街道:\n\n"
         "  现将《长春经济技术开发区促进生物医药产业发展若干政策》印发给你们,请认真贯彻执行。\n")


def _bureaus(text: str) -> list[str]:
    norm = read_bytes(text.encode("utf-8"), "zone.txt").normalized
    ms = find_entities(norm, load_catalog(), "d").mentions
    return [m.entity_id for m in ms if m.label == "Bureau"]


def test_no_committee_is_read_from_a_button_glued_before_the_pair_of_committees():
    assert not any("收藏" in b for b in _bureaus(_PAGE))


def test_the_zone_named_once_for_both_committees_still_gives_its_committee():
    text = "来源：长春经济技术开发区管理委员会网站\n长春经济技术开发区工委、管委会各机构：\n"
    assert _bureaus(text)[-1] == "bureau-长春经济技术开发区管理委员会"
