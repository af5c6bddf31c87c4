"""Session 10: a plan divided into parts (第一部分 / 第二篇) whose (一) items restart in each part: the
parts head their items as chapters (第一章) do, so the second part's items are kept and a goal part's
items (第一部分 发展基础) frame. A status line worded 持续增加 describes like 持续增长 (README "Status and
results"). Documents written for these tests."""

from measure_support import shape

PARTS = ("遵义市卫生健康事业发展规划\n"
         "第一部分 发展基础\n（一）医疗资源持续增加。三级医院达到10所。\n（二）服务能力稳步提升。\n"
         "第二部分 主要任务\n（一）优化医疗资源布局。新建三级医院2所。\n（二）加强公共卫生体系建设。改造疾控中心。\n")


def test_items_restarting_in_each_part_of_a_plan():
    assert shape(PARTS) == [("(一)", "优化医疗资源布局"), ("(二)", "加强公共卫生体系建设")]


def test_parts_in_pian_with_tasks_in_both():
    text = ("遵义市卫生健康事业发展规划\n"
            "第一篇 提升医疗服务\n（一）优化医疗资源布局。新建三级医院2所。\n（二）推进分级诊疗。建设医联体10个。\n"
            "第二篇 强化公共卫生\n（一）加强疾控体系建设。改造疾控中心。\n（二）做好重大传染病防控。\n")
    assert shape(text) == [("(一)", "优化医疗资源布局"), ("(二)", "推进分级诊疗"),
                           ("(一)", "加强疾控体系建设"), ("(二)", "做好重大传染病防控")]


def test_a_status_aimed_at_is_a_task():
    # near miss: 推动…持续增加 asks for the state: a task
    text = ("遵义市卫生健康事业发展规划\n一、主要任务\n"
            "（一）推动医疗资源持续增加。新建三级医院2所。\n（二）确保服务能力稳步提升。\n")
    assert shape(text) == [("(一)", "推动医疗资源持续增加"), ("(二)", "确保服务能力稳步提升")]
