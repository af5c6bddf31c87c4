"""Tables written one cell per line (extract/tables.py, _line_tables) whose header label of the
number column is spaced out to the cell's width (序  号, 编 号 — a word processor's centred
label) or whose rows are numbered in brackets on their own line (（1）, (2)). Both are the
same table as 序号 / 1: its rows are measures with their owner columns. Before, the spaced
label opened no table (the numbered lines were read another way or not at all) and a bracketed
number was no row.

Documents written for these tests (none is a copy of a corpus document); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

SPACED = """台州市黄岩区人民政府办公室关于印发2031年卫生健康工作要点责任分解的通知
各乡镇人民政府、街道办事处，区政府直属各单位：
现将工作要点责任分解表印发给你们，请认真抓好落实。
编 号
重 点 工 作
责任单位
协办单位
1
推进区域医疗中心建设
区卫生健康局
区发改局、区财政局
2
开展基层医疗机构能力提升行动
区卫生健康局
区人力社保局
3
完善医保支付方式改革
区医保分局
区卫生健康局
"""
HY = "台州市黄岩区"


def test_a_spaced_number_label_opens_a_one_cell_per_line_table():
    doc, ex = extract_text(SPACED, "huangyan-spaced.txt")
    got = explicit_owners(ex)
    assert got["推进区域医疗中心建设"] == {(HY + "卫生健康局", "lead"), (HY + "发展和改革局", "support"), (HY + "财政局", "support")}
    assert got["开展基层医疗机构能力提升行动"] == {(HY + "卫生健康局", "lead"), (HY + "人力资源和社会保障局", "support")}
    assert len(got) == 3
    quotes_are_original(doc, ex)


BRACKETED = ("序  号 |\n主要任务 |\n牵头部门 |\n配合部门 |\n"
             "（1） |\n建设中医药传承创新中心 |\n州卫生健康委 |\n州发展改革委 |\n"
             "（2） |\n培育道地药材种植基地 |\n州农业农村局 |\n州林业局 |\n")


def test_rows_numbered_in_brackets_on_their_own_line():
    text = BRACKETED
    (table,) = find_tables(text)
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in table.rows] == [
        (1, "建设中医药传承创新中心", ["州卫生健康委", "州发展改革委"]),
        (2, "培育道地药材种植基地", ["州农业农村局", "州林业局"]),
    ]


PDF = """丽江市卫生健康委员会关于印发2031年中医药重点任务分工的通知
各县（区）卫生健康局：
现将重点任务分工表印发给你们。
序  号  重点任务                    牵头单位      配合单位
1       建设民族医药传承创新中心    市卫健委      市科技局
2       推进中医药服务进乡村        市卫健委      市农业农村局
序  号  重点任务                    牵头单位      配合单位
3       培育道地药材种植基地        市林草局      市农业农村局
"""
LJ = "丽江市"


def test_a_spaced_number_label_in_a_blank_split_header():
    # (copied from a PDF: blanks part the cells, and the header comes again on the next page)
    doc, ex = extract_text(PDF, "lijiang-pdf-spaced-label.txt")
    got = explicit_owners(ex)
    assert got == {
        "建设民族医药传承创新中心": {(LJ + "卫生健康委员会", "lead"), (LJ + "科学技术局", "support")},
        "推进中医药服务进乡村": {(LJ + "卫生健康委员会", "lead"), (LJ + "农业农村局", "support")},
        "培育道地药材种植基地": {(LJ + "林业和草原局", "lead"), (LJ + "农业农村局", "support")},
    }
    quotes_are_original(doc, ex)
