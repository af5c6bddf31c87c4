"""A |-table whose rows carry empty cells past the header's last column (``| 2031年底 | | |``:
a page's table with an empty trailing column its header did not print, or a stray border).
The empty cells are no cells of the table: the row keeps the header's shape and its owners
(extract/tables.py, _row). Before, every such row had more cells than the header and the table
gave no row at all.

The document is written for this test (a city's notice with a |-table); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

EXTRA = """芜湖市人民政府办公室关于印发2031年医疗保障重点任务清单的通知
各县市区人民政府，市政府各部门：
现将重点任务清单印发给你们，请认真贯彻落实。
|序号|重点任务|牵头单位|配合单位|完成时限|
|1|推进DRG支付方式改革|市医保局|市卫健委、市财政局|2031年底| | |
|2|建设医保信息平台|市医保局|市数据资源局|2031年9月| | |
|3|开展医保基金专项检查|市医保局|市公安局|全年| | |
"""
WH = "芜湖市"


def test_empty_cells_past_the_last_column_keep_the_rows():
    doc, ex = extract_text(EXTRA, "wuhu-extra-cells.txt")
    got = explicit_owners(ex)
    assert got == {
        "推进DRG支付方式改革": {(WH + "医疗保障局", "lead"), (WH + "卫生健康委员会", "support"), (WH + "财政局", "support")},
        "建设医保信息平台": {(WH + "医疗保障局", "lead"), (WH + "数据资源局", "support")},
        "开展医保基金专项检查": {(WH + "医疗保障局", "lead"), (WH + "公安局", "support")},
    }
    quotes_are_original(doc, ex)


def test_a_row_with_more_filled_cells_than_the_header_is_still_no_row():
    # a filled cell past the header's columns: which column it belongs to cannot be told
    text = "|序号|重点任务|牵头单位|配合单位|\n|1|建设区域医疗中心|市卫健委|市财政局|市医保局|\n|2|培育龙头企业|市经信局|市科技局|市商务局|\n"
    assert find_tables(text) == []
