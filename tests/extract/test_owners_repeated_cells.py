"""A body's name repeated on lines of its own in a table flattened one cell per line (the same
unit leads several rows) is a cell of many rows, not a running footer — also when the text
ends with it (an excerpt cut in the table). textnorm drops a short line repeated at the text's
end and elsewhere as a running line; in a text whose owner columns' labels stand alone on their
lines (牵头单位 / 配合单位), a line that is a body's name is kept (textnorm._deletions).

The document is written for this test (a Kunming task table); exact owners and the text kept."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TABLE = """昆明市人民政府办公室关于印发2031年卫生健康重点任务分工表的通知
重点任务

牵头单位

配合单位

1.推进紧密型医联体建设

市卫健委

市医保局

2.加强公共卫生体系建设

市疾控局

市发改委

3.提升基层服务能力

市财政局

市卫健委
"""
K = "昆明市"


def test_a_unit_repeated_in_cells_is_kept_and_owns_its_rows():
    doc, ex = extract_text(TABLE, "kunming-task-table.txt")
    assert doc.normalized.count("市卫健委") == 2
    got = explicit_owners(ex)
    assert got["推进紧密型医联体建设"] == {(K + "卫生健康委员会", "lead"), (K + "医疗保障局", "support")}
    assert got["加强公共卫生体系建设"] == {(K + "疾控局", "lead"), (K + "发展和改革委员会", "support")}
    quotes_are_original(doc, ex)


def test_a_repeated_running_line_without_owner_columns_is_still_dropped():
    text = ("昆明市卫生健康委员会关于加强院感防控的通知\n各医疗机构：\n"
            "为进一步加强医院感染防控工作，现就有关事项通知如下。一是健全院感管理组织，明确\n\n昆明市卫生健康委员会\n\n"
            "专职人员。二是开展全员培训，每季度组织一次考核。\n\n昆明市卫生健康委员会\n")
    doc, _ = extract_text(text, "kunming-notice.txt")
    assert "明确专职人员" in doc.normalized.replace("\n", "")
