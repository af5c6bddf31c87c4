"""Task-division tables whose rows are grouped under merged heading rows (extract/tables.py,
_section_row / _before_section): a row spanning the whole table names the group of tasks below
it (一、强化创新策源 / （二）壮大产业集群 / ``| 创新策源 | | | |``), and the rows under it often
number from 1 again. The heading row is neither a task nor the table's end: the rows of every
group are measures with their own owner columns.

Documents written for these tests (none is a copy of a corpus document), in three shapes: cells
split by ``|`` with the heading in one merged cell, cells split by tabs in traditional script
with （一） headings, one cell per line with 一、 headings; exact lead/support sets."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

PIPES_MERGED = """绍兴市人民政府办公室关于印发2031年生物医药产业重点任务分工的通知
各区、县（市）人民政府，市政府各部门：
现将重点任务分工表印发给你们，请抓好落实。
| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
|---|---|---|---|---|
| 一、强化创新策源 |
| 1 | 建设区域医疗中心 | 市卫健委 | 市发改委、市财政局 | 2031年12月 |
| 2 | 完善创新药械挂网采购机制 | 市医保局 | 市卫健委 | 2031年6月 |
| 二、壮大产业集群 |
| 1 | 培育生物医药龙头企业 | 市经信局 | 市科技局 | 持续推进 |
| 2 | 建设生物医药产业园 | 市发改委 | 市自然资源和规划局 | 2031年底 |
"""
SX = "绍兴市"


def test_pipe_table_with_merged_group_rows_and_numbers_restarting():
    doc, ex = extract_text(PIPES_MERGED, "shaoxing-groups.txt")
    got = explicit_owners(ex)
    assert got == {
        "建设区域医疗中心": {(SX + "卫生健康委员会", "lead"), (SX + "发展和改革委员会", "support"), (SX + "财政局", "support")},
        "完善创新药械挂网采购机制": {(SX + "医疗保障局", "lead"), (SX + "卫生健康委员会", "support")},
        "培育生物医药龙头企业": {(SX + "经济和信息化局", "lead"), (SX + "科学技术局", "support")},
        "建设生物医药产业园": {(SX + "发展和改革委员会", "lead"), (SX + "自然资源和规划局", "support")},
    }
    quotes_are_original(doc, ex)


PIPES_EMPTY_CELLS = """| 序号 | 重点任务 | 牵头单位 | 配合单位 |
|---|---|---|---|
| 1 | 建设区域医疗中心 | 市卫健委 | 市财政局 |
| 创新策源 | | | |
| 2 | 完善创新药械挂网采购机制 | 市医保局 | 市卫健委 |
"""


def test_a_merged_row_with_its_empty_cells_is_no_task():
    # the group row keeps its empty cells: it is no row of the table (no task without words)
    (table,) = find_tables(PIPES_EMPTY_CELLS)
    text = PIPES_EMPTY_CELLS
    assert [text[slice(*r.task)] for r in table.rows] == ["建设区域医疗中心", "完善创新药械挂网采购机制"]


TABS_TRAD = ("泉州市衛生健康委員會關於印發2031年中醫藥工作任務清單的通知\n"
             "各縣（市、區）衛生健康局：\n"
             "現將任務清單印發給你們。\n"
             "序號\t工作任務\t牽頭單位\t協辦單位\t完成時間\n"
             "（一）傳承創新\n"
             "1\t建設中醫藥傳承創新中心\t市衛健委\t市科技局\t2031年底\n"
             "2\t推進名老中醫工作室建設\t市衛健委\t市人社局\t2031年6月\n"
             "（二）服務提升\n"
             "1\t推動中醫藥進社區\t市衛健委\t市民政局\t2031年9月\n"
             "2\t完善中醫藥醫保支付政策\t市醫保局\t市衛健委\t2031年底\n")
QZ = "泉州市"


def test_tab_table_in_traditional_script_with_bracketed_group_headings():
    doc, ex = extract_text(TABS_TRAD, "quanzhou-groups.txt")
    got = explicit_owners(ex)
    assert got == {
        "建设中医药传承创新中心": {(QZ + "卫生健康委员会", "lead"), (QZ + "科学技术局", "support")},
        "推进名老中医工作室建设": {(QZ + "卫生健康委员会", "lead"), (QZ + "人力资源和社会保障局", "support")},
        "推动中医药进社区": {(QZ + "卫生健康委员会", "lead"), (QZ + "民政局", "support")},
        "完善中医药医保支付政策": {(QZ + "医疗保障局", "lead"), (QZ + "卫生健康委员会", "support")},
    }
    quotes_are_original(doc, ex)


ONE_CELL_PER_LINE = """遵义市人民政府办公室关于印发2031年大健康产业重点任务分解表的通知
各县（市、区）人民政府，市政府各工作部门：
现将重点任务分解表印发给你们。
序号
重点任务
牵头单位
配合单位
完成时限
一、提升医疗服务能力
1
建设市级区域医疗中心
市卫生健康局
市发展改革委、市财政局
2031年12月
2
推进县级医院提标扩能
市卫生健康局
各县（市、区）人民政府
2031年底
二、发展中医药产业
1
建设道地药材种植基地
市农业农村局
市林业局
2031年10月
2
培育中药饮片龙头企业
市工业和信息化局
市市场监管局
"""
ZY = "遵义市"


def test_one_cell_per_line_table_with_group_headings_between_rows():
    doc, ex = extract_text(ONE_CELL_PER_LINE, "zunyi-groups.txt")
    got = explicit_owners(ex)
    assert got == {
        "建设市级区域医疗中心": {(ZY + "卫生健康局", "lead"), (ZY + "发展和改革委员会", "support"), (ZY + "财政局", "support")},
        # a class in the supporting cell is no owner
        "推进县级医院提标扩能": {(ZY + "卫生健康局", "lead")},
        "建设道地药材种植基地": {(ZY + "农业农村局", "lead"), (ZY + "林业局", "support")},
        "培育中药饮片龙头企业": {(ZY + "工业和信息化局", "lead"), (ZY + "市场监督管理局", "support")},
    }
    quotes_are_original(doc, ex)


TABS_WRAPPED = """序号\t重点任务\t牵头单位\t配合单位
1\t建设区域医疗中心，推动优质资源
扩容下沉\t市卫健委\t市财政局
一、发展中医药产业
1\t建设道地药材种植基地\t市农业农村局\t市林业局
"""


def test_a_group_heading_ends_the_wrapped_row_above_it():
    (table,) = find_tables(TABS_WRAPPED)
    text = TABS_WRAPPED
    assert [text[slice(*r.task)] for r in table.rows] == ["建设区域医疗中心，推动优质资源\n扩容下沉", "建设道地药材种植基地"]


SUB_ITEMS = """| 序号 | 重点任务 | 牵头单位 | 配合单位 |
| 1 | 主要任务：
（一）建设区域医疗中心
（二）推进医共体建设 | 市卫健委 | 市财政局 |
| 2 | 完善创新药械挂网采购机制 | 市医保局 | 市卫健委 |
"""


def test_numbered_lines_inside_a_task_cell_are_no_group_headings():
    # （一）… inside a wrapped task cell: no row follows it, so it heads no group
    (table,) = find_tables(SUB_ITEMS)
    text = SUB_ITEMS
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in table.rows] == [
        (1, "主要任务：\n（一）建设区域医疗中心\n（二）推进医共体建设", ["市卫健委", "市财政局"]),
        (2, "完善创新药械挂网采购机制", ["市医保局", "市卫健委"]),
    ]
