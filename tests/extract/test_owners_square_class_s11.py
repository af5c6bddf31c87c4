"""A class written with square brackets inside an owner list (``各市[州]人民政府``, ``各县[市、区]
人民政府`` — a repost's or a PDF's rendering of 市（州）) stays inside the list, as the round
bracket does: the list ran only to 各市 and lost the units after the class. Seen in
guizhou-2017-health-bigdata-opinions-lead-units (``…,各市[州]人民政府、贵安新区管委会``); written
here for a Hunan list with 〔〕 and a Sichuan one with ［］ after a 牵头单位 field."""

from owner_support import explicit_owners, extract_text, quotes_are_original

HUNAN = """湖南省人民政府办公厅关于促进中医药产业高质量发展的实施意见
各市州人民政府，省政府各厅委、各直属机构：
（一）建设道地药材基地。推广规范化种植。（责任单位：省农业农村厅、各县〔市、区〕人民政府、湘江新区管委会、省林业局）
"""

SICHUAN = """四川省人民政府办公厅关于加快医疗器械产业发展的意见
各市（州）人民政府，省政府各部门、各直属机构：
1.建设检验检测平台。支持第三方检测机构发展。
牵头单位：省药监局
配合单位：各市［州］人民政府、天府新区管委会、省经济和信息化厅
"""


def test_a_square_bracketed_class_does_not_end_the_list():
    doc, ex = extract_text(HUNAN, "square-class.txt")
    got = explicit_owners(ex)
    assert got["建设道地药材基地"] == {
        ("湖南省农业农村厅", "lead"), ("湘江新区管理委员会", "support"), ("湖南省林业局", "support")}
    quotes_are_original(doc, ex)


def test_a_square_bracketed_class_in_a_field_line():
    doc, ex = extract_text(SICHUAN, "square-class-field.txt")
    got = explicit_owners(ex)
    assert got["建设检验检测平台"] == {
        ("四川省药品监督管理局", "lead"), ("天府新区管理委员会", "support"),
        ("四川省经济和信息化厅", "support")}
