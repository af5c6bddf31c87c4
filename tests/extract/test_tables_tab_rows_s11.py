"""A task table copied from a spreadsheet, its cells split by tabs (extract/tables.py, _tab_row):
a row whose last cells are empty (no 备注, no supporting unit) still writes each of them as its
tab. Those empty cells are cells of the row — the row has the header's shape and its task and
owner cells are read; before, the row was one cell short and the table ended before its first
row (no measure had an owner).

The document is written for this test (a county's work list with a trailing 备注 column); exact
lead/support sets."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

SHEET = ("德清县人民政府办公室关于印发2031年卫生健康重点工作责任清单的通知\n"
         "各乡镇人民政府、街道办事处，县政府各部门、直属各单位：\n"
         "现将责任清单印发给你们，请认真组织实施。\n"
         "编号\t工作任务\t责任单位\t协同单位\t完成时间\t备注\n"
         "1\t推进县域医共体建设\t县卫生健康局\t县财政局、县医保局\t2031年12月\t\n"
         "2\t建设智慧医院\t县卫生健康局\t\t2031年10月\t\n"
         "3\t开展爱国卫生运动\t县爱卫办\t各乡镇人民政府\t全年\t\n")
DQ = "德清县"


def test_rows_with_empty_trailing_tab_cells_keep_their_owners():
    doc, ex = extract_text(SHEET, "deqing-sheet.txt")
    got = explicit_owners(ex)
    assert got["推进县域医共体建设"] == {(DQ + "卫生健康局", "lead"), (DQ + "财政局", "support"), (DQ + "医疗保障局", "support")}
    assert got["建设智慧医院"] == {(DQ + "卫生健康局", "lead")}
    assert set(got) == {"推进县域医共体建设", "建设智慧医院", "开展爱国卫生运动"}
    quotes_are_original(doc, ex)


def test_the_empty_cells_are_cells_of_the_row():
    text = "序号\t重点任务\t牵头单位\t配合单位\t备注\n1\t建设区域医疗中心\t市卫健委\t市财政局\t\n2\t培育龙头企业\t市经信局\t\t\n"
    (table,) = find_tables(text)
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in table.rows] == [
        (1, "建设区域医疗中心", ["市卫健委", "市财政局"]),
        (2, "培育龙头企业", ["市经信局", ""]),
    ]


def test_a_line_short_of_its_cells_without_their_tabs_is_no_row():
    # no tab left for the missing cells: which one is missing cannot be told
    text = "序号\t重点任务\t牵头单位\t配合单位\t备注\n1\t建设区域医疗中心\t市卫健委\n2\t培育龙头企业\t市经信局\n"
    assert find_tables(text) == []
