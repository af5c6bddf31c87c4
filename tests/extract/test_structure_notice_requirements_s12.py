"""A notice that hands down a task list in the words 现将…予以(分解)印发 / 予以下发 / 予以下达 and then
sets out its own requirements on carrying the list out (一、细化任务… 各乡镇各部门要…), addressed to
the units as a class: those requirements frame (README: notices that issue a document), as after
印发给你们 (structure._without_notice_requirements).

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

NOTICE = ("某区人民政府关于分解落实2031年区政府工作报告目标任务的通知\n"
          "各街道办事处，区政府各部门：\n"
          "现将区政府工作报告确定的2031年156项目标任务予以分解下达，请认真抓好落实。\n"
          "一、压实工作责任。各责任单位要制定推进方案，明确时间节点，确保按期完成。\n"
          "二、加强督查考核。各牵头单位要每季度报送进展情况。\n"
          "某区人民政府\n2031年2月1日\n")


def test_requirements_after_a_handing_down_sentence_frame():
    assert shape(NOTICE) == []


NAMED = NOTICE.replace("二、加强督查考核。各牵头单位要每季度报送进展情况。", "二、加强督查考核。区政府督查室要每季度通报进展情况。")


def test_a_requirement_that_gives_a_named_body_a_task_acts():
    assert shape(NAMED) == [("二、", "加强督查考核")]
