"""Located-in from prose in a district's own document that names the district by its stem
alone (在埇桥建设X: 埇桥 = 埇桥区), and a built object no list knows, named by its shape."""

from located_support import stated_pairs

STEM = """宿州市埇桥区人民政府关于印发埇桥区中医药产业发展行动计划的通知
各乡镇人民政府、街道办事处，区政府各部门：
现将行动计划印发给你们，请认真贯彻执行。
1.推动省中医药大学在埇桥建设中药材科技园，支持企业扩大种植。（责任单位：区科技局）
2.引导龙头企业落户埇桥，壮大产业集群。（责任单位：区商务局）
3.在园区建设一批标准厂房。（责任单位：区发展改革委）
"""


def test_a_district_named_by_its_stem_places_what_is_built_there():
    # 落户埇桥 has no named subject (龙头企业 is a class); 在园区建设一批… names no thing
    assert stated_pairs(STEM, "stem.txt") == {("中药材科技园", "宿州市埇桥区"): ["在埇桥建设中药材科技园"]}


def test_a_citys_document_gives_no_stem_of_a_district():
    text = STEM.replace("宿州市埇桥区人民政府", "宿州市人民政府").replace("区政府各部门", "市政府各部门")
    text = text.replace("埇桥区中医药", "宿州市中医药")
    assert stated_pairs(text, "city.txt") == {}



def test_a_short_name_that_is_a_word_is_no_place():
    # 新华 is 新华区's short name and a word (新华社): only after a location verb is it the district
    from types import SimpleNamespace

    from medgraph.catalog import load_catalog
    from medgraph.extract.places import _Located

    text = "据新华社报道，新华书店将落户新华，企业在新华建设加工园。"
    scope = SimpleNamespace(district="新华区", district_id="", city_full="某某市")
    ctx = SimpleNamespace(text=text, catalog=load_catalog(), spans=SimpleNamespace(_id="doc"),
                          ents=SimpleNamespace(mentions=[], scope=scope, nodes={}))
    located = _Located(ctx, lambda *a, **k: None)
    assert sorted(m.start for m in located.places.values()) == [text.index("落户新华") + 2, text.index("在新华") + 1]
    assert {m.surface for m in located.places.values()} == {"新华"}
