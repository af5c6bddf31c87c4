"""主体责任单位 is an owner label: beside a 牵头(责任)单位 list or column it lists the supporting units
(README, "Conventions decided in session 11": beside a 牵头(责任)单位 column, a 主体责任单位 or 责任单位
column is support). Before, the label was no owner kind at all — its units were dropped from notes,
and a table read its column as bodies that are not owners (tables.column_kind asks owners.KIND_LABEL).
Written here for a Zhengzhou note and a Xiamen table."""

from owner_support import explicit_owners, extract_text, quotes_are_original
from medgraph.extract.tables import column_kind

NOTES = """郑州市人民政府办公厅关于印发郑州市生物医药产业发展工作要点的通知
1.建设生物医药产业园。完善园区配套。（牵头单位：市发展改革委；主体责任单位：市财政局、市科技局）
2.推进审评审批改革。优化服务流程。（主体责任单位：市市场监管局、市卫生健康委）
"""

TABLE = """厦门市政府工作报告重点任务分解表
序号
|
重点任务
|
牵头单位
|
主体责任单位
|
1
|
加快建设生物医药港。
|
市发改委
|
市财政局、市科技局
|
2
|
推进医保支付方式改革。
|
市医保局
|
市卫健委
|
"""


def test_the_main_body_label_lists_supporters_beside_a_lead_label():
    doc, ex = extract_text(NOTES, "main-body-notes.txt")
    got = explicit_owners(ex)
    assert got["建设生物医药产业园"] == {("郑州市发展和改革委员会", "lead"), ("郑州市财政局", "support"),
                                   ("郑州市科学技术局", "support")}
    # alone, it is a list of owners read by the order convention (the first listed leads)
    assert got["推进审评审批改革"] == {("郑州市市场监督管理局", "lead"), ("郑州市卫生健康委员会", "support")}
    quotes_are_original(doc, ex)


def test_a_main_body_column_beside_a_lead_column_supports():
    assert column_kind("主体责任单位") == ("owner", "")
    doc, ex = extract_text(TABLE, "main-body-table.txt")
    got = explicit_owners(ex)
    assert got["加快建设生物医药港"] == {("厦门市发展和改革委员会", "lead"), ("厦门市财政局", "support"),
                                   ("厦门市科学技术局", "support")}
    assert got["推进医保支付方式改革"] == {("厦门市医疗保障局", "lead"), ("厦门市卫生健康委员会", "support")}
    quotes_are_original(doc, ex)
