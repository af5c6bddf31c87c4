"""A class of the governments of every place of some levels, written with its level words
listed and the suffix once (各州、市人民政府, 各市、县、区人民政府, 各市、县有关部门), names
nobody: its pieces after the first (市人民政府, 区人民政府) are not bodies of the list (extract/
owners.py, _class_run). A unit written with its level word read apart by the finder (省药监局
found as 药监局) is still a unit of the list; a note's remark after its duty word (…负责。排名
第一的为牵头单位，下同) is not part of the list.

The document is written for this test (a province's division of tasks); exact lead/support
sets, quotes checked against the original text."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TASKS = """贵州省中医药产业发展重点任务分工方案
1.建设中药材种植基地。推进道地药材规范化种植，到2030年种植面积稳定在700万亩。（省农业农村厅、省林业局、省药监局，各市、县、区人民政府负责。排名第一的为牵头单位，下同）
2.培育中医药龙头企业。支持企业兼并重组，做大做强。（省工业和信息化厅、省商务厅，各市、县有关部门负责）
3.完善中医药服务网络。推进县级中医医院提标扩能。（牵头单位：省卫生健康委；配合单位：省财政厅，各市、州人民政府）
"""
G = "贵州省"


def test_a_class_of_places_written_with_its_levels_listed_names_nobody():
    doc, ex = extract_text(TASKS, "guizhou-tcm-tasks.txt")
    got = explicit_owners(ex)
    assert got["建设中药材种植基地"] == {(G + "农业农村厅", "lead"), (G + "林业局", "support"),
                                     (G + "药品监督管理局", "support")}
    assert got["培育中医药龙头企业"] == {(G + "工业和信息化厅", "lead"), (G + "商务厅", "support")}
    assert got["完善中医药服务网络"] == {(G + "卫生健康委员会", "lead"), (G + "财政厅", "support")}
    names = {x.id: x.name for x in ex.nodes}
    quotes = sorted(ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == G + "林业局" for ev in e.evidence)
    assert quotes == ["排名第一的为牵头单位", "省农业农村厅、省林业局、省药监局，各市、县、区人民政府负责"]
    quotes_are_original(doc, ex)


def test_a_bare_note_with_a_class_written_with_brackets():
    # 各县（市、区）政府: a bracket inside the note does not end it; the class names nobody
    text = ("合肥市2031年卫生健康工作要点\n"
            "1.推进紧密型医联体建设。年内实现县域全覆盖。（市卫健委、市医保局，各县（市、区）政府负责）\n"
            "2.加强公共卫生体系建设。完善疾控网络。（市疾控局、市发改委，各县（市）区人民政府）\n")
    doc, ex = extract_text(text, "hefei-work-points.txt")
    got = explicit_owners(ex)
    assert got["推进紧密型医联体建设"] == {("合肥市卫生健康委员会", "lead"), ("合肥市医疗保障局", "lead")}
    assert got["加强公共卫生体系建设"] == {("合肥市疾控局", "lead"), ("合肥市发展和改革委员会", "support")}
    quotes_are_original(doc, ex)
