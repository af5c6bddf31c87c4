"""A table of indicators flattened one cell per line (序号 / 指标名称 / 单位 / targets per year or per
area) with no owner column: each row names an indicator and its target values — it describes a
target, it does not act, so its rows are no measures (structure._cell_rows). The same table with an
owner column (牵头单位) carries owners: its rows act (tables.py reads them).

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

NOTICE = ("某市人民政府关于下达2031年国民经济和社会发展主要预期指标的通知\n"
          "各区人民政府，市政府各部门：\n"
          "现将2031年主要预期指标下达给你们，请认真抓好落实。\n"
          "某市人民政府\n2031年2月3日\n"
          "附件\n2031年主要预期指标分解表\n"
          "序号\n\n指标名称\n\n单位\n\n全市\n\n甲区\n\n乙区\n\n"
          "1\n\n地区生产总值增幅\n\n%\n\n6左右\n\n6以上\n\n6\n\n"
          "2\n\n一般公共预算收入增幅\n\n%\n\n5\n\n5\n\n5\n\n"
          "3\n\n城镇登记失业率\n\n%\n\n3以内\n\n3以内\n\n3以内\n")


def test_rows_of_an_indicator_table_without_owners_are_no_measures():
    assert shape(NOTICE) == []


TASKS = ("某市2031年卫生健康重点工作任务表\n"
         "序号\n\n工作任务\n\n完成时限\n\n"
         "1\n\n建设区域医疗中心\n\n2031年底\n\n"
         "2\n\n推进医共体建设\n\n2031年10月\n\n"
         "3\n\n完善院前急救网络\n\n2031年6月\n")


def test_rows_of_a_task_table_stay_measures():
    assert [h for _, h in shape(TASKS)] == ["建设区域医疗中心", "推进医共体建设", "完善院前急救网络"]
