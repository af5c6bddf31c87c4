"""A long task table printed over several pages repeats its header on each page; flattened to
text the header line comes again between two rows (extract/tables.py, _repeats_header). The
repeated header is neither a task (no measure 重点工作 with the column labels as its owners)
nor the table's end: the rows after it are read as before.

Documents written for these tests (none is a copy of a corpus document); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

TABS = ("衢州市人民政府办公室关于印发2031年卫生健康重点工作任务分解的通知\n"
        "各县（市、区）人民政府，市政府各部门、直属各单位：\n"
        "现将重点工作任务分解表印发给你们，请认真抓好落实。\n"
        "序号\t重点工作\t牵头单位\t协办单位\t完成时间\n"
        "1\t建设省级区域医疗中心\t市卫生健康委\t市发展改革委\t2031年12月\n"
        "2\t推进紧密型县域医共体建设\t市卫生健康委\t市医保局\t2031年10月\n"
        "序号\t重点工作\t牵头单位\t协办单位\t完成时间\n"
        "3\t完善公共卫生应急体系\t市应急管理局\t市卫生健康委\t2031年9月\n")
QZ = "衢州市"


def test_a_header_repeated_at_a_page_break_is_no_task():
    doc, ex = extract_text(TABS, "quzhou-repeated-header.txt")
    got = explicit_owners(ex)
    assert set(got) == {"建设省级区域医疗中心", "推进紧密型县域医共体建设", "完善公共卫生应急体系"}
    assert got["推进紧密型县域医共体建设"] == {(QZ + "卫生健康委员会", "lead"), (QZ + "医疗保障局", "support")}
    assert got["完善公共卫生应急体系"] == {(QZ + "应急管理局", "lead"), (QZ + "卫生健康委员会", "support")}
    quotes_are_original(doc, ex)


PIPES = ("序号 | 主要任务 | 责任单位\n"
         "1 | 建设区域医疗中心 | 区卫健局\n"
         "2 | 推进医共体建设 | 区卫健局、区医保分局\n"
         "序号 | 主要任务 | 责任单位\n"
         "3 | 完善应急体系 | 区应急管理局\n")


def test_the_rows_after_a_repeated_header_are_rows_of_the_same_table():
    text = PIPES
    (table,) = find_tables(text)
    assert [(r.number, text[slice(*r.task)]) for r in table.rows] == [(1, "建设区域医疗中心"), (2, "推进医共体建设"), (3, "完善应急体系")]
