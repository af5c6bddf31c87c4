"""In a province's or autonomous region's own text, a 市-prefixed name with no city before it
(四市人民政府, 各盟行政公署、市人民政府) names cities' bodies — a class, or a city the text does not
name — never the province's own body. Read as the province's, it made a 内蒙古自治区人民政府 node and
owner the region's text never names (neimenggu-nd-hubaoewu-integration-measures-trad,
neimenggu-nd-tcm-mongolian-medicine-excerpt: 8 such body nodes over the corpus). Written here for
Guangxi and Hebei."""

from owner_support import explicit_owners, extract_text, quotes_are_original

GUANGXI = """广西壮族自治区发展和改革委员会关于印发推进城际铁路建设工作方案的通知
一、推进城际铁路建设。加快南宁至玉林城际铁路建设。（责任单位：自治区发展改革委、财政厅，四市人民政府按职责分工负责，下同）
二、完善中医药服务网络。（自治区卫生健康委、人力资源社会保障厅，各市人民政府负责）
"""

HEBEI = """河北省卫生健康委员会关于印发中医药服务能力提升方案的通知
一、加强人才培养。（省卫生健康委、省人力资源社会保障厅，各市人民政府负责）
"""


def _bureaus(ex) -> set[str]:
    return {n.name for n in ex.nodes if n.label == "Bureau"}


def test_a_class_of_city_governments_is_not_the_regions_government():
    doc, ex = extract_text(GUANGXI, "guangxi-class.txt")
    assert "广西壮族自治区人民政府" not in _bureaus(ex)
    got = explicit_owners(ex)
    assert not any(name == "广西壮族自治区人民政府" for pairs in got.values() for name, _ in pairs)
    assert ("广西壮族自治区发展和改革委员会", "lead") in got["推进城际铁路建设"]
    assert got["完善中医药服务网络"] == {("广西壮族自治区卫生健康委员会", "lead"),
                                  ("广西壮族自治区人力资源和社会保障厅", "lead")}
    quotes_are_original(doc, ex)


def test_a_provinces_class_of_city_governments_makes_no_provincial_government():
    doc, ex = extract_text(HEBEI, "hebei-class.txt")
    assert "河北省人民政府" not in _bureaus(ex)
    assert ("河北省卫生健康委员会", "lead") in explicit_owners(ex)["加强人才培养"]
    quotes_are_original(doc, ex)
