"""Session 10: a work summary and plan (工作总结和工作计划) — README "Status and results": a review's
status lines and its problems describe; the work to do (and work worded as done) acts. Documents written
for these tests.

* 一、 items that are status lines (一、医疗服务能力持续提升) are no plain items when deciding whether the
  一、 items frame the (一) items below: the (一) items of 三、2024年工作打算 are the measures.
* A problems section (二、存在的问题 / 问题和不足) frames its items as a goal section does."""

from measure_support import shape

REVIEW = ("柳州市鱼峰区卫生健康局2023年工作总结和2024年工作计划\n"
          "一、医疗服务能力持续提升\n全年门诊量增长10%，新建社区卫生服务站3个。\n"
          "二、公共卫生体系不断完善\n完成疾控中心改造。\n"
          "三、2024年工作打算\n（一）推进医共体建设。\n（二）加强人才培养。\n")


def test_status_headings_do_not_make_the_dun_items_the_measures():
    assert shape(REVIEW) == [("(一)", "推进医共体建设"), ("(二)", "加强人才培养")]


def test_a_problems_section_frames_its_items():
    text = ("柳州市鱼峰区卫生健康局2023年工作总结和2024年工作计划\n"
            "一、存在的问题\n1.基层医疗卫生人才队伍建设相对滞后。\n2.信息化建设水平有待提升。\n"
            "二、下步打算\n1.加强人才队伍建设。\n2.推进智慧医疗建设。\n")
    assert shape(text) == [("1.", "加强人才队伍建设"), ("2.", "推进智慧医疗建设")]


def test_a_reply_point_about_a_problem_keeps_its_items():
    # near miss: 关于…的问题 names the point a reply answers, no problems section
    text = ("关于市人大代表第25号建议的答复\n张代表：\n您提出的建议收悉，现答复如下：\n"
            "一、关于中医药人才培养的问题\n（一）开展定向培养。每年培养100人。\n（二）加强在职培训。每年培训乡村医生200人。\n"
            "二、关于中医馆建设的问题\n（一）新建中医馆20个。\n（二）提升中医馆服务能力。\n")
    assert shape(text) == [("(一)", "开展定向培养"), ("(二)", "加强在职培训"), ("(一)", "新建中医馆20个"), ("(二)", "提升中医馆服务能力")]
