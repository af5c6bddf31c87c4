"""Lists of an autonomous region write its level once, as 自治区 (``自治区发展改革委、财政厅、
工业和信息化厅``), and a unit's other name in brackets may stand between two items
(``自治区农牧厅（乡村振兴局）、财政厅``): the bare names after it take the region's level as they take
省/市/区/县 (relations.level_listed). Seen in nmg-2024-industry-policy-list-trad (〔责任单位:自治区
农牧厅(乡村振兴局)、财政厅〕); written here for Ningxia, with 牵头单位/配合单位 labels and a city's list whose
first unit carries its other name, and a list in 〔〕."""

from owner_support import explicit_owners, extract_text, quotes_are_original

NINGXIA = """宁夏回族自治区人民政府办公厅关于印发宁夏回族自治区中医药产业发展实施方案的通知
各市、县（区）人民政府，自治区政府各部门、各直属机构：
一、建设道地药材基地。推广枸杞、甘草规范化种植。（牵头单位：自治区农业农村厅；配合单位：自治区发展改革委、财政厅、林业和草原局）
二、培育龙头企业。支持中药企业兼并重组。（责任单位：自治区工业和信息化厅（自治区国资委）、商务厅）
"""

YINCHUAN = """银川市人民政府关于加快生物医药产业发展的意见
各县（市）区人民政府，市政府各部门：
（一）加强人才引进。对引进的高层次人才给予安家补贴。（责任单位：市人社局（市外专局）、财政局）
（二）完善医保支付。将创新药纳入医保支付范围。〔责任单位：市医保局、卫生健康委〕
"""


def test_bare_names_take_the_region_level():
    doc, ex = extract_text(NINGXIA, "region-level.txt")
    got = explicit_owners(ex)
    assert got["建设道地药材基地"] == {
        ("宁夏回族自治区农业农村厅", "lead"), ("宁夏回族自治区财政厅", "support"),
        ("宁夏回族自治区林业和草原局", "support"), ("宁夏回族自治区发展和改革委员会", "support")}
    assert got["培育龙头企业"] == {("宁夏回族自治区工业和信息化厅", "lead"), ("宁夏回族自治区商务厅", "support")}
    quotes_are_original(doc, ex)


def test_a_bracketed_other_name_does_not_end_the_list():
    doc, ex = extract_text(YINCHUAN, "bracket-level.txt")
    got = explicit_owners(ex)
    assert got["加强人才引进"] == {("银川市人力资源和社会保障局", "lead"), ("银川市财政局", "support")}
    # (a list in 〔〕 ends at its bracket)
    assert got["完善医保支付"] == {("银川市医疗保障局", "lead"), ("银川市卫生健康委员会", "support")}
