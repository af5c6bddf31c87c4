"""Session 10: items that frame, on layouts the earlier rules did not see (README "Acting and
describing"). Documents written for these tests, each class with a near miss.

* A notice that hands its tasks down as a list of their own (现将…重点任务予以分解，并就有关事项通知如下 /
  将…任务分解为N项) and then states its own requirements — each a directive with no subject (要…)
  addressed to the units its salutation names — has no measures of its own.
* A goal or principle heading run into its text without a stop (一、指导思想以…为指导… /
  二、基本原则——坚持…), as pages that lost their line breaks write it, frames as the heading alone does.
* A clause opening with 是 has no subject: 是市政府要做好的工作 gives no named body a task."""

from measure_support import measures, shape

SPLIT_NOTICE = ("桂林市人民政府办公室关于印发2021年市政府工作报告重点工作任务分工方案的通知\n"
                "各县（市、区）人民政府，市直各有关单位：\n"
                "为确保完成全年目标任务，经市人民政府同意，现将市政府工作报告重点工作任务予以分解，并就有关事项通知如下：\n"
                "一、压实责任，确保任务落地。要把重点工作任务纳入年度绩效考评，主要负责同志亲自抓。\n"
                "二、健全台账，确保进度可控。要逐项明确完成时限，每季度末报送进展情况。\n"
                "三、严格督查，确保取得实效。要对进度滞后的任务及时通报。\n")


def test_requirements_of_a_notice_that_splits_its_tasks_are_no_measures():
    assert shape(SPLIT_NOTICE) == []
    assert measures(SPLIT_NOTICE, "guilin-split.txt") == []


def test_the_same_requirements_with_a_predicate_naming_a_body_still_frame():
    text = ("南昌市人民政府关于切实做好2021年市政府重点工作的通知\n"
            "各县（区）人民政府，市政府各部门：\n"
            "市政府常务会议将《政府工作报告》确定的任务分解为96项。现将有关事项通知如下：\n"
            "一、强化组织领导。重点工作是市政府要做好的基本工作，各责任单位要细化落实方案。\n"
            "二、加强督查考核。各责任单位要每月报送进展情况。\n")
    assert shape(text) == []


def test_a_notice_that_hands_down_nothing_keeps_its_items():
    # near miss: 通知如下 with no list handed down — the items are the notice's own tasks
    text = ("桂林市人民政府办公室关于做好秋冬季森林防火工作的通知\n"
            "各县（市、区）人民政府，市直各有关单位：\n"
            "为切实做好秋冬季森林防火工作，现将有关事项通知如下：\n"
            "一、落实防火责任。要层层签订防火责任书。\n"
            "二、加强火源管控。要在重点林区设置检查站。\n")
    assert shape(text) == [("一、", "落实防火责任"), ("二、", "加强火源管控")]


RUN_IN = ("漳州市推进健康漳州行动实施方案\n"
          "一、指导思想以习近平新时代中国特色社会主义思想为指导，全面落实健康中国战略，把健康融入所有政策。\n"
          "二、基本原则——坚持预防为主、共建共享。\n"
          "三、实施健康知识普及行动。开展健康科普进社区。\n"
          "四、实施合理膳食行动。推广减盐减油。\n")


def test_goal_headings_run_into_their_text_frame():
    assert shape(RUN_IN) == [("三、", "实施健康知识普及行动"), ("四、", "实施合理膳食行动")]
    got = measures(RUN_IN, "zhangzhou-runin.txt")
    assert [q for _, q in got] == ["三、实施健康知识普及行动", "四、实施合理膳食行动"]
    assert RUN_IN.find(got[0][1]) == RUN_IN.index("三、")


def test_a_run_in_goal_heading_that_carries_owners_acts():
    # near miss: the same run-in headings, each made a unit's task
    text = ("漳州市2022年卫生健康重点工作任务分解\n"
            "一、总体要求——各县区要把健康漳州建设纳入政府考核（责任单位：市卫健委）\n"
            "二、基本原则——坚持预防为主（责任单位：市疾控中心）\n")
    assert shape(text) == [("一、", "总体要求——各县区要把健康漳州建设纳入政府考核"), ("二、", "基本原则——坚持预防为主")]

