"""A document's note on how its lists are ordered, written inside the first list
(``责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）``), is the convention, not a list
labelled 第一责任单位 whose units lead: read as a label it made the real list a list of
supporting units beside a "named lead" that named nobody. Seen in
xiamen-2019-bizenv-enterprise-concerns-measures (field line, 单位); written here for another
city, with 部门, the note in a bracketed annotation and 排第一的 in the next document."""

from owner_support import explicit_owners, extract_text, quotes_are_original

WUXI = """无锡市人民政府办公室关于印发无锡市医疗器械产业提升行动方案的通知
各市（县）、区人民政府，市各委办局：
1.建设医疗器械检验检测平台。支持第三方机构开展注册检验。（责任部门：市科技局、市财政局，第一责任部门为牵头部门，下同）
2.优化产品注册服务。设立注册指导服务站。（责任部门：市市场监管局、市工信局）
"""

NANCHANG = """南昌市人民政府关于加快中医药产业发展的实施意见
各县（区）人民政府，市政府各部门：
（一）建设中药材种植基地。推广规范化种植。
责任单位：市农业农村局、市林业局（排第一的责任单位为牵头单位）
（二）培育中医药龙头企业。支持企业兼并重组。
责任单位：市工信局、市商务局
"""


def test_a_convention_note_inside_a_list_is_no_label_of_its_own():
    doc, ex = extract_text(WUXI, "convention-note.txt")
    got = explicit_owners(ex)
    assert got["建设医疗器械检验检测平台"] == {("无锡市科学技术局", "lead"), ("无锡市财政局", "support")}
    assert got["优化产品注册服务"] == {("无锡市市场监督管理局", "lead"), ("无锡市工业和信息化局", "support")}
    quotes_are_original(doc, ex)


def test_a_convention_note_in_brackets_after_a_field_line():
    doc, ex = extract_text(NANCHANG, "convention-note-field.txt")
    got = explicit_owners(ex)
    assert got["建设中药材种植基地"] == {("南昌市农业农村局", "lead"), ("南昌市林业局", "support")}
    assert got["培育中医药龙头企业"] == {("南昌市工业和信息化局", "lead"), ("南昌市商务局", "support")}
