"""One gazetteer of Beijing's places (extract/beijing.py), derived from the catalog's District
entries and used by entities.py and bodies.py — no hand-written district list in either."""

import re

from medgraph.catalog import load_catalog
from medgraph.extract import beijing, bodies, entities
from medgraph.extract.entities import detect_jurisdiction


def test_the_gazetteer_is_the_catalogs_districts():
    districts = [e for e in load_catalog().by_label("District") if e.props.get("kind") == "district"]
    assert len(districts) == 16
    assert set(beijing.DISTRICT_STEMS) == {e.name.removesuffix("区") for e in districts}
    assert beijing.SHARED_STEMS == {e.name.removesuffix("区") for e in districts if e.props.get("shared_name")}
    assert beijing.SHARED_STEMS == {"朝阳", "通州", "东城", "西城"}
    # the zones by their own names: 亦庄新城/亦庄 → 亦庄, 中关村科学城 → 中关村 (怀柔科学城 is 怀柔, a district)
    assert beijing.ZONE_STEMS == ("亦庄", "中关村")


def test_both_modules_use_it():
    # every Beijing district starts a name found by its shape (entities) …
    for stem in beijing.DISTRICT_STEMS:
        assert entities._PROPER_PREFIX.match(stem + "生物医药产业园"), stem
    # … and the fallback that makes a text Beijing's takes exactly the unshared ones (bodies)
    named = set(re.findall(r"[\u4e00-\u9fff]+", bodies._BEIJING_PLACE.pattern.split(")区")[0]))
    assert named == set(beijing.DISTRICT_STEMS) - beijing.SHARED_STEMS


def test_a_text_naming_only_a_district_is_beijings_unless_the_name_is_shared():
    body = "各街道、各有关单位：\n为推进区域医疗中心建设，{}卫生健康委制定本方案。在{}建设一批社区卫生服务中心。\n"
    assert detect_jurisdiction(body.format("丰台区", "丰台区")) == "北京"
    assert detect_jurisdiction(body.format("石景山区", "石景山区")) == "北京"
    assert detect_jurisdiction(body.format("亦庄", "亦庄")) == "北京"
    # 朝阳区 is also Changchun's, 通州区 Nantong's: the name alone does not say Beijing
    assert detect_jurisdiction(body.format("朝阳区", "朝阳区")) == ""
    assert detect_jurisdiction(body.format("通州区", "通州区")) == ""
