"""Session 10: a unit named as a HEADING over the tasks it owns (README "More owner forms": a line
that introduces a list owns its items) — the tasks are the measures, also when the heading carries a
count of its tasks or a colon ((一)区委宣传部（2项）, (二)区发展改革委：), and when the unit's name
stands on a line of its own with no number (区委宣传部\\n1.… 2.…\\n区发展改革委\\n1.…): the numbering
restarts under it as under a section heading. Documents written for these tests."""

from measure_support import shape

TASKS = [("1.", "加强新闻宣传"), ("2.", "开展文明城区创建"), ("1.", "编制年度投资计划"), ("2.", "推进重大项目建设")]


def test_unit_headings_with_a_count_of_their_tasks():
    text = ("郫都区2023年重点工作任务分工\n（一）区委宣传部（2项）\n1.加强新闻宣传。\n2.开展文明城区创建。\n"
            "（二）区发展改革委（2项）\n1.编制年度投资计划。\n2.推进重大项目建设。\n")
    assert shape(text) == TASKS


def test_unit_names_on_lines_of_their_own():
    text = ("郫都区2023年重点工作任务分工\n区委宣传部\n1.加强新闻宣传。\n2.开展文明城区创建。\n"
            "区发展改革委\n1.编制年度投资计划。\n2.推进重大项目建设。\n")
    assert shape(text) == TASKS


def test_a_task_heading_with_a_count_is_no_unit_heading():
    # near miss: (一)加强宣传（2项） acts — its items are its parts, it is the measure
    text = ("郫都区2023年重点工作任务分工\n（一）加强新闻宣传（2项）。由区委宣传部负责。\n1.办好专栏。\n2.开展活动。\n"
            "（二）推进重大项目建设（2项）。由区发展改革委负责。\n1.编制计划。\n2.加快开工。\n")
    assert shape(text) == [("(一)", "加强新闻宣传(2项)"), ("(二)", "推进重大项目建设(2项)")]
