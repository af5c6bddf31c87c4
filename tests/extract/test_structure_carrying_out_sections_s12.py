"""A plan's closing 一、 section about carrying it out (三、组织实施 / 四、保障措施) with no deeper items acts
when its text gives a named body a task (…工作领导小组负责统筹上述任务的组织实施和考核) — beside measures
at a deeper level above it (二、重点任务 (一)… 1.…), as the same heading at the measure level does
(README: a plan's own numbered 保障措施 items; structure._with_lone_sections). Addressed to units as a
class (各乡镇要…) it frames.

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

PLAN = ("某县推进中医药强县建设实施方案\n"
        "一、总体目标\n到2031年，全县中医药服务体系更加完善。\n"
        "二、重点任务\n"
        "(一)建设县中医医院。推动县中医医院达到三级标准。(责任单位：县卫生健康局)\n"
        "(二)发展中药材种植。建设道地药材基地5个。(责任单位：县农业农村局)\n"
        "三、组织实施\n"
        "县政府成立推进中医药强县建设工作领导小组，某县推进中医药强县建设工作领导小组负责统筹上述任务的组织实施和考核。\n")


def test_a_closing_carrying_out_section_that_names_a_body_acts():
    assert [n for n, _ in shape(PLAN)] == ["(一)", "(二)", "三、"]


def test_the_same_section_addressed_to_a_class_frames():
    text = PLAN.replace("县政府成立推进中医药强县建设工作领导小组，某县推进中医药强县建设工作领导小组负责统筹上述任务的组织实施和考核。",
                        "各乡镇、各有关部门要加强组织领导，确保各项任务落到实处。")
    assert [n for n, _ in shape(text)] == ["(一)", "(二)"]
