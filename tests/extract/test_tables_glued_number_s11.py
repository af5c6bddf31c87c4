"""A table written one cell per line whose rows open with the number and the task on one line,
a blank between them (``1 建设…``: an HTML row's first two cells joined when the page became
text). The line is two cells, the row's number and its task (extract/tables.py,
_unglue_numbers): the rows are measures with their owner columns. Before, no row opened (a
number line was expected) and nothing was read.

The document is written for this test (a county's list with a deadline column); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

GLUED = """安吉县人民政府办公室关于印发2031年健康安吉建设重点任务清单的通知
各乡镇人民政府、街道办事处，县政府各部门：
现将重点任务清单印发给你们，请认真贯彻执行。
序号
重点任务
牵头单位
配合单位
完成时限
1 建设县级区域医疗中心
县卫健局
县发改局、县财政局
2031年12月
2 推进全民健身设施建设
县文体旅游局
县自然资源和规划局
2031年10月
3 开展农村饮用水达标提标行动
县水利局
县卫健局
2031年底
"""
AJ = "安吉县"


def test_rows_whose_number_and_task_share_a_line():
    doc, ex = extract_text(GLUED, "anji-glued-numbers.txt")
    got = explicit_owners(ex)
    assert got["建设县级区域医疗中心"] == {(AJ + "卫生健康局", "lead"), (AJ + "发展和改革局", "support"), (AJ + "财政局", "support")}
    assert got["开展农村饮用水达标提标行动"] == {(AJ + "水利局", "lead"), (AJ + "卫生健康局", "support")}
    assert len(got) == 3
    quotes_are_original(doc, ex)


def test_numbered_sub_items_inside_a_task_cell_stay_in_it():
    # rows opening with a number line of their own: a ``2 …`` line inside a task cell is no row
    text = "序号\n重点任务\n牵头单位\n1\n建设区域医疗中心\n2 推进分院建设\n市卫健委\n2\n推进医共体建设\n市卫健委\n"
    (table,) = find_tables(text)
    assert [(r.number, text[slice(*r.task)]) for r in table.rows] == [
        (1, "建设区域医疗中心\n2 推进分院建设"), (2, "推进医共体建设")]
