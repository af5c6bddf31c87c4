"""Located-in from prose (落户, 位于, 坐落, 入驻, 在X建设, 在此落地) on text written for these
tests; a park is a place too; nothing the text does not state."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()

TEXT = """昌平区医药健康产业发展情况
中关村生命科学园位于昌平区，是重要承载区。北京诺诚健华医药科技有限公司正式落户昌平区。北京百济神州生物科技有限公司已入驻中关村生命科学园。
在通州区建设北京国际医药创新中心。
北京亦庄已集聚企业超过千家。北京某某生物技术有限公司在此设立研发中心。
北京某乙医药有限公司与北京某丙医药有限公司签署合作协议。
天津经济技术开发区管委会介绍情况。
"""


def _located(ex):
    names = {n.id: n.name for n in ex.nodes}
    return {(names[e.source], names[e.target]): e for e in ex.edges if e.type == "LOCATED_IN"
            and any(ev.method == "explicit" for ev in e.evidence)}


def test_prose_statements_of_place():
    doc = read_bytes(TEXT.encode(), "located.txt")
    ex = extract(doc, CAT)
    loc = _located(ex)
    expected = {
        ("中关村生命科学园", "昌平区"): "中关村生命科学园位于昌平区",
        ("北京诺诚健华医药科技有限公司", "昌平区"): "北京诺诚健华医药科技有限公司正式落户昌平区",
        ("北京百济神州生物科技有限公司", "中关村生命科学园"): "北京百济神州生物科技有限公司已入驻中关村生命科学园",
        ("北京国际医药创新中心", "通州区"): "在通州区建设北京国际医药创新中心",
        ("北京某某生物技术有限公司", "北京经济技术开发区"): "北京某某生物技术有限公司在此设立",
    }
    assert set(loc) == set(expected)
    for k, quote in expected.items():
        ev = next(ev for ev in loc[k].evidence if ev.method == "explicit")
        assert ev.quote == quote and doc.original[ev.start:ev.end] == quote
    # 在此 = the place the paragraph was about (北京亦庄), quoted as a second evidence
    here = loc[("北京某某生物技术有限公司", "北京经济技术开发区")]
    assert [ev.quote for ev in here.evidence] == ["北京某某生物技术有限公司在此设立", "北京亦庄"]


def test_a_zone_the_document_names_is_a_place_node():
    ex = extract(read_bytes((TEXT + "天津滨海高新区发布新政。\n").encode(), "located.txt"), CAT)
    zones = {n.name: n for n in ex.nodes if n.label == "District" and n.id.startswith("district-天津")}
    assert set(zones) == {"天津经济技术开发区", "天津滨海高新区"}
    assert {z.props["kind"] for z in zones.values()} == {"development_zone"}
    # the zone's committee is a body of its own, placed in its zone by its name
    committee = next(n for n in ex.nodes if n.label == "Bureau" and n.name == "天津经济技术开发区管理委员会")
    assert committee.props["kind"] == "committee"
    assert [e.target for e in ex.edges if e.type == "LOCATED_IN" and e.source == committee.id] == [zones["天津经济技术开发区"].id]


# --- places named by administrative units (places.py) -------------------------------------
def _loc_by_id(ex):
    return {(e.source, e.target): e for e in ex.edges if e.type == "LOCATED_IN"}


def _quote(doc, edge):
    ev = next(ev for ev in edge.evidence if ev.method == "explicit")
    assert doc.original[ev.start:ev.end] == ev.quote  # offsets index the original text
    return ev.quote


APPROVAL = """国务院关于同意设立青川新区的批复
四川省人民政府：
一、同意设立青川新区。青川新区位于四川省绵阳市北部，规划范围包括绵阳市涪城区、游仙区和安州区塔水镇、江油市的部分区域，规划面积600平方公里。
二、东江新区范围包括惠州市惠城区、博罗县和龙门市、河源县的部分区域。
"""


def test_an_approval_places_the_new_area_in_each_listed_unit():
    doc = read_bytes(APPROVAL.encode(), "approval.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    loc = _loc_by_id(ex)
    stated = "青川新区位于四川省绵阳市北部，规划范围包括绵阳市涪城区、游仙区和安州区塔水镇、江油市"
    expected = {
        ("district-青川新区", "district-绵阳市"): "青川新区位于四川省绵阳市",
        ("district-青川新区", "district-绵阳市涪城区"): stated,
        # a short name inherits the units above it from the item before it
        ("district-青川新区", "district-绵阳市游仙区"): stated,
        ("district-青川新区", "district-绵阳市安州区塔水镇"): stated,
        # a county-level city: no city above it is invented (the province it is in is stated)
        ("district-青川新区", "district-江油市"): stated,
        ("district-东江新区", "district-惠州市惠城区"): "东江新区范围包括惠州市惠城区、博罗县和龙门市、河源县",
        ("district-东江新区", "district-惠州市博罗县"): "东江新区范围包括惠州市惠城区、博罗县和龙门市、河源县",
        # a unit of the parent's own level (龙门市) ends the inheritance: 河源县 is not 龙门市's
        ("district-东江新区", "district-龙门市"): "东江新区范围包括惠州市惠城区、博罗县和龙门市、河源县",
        ("district-东江新区", "district-河源县"): "东江新区范围包括惠州市惠城区、博罗县和龙门市、河源县",
    }
    assert set(loc) == set(expected)
    for k, quote in expected.items():
        assert _quote(doc, loc[k]) == quote
    kinds = {nid: (nodes[nid].props["kind"], nodes[nid].props.get("jurisdiction", "")) for _, nid in expected}
    assert kinds == {
        "district-绵阳市": ("city", "四川省"), "district-绵阳市涪城区": ("district", "绵阳市"),
        "district-绵阳市游仙区": ("district", "绵阳市"), "district-绵阳市安州区塔水镇": ("town", "绵阳市安州区"),
        "district-江油市": ("city", "四川省"), "district-惠州市惠城区": ("district", "惠州市"),
        "district-惠州市博罗县": ("county", "惠州市"), "district-龙门市": ("city", ""), "district-河源县": ("county", ""),
    }
    assert nodes["district-青川新区"].props["kind"] == "new_area"
    assert nodes["district-东江新区"].label == "District"


def test_a_list_after_a_site_clause_and_the_city_it_names():
    text = ("国务院关于同意设立临江新区的批复\n"
            "临江新区位于湖北省宜昌市长江以南，包括宜昌市点军区、猇亭区和枝江市。\n"
            "滨湖新区位于合肥市滨湖地区，初期规划范围包括包河区、蜀山区部分区域。\n")
    doc = read_bytes(text.encode(), "approval2.txt")
    loc = _loc_by_id(extract(doc, CAT))
    first = "临江新区位于湖北省宜昌市长江以南，包括宜昌市点军区、猇亭区和枝江市"
    second = "滨湖新区位于合肥市滨湖地区，初期规划范围包括包河区、蜀山区"
    assert {k: _quote(doc, e) for k, e in loc.items()} == {
        ("district-临江新区", "district-宜昌市"): "临江新区位于湖北省宜昌市",
        ("district-临江新区", "district-宜昌市点军区"): first,
        ("district-临江新区", "district-宜昌市猇亭区"): first,
        ("district-临江新区", "district-枝江市"): first,
        ("district-滨湖新区", "district-合肥市"): "滨湖新区位于合肥市",
        # the one city the area was said to lie in completes the unprefixed districts
        ("district-滨湖新区", "district-合肥市包河区"): second,
        ("district-滨湖新区", "district-合肥市蜀山区"): second,
    }


def test_a_zone_introduction_and_a_traditional_script_list():
    text = ("北京经济技术开发区位于北京市东南部，北临南五环。\n"
            "江北新區範圍包括南京市浦口區、六合區和棲霞區八卦洲街道的部分區域。\n")
    doc = read_bytes(text.encode(), "zone.txt")
    ex = extract(doc, CAT)
    loc = _loc_by_id(ex)
    trad = "江北新區範圍包括南京市浦口區、六合區和棲霞區八卦洲街道"
    assert {k: _quote(doc, e) for k, e in loc.items()} == {
        ("district-yizhuang", "district-北京市"): "北京经济技术开发区位于北京市",
        ("district-江北新区", "district-南京市浦口区"): trad,
        ("district-江北新区", "district-南京市六合区"): trad,
        ("district-江北新区", "district-南京市栖霞区八卦洲街道"): trad,
    }
    street = next(n for n in ex.nodes if n.id == "district-南京市栖霞区八卦洲街道")
    assert (street.name, street.props) == ("南京市栖霞区八卦洲街道", {"kind": "street", "jurisdiction": "南京市栖霞区"})


def test_another_citys_district_is_never_beijings():
    # 朝阳区 is also a Beijing district in the catalog: spelled out after 长春市 it is Changchun's
    text = "长春新区范围包括长春市宽城区、朝阳区的部分区域。\n"
    ex = extract(read_bytes(text.encode(), "cc.txt"), CAT)
    assert set(_loc_by_id(ex)) == {("district-长春新区", "district-长春市宽城区"), ("district-长春新区", "district-长春市朝阳区")}


def test_site_of_a_thing_named_after_its_place():
    text = "位于北京市昌平区的北京某某医药科技有限公司完成新一轮融资。\n"
    doc = read_bytes(text.encode(), "site.txt")
    loc = _located(extract(doc, CAT))
    assert set(loc) == {("北京某某医药科技有限公司", "昌平区")}
    assert _quote(doc, loc[("北京某某医药科技有限公司", "昌平区")]) == "位于北京市昌平区的北京某某医药科技有限公司"


HERE = """杭州滨江生命科技园发展情况
杭州滨江生命科技园位于杭州市滨江区，规划面积3平方公里。
2024年，国家卫生健康委员会医药卫生科技发展研究中心、卫生发展研究中心和统计信息中心等3个中心已在此落地。
"""


def test_here_is_the_park_the_text_is_about_and_every_listed_unit_settles_there():
    doc = read_bytes(HERE.encode(), "here.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    loc = {(nodes[s].name, nodes[t].name): e for (s, t), e in _loc_by_id(ex).items()}
    clause = "国家卫生健康委员会医药卫生科技发展研究中心、卫生发展研究中心和统计信息中心等3个中心已在此落地"
    assert {k: [ev.quote for ev in e.evidence] for k, e in loc.items()} == {
        ("杭州滨江生命科技园", "杭州市滨江区"): ["杭州滨江生命科技园位于杭州市滨江区"],
        # the listed names without their parent take the first one's body (国家卫生健康委员会)
        ("国家卫生健康委员会医药卫生科技发展研究中心", "杭州滨江生命科技园"): [clause, "杭州滨江生命科技园"],
        ("国家卫生健康委员会卫生发展研究中心", "杭州滨江生命科技园"): [clause[clause.index("卫生发展"):], "杭州滨江生命科技园"],
        ("国家卫生健康委员会统计信息中心", "杭州滨江生命科技园"): [clause[clause.index("统计"):], "杭州滨江生命科技园"],
    }
    # the quoted park is the one in the earlier line that opens with it
    here_ev = loc[("国家卫生健康委员会统计信息中心", "杭州滨江生命科技园")].evidence
    park = min(here_ev, key=lambda ev: ev.start)
    assert park.start == HERE.index("杭州滨江生命科技园位于") and doc.original[park.start:park.end] == "杭州滨江生命科技园"


NEGATIVE = """某某新区发展情况
某某新区位于长江南岸，区位优势明显。
支持范围包括本市注册的企业、研发机构和医疗机构。
重点园区包括昌平区、大兴区的产业园。
北京某乙医药有限公司与昌平区政府签署合作协议。
会同配合单位于2012年10月底前制定实施细则。
2024年，阿斯利康、礼来、拜耳等8家外资药企集团在京新设研发机构。
国家药品监督管理局六大中心在此落地。
"""


def test_places_merely_named_place_nothing():
    ex = extract(read_bytes(NEGATIVE.encode(), "negative.txt"), CAT)
    nodes = {n.id: n for n in ex.nodes}
    located = [(nodes[e.source].name, nodes[e.target].name) for e in ex.edges
               if e.type == "LOCATED_IN" and nodes[e.source].label != "Bureau"]
    assert located == []
    # a description (长江南岸, 本市) is no place node either
    assert not [n for n in ex.nodes if n.label == "District" and n.id.startswith("district-") and "长江" in n.name]


PROSE = """开发区与企业
1、宁川经济技术开发区，成立于1993年，地处江西省赣中平原，位于宜州市区南部，东临赣江。
2、北京某戊生物科技有限公司正式落户浙江省湖州市吴兴区织里镇。
3、支持在湖州市南浔区建设国家中药材质量检测中心。鼓励在全市范围内建设一批孵化器。在各区建设社区卫生服务站。
4、安平高新区位于山东省泰州市东部城区，规划面积20平方公里。
"""


def test_prose_with_units_of_any_city():
    doc = read_bytes(PROSE.encode(), "prose.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    loc = {(nodes[s].name, nodes[t].name): _quote(doc, e) for (s, t), e in _loc_by_id(ex).items()
           if nodes[s].label != "Bureau"}
    assert loc == {
        # …，地处/位于…: a clause of nothing but the verb is about the zone that opens the sentence
        ("宁川经济技术开发区", "江西省"): "宁川经济技术开发区，成立于1993年，地处江西省",
        ("宁川经济技术开发区", "宜州市"): "宁川经济技术开发区，成立于1993年，地处江西省赣中平原，位于宜州市",
        ("北京某戊生物科技有限公司", "湖州市吴兴区织里镇"): "北京某戊生物科技有限公司正式落户浙江省湖州市吴兴区织里镇",
        ("国家中药材质量检测中心", "湖州市南浔区"): "在湖州市南浔区建设国家中药材质量检测中心",
        # 东部城区 describes part of the city: the zone is in 泰州市, no district 东部城区
        ("安平高新区", "泰州市"): "安平高新区位于山东省泰州市",
    }
    town = nodes["district-湖州市吴兴区织里镇"]
    assert (town.props["kind"], town.props["jurisdiction"]) == ("town", "湖州市吴兴区")
    assert nodes["district-安平高新区"].props["kind"] == "development_zone"


def test_zones_and_towns_a_document_names_are_place_nodes():
    text = ("重点推进栖湖新区建设。加快特色小镇建设，以云岭小镇、星湖小镇等为示范。\n"
            "同意平川综合实验区与望海高新区开展合作。规范化工园区管理，支持我市高新技术产业开发区和国家级新区发展。\n"
            "一、同意设立陕东新区。二、要把建设好陕东新区作为重要举措。\n")
    ex = extract(read_bytes(text.encode(), "zones.txt"), CAT)
    places = {n.name: n.props["kind"] for n in ex.nodes if n.label == "District"}
    assert places == {"栖湖新区": "new_area", "云岭小镇": "town", "星湖小镇": "town", "平川综合实验区": "zone",
                      "望海高新区": "development_zone", "陕东新区": "new_area"}


def test_another_citys_district_name_is_not_a_mention_of_beijings():
    ex = extract(read_bytes("长春市朝阳区与北京市朝阳区签署合作协议。在本市朝阳区建设一批平台。\n".encode(), "two.txt"), CAT)
    chaoyang = next(n for n in ex.nodes if n.id == "district-chaoyang")
    assert chaoyang.label == "District"
    # only the two Beijing mentions (北京市朝阳区, 本市朝阳区) name Beijing's district
    from medgraph.extract.entities import find_entities
    text = "长春市朝阳区与北京市朝阳区签署合作协议。在本市朝阳区建设一批平台。"
    spans = [m.surface for m in find_entities(text, CAT, "two").mentions if m.entity_id == "district-chaoyang"]
    assert spans == ["北京市朝阳区", "朝阳区"]


SETTLED = """企业与机构
北京某甲生物科技有限公司、北京某乙医药科技有限公司和北京某丙基因技术有限公司等8家企业已落户昌平区。
北京某丁医疗器械有限公司在天津市滨海新区正式揭牌。
北京某戊药业有限公司是位于大兴区的创新药企业。
松林医院位于重庆市渝北区，是三级医院。
该中心位于海淀区。创新中心位于昌平区。项目所在园区位于大兴区。
阿斯利康、礼来、拜耳等8家外资药企集团在京新设研发机构。
"""


def test_lists_of_things_that_settle_and_things_named_by_their_shape():
    doc = read_bytes(SETTLED.encode(), "settled.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    loc = {(nodes[s].name, nodes[t].name): _quote(doc, e) for (s, t), e in _loc_by_id(ex).items()}
    listed = "北京某甲生物科技有限公司、北京某乙医药科技有限公司和北京某丙基因技术有限公司等8家企业已落户昌平区"
    assert loc == {
        # every thing of a list closed by 等… settles where the verb says
        ("北京某甲生物科技有限公司", "昌平区"): listed,
        ("北京某乙医药科技有限公司", "昌平区"): listed[listed.index("北京某乙"):],
        ("北京某丙基因技术有限公司", "昌平区"): listed[listed.index("北京某丙"):],
        ("北京某丁医疗器械有限公司", "天津市滨海新区"): "北京某丁医疗器械有限公司在天津市滨海新区正式揭牌",
        ("北京某戊药业有限公司", "大兴区"): "北京某戊药业有限公司是位于大兴区",
        # a hospital no catalog knows, named by its shape before 位于
        ("松林医院", "重庆市渝北区"): "松林医院位于重庆市渝北区",
    }
    hospital = next(n for n in ex.nodes if n.name == "松林医院")
    assert (hospital.label, hospital.props["kind"]) == ("Organization", "hospital")


def test_the_parks_a_zone_is_made_of_lie_in_it():
    text = ("一、滨江科技园区包括滨江科技园区东园、滨江科技园区西园和滨江科技园区生命科学园。\n"
            "二、某某管委会负责滨江科技园区(包括滨江科技园区东园、西园、生命科学园)的指导工作。\n")
    doc = read_bytes(text.encode(), "parks.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    loc = {(nodes[s].name, nodes[t].name) for (s, t), e in _loc_by_id(ex).items() if nodes[s].label != "Bureau"}
    # short items (西园) take the zone's name as their prefix; the remit verb (负责) is no part of the zone's name
    assert loc == {("滨江科技园区东园", "滨江科技园区"), ("滨江科技园区西园", "滨江科技园区"),
                   ("滨江科技园区生命科学园", "滨江科技园区")}


def test_a_later_clause_is_not_built_where_the_first_clause_builds():
    text = ("佑安医院新院区基本确定在大兴区选址建设，加快推进某某医院新院区选址，北京某己学院新院区项目取得批复。\n"
            "在北京城市规划建设和冬奥会筹办工作座谈会、在中国国际服务贸易交易会上的讲话精神。\n")
    ex = extract(read_bytes(text.encode(), "clauses.txt"), CAT)
    nodes = {n.id: n for n in ex.nodes}
    # the first clause's subject, with nothing built after its verb, is what is built there
    # (places.py zai, no object); the later clauses' campuses are placed nowhere
    assert [(nodes[e.source].name, nodes[e.target].name) for e in ex.edges if e.type == "LOCATED_IN"] == [
        ("佑安医院新院区", "大兴区")]


def test_free_trade_zones_and_abbreviated_zones_of_other_cities():
    text = "支持中国(北京)自由贸易试验区科技创新片区建设，推进安巢经开区、宣城经开区与海南自由贸易港合作。在经开区建设一批平台。\n"
    ex = extract(read_bytes(text.encode(), "ftz.txt"), CAT)
    places = {n.name: (n.id, n.props["kind"]) for n in ex.nodes if n.label == "District"}
    # a zone word glued to another name (安巢经开区) is not Beijing's 经开区; a bare 经开区 still is
    assert places == {
        "中国(北京)自由贸易试验区": ("district-中国-北京-自由贸易试验区", "zone"),
        "安巢经开区": ("district-安巢经开区", "development_zone"),
        "宣城经开区": ("district-宣城经开区", "development_zone"),
        "海南自由贸易港": ("district-海南自由贸易港", "zone"),
        "北京经济技术开发区": ("district-yizhuang", "development_zone"),
    }


def test_a_thing_named_by_its_shape_settles_but_a_kind_of_facility_does_not():
    doc = read_bytes("松林医院正式落户重庆市渝北区。研发中心落户昌平区。生产基地落户大兴区。该中心入驻杭州市滨江区。\n".encode(), "shape.txt")
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    assert {(nodes[s].name, nodes[t].name): _quote(doc, e) for (s, t), e in _loc_by_id(ex).items()} == {
        ("松林医院", "重庆市渝北区"): "松林医院正式落户重庆市渝北区"}


def test_an_autonomous_region_named_short_takes_its_official_name():
    # places and bodies share one table: 广西 is 广西壮族自治区 in both (was 广西自治区 here)
    from medgraph.extract.places import _unit_at

    for short, official in (("广西", "广西壮族自治区"), ("宁夏", "宁夏回族自治区"), ("新疆", "新疆维吾尔自治区"), ("湖南", "湖南省")):
        unit = _unit_at(short + "北部湾地区", 0, len(short) + 5, {})
        assert unit is not None and (unit.name, unit.kind) == (official, "province"), (short, unit)
