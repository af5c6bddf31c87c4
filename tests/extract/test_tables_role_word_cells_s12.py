"""Owner cells of a task table that state their units' role after them with a verb (A、B配合落实,
A牵头负责, A负责落实) or name a class of places with a bracketed level (各区、县(市)政府): the cell
lists bodies, so the owner column takes it (extract/tables.py, _ROLE_UNIT_CELL and _UNIT). Before,
such a cell read as words of another column and the row lost its owners.

Documents written for these tests (none is a copy of a corpus document); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

NB = "宁波市"
LINES = ("宁波市人民政府办公厅关于印发2031年市政府重点工作责任分解的通知\n"
         "序号\n重点工作\n责任单位\n"
         "1\n建设甬江科创走廊。\n市科技局、市发展改革委\n"
         "2\n推进青年人才驿站建设。\n市人力社保局、市教育局配合落实\n"
         "3\n整合提升各类开发区。\n市商务局、市经信局，各区、县(市)政府(管委会)\n"
         "4\n完善基层医疗服务网络。\n市卫生健康委牵头负责\n")


def test_cells_with_a_role_verb_or_a_bracketed_level_keep_their_owners():
    doc, ex = extract_text(LINES, "ningbo-role-verbs.txt")
    got = explicit_owners(ex)
    assert got["推进青年人才驿站建设"] == {(NB + "人力资源和社会保障局", "support"), (NB + "教育局", "support")}
    assert got["整合提升各类开发区"] == {(NB + "商务局", "lead"), (NB + "经济和信息化局", "support")}
    assert got["完善基层医疗服务网络"] == {(NB + "卫生健康委员会", "lead")}
    quotes_are_original(doc, ex)


PIPES = ("序号 | 工作任务 | 牵头单位 | 配合单位\n"
         "1 | 建设康养小镇 | 县民政局 | 县文旅局、县卫健局负责落实\n"
         "2 | 发展中医药产业 | 县农业农村局 | 县(区)财政局\n")


def test_a_task_is_never_read_as_a_list_of_units():
    (table,) = find_tables(PIPES)
    assert [PIPES[slice(*r.task)] for r in table.rows] == ["建设康养小镇", "发展中医药产业"]
