"""A table copied from a PDF, its cells set apart by blanks, whose cells wrap: a long task or
a list of units goes on in an indented line under its column (extract/tables.py,
_spaced_continued). The wrapped line belongs to the row above: the table goes on to its next
row, and the pieces under a column that states a role (配合单位) are more units of that cell.
Before, the first wrapped line ended the table: no row had an owner.

An indented paragraph right after the table is never read into its last row (only a line
followed by the next row continues one).

The document is written for this test (a city's task list, monospaced columns); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

PDF = """宁波市人民政府办公厅关于印发2031年医药产业重点任务分工的通知
各区（县、市）人民政府，市政府各部门、各直属单位：
现将重点任务分工表印发给你们，请抓好落实。
序号  重点任务                  牵头单位    配合单位
1     建设区域医疗中心，推动优  市卫健委    市发改委、
      质资源扩容下沉                        市财政局
2     完善创新药械挂网采购机制  市医保局    市卫健委
3     培育生物医药龙头企业，支  市经信局    市科技局
      持企业开展新药研发
　　各地各部门要按照分工抓好落实，每季度报送进展情况。
"""
NB = "宁波市"


def test_rows_whose_cells_wrap_keep_their_owners():
    doc, ex = extract_text(PDF, "ningbo-pdf-table.txt")
    got = explicit_owners(ex)
    owners = {h[:8]: o for h, o in got.items()}
    assert owners["建设区域医疗中心"] == {(NB + "卫生健康委员会", "lead"), (NB + "发展和改革委员会", "support"), (NB + "财政局", "support")}
    assert owners["完善创新药械挂网"] == {(NB + "医疗保障局", "lead"), (NB + "卫生健康委员会", "support")}
    assert owners["培育生物医药龙头"] == {(NB + "经济和信息化局", "lead"), (NB + "科学技术局", "support")}
    assert len(got) == 3
    quotes_are_original(doc, ex)


def test_an_indented_paragraph_after_the_table_is_not_its_last_row():
    text = PDF.split("\n", 3)[3]
    (table,) = find_tables(text)
    assert [r.number for r in table.rows] == [1, 2, 3]
    # (the last row's own wrapped line is not followed by a row either: it is left out too)
    assert text[table.end - 4:table.end] == "市科技局"
