"""An owner note whose unit carries its other name in round brackets is itself written in square
ones — ``[区发展改革委(粮食和储备局)负责]``, ``〔市发展改革委（市粮食和储备局）负责〕`` — the way
official texts nest brackets (chizhou-guichi-2020-food-safety-key-work-trad closes its last item
with ``[區發展改革委(糧食和儲備局)`` cut by the end of the page). The note's units own the item like
any bracketed note's; the unit's other name stays its own (one owner). Written here for a city's
work points with full-width and ASCII brackets."""

from owner_support import explicit_owners, extract_text, quotes_are_original

POINTS = """合肥市2021年食品安全重点工作安排
1.实施标准贯宣行动。加强食品安全国家标准宣贯培训。(市卫生健康委负责)加强粮油标准的贯彻落实。[市发展改革委(粮食和储备局)负责]
2.实施餐饮质量提升行动。推进餐饮服务规范化。〔市市场监管局、市商务局（市粮食局）负责〕
3.推进农药减量。加强农药监管。(市农业农村局负责)
4.加强粮食质量监测。开展收购粮食质量检测。[市发展改革委(粮食和储备局)、市市场监管局
"""


def test_a_square_bracketed_note_with_a_unit_other_name_inside_owns_the_item():
    doc, ex = extract_text(POINTS, "square-notes.txt")
    got = explicit_owners(ex)
    assert got["实施标准贯宣行动"] == {("合肥市卫生健康委员会", "lead"), ("合肥市发展和改革委员会", "lead")}
    assert got["实施餐饮质量提升行动"] == {("合肥市市场监督管理局", "lead"), ("合肥市商务局", "lead")}
    assert got["推进农药减量"] == {("合肥市农业农村局", "lead")}
    quotes_are_original(doc, ex)


def test_a_square_bracketed_note_cut_by_the_end_of_the_file():
    doc, ex = extract_text(POINTS, "square-notes.txt")
    got = explicit_owners(ex)
    assert got["加强粮食质量监测"] == {("合肥市发展和改革委员会", "lead"), ("合肥市市场监督管理局", "lead")}


ROUND = """长沙市2022年粮食安全工作要点
一、稳定粮食生产。落实种粮补贴。（市发展改革委（市粮食和储备局）负责）
二、强化市场监管。开展粮油质量抽检。(市市场监管局、市商务局(市粮食局)负责)
三、推进仓储建设。改造一批粮库。(市农业农村局、市发展改革委(市粮食和储备局))
"""


def test_a_unit_other_name_inside_a_round_note_keeps_the_note_a_list():
    doc, ex = extract_text(ROUND, "round-notes.txt")
    got = explicit_owners(ex)
    assert got["稳定粮食生产"] == {("长沙市发展和改革委员会", "lead")}
    assert got["强化市场监管"] == {("长沙市市场监督管理局", "lead"), ("长沙市商务局", "lead")}
    assert got["推进仓储建设"] == {("长沙市农业农村局", "lead"), ("长沙市发展和改革委员会", "support")}
    quotes_are_original(doc, ex)
