"""A labelled owner list that holds a short bracket (``各县(市、区)人民政府``, ``市人社局（市医保局）``)
goes on after it (extract/owners.py, ANNOTATION): the units listed after the class still own the
item; the class names nobody and a unit's other name in brackets is not listed twice.

The document is written for this test (a Quanzhou division of work, ASCII and full-width
punctuation mixed); exact owners, quotes checked against the original text."""

from owner_support import explicit_owners, extract_text, quotes_are_original

DIVISION = """泉州市2031年卫生健康重点工作责任分解
1.推进紧密型县域医共体建设,年内实现全覆盖。
责任单位:市卫健委、市医保局,各县(市、区)人民政府、泉州经济技术开发区管委会
2.提升基层医疗服务能力。
牵头单位:市卫健委;配合单位:市财政局、市人社局（市医保局）,各县（市、区）政府
"""
Q = "泉州市"


def test_a_list_goes_on_after_a_short_bracket():
    doc, ex = extract_text(DIVISION, "quanzhou-division.txt")
    got = explicit_owners(ex)
    assert got["推进紧密型县域医共体建设,年内实现全覆盖"] == {
        (Q + "卫生健康委员会", "lead"), (Q + "医疗保障局", "support"), ("泉州经济技术开发区管理委员会", "support")}
    assert got["提升基层医疗服务能力"] == {
        (Q + "卫生健康委员会", "lead"), (Q + "财政局", "support"), (Q + "人力资源和社会保障局", "support")}
    names = {x.id: x.name for x in ex.nodes}
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == "泉州经济技术开发区管理委员会"
              for ev in e.evidence}
    assert quotes == {"责任单位:市卫健委、市医保局,各县(市、区)人民政府、泉州经济技术开发区管委会"}
    quotes_are_original(doc, ex)
