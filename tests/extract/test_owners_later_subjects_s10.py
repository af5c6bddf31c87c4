"""Session 10 owner layouts, on small documents written for these tests (another city, other
numbering, traditional script, ASCII punctuation; none is a copy of a corpus document):

- an item whose first sentence names only a class (各单位要…) and whose LATER sentence gives one
  named body a task (…。市政府督查室将…) — that body leads (prose_owners.later_subjects; README
  "What is a measure": an item that gives a named body a task → lead that body). Seen in the
  requirement items of task-division notices (hangzhou-2020-govreport-keywork-responsibility-notice,
  wuhan-2022-govreport-target-task-division, shangrao-guangfeng-2021-govreport-keywork-division-notice);
- an owner note that opens with a cited number whose closing bracket was lost in copying
  (``(桂發〔20235號,市財政局、市商務局負責)``) still reads its units
  (anhui-2022-sisongyifu-real-economy-policy-list-trad).

Exact lead/support sets; every quote is the original text."""

from owner_support import explicit_owners, extract_text, quotes_are_original

LATER = """南宁市人民政府办公室关于做好2031年重点工作任务分解落实的通知
各县（区）人民政府，市直各部门：
现将有关事项通知如下。
一、细化工作方案。各牵头单位要于3月底前制定具体工作方案，明确时间节点。
二、强化督办问效。各责任单位要将重点工作纳入年度绩效目标。对推进不力的单位，市政府督查室将予以通报，并适时组织专项督查。
三、抓好宣传引导。各单位要加强政策解读。市委宣传部要统筹新闻媒体做好宣传。市统计局要定期发布数据。
四、及时报送情况。各牵头单位于每季度末将进展情况报市政府督查室。
五、做好资金保障。各单位要统筹资金。市财政局已下达专项资金2亿元。
南宁市人民政府办公室
2031年2月20日
"""


def test_one_body_given_a_task_in_a_later_sentence_leads():
    doc, ex = extract_text(LATER, "later-subjects.txt")
    got = {h[:4]: v for h, v in explicit_owners(ex).items()}
    # after a lead-in clause (对推进不力的单位，) the office is the subject of a duty (将…通报)
    assert got["强化督办"] == {("南宁市人民政府督查室", "lead")}
    lead = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("南宁市人民政府督查室"))
    assert [ev.quote for ev in lead.evidence] == ["对推进不力的单位，市政府督查室将予以通报，并适时组织专项督查"]
    quotes_are_original(doc, ex)


def test_no_owner_from_several_subjects_an_object_or_a_past_step():
    doc, ex = extract_text(LATER, "later-subjects.txt")
    got = {h[:4]: v for h, v in explicit_owners(ex).items()}
    # two named bodies each doing a step: the steps' actors, not the item's owner
    assert got["抓好宣传"] == set()
    # the office only receives the reports (报市政府督查室): an object, no subject
    assert got["及时报送"] == set()
    # 已下达: a step already taken, no task given
    assert got["做好资金"] == set()


TRADITIONAL_NOTES = """桂林市穩經濟促發展政策清單
1.對新引進的總部企業,按實繳注冊資本給予獎勵。(桂發〔20235號,市財政局、市商務局負責)
2.對年度納稅首次超過1億元的企業給予獎勵。(桂發〔2023〕5號,市稅務局負責)
3.支持企業上市融資。(桂發〔20235號,詳見原文)
"""


def test_a_cited_number_missing_its_bracket_does_not_hide_the_note():
    doc, ex = extract_text(TRADITIONAL_NOTES, "notes-trad.txt")
    got = {h[:6]: v for h, v in explicit_owners(ex).items()}
    assert got["对新引进的总"] == {("桂林市财政局", "lead"), ("桂林市商务局", "lead")}
    # read as the note's list (confidence 0.9), quoted from its first unit to its duty word
    fin = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("桂林市财政局"))
    assert [(ev.quote, ev.confidence) for ev in fin.evidence] == [("市財政局、市商務局負責", 0.9)]
    # the number cited with its brackets whole reads as before
    assert got["对年度纳税首"] == {("国家税务总局桂林市税务局", "lead")}
    # near miss: after the garbled number the note names no unit — nobody owns the item
    assert got["支持企业上市"] == set()
    quotes_are_original(doc, ex)


MEMBERS = """厦门市人民政府办公厅关于建立中医药发展联席会议制度的通知
各区人民政府，市直各部门：
现就有关事项通知如下：
1.建立联席会议制度。联席会议由市卫生健康委、市发展改革委、市财政局和市医保局等4个部门组成,市卫生健康委为牵头单位,负责联席会议日常工作。
2.定期召开会议。原则上每半年召开一次全体会议,研究解决中医药发展重大问题。
3.组建专家委员会。专家委员会由高校和医院的专家组成,市科技局为牵头单位。
"""


def test_a_member_list_with_a_stated_lead_the_members_support():
    """README (session 10): ``联席会议由A、B…组成，C为牵头单位`` — lead C, the other members support
    (jiangxi-2020-tcm-joint-meeting-system-approval)."""
    doc, ex = extract_text(MEMBERS, "members.txt")
    got = explicit_owners(ex)
    assert got["建立联席会议制度"] == {("厦门市卫生健康委员会", "lead"), ("厦门市发展和改革委员会", "support"),
                                       ("厦门市财政局", "support"), ("厦门市医疗保障局", "support")}
    fin = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("厦门市财政局"))
    assert [ev.quote for ev in fin.evidence] == ["由市卫生健康委、市发展改革委、市财政局和市医保局等4个部门组成"]
    # near miss: members that are no bodies (experts) add nobody; the stated lead stays
    assert got["组建专家委员会"] == {("厦门市科学技术局", "lead")}
    assert got["定期召开会议"] == set()
    quotes_are_original(doc, ex)


MEMBER_SECTION = """湖南省人民政府关于同意建立湖南省中医药产业发展联席会议制度的批复
省中医药局：
你局《关于建立湖南省中医药产业发展联席会议制度的请示》收悉。经研究，同意建立联席会议制度。
一、主要职责
统筹协调全省中医药产业发展工作，研究解决产业发展中的重大问题。
二、成员单位
联席会议由省发展改革委、省财政厅、省农业农村厅、省中医药局等4个部门组成，省中医药局为牵头单位。
三、成员单位
联席会议由省发展改革委、省财政厅和省农业农村厅组成。
"""


def test_a_member_section_acts_only_when_it_states_its_lead():
    """二、成员单位 is a describing label (structure._DESCRIBING) — unless the item states its lead
    (C为牵头单位): then it carries owners and acts (README, session 10; jiangxi-2020-tcm-joint-
    meeting-system-approval). Structure change minimal (structure._STATED_LEAD), msr10's module."""
    doc, ex = extract_text(MEMBER_SECTION, "member-section.txt")
    measures = sorted((n.props.get("number_text"), n.name) for n in ex.nodes if n.label == "Measure")
    assert measures == [("一、", "主要职责"), ("二、", "成员单位")]   # 三、 (no stated lead) describes
    got = explicit_owners(ex)
    assert got["成员单位"] == {("湖南省中医药管理局", "lead"), ("湖南省发展和改革委员会", "support"),
                                ("湖南省财政厅", "support"), ("湖南省农业农村厅", "support")}
    quotes_are_original(doc, ex)


JOINTLY = """莆田市人民政府关于加快生物医药产业发展的实施意见
一、加快研发平台建设。由市科技局牵头，会同市财政局、市工信局，支持企业建设研发中心。
二、完善人才政策。市人社局牵头，会同市教育局引进高层次人才。
三、健全协调机制。建立由市发展改革委牵头，会同市财政局的联席会议制度。
"""


def test_a_lead_then_the_units_it_works_with():
    """``由A牵头，会同B、C…`` / ``A牵头，会同B…``: A leads, the units it works with support. Near miss:
    the same words qualifying a noun (建立由A牵头，会同B的联席会议制度) name no owner of the item."""
    doc, ex = extract_text(JOINTLY, "jointly.txt")
    got = explicit_owners(ex)
    assert got["加快研发平台建设"] == {("莆田市科学技术局", "lead"), ("莆田市财政局", "support"),
                                       ("莆田市工业和信息化局", "support")}
    assert got["完善人才政策"] == {("莆田市人力资源和社会保障局", "lead"), ("莆田市教育局", "support")}
    assert got["健全协调机制"] == set()
    quotes_are_original(doc, ex)
