"""A table written one cell per line whose single owner column (责任单位) states the roles in
its cells (``区卫健局牵头，区财政局、区民政局配合``, ``区市场监管局负责``): the cell lists
bodies, so it fills the owner column (extract/tables.py, _align via _ROLE_UNIT_CELL) and the
roles it states are read as written. Before, such a cell was read as no list of bodies, the owner
column stayed empty and the row had no owner.

The document is written for this test (a district's responsibility list); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

ROLES = """湖州市吴兴区人民政府办公室关于印发2031年卫生健康重点工作责任分解的通知
各街道办事处，区政府各部门、各直属单位：
现将重点工作责任分解表印发给你们，请认真落实。
序号
工作任务
责任单位
完成时间
1
建设社区卫生服务中心
区卫健局牵头，区财政局、区民政局配合
2031年12月
2
开展食品安全放心工程
区市场监管局负责
2031年10月
3
推进家庭医生签约服务
区卫健局
2031年底
"""
GS = "湖州市吴兴区"


def test_an_owner_cell_stating_its_roles_fills_the_owner_column():
    doc, ex = extract_text(ROLES, "wuxing-role-cells.txt")
    got = explicit_owners(ex)
    assert got["建设社区卫生服务中心"] == {(GS + "卫生健康局", "lead"), (GS + "财政局", "support"), (GS + "民政局", "support")}
    assert got["推进家庭医生签约服务"] == {(GS + "卫生健康局", "lead")}
    quotes_are_original(doc, ex)


def test_the_owner_cell_is_the_whole_cell():
    text = ROLES.split("\n", 3)[3]
    (table,) = find_tables(text)
    cells = [text[a:b] for r in table.rows for _, a, b in r.owners]
    assert cells == ["区卫健局牵头，区财政局、区民政局配合", "区市场监管局负责", "区卫健局"]
