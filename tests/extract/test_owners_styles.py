"""Owner styles beyond the annotation on the item's own line (extract/owners.py), on small
documents written for these tests (none is a copy of a corpus document): several kinds in
one bracket with classes among the units, field lines of a task-division table, an approval
whose items name their subject (and 你委 = the addressee), 会同, 由X负责, and a bare list
cut at the end of the file. Exact lead/support sets; every quote is the original text."""


from owner_support import explicit_owners as _explicit
from owner_support import extract_text
from owner_support import quotes_are_original as _quotes_are_original


def _doc(text: str):
    return extract_text(text, "owners-styles.txt")


KINDS_IN_ONE_BRACKET = """成都市人民政府关于加快医药健康人才集聚的若干意见
各区（市）县人民政府，市政府各部门：
1.临床研究人才项目。5年内培养200名临床研究骨干。（牵头单位：市卫生健康委，配合单位：市财政局、市医保局，各区、县级市）
2.青年科技人才项目。每年资助100名青年科技人员。(牵头部门:市科技局,协同部门:市教育局;参与单位:各有关单位)
3.产业园区建设项目。统筹推进产业园区布局。（责任单位：各区人民政府〈含开发区管委会，下同〉）
"""


def test_kinds_in_one_bracket_each_open_a_list_and_classes_are_not_owners():
    doc, ex = _doc(KINDS_IN_ONE_BRACKET)
    got = _explicit(ex)
    assert got["临床研究人才项目"] == {("成都市卫生健康委员会", "lead"), ("成都市财政局", "support"),
                                      ("成都市医疗保障局", "support")}
    assert got["青年科技人才项目"] == {("成都市科学技术局", "lead"), ("成都市教育局", "support")}
    assert got["产业园区建设项目"] == set()  # 各区人民政府〈含开发区管委会〉 is a class
    lead = next(e for e in ex.edges if e.type == "LEADS" and e.props["role"] == "lead"
                and e.source.endswith("成都市卫生健康委员会"))
    assert [ev.quote for ev in lead.evidence] == ["（牵头单位：市卫生健康委"]
    _quotes_are_original(doc, ex)


FIELD_LINES = """绍兴市人民政府办公室关于印发2024年主要目标任务责任分解的通知
一、主要预期目标

1.规模以上工业增加值增长8%。

牵头领导：常务副市长

主要责任单位：市经信局

2.居民人均可支配收入增长6%。

牵头领导：副市长

主要责任单位：市人力社保局、市统计局

3.城镇新增就业5万人。

责任单位：市人力社保局
"""


def test_field_lines_after_a_target_name_its_owners():
    doc, ex = _doc(FIELD_LINES)
    got = _explicit(ex)
    assert got["规模以上工业增加值增长8%"] == {("绍兴市经济和信息化局", "lead")}
    assert got["居民人均可支配收入增长6%"] == {("绍兴市人力资源和社会保障局", "lead"), ("绍兴市统计局", "support")}
    assert got["城镇新增就业5万人"] == {("绍兴市人力资源和社会保障局", "lead")}
    ev = [e for e in ex.edges if e.type == "LEADS" and e.source.endswith("经济和信息化局")][0].evidence[0]
    assert ev.quote == "主要责任单位：市经信局"
    _quotes_are_original(doc, ex)


def test_field_block_after_an_item_ends_at_the_first_line_that_is_not_a_field():
    """When structure ends an item at its heading line, the owner fields below it still
    belong to it (relations reads them up to the next item)."""
    from medgraph.extract.owners import fields_end

    text = "  1.地区生产总值增长6%。\n\n  牵头领导：常务副区长\n\n  主要责任单位：区发展改革委\n\n  完成时\n  二、其他工作"
    pos = text.index("。") + 1
    assert text[pos:fields_end(text, pos, len(text))].strip().endswith("主要责任单位：区发展改革委")
    assert fields_end(text, text.index("二、"), len(text)) == text.index("二、")


APPROVAL = """国务院关于同意设立某某国家级新区的批复
国函〔2030〕7号
国家发展改革委、四川省人民政府：
你们关于设立某某新区的请示收悉。现批复如下：
一、同意设立某某新区。新区位于某某市东部。
二、新区的规划范围由你委严格审核，并报国务院备案。
三、四川省人民政府要切实加强组织领导，完善工作机制，扎实推进新区建设。
四、加强督导。国家发展改革委会同自然资源部加强指导和支持。
五、落实责任。各有关部门要加强协作。国务院办公厅将适时开展督查。
国务院
2030年3月1日
"""


def test_approval_items_name_their_subject_and_you_means_the_addressee():
    doc, ex = _doc(APPROVAL)
    got = _explicit(ex)
    heads = {h[:6]: v for h, v in got.items()}
    assert heads["同意设立某某"] == set()
    # 你委: the salutation names two bodies; 委 is the commission's
    assert heads["新区的规划范"] == {("国家发展和改革委员会", "lead")}
    assert heads["四川省人民政"] == {("四川省人民政府", "lead")}
    # the subject right after the heading, with 会同: lead and support
    assert heads["加强督导"] == {("国家发展和改革委员会", "lead"), ("自然资源部", "support")}
    # an item whose first sentence names only a class (各有关部门要…) and whose later sentence gives
    # ONE named body a task (国务院办公厅将…督查): that body leads (README "What is a measure": an
    # item that gives a named body a task → lead that body; session 10, prose_owners.later_subjects)
    assert heads["落实责任"] == {("国务院办公厅", "lead")}
    _quotes_are_original(doc, ex)


AGENT_AND_CUT = """杭州市人民政府办公厅关于印发某某工作要点的通知
1.推进园区规划。园区四至范围的界址坐标由市规划和自然资源局、市住房城乡建设委负责发布。
2.建立协调机制。建立由市科技局牵头的协调机制。
3.加大财政投入。统筹资金支持。（市财政局、市科技局、人民
"""


def test_agents_and_a_list_the_file_cuts():
    doc, ex = _doc(AGENT_AND_CUT)
    got = _explicit(ex)
    assert got["推进园区规划"] == {("杭州市规划和自然资源局", "lead"), ("杭州市住房和城乡建设委员会", "lead")}
    assert got["建立协调机制"] == set()  # 由X牵头的: an attribute, not an owner
    assert got["加大财政投入"] == {("杭州市财政局", "lead"), ("杭州市科学技术局", "support")}
    _quotes_are_original(doc, ex)


PLACES_ALONE = """武汉市人民政府办公厅关于印发某某行动方案的通知
1.推进园区规划。加快规划编制。(牵头单位:市发展改革委;责任单位:市财政局,硚口区、江夏区人民政府)
2.建设服务中心。打造综合服务平台。（牵头单位：市科技局，配合单位：市人社局、洪山区）
3.完善配套。优化配套服务。（责任单位：各区人民政府）
"""


def test_places_listed_alone_stand_for_their_governments():
    doc, ex = _doc(PLACES_ALONE)
    got = _explicit(ex)
    assert got["推进园区规划"] == {("武汉市发展和改革委员会", "lead"), ("武汉市财政局", "support"),
                                  ("武汉市硚口区人民政府", "support"), ("武汉市江夏区人民政府", "support")}
    assert got["建设服务中心"] == {("武汉市科学技术局", "lead"), ("武汉市人力资源和社会保障局", "support"),
                                  ("武汉市洪山区人民政府", "support")}
    assert got["完善配套"] == set()
    _quotes_are_original(doc, ex)


CONVENTION_FIRST_PLACE = """苏州市人民政府关于印发某某若干措施的通知
各项任务责任单位中排在首位的为牵头单位。
1.支持研发。给予奖励。（责任单位：市科技局、市财政局）
2.加快审评。优化流程。（责任单位：市市场监管局、市卫健委，各区政府按职责分工负责）
3.优化服务。提供服务。（市商务局、市文广旅局按职责分工负责）
"""


def test_first_place_convention_and_duty_clauses():
    doc, ex = _doc(CONVENTION_FIRST_PLACE)
    got = _explicit(ex)
    assert got["支持研发"] == {("苏州市科学技术局", "lead"), ("苏州市财政局", "support")}
    # 按职责分工负责 there is the districts' clause: the stated convention still reads the list
    assert got["加快审评"] == {("苏州市市场监督管理局", "lead"), ("苏州市卫生健康委员会", "support")}
    # …按职责分工负责 closing a list of units: all co-responsible
    assert {r for _, r in got["优化服务"]} == {"lead"} and len(got["优化服务"]) == 2
    lead = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("苏州市科学技术局"))
    assert [ev.quote for ev in lead.evidence] == ["（责任单位：市科技局、市财政局", "排在首位的为牵头单位"]
    _quotes_are_original(doc, ex)


def test_an_agent_that_qualifies_a_noun_owns_nothing():
    doc, ex = _doc("杭州市人民政府办公厅关于印发某某工作要点的通知\n"
                   "1.支持企业。对由市科技局认定的高新技术企业给予奖励。\n"
                   "2.制定细则。由市经信局负责制定具体的实施细则。\n"
                   "3.其他工作。做好服务。\n")
    got = _explicit(ex)
    assert got["支持企业"] == set()
    assert got["制定细则"] == {("杭州市经济和信息化局", "lead")}


def test_a_lead_marked_inside_the_list():
    doc, ex = _doc("南昌市人民政府关于印发某某实施方案的通知\n"
                   "1.壮大产业集群。培育龙头企业。（责任单位：市财政局、市工信局（牵头）、市科技局）\n"
                   "2.优化营商环境。深化改革。(责任单位:市发改委(牵头),市市场监管局)\n"
                   "3.其他工作。做好服务。\n")
    got = _explicit(ex)
    assert got["壮大产业集群"] == {("南昌市工业和信息化局", "lead"), ("南昌市财政局", "support"), ("南昌市科学技术局", "support")}
    assert got["优化营商环境"] == {("南昌市发展和改革委员会", "lead"), ("南昌市市场监督管理局", "support")}
    _quotes_are_original(doc, ex)


def test_bracketed_labels_and_duty_phrases():
    doc, ex = _doc("厦门市人民政府关于印发某某工作方案的通知\n"
                   "1.建设创新平台。布局重点实验室。【牵头单位】市科技局【配合单位】市财政局、市教育局\n"
                   "2.完善人才政策。优化人才服务。（责任单位：市人社局、市委人才办（按职责分工负责））\n"
                   "3.推进数字政府。建设一网通办。（市大数据管理局负责）\n")
    got = _explicit(ex)
    assert got["建设创新平台"] == {("厦门市科学技术局", "lead"), ("厦门市财政局", "support"), ("厦门市教育局", "support")}
    assert {r for _, r in got["完善人才政策"]} == {"lead"} and ("厦门市人力资源和社会保障局", "lead") in got["完善人才政策"]
    assert got["推进数字政府"] == {("厦门市大数据管理局", "lead")}
    _quotes_are_original(doc, ex)


def test_a_metadata_footer_after_the_last_item_names_no_owner():
    doc, ex = _doc("北京市海淀区人民政府关于某某工作的通知\n"
                   "1.推进园区建设。加快建设。\n"
                   "2.优化营商环境。深化改革。\n"
                   "\n公开责任部门：北京市海淀区人民政府办公室\n发布日期：2030-01-01\n")
    got = _explicit(ex)
    assert got["优化营商环境"] == set() and got["推进园区建设"] == set()


def test_compound_kind_labels():
    doc, ex = _doc("上海市人民政府办公厅关于印发某某行动计划的通知\n"
                   "1.加强研发攻关。推进关键技术研发。(责任部门和单位:市科委、市发展改革委、市教委等)\n"
                   "2.完善临床体系。建设研究型病房。(主要负责部门:市卫生健康委;配合部门/单位:市医保局)\n"
                   "3.其他工作。做好服务。\n")
    got = _explicit(ex)
    assert got["加强研发攻关"] == {("上海市科学技术委员会", "lead"), ("上海市发展和改革委员会", "support"),
                                  ("上海市教育委员会", "support")}
    assert got["完善临床体系"] == {("上海市卫生健康委员会", "lead"), ("上海市医疗保障局", "support")}
    _quotes_are_original(doc, ex)


def test_agents_listed_with_a_body_the_catalog_does_not_know():
    doc, ex = _doc("国务院关于同意某某高新区升级的批复\n国函〔2030〕9号\n某某省人民政府：\n"
                   "一、同意某某高新区升级为国家高新技术产业开发区。\n"
                   "二、规划面积为1平方公里，界址点坐标由科技部、国土资源部、住房城乡建设部负责发布。\n"
                   "三、某某高新区要加快发展。\n")
    got = {h[:4]: v for h, v in _explicit(ex).items()}
    # 国土资源部 (a ministry of earlier State Councils) is named by bodies.py's ministry list now
    assert got["规划面积"] == {("科学技术部", "lead"), ("国土资源部", "lead"), ("住房和城乡建设部", "lead")}
    assert got["同意某某"] == set()
