"""Tables copied from a PDF with runs of blanks between their cells, in shapes the reader lost:

- header labels wrapped in their narrow cells come out as two pieces (``牵头  单位``,
  ``牵头  领导``): a role word that is no label alone and the piece after it are one label;
- the columns past the owners (进展情况, 备注) left empty leave no trace, so a row is short of
  cells at its end; it is read only when its cells up to the owners stand in place (owner cells
  list bodies, the person cell and the cell after the owners do not);
- a column of persons (牵头领导) holds a two-character name spaced out to the column's width
  (``李  平``) or two names: the short pieces before the first owner cell are the person cell;
- a unit's progress table of some rows of a longer list numbers them 12, 15, 16: a line that
  holds a whole row with a greater number is the next row.

Documents written for these tests (none is a copy of a corpus document); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

WRAPPED = ("序号  重点任务  牵头  领导  牵头  单位  配合  单位  完成情况  备注\n"
           "1  建成市急救指挥中心并投入运行。  李  平  市卫生健康委  市财政局  已完成  \n"
           "2  新建社区卫生服务站五个。  王建国  市卫生健康委  市自然资源局  按进度推进  \n"
           "3  推进医共体信息平台建设。  李  平   王建国  市卫生健康委  市大数据局  已完成  提前完成\n")


def _owner_cells(text, table):
    return [[(col.role, text[a:b]) for col, a, b in r.owners] for r in table.rows]


def test_wrapped_labels_short_rows_and_spaced_names():
    (table,) = find_tables(WRAPPED)
    assert [(r.number, WRAPPED[slice(*r.task)]) for r in table.rows] == [
        (1, "建成市急救指挥中心并投入运行。"), (2, "新建社区卫生服务站五个。"), (3, "推进医共体信息平台建设。")]
    assert _owner_cells(WRAPPED, table) == [
        [("lead", "市卫生健康委"), ("support", "市财政局")],
        [("lead", "市卫生健康委"), ("support", "市自然资源局")],
        [("lead", "市卫生健康委"), ("support", "市大数据局")]]


SHIFTED = ("序号  重点任务  牵头  单位  配合  单位  完成情况  备注\n"
           "1  建成市急救指挥中心。  市卫生健康委  市财政局  已完成\n"
           "2  新建社区卫生服务站。  市自然资源局  已完成\n"
           "3  推进医共体信息平台建设。  市卫生健康委  市大数据局  已完成\n")


def test_a_row_short_of_an_owner_cell_is_not_read_shifted():
    # row 2 left its lead cell empty: its one body must not be read as the lead of another column.
    # The same table without that row is read (so the guard below is no table simply not found).
    whole = SHIFTED.replace("2  新建社区卫生服务站。  市自然资源局  已完成\n", "")
    assert [[(c.role, whole[a:b]) for c, a, b in r.owners] for t in find_tables(whole) for r in t.rows] == [
        [("lead", "市卫生健康委"), ("support", "市财政局")], [("lead", "市卫生健康委"), ("support", "市大数据局")]]
    tables = find_tables(SHIFTED)
    rows = {r.number: r for t in tables for r in t.rows}
    assert 2 not in rows or all(col.role != "support" or SHIFTED[a:b] != "已完成" for col, a, b in rows[2].owners)
    assert 2 not in rows or [(c.role, SHIFTED[a:b]) for c, a, b in rows[2].owners] != [("lead", "市自然资源局"), ("support", "已完成")]


YB = "宜宾市翠屏区"
PROGRESS = ("来源：翠屏区卫生健康局 https://www.example.gov.cn/b/2.html\n"
            "宜宾市翠屏区卫生健康局2031年区政府重点工作责任清单推进情况表\n"
            "序号  重点工作任务  牵头  领导  牵头  单位  配合  单位  推进情况  备注\n"
            "12  建成区妇幼保健院新院区。  赵  敏  区卫健局  区住建局  主体工程已完工\n"
            "15  新增普惠托位三百个。  赵  敏  区卫健局  区教育局  已完成\n"
            "16  创建省级慢性病综合防控示范区。  赵  敏  区卫健局  区体育局  已通过省级评估\n")


def test_rows_of_a_progress_excerpt_keep_their_numbers_and_owners():
    doc, ex = extract_text(PROGRESS, "yibin-cuiping-progress.txt")
    got = explicit_owners(ex)
    assert set(got) == {"建成区妇幼保健院新院区", "新增普惠托位三百个", "创建省级慢性病综合防控示范区"}
    assert got["新增普惠托位三百个"] == {(YB + "卫生健康局", "lead"), (YB + "教育局", "support")}
    assert got["建成区妇幼保健院新院区"] == {(YB + "卫生健康局", "lead"), (YB + "住房和城乡建设局", "support")}
    quotes_are_original(doc, ex)
