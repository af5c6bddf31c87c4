"""A preposition before a zone's committee is no part of the zone's name (session 6, issuers 2):
经X管委会批准, written for the test in a Kunming new area's style."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities


def _bureaus(text: str) -> list[tuple[str, str]]:
    ms = find_entities(text, load_catalog(), "d").mentions
    return [(m.entity_id, text[m.start:m.end]) for m in ms if m.label == "Bureau" and "管" in text[m.start:m.end]]


def test_a_zone_named_after_a_preposition():
    text = "来源：昆明市人民政府网\n第三条 对产业发展作出重大贡献的企业，经滇中新城管委会批准，可给予扶持。\n"
    assert _bureaus(text) == [("bureau-滇中新城管理委员会", "滇中新城管委会")]


def test_a_zone_whose_name_opens_with_the_same_character_keeps_it():
    text = "来源：潍坊市人民政府网\n经济开发区管委会负责组织实施。\n"
    assert _bureaus(text) == [("bureau-潍坊经济开发区管理委员会", "经济开发区管委会")]
