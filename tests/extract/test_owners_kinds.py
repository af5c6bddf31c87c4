"""Owner labels and lists in wordings the first rules were not written on (extract/owners.py),
on small documents written for these tests (none is a copy of a corpus document): labels built
from a role word and a responsibility word (牵头责任单位, 主要协作单位, 配合责任部门), a 责任单位
list that marks its own lead and support clauses (``A、B牵头；C、D等配合``), a bracketed list
whose 负责 is followed by a note stating the convention, conventions in other wordings, and
items that name a body's departments (县政府有关部门), which are classes. Exact lead/support
sets; every quote is the original text."""

import pytest

from medgraph.extract.owners import CONVENTION_FIRST, convention

from owner_support import explicit_owners as _explicit
from owner_support import extract_text
from owner_support import quotes_are_original as _quotes_are_original


def _doc(text: str):
    return extract_text(text, "owners-kinds.txt")


def _quotes(ex, name: str) -> list[str]:
    names = {x.id: x.name for x in ex.nodes}
    return [ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == name for ev in e.evidence]


ROLE_AND_DUTY_LABELS = """长丰县人民政府办公室关于印发2030年重点工作任务分解的通知

1.推进县域医共体建设。

牵头责任单位：县卫健委、县医保局

主要协作单位：各乡镇人民政府，县政府有关部门、县财政局

2.完善养老服务体系。

牵头责任单位：县民政局

配合责任部门：县卫健委

3.做好就业帮扶。

责任领导：副县长
"""


def test_labels_of_a_role_word_and_a_duty_word():
    doc, ex = _doc(ROLE_AND_DUTY_LABELS)
    got = _explicit(ex)
    # 牵头责任单位 leads (all its units), 主要协作单位 / 配合责任部门 support; 县政府有关部门 is
    # the government's departments (a class), not the government
    assert got["推进县域医共体建设"] == {("长丰县卫生健康委员会", "lead"), ("长丰县医疗保障局", "lead"),
                                        ("长丰县财政局", "support")}
    assert got["完善养老服务体系"] == {("长丰县民政局", "lead"), ("长丰县卫生健康委员会", "support")}
    assert got["做好就业帮扶"] == set()  # a person is no owner
    assert "牵头责任单位：县民政局" in _quotes(ex, "长丰县民政局")
    _quotes_are_original(doc, ex)


LISTS_THAT_MARK_THEIR_ROLES = """芜湖市人民政府办公室关于印发某某产业发展工作方案的通知
各县、区人民政府，市政府各部门：
（一）编制专项规划。研究编制产业专项规划。（责任单位：市发展改革委、市经信局牵头；市科技局、市卫健委等配合）
（二）建设公共平台。建设中试平台。(责任单位:市科技局牵头,市财政局配合)
（三）培育龙头企业。支持企业兼并重组。（责任单位：市经信局、市财政局）
"""


def test_a_responsibility_list_that_marks_its_lead_and_support_clauses():
    doc, ex = _doc(LISTS_THAT_MARK_THEIR_ROLES)
    got = _explicit(ex)
    assert got["编制专项规划"] == {("芜湖市发展和改革委员会", "lead"), ("芜湖市经济和信息化局", "lead"),
                                  ("芜湖市科学技术局", "support"), ("芜湖市卫生健康委员会", "support")}
    assert got["建设公共平台"] == {("芜湖市科学技术局", "lead"), ("芜湖市财政局", "support")}
    # an unmarked list keeps the usual reading: the first listed leads
    assert got["培育龙头企业"] == {("芜湖市经济和信息化局", "lead"), ("芜湖市财政局", "support")}
    assert "（责任单位：市发展改革委、市经信局牵头；市科技局、市卫健委等配合" in _quotes(ex, "芜湖市卫生健康委员会")
    _quotes_are_original(doc, ex)


DUTY_WITH_A_NOTE = """关于印发某某行动计划分工方案的通知
一、提升服务能力
1.建设区域医疗中心。推动优质资源扩容下沉。（国家卫生健康委、国家发展改革委、中央军委训练管理部负责。排名第一的为牵头单位，其他单位按职责分工负责，下同）
2.发展中医药服务。完善中医药服务体系。（国家中医药局、财政部负责）
3.强化人才培养。扩大培养规模。（教育部、国家卫生健康委负责，下同）
"""


def test_a_duty_list_with_a_note_follows_the_stated_convention():
    doc, ex = _doc(DUTY_WITH_A_NOTE)
    got = _explicit(ex)
    # the note states the convention; a body the finder reads only in part (中央军委训练管理部
    # as 中央军委) does not hide the units listed with it, and its part is no owner (should the
    # finder learn the whole name, it is a supporting unit)
    assert {o for o in got["建设区域医疗中心"] if "训练管理部" not in o[0]} == {
        ("国家卫生健康委员会", "lead"), ("国家发展和改革委员会", "support")}
    assert {r for n, r in got["建设区域医疗中心"] if "训练管理部" in n} <= {"support"}
    assert got["发展中医药服务"] == {("国家中医药管理局", "lead"), ("财政部", "support")}
    assert got["强化人才培养"] == {("教育部", "lead"), ("国家卫生健康委员会", "support")}
    assert "排名第一的为牵头单位" in _quotes(ex, "国家中医药管理局")
    _quotes_are_original(doc, ex)


@pytest.mark.parametrize("said", ["列第一位者为牵头单位", "排在首位的为牵头单位", "排名第一的为牵头单位",
                                  "位列第一的为牵头部门", "第一个为牵头单位", "第一个单位为牵头单位",
                                  "排第一位的部门为牵头部门", "首位单位为牵头单位"])
def test_conventions_in_other_wordings(said):
    text = "各项任务涉及多个单位的，" + said + "，其他为配合单位。"
    c = convention(text)
    assert c.stated and c.first_leads
    assert text[c.span[0]:c.span[1]] == said


def test_words_that_only_look_like_a_convention():
    assert CONVENTION_FIRST.search("第一批为牵头示范项目") is None
    assert CONVENTION_FIRST.search("牵头单位要加强协调，第一时间报送") is None


DUTIES_INTRODUCED_ONCE = """某某市人民政府关于明确医药产业发展工作分工的通知
各区人民政府，市政府各部门：
为加快医药产业发展，现就有关工作分工通知如下。
市科技局负责以下工作：
1.组织实施医药领域重大科技专项，支持创新药研发。
2.建设医药创新平台，推动成果转化。
市卫健委的主要职责：
3.支持医疗机构开展临床试验。
4.推动创新药品进入医院使用。
5.加强医学人才培养。（责任单位：市人社局）
"""


def test_a_list_of_duties_whose_owner_its_introducing_line_states():
    doc, ex = _doc(DUTIES_INTRODUCED_ONCE)
    got = _explicit(ex)
    assert got == {
        "组织实施医药领域重大科技专项，支持创新药研发": {("某某市科学技术局", "lead")},
        # the next list's introducing line, inside this item's span, is not its subject
        "建设医药创新平台，推动成果转化": {("某某市科学技术局", "lead")},
        "支持医疗机构开展临床试验": {("某某市卫生健康委员会", "lead")},
        "推动创新药品进入医院使用": {("某某市卫生健康委员会", "lead")},
        "加强医学人才培养": {("某某市人力资源和社会保障局", "lead")},  # its own annotation wins
    }
    assert set(_quotes(ex, "某某市卫生健康委员会")) == {"市卫健委的主要职责："}
    _quotes_are_original(doc, ex)


def test_an_unlabelled_bracket_that_marks_lead_and_support_clauses():
    doc, ex = _doc("湘潭市人民政府关于印发某某工作方案的通知\n"
                   "1.建设检测平台。建设公共检测平台。（市市场监管局、市科技局牵头；市财政局等配合）\n"
                   "2.其他工作。做好服务。\n3.完善机制。健全工作机制。\n")
    got = _explicit(ex)
    assert got["建设检测平台"] == {("湘潭市市场监督管理局", "lead"), ("湘潭市科学技术局", "lead"), ("湘潭市财政局", "support")}
    _quotes_are_original(doc, ex)


@pytest.mark.parametrize("text, heading, owner", [
    ("浙江省人民政府关于同意设立杭州生物医药产业园的批复\n杭州市人民政府：\n"
     "你市《关于设立杭州生物医药产业园的请示》收悉。现批复如下：\n一、同意设立杭州生物医药产业园。\n"
     "二、你市要加强组织领导，抓紧编制产业园发展规划。\n三、省发展改革委要加强指导和支持。\n",
     "你市要加强组织领导，抓紧编制产业园发展规划", "杭州市人民政府"),
    ("江西省药品监督管理局关于同意开展药品上市许可持有人制度试点的批复\n南昌市市场监督管理局：\n"
     "你局报来的请示收悉。经研究，批复如下：\n一、同意开展药品上市许可持有人制度试点。\n"
     "二、你局要切实加强监管，及时报告试点进展。\n三、试点期间，由省药监局负责技术指导。\n",
     "你局要切实加强监管，及时报告试点进展", "南昌市市场监督管理局"),
])
def test_you_means_the_addressee_of_the_salutation(text, heading, owner):
    doc, ex = _doc(text)
    got = _explicit(ex)
    assert got[heading] == {(owner, "lead")}
    assert _quotes(ex, owner)[0].startswith("你")
    _quotes_are_original(doc, ex)


SUPPORT_CLAUSES = """昆明市人民政府关于印发某某工作方案的通知
1.建设创新平台。布局重点实验室。（责任单位：市发展改革委牵头，市财政局、市科技局按职责分工负责）
2.完善医保支付。优化支付方式。（市医保局负责，市卫健委配合）
3.引进人才。引进高层次人才。（市人社局牵头，市教育局等部门配合）
4.建设园区。加快园区建设。（责任主体：市工信局）
5.做好服务。市卫健委负责组织实施，确保取得实效。
"""


def test_clauses_that_name_the_supporting_units():
    doc, ex = _doc(SUPPORT_CLAUSES)
    got = _explicit(ex)
    # beside a lead, the units that work 按职责分工 support it
    assert got["建设创新平台"] == {("昆明市发展和改革委员会", "lead"), ("昆明市财政局", "support"), ("昆明市科学技术局", "support")}
    assert got["完善医保支付"] == {("昆明市医疗保障局", "lead"), ("昆明市卫生健康委员会", "support")}
    assert got["引进人才"] == {("昆明市人力资源和社会保障局", "lead"), ("昆明市教育局", "support")}
    assert got["建设园区"] == {("昆明市工业和信息化局", "lead")}
    assert got["做好服务"] == {("昆明市卫生健康委员会", "lead")}
    assert set(_quotes(ex, "昆明市医疗保障局")) == {"市医保局负责，市卫健委配合"}
    _quotes_are_original(doc, ex)


def test_a_body_that_is_responsible_alone_is_not_read_as_lead_then_support():
    doc, ex = _doc("昆明市人民政府关于印发某某工作方案的通知\n"
                   "1.加强宣传。市委宣传部负责，各区配合做好宣传。\n2.其他工作。做好服务。\n3.完善机制。健全机制。\n")
    got = _explicit(ex)
    # 各区 is a class: no supporting unit; the subject still leads
    assert got["加强宣传"] == {("中共昆明市委宣传部", "lead")}


ROLES_STATED_IN_PROSE = """太原市人民政府关于印发某某工作方案的通知
1.建设创新平台。布局重点实验室。市科技局为牵头单位，市财政局、市教育局为配合单位。
2.完善医保支付。优化支付方式。（市医保局、市卫健委按职责分别负责）
3.引进人才。引进高层次人才。（责任单位：市人社局、市委人才办（牵头部门））
4.建设园区。加快园区建设，由市工信局作为责任单位。
5.做好服务。各区政府为责任主体，确保取得实效。
"""


def test_roles_stated_in_prose_and_other_duty_phrases():
    doc, ex = _doc(ROLES_STATED_IN_PROSE)
    got = _explicit(ex)
    assert got["建设创新平台"] == {("太原市科学技术局", "lead"), ("太原市财政局", "support"), ("太原市教育局", "support")}
    assert got["完善医保支付"] == {("太原市医疗保障局", "lead"), ("太原市卫生健康委员会", "lead")}
    assert got["引进人才"] == {("中共太原市委人才办公室", "lead"), ("太原市人力资源和社会保障局", "support")}
    assert got["建设园区"] == {("太原市工业和信息化局", "lead")}
    assert got["做好服务"] == set()  # 各区政府 is a class
    assert set(_quotes(ex, "太原市财政局")) == {"市财政局、市教育局为配合单位"}
    _quotes_are_original(doc, ex)


HEADING_LINES = """南昌市人民政府关于印发某某实施方案的通知
一、完善企业培育机制
1.加大企业培育力度
实施培育计划，对企业给予奖励。(牵头单位:市科技局、市财政局)
2.支持企业研发
对研发投入给予补助。(牵头单位:市财政局)
3.优化企业服务
提供全流程服务。(牵头单位:市行政审批局)
"""


def test_the_last_item_written_as_a_heading_line_keeps_the_body_below_it():
    doc, ex = _doc(HEADING_LINES)
    got = _explicit(ex)
    assert got["优化企业服务"] == {("南昌市行政审批局", "lead")}
    assert got["加大企业培育力度"] == {("南昌市科学技术局", "lead"), ("南昌市财政局", "lead")}
    _quotes_are_original(doc, ex)


GROUP_HEADINGS = """合肥市人民政府办公室关于印发某某行动方案的通知
一、提升创新能力
（一）加快创新平台建设。（牵头单位：市科技局；配合单位：市财政局）
1.建设重点实验室。布局一批重点实验室。
2.建设中试基地。建设医药中试基地。（责任单位：市发展改革委）
（二）优化产业生态。
3.培育龙头企业。支持企业兼并重组。
4.引进高端人才。实施人才计划。
"""


def test_a_group_heading_annotates_the_items_under_it():
    doc, ex = _doc(GROUP_HEADINGS)
    got = _explicit(ex)
    assert got["建设重点实验室"] == {("合肥市科学技术局", "lead"), ("合肥市财政局", "support")}
    assert got["建设中试基地"] == {("合肥市发展和改革委员会", "lead")}  # its own annotation wins
    # the next group heading (no owners) ends the first group's reach
    assert got["培育龙头企业"] == set() and got["引进高端人才"] == set()
    assert "（牵头单位：市科技局" in _quotes(ex, "合肥市科学技术局")
    _quotes_are_original(doc, ex)


def test_an_item_body_line_numbered_deeper_is_no_heading():
    doc, ex = _doc("合肥市人民政府办公室关于印发某某行动方案的通知\n"
                   "（一）加快创新平台建设。（牵头单位：市科技局）\n"
                   "1.建设重点实验室。布局一批重点实验室。\n（1）建设省级实验室。（责任单位：市教育局）\n"
                   "2.建设中试基地。建设医药中试基地。\n")
    got = _explicit(ex)
    # (1) inside item 1 is part of it; item 2 keeps the group's owners, not its neighbour's
    assert got["建设重点实验室"] == {("合肥市教育局", "lead")}
    assert got["建设中试基地"] == {("合肥市科学技术局", "lead")}


def test_labels_followed_by_wei_instead_of_a_colon():
    doc, ex = _doc("兰州市人民政府关于印发某某工作方案的通知\n"
                   "1.建设创新平台。布局重点实验室，牵头单位为市科技局，配合单位为市财政局、市教育局。\n"
                   "2.完善医保支付。优化支付方式，责任单位为市医保局。\n"
                   "3.其他。以企业为主体，形成以责任单位为主的机制。\n")
    got = _explicit(ex)
    assert got["建设创新平台"] == {("兰州市科学技术局", "lead"), ("兰州市财政局", "support"), ("兰州市教育局", "support")}
    assert got["完善医保支付"] == {("兰州市医疗保障局", "lead")}
    assert got["其他"] == set()
    assert set(_quotes(ex, "兰州市财政局")) == {"配合单位为市财政局、市教育局"}
    _quotes_are_original(doc, ex)


def test_a_bare_list_closing_the_first_line_of_an_item_with_paragraphs_below():
    doc, ex = _doc("西宁市人民政府关于印发某某工作方案的通知\n"
                   "1.建设创新平台（市科技局、市财政局）\n布局重点实验室。建设中试基地。\n"
                   "2.完善医保支付（市医保局）\n优化支付方式。\n"
                   "3.优化服务\n提供服务。（市政务服务局）\n")
    got = {h[:4]: v for h, v in _explicit(ex).items()}
    assert got["建设创新"] == {("西宁市科学技术局", "lead"), ("西宁市财政局", "support")}
    assert got["完善医保"] == {("西宁市医疗保障局", "lead")}
    assert got["优化服务"] == {("西宁市政务服务局", "lead")}
    _quotes_are_original(doc, ex)


def test_a_signature_below_the_last_heading_line_is_not_its_body():
    from medgraph.extract.structure import parse

    text = ("南昌市人民政府关于印发某某实施方案的通知\n1.加大企业培育力度\n实施培育计划。(牵头单位:市科技局)\n"
            "2.优化企业服务\n\n南昌市人民政府办公厅\n2030年1月1日\n")
    last = parse(text).measures[-1]
    assert text[last.start:last.end] == "2.优化企业服务"


def test_units_listed_after_the_lead_clause_support_it():
    doc, ex = _doc("包头市人民政府关于印发某某工作方案的通知\n"
                   "1.建设创新平台。布局重点实验室。（责任单位：市发展改革委牵头，市财政局、市科技局）\n"
                   "2.完善医保支付。优化支付方式。（责任单位：市医保局牵头；市卫健委配合；各旗县区政府）\n"
                   "3.其他工作。做好服务。\n")
    got = _explicit(ex)
    assert got["建设创新平台"] == {("包头市发展和改革委员会", "lead"), ("包头市财政局", "support"), ("包头市科学技术局", "support")}
    assert got["完善医保支付"] == {("包头市医疗保障局", "lead"), ("包头市卫生健康委员会", "support")}
    _quotes_are_original(doc, ex)


def test_a_bracket_whose_lead_clause_is_followed_by_bare_units():
    doc, ex = _doc("包头市人民政府关于印发某某工作方案的通知\n"
                   "1.建设创新平台。布局重点实验室。（市发展改革委牵头，市财政局、市科技局）\n"
                   "2.完善医保支付。市医保局牵头，市卫健委加强监管。\n3.其他工作。做好服务。\n")
    got = _explicit(ex)
    assert got["建设创新平台"] == {("包头市发展和改革委员会", "lead"), ("包头市财政局", "support"), ("包头市科学技术局", "support")}
    # outside a bracket, a body acting in the next clause is not a listed supporter
    assert got["完善医保支付"] == {("包头市医疗保障局", "lead")}
    _quotes_are_original(doc, ex)


# a 三定-style list: the introducing line, then an unnumbered paragraph stating the general
# duty, then the numbered duties (ASCII colon, 1、 numbering)
DUTIES_AFTER_A_GENERAL_PARAGRAPH = """某某市机构编制委员会关于某某市药品监督管理局职能配置的通知
一、职责调整
（一）市药监局承担下列职责:
市药监局负责全市药品、医疗器械和化妆品安全监督管理的综合协调工作。
1、负责拟订药品监督管理的地方性政策措施并组织实施。
2、负责组织开展药品不良反应监测和评价工作。
3、负责指导区药品监管部门的执法工作。（责任单位：市卫健委）
"""


def test_a_duty_list_whose_introducing_line_stands_a_paragraph_above_its_items():
    doc, ex = _doc(DUTIES_AFTER_A_GENERAL_PARAGRAPH)
    got = _explicit(ex)
    assert got == {
        "负责拟订药品监督管理的地方性政策措施并组织实施": {("某某市药品监督管理局", "lead")},
        "负责组织开展药品不良反应监测和评价工作": {("某某市药品监督管理局", "lead")},
        "负责指导区药品监管部门的执法工作": {("某某市卫生健康委员会", "lead")},  # its own annotation wins
    }
    assert set(_quotes(ex, "某某市药品监督管理局")) == {"市药监局承担下列职责:"}
    _quotes_are_original(doc, ex)
