"""One gazetteer of China's places (graph/china_places.yaml, extract/gazetteer.py): every
city's province is a province it lists, and bodies.py and entities.py read this one list."""

from medgraph.extract import bodies, entities, gazetteer


def test_every_city_belongs_to_a_listed_province_and_no_place_is_listed_twice():
    assert set(gazetteer.CITY_PROVINCE.values()) <= gazetteer.PROVINCES
    assert len(gazetteer.OTHER_CITIES) == len(set(gazetteer.OTHER_CITIES))
    assert gazetteer.CITY_PROVINCE["成都"] == "四川" and gazetteer.CITY_PROVINCE["厦门"] == "福建"
    assert {"天津", "上海", "重庆"} == set(gazetteer.MUNICIPALITIES)
    assert "内蒙古" in gazetteer.PROVINCES and "香港" not in gazetteer.PROVINCES


def test_modules_read_the_one_list():
    assert entities.OTHER_CITIES is gazetteer.OTHER_CITIES
    assert entities.PROVINCES is gazetteer.PROVINCES
    assert bodies.CITY_PROVINCE is gazetteer.CITY_PROVINCE
    assert bodies.province_of("成都", "", gazetteer.PROVINCES) == "四川省"
    assert bodies.full_place("广西", gazetteer.PROVINCES) == "广西壮族自治区"
