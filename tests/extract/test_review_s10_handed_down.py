"""Review of 47032b2 (a notice that hands its tasks down — 予以分解 / 分解为N项 … 通知如下 — then states
its requirements as subjectless directives 要…: those requirements frame). Its trigger word 分解
also caught 分解如下, where the list below IS the decomposition: a task list whose items open with a
bare 要/必须 and state quantified tasks (新建…10万亩, 新增三级医院2家) lost every item but the one with
an owner note. Documents written for this review (another province, its own numbering)."""

from measure_support import measures

TASKS = """遵义市人民政府办公室关于分解落实2031年重点工作任务的通知
各县（市、区）人民政府，市政府各部门：
为确保全年目标任务完成，现将2031年重点工作任务分解如下，并就有关事项通知如下：
一、加快重大项目建设。要确保遵义新区综合医院项目年底前开工，新建5G基站1000个。（责任单位：市发展改革委）
二、推进中药材产业发展。要新建中药材种植基地10万亩，培育龙头企业5家。
三、提升医疗服务水平。要建成县域医共体12个，新增三级医院2家。
四、加快养老服务体系建设。必须新建社区养老服务中心30个。
"""


def test_a_list_that_is_the_decomposition_keeps_its_tasks():
    assert measures(TASKS) == [("一、", "一、加快重大项目建设"), ("二、", "二、推进中药材产业发展"),
                               ("三、", "三、提升医疗服务水平"), ("四、", "四、加快养老服务体系建设")]


def test_requirements_after_tasks_handed_down_elsewhere_still_frame():
    # the tasks decomposed into an attachment: the items below are requirements on them (47032b2 kept)
    text = TASKS.replace("现将2031年重点工作任务分解如下，并就有关事项通知如下：",
                         "现将2031年重点工作任务予以分解（见附件），并就有关事项通知如下：").replace(
        "一、加快重大项目建设。要确保遵义新区综合医院项目年底前开工，新建5G基站1000个。（责任单位：市发展改革委）\n", "").replace(
        "二、推进中药材产业发展。要新建中药材种植基地10万亩，培育龙头企业5家。\n三、提升医疗服务水平。要建成县域医共体12个，新增三级医院2家。\n四、加快养老服务体系建设。必须新建社区养老服务中心30个。\n",
        "一、加强组织领导。要高度重视，主要负责同志亲自抓。\n二、强化督查考核。要定期调度，按时报送进展情况。\n三、狠抓工作落实。务必细化措施，确保按期完成。\n")
    assert measures(text) == []
