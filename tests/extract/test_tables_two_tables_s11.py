"""Two |-tables one under the other, the first closed by a note row across it (``| 注：… | | |``)
and the second opening with its own header (extract/tables.py, _split_tables): a row of the
table's shape without a task is no task, and a header line (its number cell 序号) ends the
table above it — the second table is read on its own with its own columns. Before, the note
row became a measure without a heading and the second header a measure named after its task
column (项目名称) with the column labels as its owner cells.

The document is written for this test (a city's task table and project table); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

TWO = """黄石市人民政府办公室关于印发2031年卫生健康重点任务和重点项目清单的通知
各县（市、区）人民政府，市政府各部门：
现将重点任务和重点项目清单印发给你们，请认真抓好落实。
| 序号 | 重点任务 | 牵头单位 | 配合单位 |
| 1 | 建设区域医疗中心 | 市卫健委 | 市财政局 |
| 2 | 推进医疗保障支付改革 | 市医保局 | 市卫健委 |
| 注：各牵头单位每季度末报送进展情况 | | | |
| 序号 | 项目名称 | 责任单位 | 备注 |
| 1 | 中医医院迁建 | 市卫健委 | |
| 2 | 妇幼保健院扩建 | 市卫健委 | |
"""
HS = "黄石市"


def test_a_note_row_and_a_second_header_make_no_measures():
    doc, ex = extract_text(TWO, "huangshi-two-tables.txt")
    got = explicit_owners(ex)
    assert set(got) == {"建设区域医疗中心", "推进医疗保障支付改革", "中医医院迁建", "妇幼保健院扩建"}
    assert got["推进医疗保障支付改革"] == {(HS + "医疗保障局", "lead"), (HS + "卫生健康委员会", "support")}
    assert got["中医医院迁建"] == {(HS + "卫生健康委员会", "lead")}
    quotes_are_original(doc, ex)


def test_each_table_keeps_its_own_columns():
    text = TWO
    first, second = find_tables(text)
    assert [text[slice(*r.task)] for r in first.rows] == ["建设区域医疗中心", "推进医疗保障支付改革"]
    assert [[c.label for c, _, _ in r.owners] for r in second.rows] == [["责任单位"], ["责任单位"]]
