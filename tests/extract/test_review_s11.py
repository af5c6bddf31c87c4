"""Review of session 11's rule commits (rev11): probes in styles the rules did not consider, each a
misfire the rule made and the narrowing that stops it. Documents written here, for places other than
the ones the rules were written for."""

from body_support import bureau_mentions
from measure_support import shape
from owner_support import explicit_owners, extract_text, quotes_are_original


# --- bodies: a district's own campaign group (区疫情防控指挥部) — but 市、区两级指挥部 names the groups of two
# levels, a class, no body of the district


def test_the_groups_of_two_levels_are_no_districts_group():
    text = ("成都市温江区卫生健康局关于做好中医药工作的通知\n"
            "各街道办事处，区级各部门：\n"
            "一、加强统筹。由区疫情防控指挥部统一调度。\n"
            "二、加强联动。市、区两级指挥部要加强信息共享，县、乡两级领导小组要定期会商。\n")
    names = {n for _, n in bureau_mentions(text, "review-two-levels.txt")}
    assert "成都市温江区疫情防控指挥部" in names   # (the rule's own case stays)
    assert not any("两级" in n for n in names)


# --- bodies: a public-service centre is a body in a list of RESPONSIBLE units (牵头单位：, 责任单位：) — not after
# any label ending in 单位： (受理单位：, 联系单位：, 申报单位： name where to apply or whom to call)


def test_a_centre_after_a_label_of_no_responsible_units_is_no_body():
    text = ("湖州市科学技术局关于开展2024年度科技项目申报工作的通知\n"
            "各区县科技局：\n"
            "一、申报方式。申报单位：在湖州市注册的企业。受理单位：市科技创新服务中心。\n"
            "二、联系方式。联系单位：市人才发展服务中心，联系人：张三。\n"
            "三、优化服务。责任单位：市行政审批局、市城乡规划服务中心\n")
    names = {n for _, n in bureau_mentions(text, "review-centres.txt")}
    assert "湖州市科技创新服务中心" not in names
    assert "湖州市人才发展服务中心" not in names
    assert "湖州市城乡规划服务中心" in names   # (the rule's own case stays)


# --- bodies._addressed_zones: a zone named as an item of a list of responsible units is its 管委会 — but a bracket
# that says what an area includes (（包括樊城区、襄阳经开区）, （含襄阳高新区、襄阳经开区）) lists places, no units


def test_a_zone_in_a_bracket_of_places_is_no_committee():
    head = "襄阳市人民政府办公室关于印发医药产业行动方案的通知\n"
    for line in ("一、优化布局。重点建设产业园区（包括樊城区、襄阳经开区），在全市推广。\n",
                 "一、优化布局。在全市范围（含襄阳高新区、襄阳经开区）推广。\n"):
        names = {n for _, n in bureau_mentions(head + line, "review-zones.txt")}
        assert not any(n.endswith("管理委员会") for n in names), line
    # (the rule's own case stays: a zone in a list of units)
    names = {n for _, n in bureau_mentions(head + "一、建设医药产业园。（市发展改革委、襄阳经开区）\n", "review-zones-2.txt")}
    assert "襄阳经济技术开发区管理委员会" in names


# --- owners._name_goes_on (head of a longer name): a unit joined by 及/和 to a class of units is the
# item's owner — 及各县区科技局 is no rest of a longer name

LUOYANG = """洛阳市人民政府办公室关于印发洛阳市促进医药产业发展若干措施的通知
一、加快新药研发。支持企业开展临床试验。（责任单位：市科技局及各县区科技局）
二、强化人才支撑。引进高层次人才。（责任单位：市人社局及其所属事业单位）
三、加强要素保障。统筹安排用地指标。（牵头单位：市发展改革委；配合单位：市财政局和各县区财政局）
四、推进铁路枢纽建设。加快东站建设。（牵头单位：市发展改革委；配合单位：中国铁路郑州局集团有限公司）
五、提升疾病防控能力。建设公共卫生实验室。（责任单位：市卫健委和疾控中心）
"""


def test_a_unit_joined_to_a_class_of_units_keeps_its_role():
    doc, ex = extract_text(LUOYANG, "review-name-goes-on.txt")
    got = explicit_owners(ex)
    assert got["加快新药研发"] == {("洛阳市科学技术局", "lead")}
    assert got["强化人才支撑"] == {("洛阳市人力资源和社会保障局", "lead")}
    assert got["加强要素保障"] == {("洛阳市发展和改革委员会", "lead"), ("洛阳市财政局", "support")}
    # (the company's head still owns nothing: the rule's point holds)
    assert got["推进铁路枢纽建设"] == {("洛阳市发展和改革委员会", "lead")}
    assert ("洛阳市卫生健康委员会", "lead") in got["提升疾病防控能力"]
    quotes_are_original(doc, ex)


# --- owners.cell_lines: a header whose labels stand on consecutive lines (牵头单位\n配合单位) reads every line as a
# cell — but when the row's own cells are parted by blank lines, the page spaces its rows: a cell's units one per
# line (市发展改革委\n市科技局) are one cell, as blank lines tell

ROWS_SPACED = """武汉市人民政府办公厅关于印发武汉市生物医药产业重点任务分工方案的通知
各区人民政府，市人民政府各部门：
主要任务
牵头单位
配合单位

1.建设生物医药产业园。

市发展改革委
市科技局

市自然资源和规划局

2.设立产业基金。

市财政局

市地方金融监管局
市经信局
"""


def test_blank_lines_among_a_rows_cells_part_them_though_the_header_is_unspaced():
    doc, ex = extract_text(ROWS_SPACED, "review-rows-spaced.txt")
    got = explicit_owners(ex)
    assert got["建设生物医药产业园"] == {("武汉市发展和改革委员会", "lead"), ("武汉市科学技术局", "lead"),
                                   ("武汉市自然资源和规划局", "support")}
    assert got["设立产业基金"] == {("武汉市财政局", "lead"), ("武汉市地方金融监督管理局", "support"),
                               ("武汉市经济和信息化局", "support")}
    quotes_are_original(doc, ex)


# --- owners._subjects, work done or proposed (A已建成…, A、B提出…3项实事): a body whose demand is cited (省政府提出了
# 明确要求, 国务院提出了新的部署) proposes nothing of its own — as 提出要…/提出， already say

CITED_DEMAND = """贵阳市人民政府办公厅关于2023年民生实事项目推进情况的通报
各区（市、县）人民政府，市政府各工作部门：
现将2023年民生实事项目推进情况通报如下：
（一）加快新药研发。省政府提出了明确要求，全市加快推进新药研发平台建设。
（二）推进数字医疗。国家卫生健康委提出新的工作部署，全市推进互联网医院建设。
（三）市交通局、市住房城乡建设局提出公交站台改造等交通出行方面4项民生实事。
"""


def test_a_body_whose_demand_is_cited_proposes_nothing():
    doc, ex = extract_text(CITED_DEMAND, "review-cited-demand.txt")
    got = explicit_owners(ex)
    assert not got.get("加快新药研发")
    assert not got.get("推进数字医疗")
    # (the rule's own case stays: bodies that propose items own them)
    assert got["市交通局、市住房城乡建设局提出公交站台改造等交通出行方面4项民生实事"] == {
        ("贵阳市交通运输局", "lead"), ("贵阳市住房和城乡建设局", "lead")}
    quotes_are_original(doc, ex)


# --- structure._with_lone_sections: a 一、 item with no deeper items that acts is a measure beside 一、 sections —
# but in a task list whose tasks carry owner notes, a lone item addressed to the units as a class (三、加强组织领导。
# 各责任单位要…) is the notice's requirement on carrying the tasks out: README "Notices that issue a document" —
# such items frame wherever they stand, unless they give a named body a task

TASKS = """贵阳市卫生健康局关于印发2024年中医药重点工作任务分工的通知
各区（市、县）卫生健康局，委机关各处室：
现将《2024年中医药重点工作任务分工》印发给你们，请认真贯彻落实。
一、推进中医药传承创新
（一）建设中医药传承创新中心。（责任单位：市卫生健康局）
（二）实施中医药人才培养项目。（责任单位：市人社局）
二、提升中医药服务能力
（一）推进基层中医馆建设。（责任单位：市卫生健康局）
（二）开展中医药适宜技术推广。（责任单位：市卫生健康局）
三、加强组织领导。各责任单位要高度重视，主要负责同志亲自抓，细化工作方案，确保各项任务落到实处。
四、严格督查考核。市政府督查室要将各项任务完成情况纳入年度督查考核。
"""


def test_a_task_lists_requirement_to_a_class_of_units_is_no_measure():
    got = shape(TASKS)
    assert ("三、", "加强组织领导") not in got
    # (one that gives a named body a task acts, as README says; the tasks stay)
    assert ("四、", "严格督查考核") in got
    assert ("(一)", "建设中医药传承创新中心") in got and ("(二)", "开展中医药适宜技术推广") in got


# --- structure._VERB_NOUN (a noun a policy verb opens: 支持对象, 建设内容, 实施范围 states no action) — but a verb of
# change before its object acts (扩大范围, 提高标准, 优化流程: the heading says what is raised or widened)

RELIEF = ("杭州市医疗保障局关于调整医疗救助政策的通知\n各区、县（市）医疗保障分局：\n"
          "为进一步减轻困难群众医疗费用负担，现就调整医疗救助政策通知如下：\n")


def test_a_verb_of_change_before_its_object_acts():
    assert shape(RELIEF + "一、扩大范围。将低保边缘家庭成员纳入医疗救助范围，按规定给予救助") == [("一、", "扩大范围")]
    assert shape(RELIEF + "一、提高标准\n将年度救助限额提高到10万元，救助比例提高到70%") == [("一、", "提高标准")]
    # (the rule's own case stays: a noun names what a part of the call is about)
    assert shape(RELIEF + "一、支持对象和范围\n在本市注册的医药企业") == []


# --- structure._WE_ACT (an item opening with a named body and a policy verb states an action) — but a heading that
# names a description of the body (区卫健委2023年发展情况, 职能简介及改革历程, 机构设置和发展沿革) states none: its
# policy verb is part of a noun. Beside 一、 sections (_with_lone_sections) such a heading became a measure

PLAN_HEADS = ("区卫健委2023年发展情况", "区卫健委职能简介及改革历程", "区卫健委机构设置和发展沿革")


def _plan(head: str) -> str:
    return ("成都市温江区卫生健康局2024年工作计划\n"
            f"一、{head}\n区卫健委内设科室8个，下属单位12个，全区共有医疗卫生机构300家。\n"
            "二、2024年重点工作\n（一）推进医共体建设。完善紧密型医共体运行机制。\n"
            "（二）加强公共卫生体系建设。提升疾控能力。\n（三）深化中医药传承创新。建设中医馆。\n")


def test_a_heading_naming_a_bodys_description_is_no_measure():
    for head in PLAN_HEADS:
        got = shape(_plan(head))
        assert ("一、", head) not in got, head
        assert ("(一)", "推进医共体建设") in got
    # (a named body and its action still act: the rule's own case)
    assert ("一、", "区卫健委持续深化医药卫生体制改革") in shape(_plan("区卫健委持续深化医药卫生体制改革"))
