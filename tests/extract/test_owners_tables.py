"""Task-division tables flattened to text (extract/tables.py): each row is a measure and its
owner columns (牵头单位 / 配合单位 / 责任单位) say who leads and who supports. Documents written
for these tests (none is a copy of a corpus document), in the three shapes tables reach us:
cells split by ``|``, by tabs, and one cell per line. Exact lead/support sets and quotes."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners as _explicit
from owner_support import extract_text
from owner_support import quotes_are_original as _quotes_are_original


def _doc(text: str):
    return extract_text(text, "owners-tables.txt")


PIPES = """长沙市人民政府办公厅关于印发2030年医药产业重点任务分工的通知
各区县（市）人民政府，市直各单位：
现将重点任务分工表印发给你们，请认真贯彻执行。
| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
|---|---|---|---|---|
| 1 | 建设区域医疗中心，推动优质资源扩容 | 市卫健委 | 市发展改革委、市财政局 | 2030年12月 |
| 2 | 完善创新药械挂网采购机制。按季度更新目录 | 市医保局 | 市卫健委 | 2030年6月 |
| 3 | 培育生物医药龙头企业 | 市工信局 | 市科技局、各区县（市）人民政府 | 持续推进 |
"""


def test_rows_of_a_pipe_table_are_measures_with_their_owner_columns():
    doc, ex = _doc(PIPES)
    got = _explicit(ex)
    assert got == {
        "建设区域医疗中心，推动优质资源扩容": {("长沙市卫生健康委员会", "lead"), ("长沙市发展和改革委员会", "support"),
                                             ("长沙市财政局", "support")},
        "完善创新药械挂网采购机制": {("长沙市医疗保障局", "lead"), ("长沙市卫生健康委员会", "support")},
        # a class in the support cell (各区县（市）人民政府) is no owner
        "培育生物医药龙头企业": {("长沙市工业和信息化局", "lead"), ("长沙市科学技术局", "support")},
    }
    names = {x.id: x.name for x in ex.nodes}
    quotes = {(names[e.source], ev.quote) for e in ex.edges if e.type == "LEADS" for ev in e.evidence}
    assert ("长沙市财政局", "市发展改革委、市财政局") in quotes and ("长沙市医疗保障局", "市医保局") in quotes
    numbers = sorted(x.props["number"] for x in ex.nodes if x.label == "Measure")
    assert numbers == [1, 2, 3]
    _quotes_are_original(doc, ex)


ONE_CELL_PER_LINE = """株洲市卫生健康委员会关于印发2030年中医药工作任务清单的通知
各县市区卫生健康局：
现将任务清单印发给你们。
序号
工作任务
牵头单位
配合单位
完成时间
1
建设中医药传承创新中心
市卫健委
市发展改革委
2030年底
2
推进中医药进社区
市卫健委
市民政局、市医保局
2030年6月
3
开展中药资源普查
市林业局
市卫健委
持续推进
联系人：张某，电话：1234567
"""


def test_a_table_written_one_cell_per_line():
    doc, ex = _doc(ONE_CELL_PER_LINE)
    got = _explicit(ex)
    assert got == {
        "建设中医药传承创新中心": {("株洲市卫生健康委员会", "lead"), ("株洲市发展和改革委员会", "support")},
        "推进中医药进社区": {("株洲市卫生健康委员会", "lead"), ("株洲市民政局", "support"), ("株洲市医疗保障局", "support")},
        "开展中药资源普查": {("株洲市林业局", "lead"), ("株洲市卫生健康委员会", "support")},
    }
    _quotes_are_original(doc, ex)


TABS = ("南宁市人民政府办公室关于印发医药产业任务分工的通知\n"
        "序号\t主要任务\t责任单位\t完成时限\n"
        "1\t建设医药产业园\t市工信局、市发展改革委\t2030年\n"
        "2\t引进龙头企业\t市投资促进局、市商务局\t2030年\n")


def test_a_tab_separated_table_with_one_responsibility_column():
    doc, ex = _doc(TABS)
    # 责任单位 with no stated convention: the first listed leads
    assert _explicit(ex) == {
        "建设医药产业园": {("南宁市工业和信息化局", "lead"), ("南宁市发展和改革委员会", "support")},
        "引进龙头企业": {("南宁市投资促进局", "lead"), ("南宁市商务局", "support")},
    }
    _quotes_are_original(doc, ex)


def test_tables_without_owner_columns_or_rows_are_no_task_tables():
    # a page's metadata table names a 公开责任部门, not an owner column
    assert find_tables("索引号 | 11F/2030-1 | 公开责任部门 | 某某区人民政府办公室 |\n"
                       "信息名称 | 某某通知 | 生成日期 | 2030年1月1日 |\n") == []
    # a header and a single row: no table
    assert find_tables("序号|重点任务|牵头单位\n1|建设平台|市科技局\n\n正文继续。\n") == []
    # rows stop where the shape changes (a cell missing)
    t = find_tables("序号|重点任务|牵头单位\n1|建设平台|市科技局\n2|引进人才|市人社局\n3|培育企业\n")
    assert len(t) == 1 and [r.number for r in t[0].rows] == [1, 2]


def test_a_district_alone_in_a_cell_stands_for_its_government():
    doc, ex = _doc("广州市人民政府办公厅关于印发某某任务分工的通知\n"
                   "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
                   "| 1 | 建设生物岛 | 市科技局 | 黄埔区、海珠区 |\n| 2 | 建设国际医药港 | 市商务局 | 荔湾区 |\n")
    assert _explicit(ex) == {
        "建设生物岛": {("广州市科学技术局", "lead"), ("广州市黄埔区人民政府", "support"), ("广州市海珠区人民政府", "support")},
        "建设国际医药港": {("广州市商务局", "lead"), ("广州市荔湾区人民政府", "support")},
    }
    _quotes_are_original(doc, ex)


BLANKS = """贵阳市人民政府办公厅关于印发医药产业重点任务分工方案的通知
各区（市、县）人民政府，市政府各工作部门：
现将分工方案印发给你们。
序号  重点任务  牵头单位  配合单位  完成时限
1  建设中医药产业园 推进园区基础设施建设  市工信局  市发展改革委、市财政局  2030年12月
2.  推动创新药进医院  市卫健委  市医保局  持续推进
3  引进生物医药企业  市投资促进局  市商务局  2030年6月
附件：有关说明
"""


def test_a_table_copied_with_blanks_between_its_cells():
    doc, ex = _doc(BLANKS)
    assert _explicit(ex) == {
        # blanks inside the task: the task cell keeps its pieces
        "建设中医药产业园 推进园区基础设施建设": {("贵阳市工业和信息化局", "lead"), ("贵阳市发展和改革委员会", "support"),
                                               ("贵阳市财政局", "support")},
        "推动创新药进医院": {("贵阳市卫生健康委员会", "lead"), ("贵阳市医疗保障局", "support")},
        "引进生物医药企业": {("贵阳市投资促进局", "lead"), ("贵阳市商务局", "support")},
    }
    assert sorted(x.props["number"] for x in ex.nodes if x.label == "Measure") == [1, 2, 3]
    _quotes_are_original(doc, ex)


def test_prose_with_owner_words_and_blanks_is_no_table():
    text = ("各单位要明确 牵头单位 和 配合单位 的重点任务，确保落实。\n"
            "1  建设平台  加快建设\n2  培育企业  加快培育\n")
    assert find_tables(text) == []


def test_an_indicator_table_whose_owner_label_carries_a_note():
    doc, ex = _doc("济南市人民政府办公厅关于印发2030年主要指标任务分解的通知\n"
                   "序号|主要指标|目标值|责任单位（部门）\n1|研发投入增长|10%|市科技局、市财政局\n2|新增上市企业|5家|市地方金融监管局\n")
    assert _explicit(ex) == {
        "研发投入增长": {("济南市科学技术局", "lead"), ("济南市财政局", "support")},
        "新增上市企业": {("济南市地方金融监督管理局", "lead")},
    }
