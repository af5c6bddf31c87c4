"""A task table whose borders were lost copying it from a page: a 序号 header line, then one
line per row with the row number glued to the task (1推进…。…)."""

from medgraph.extract.structure import parse

ROWS = """青禾县发展改革局2024年重点工作任务完成情况
发布时间: 2025-01-08
序号 工作任务 责任科室 完成情况
1推进县域医疗共同体建设。已完成三家分院改造。
2完善基层药品供应保障；建立短缺药品监测点五个。
3实施健康乡村行动
"""


def test_borderless_task_rows_are_the_measures() -> None:
    st = parse(ROWS)
    assert st.is_policy
    assert st.style == "rows"
    assert [(m.number, m.number_text, m.heading) for m in st.measures] == [
        (1, "1", "推进县域医疗共同体建设"),
        (2, "2", "完善基层药品供应保障"),
        (3, "3", "实施健康乡村行动"),
    ]
    for m in st.measures:
        assert ROWS[m.heading_start:m.heading_end] == m.heading


# numbers glued to words after a 序号 header that do not count 1, 2, 3… are no rows
DATES = """青禾县2024年工作日程
序号 工作事项 时间
12月召开全县卫生健康工作会议。
3月开展爱国卫生月活动。
"""


def test_glued_numbers_out_of_order_are_no_rows() -> None:
    st = parse(DATES)
    assert st.style != "rows"
    assert st.measures == []
