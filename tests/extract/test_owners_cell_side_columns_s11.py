"""A task table flattened one cell per line often has columns beside its owner columns whose
cells name no owner: a person (责任领导, 责任人) before or after them, a deadline (完成时限) after
them. The header says so — its labels stand in order — and the row's cells at those places are
passed over: read as owner cells, a deadline cell took the supporting column's place (or, longer
than a class's fragment, hid every owner cell of the row) and a person cell took the lead column's.
The corpus's tables with such columns (shenyang-liaozhong-2024-govreport-task-table: 责任领导
after; yunyang-2023-govwork-target-division: 责任人 after) are read as table rows and stay as they
were (dev unchanged); written here for Changsha (a person before, a deadline after) and Nanchang
(no blank lines, a deadline after)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

CHANGSHA = """长沙市人民政府办公厅关于印发长沙市生物医药产业链建设重点任务清单的通知
各区县（市）人民政府，市直机关各单位：

重点任务

责任领导

牵头单位

配合单位

完成时限

1.建设生物医药产业园。

张某某

市发展改革委

市自然资源和规划局、市住房城乡建设局

2031年12月底前

2.设立生物医药产业基金。

李某某

市财政局

市地方金融监管局

长期坚持
"""

NANCHANG = """南昌市人民政府办公室关于印发南昌市中医药产业重点任务清单的通知
各县（区）人民政府，市政府各部门：
重点任务
牵头单位
配合单位
完成时间
1.建设中药材种植基地。
市农业农村局
市林业局、市科技局
2031年6月
2.培育中医药龙头企业。
市工信局
市商务局
2031年12月底前
"""


def test_a_person_before_and_a_deadline_after_the_owner_cells_are_passed_over():
    doc, ex = extract_text(CHANGSHA, "side-columns.txt")
    got = explicit_owners(ex)
    assert got["建设生物医药产业园"] == {
        ("长沙市发展和改革委员会", "lead"), ("长沙市自然资源和规划局", "support"),
        ("长沙市住房和城乡建设局", "support")}
    assert got["设立生物医药产业基金"] == {("长沙市财政局", "lead"), ("长沙市地方金融监督管理局", "support")}
    quotes_are_original(doc, ex)


def test_a_deadline_cell_of_an_unspaced_table():
    doc, ex = extract_text(NANCHANG, "side-columns-unspaced.txt")
    got = explicit_owners(ex)
    assert got["建设中药材种植基地"] == {
        ("南昌市农业农村局", "lead"), ("南昌市林业局", "support"), ("南昌市科学技术局", "support")}
    assert got["培育中医药龙头企业"] == {("南昌市工业和信息化局", "lead"), ("南昌市商务局", "support")}
