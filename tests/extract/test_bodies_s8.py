"""Session 8 body rules, each on a small document written for it (not a corpus text): surfaces,
resolved names and spans are checked against the source text."""

from body_support import bureau_mentions
from owner_support import extract_text, quotes_are_original

from medgraph.extract.entities import detect_jurisdiction

# an autonomous region's reply that names its region only by the short name and its organs as
# 自治区X (the way a province's texts write 省X)
REGION_REPLY = """来源：example.org https://example.org/reply/7.html
民盟新疆区委：
你们提出的《关于发展新疆特色民族医药产业的提案》收悉，现答复如下：
自治区党委、自治区人民政府高度重视民族医药工作。近年来，新疆在南疆四地州布局了一批种植基地。
一、关于种植基地建设。自治区卫生健康委会同自治区发展改革委、科技厅、农业农村厅推进基地建设。
"""


def test_a_region_named_by_its_short_name_and_speaking_of_itself_as_a_region():
    assert detect_jurisdiction(REGION_REPLY) == "新疆"
    got = bureau_mentions(REGION_REPLY, "region.txt")
    assert ("自治区党委", "中共新疆维吾尔自治区委员会") in got
    assert ("自治区人民政府", "新疆维吾尔自治区人民政府") in got
    assert ("自治区卫生健康委", "新疆维吾尔自治区卫生健康委员会") in got
    # the rest of the list shares the first name's 自治区
    assert ("科技厅", "新疆维吾尔自治区科学技术厅") in got
    assert ("农业农村厅", "新疆维吾尔自治区农业农村厅") in got
    doc, ex = extract_text(REGION_REPLY, "region.txt")
    quotes_are_original(doc, ex)


def test_a_class_of_regions_or_two_regions_name_no_region():
    # 各省、自治区人民政府 addresses every region: not a region's own organ
    national = "各省、自治区人民政府：\n为支持新疆、西藏民族医药发展，现通知如下。\n"
    assert detect_jurisdiction(national) != "新疆"
    two = REGION_REPLY.replace("南疆四地州", "西藏林芝")
    assert detect_jurisdiction(two) not in ("新疆", "西藏")


# a county's work report (another layout: a county, its CPPCC named only through its members)
COUNTY_REPORT = """政府工作报告
——2025年1月8日在榕江县第十七届人民代表大会第五次会议上
榕江县人民政府县长
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
"""


def test_a_level_word_before_cppcc_members_names_the_committee():
    got = bureau_mentions(COUNTY_REPORT, "county-report.txt")
    assert ("县政协", "中国人民政治协商会议榕江县委员会") in got
    i = COUNTY_REPORT.index("县政协委员")
    assert COUNTY_REPORT[i:i + 3] == "县政协"
    # members alone (各位政协委员) are persons: no committee
    bare = COUNTY_REPORT.replace("县政协委员", "各位政协委员")
    assert not [n for s, n in bureau_mentions(bare, "county-report.txt") if "政治协商" in n]


# words glued before a body's name that name no body, and class words shaped like one
GLUED_WORDS = """临沂市人民政府办公室
关于做好2025年重点工作的通知
各县区人民政府，市政府各部门：
在去年市十九届人大五次会议上，代表们提出了意见。在充分征求区政府和园区意见后，现通知如下。
一、扩大社会办医。鼓励社会办医疗机构发展，落实市区疫情防控领导小组的要求。
二、对接国家部委。加强与国家发展改革委等国家部委沟通。
三、各省级以上高新区管委会、临沂高新区管委会按职责负责。
"""


def test_glued_time_words_verbs_and_class_words_name_no_body():
    got = bureau_mentions(GLUED_WORDS, "glued.txt")
    names = [n for _, n in got]
    # the city's congress, without the time word before it
    assert ("市十九届人大", "临沂市人民代表大会") in got
    i = GLUED_WORDS.index("市十九届人大")
    assert GLUED_WORDS[i - 2:i] == "去年"
    # 社会办医, 市区…领导小组, 国家部委, 以上高新区: no body; the named zone's committee is one
    assert not [n for n in names if "社会办" in n or "部委" in n or "市区" in n or "充分" in n or n.startswith("上高新")]
    assert ("临沂高新区管委会", "临沂高新技术产业开发区管理委员会") in got
    assert ("国家发展改革委", "国家发展和改革委员会") in got


def test_a_modal_verb_before_a_relative_government_names_no_county():
    text = ("郴州市人民政府办公室关于加强重大项目调度的通知\n各县（市、区）人民政府：\n"
            "对确需要县政府协调解决的问题，须经市政府同意后实施，应当区政府批准的事项按规定办理。\n")
    got = bureau_mentions(text, "modal.txt")
    assert not [s for s, n in got if "需要" in n or "应当" in n or "须经" in n or s.startswith(("需", "须", "应"))]
    assert ("市政府", "郴州市人民政府") in got


# a work report scraped onto one line: the city glued to the year before it (2024年铜仁市) and to
# a preposition (在铜仁市) is still the known city, not a stem 年铜仁/在铜仁
FLAT_REPORT = ("来源：example.org https://example.org/t/5.html\n"
               "2024年铜仁市碧江区政府工作报告 ——2024年1月10日 在铜仁市碧江区第五届人民代表大会第四次会议上 "
               "碧江区人民政府区长 某某 各位代表: 现在,我代表碧江区人民政府向大会报告工作,请予审议。\n")


def test_a_known_city_glued_to_a_year_or_a_preposition_is_the_city():
    assert detect_jurisdiction(FLAT_REPORT) == "铜仁"
    got = bureau_mentions(FLAT_REPORT, "flat-report.txt")
    # the district's government, with and without its city, is one body
    assert {n for s, n in got if s.endswith(("政府", "人民政府"))} == {"铜仁市碧江区人民政府"}


def test_a_city_departments_branch_in_a_district_is_one_body():
    # a Beijing district's task list names the city department's district branch without 市
    text = ("北京市丰台区人民政府办公室关于印发2024年政务公开工作要点的通知\n"
            "1.做好规划信息公开。（区住房城乡建设委、规划自然资源委丰台分局负责）\n"
            "2.做好统计信息公开。（区统计局负责）丰台分局另行通知。\n")
    got = bureau_mentions(text, "branch.txt")
    assert ("规划自然资源委丰台分局", "北京市规划和自然资源委员会丰台分局") in got
    # no district body is made of the branch's pieces, and a district + 分局 alone names none
    assert not [n for _, n in got if n in ("北京市丰台区分局", "北京市丰台区规划和自然资源委员会")]
    assert [s for s, _ in got if s == "丰台分局"] == []


def test_a_provincial_departments_inspection_branch_is_one_body():
    text = ("南京市人民政府办公室关于印发中医药发展工作任务分工的通知\n"
            "市卫生健康委、市财政局、省药监局南京检查分局、各有关单位：\n现将任务分工印发给你们。\n")
    got = bureau_mentions(text, "inspection-branch.txt")
    assert ("省药监局南京检查分局", "江苏省药品监督管理局南京检查分局") in got
    # the province's administration itself is not named here
    assert "江苏省药品监督管理局" not in [n for _, n in got]
    i = text.index("省药监局南京检查分局")
    assert text[i:i + 10] == "省药监局南京检查分局"


def test_a_congress_glued_before_the_next_body_leaves_it_its_own_name():
    # a work report writes the congress and the CPPCC without a comma between them
    text = "政府工作报告\n榕江县人民政府\n过去一年，在县委的坚强领导下，在县人大县政协的监督支持下，全县经济平稳运行。\n"
    got = bureau_mentions(text, "glued-congress.txt")
    assert ("县人大", "榕江县人民代表大会") in got
    assert ("县政协", "中国人民政治协商会议榕江县委员会") in got


def test_a_party_committee_written_in_full_with_its_term_is_the_committee():
    # a party decision's adoption note names the committee in full, in its term
    text = ("中共贵阳市委关于推进大数据与实体经济深度融合的决定\n"
            "（2024年7月20日中国共产党贵阳市第十一届委员会第六次全体会议通过）\n一、总体要求\n")
    got = bureau_mentions(text, "decision.txt")
    assert ("中共贵阳市委", "中共贵阳市委员会") in got
    assert ("中国共产党贵阳市第十一届委员会", "中共贵阳市委员会") in got
    assert not [n for _, n in got if "届" in n]
