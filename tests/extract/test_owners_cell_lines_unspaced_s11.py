"""A task table flattened one cell per line is read by its header: the owner labels alone on
their lines (牵头单位 / 配合单位) give the columns, and blank lines part the cells
(owners.cell_lines). The corpus's tables space every cell (shenyang-shenhe-2024-govreport-task-table,
shenyang-liaozhong-2024-govreport-task-table, longnan-2024-tcm-industry-responsibility-list); a page
copied without blank lines has its header labels on consecutive lines, and then every line is a
cell — read as one cell, the supporting column's units became leads of the first column. The
header's own layout tells how the cells are parted. Written here for Wuhan (no blank lines) beside
the spaced form as a regression."""

from owner_support import explicit_owners, extract_text, quotes_are_original

UNSPACED = """武汉市人民政府办公厅关于印发武汉市生物医药产业重点任务分工方案的通知
各区人民政府，市人民政府各部门：
主要任务
牵头单位
配合单位
1.建设生物医药产业园。
市发展改革委
市自然资源和规划局、市住房城乡建设局
2.设立产业基金。
市财政局
市地方金融监管局
"""

SPACED = UNSPACED.replace("\n", "\n\n").replace("：\n\n", "：\n")


def test_every_line_is_a_cell_when_the_header_labels_stand_on_consecutive_lines():
    doc, ex = extract_text(UNSPACED, "cells-unspaced.txt")
    got = explicit_owners(ex)
    assert got["建设生物医药产业园"] == {
        ("武汉市发展和改革委员会", "lead"), ("武汉市自然资源和规划局", "support"),
        ("武汉市住房和城乡建设局", "support")}
    assert got["设立产业基金"] == {("武汉市财政局", "lead"), ("武汉市地方金融监督管理局", "support")}
    quotes_are_original(doc, ex)


def test_blank_lines_part_the_cells_of_a_spaced_table():
    doc, ex = extract_text(SPACED, "cells-spaced.txt")
    got = explicit_owners(ex)
    assert got["建设生物医药产业园"] == {
        ("武汉市发展和改革委员会", "lead"), ("武汉市自然资源和规划局", "support"),
        ("武汉市住房和城乡建设局", "support")}
