"""Owner layouts met in session 8 (held-6 opened), each on a document written for the test in
another province's style: the layout gives its owners with evidence quoting the source, and its
near-misses give none.

- a division-of-work text whose numbered item is only a heading sentence, its tasks the
  unnumbered paragraphs below it, each sentence run closed by an owner note
  (``（三）加快建设…平台。`` / ``深入实施…。（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）``):
  the notes own the item, their union (layout of the State Council's and the provinces' 重点工作
  部门分工 opinions; seen in guojia-2016-govreport-division-kjb-excerpt);
- an excerpt of a county's or district's plan that names no city and names its own place only
  far down, in prose (``县政府成立由县长任组长的岚皋县…领导小组，岚皋县…领导小组负责…``): its
  ``（责任单位：县农业农村局…）`` are that county's bureaus (entities._named_district; seen in
  meishan-pengshan-nd-tcm-strong-district-tasks-excerpt, whose only place is 彭山区 in a group's name);
- a task card (服务事项：… then its fields one per line) whose page glued two fields onto one line
  (``责任处室：高新技术处。协办单位：A、B。``): the glued owner field is a column of its own
  (tables._glued_fields; seen in jiangsu-2021-ftz-biomed-implementation-rules, 经办单位 after 责任处室);
- a subject that helps another body (``我局将主动配合县卫生健康局加快…``, ``县财政局将积极配合…``):
  the helped body leads, the helper supports — with up to three adverbs before 配合 (将积极配合)
  (prose_owners; seen in haikou-fgw-2019-kangyang-proposal-cooffice-opinion);
- a subject whose list closes with a class (``市发展改革委等有关部门要加强…``): the named body leads,
  the class after 等 names nobody (owners._subjects; seen in tianjin-2021-sino-japan-health-zone-approval)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

SHAANXI = """来源：陕西省人民政府 https://example.gov.cn/c/3.html
陕西省人民政府关于落实《政府工作报告》重点工作部门分工的意见
陕政发〔2025〕9号
各设区市人民政府，省人民政府各工作部门：
现就落实《政府工作报告》确定的重点工作提出部门分工意见如下。
二、扎实推进科技创新
（三）加快建设秦创原创新驱动平台。
深入实施科技成果转化改革，支持高校院所建设概念验证中心。（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）
培育壮大科技型中小企业，落实研发费用加计扣除政策。（省工业和信息化厅牵头，省科技厅、省税务局按职责分工负责）
"""

_ITEM = "加快建设秦创原创新驱动平台"


def _leads(doc, ex) -> dict[str, list[str]]:
    """body name → the quotes of its explicit LEADS evidence."""
    names = {x.id: x.name for x in ex.nodes}
    out: dict[str, list[str]] = {}
    for e in ex.edges:
        if e.type == "LEADS":
            out.setdefault(names[e.source], []).extend(ev.quote for ev in e.evidence if ev.method == "explicit")
    return out


def test_paragraphs_closed_by_notes_under_the_last_item_give_its_owners():
    doc, ex = extract_text(SHAANXI, "shaanxi.txt")
    assert explicit_owners(ex) == {_ITEM: {
        ("陕西省科学技术厅", "lead"), ("陕西省工业和信息化厅", "lead"),
        ("陕西省教育厅", "support"), ("陕西省财政厅", "support"), ("国家税务总局陕西省税务局", "support")}}
    quotes_are_original(doc, ex)
    first = "省科技厅牵头，省教育厅、省财政厅等按职责分工负责"
    second = "省工业和信息化厅牵头，省科技厅、省税务局按职责分工负责"
    leads = _leads(doc, ex)
    assert leads["陕西省科学技术厅"] == [first]          # a lead of one note, a supporter of the other: lead
    assert leads["陕西省工业和信息化厅"] == [second]
    assert leads["陕西省教育厅"] == [first]
    ev = next(ev for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.quote == second)
    assert SHAANXI.index(second) == ev.start and ev.end == ev.start + len(second)


def test_an_excerpt_cut_after_the_last_note_keeps_the_notes_before_the_cut():
    # the pasted paragraphs joined onto one line, the page cut inside the next task
    text = SHAANXI.replace("负责）\n培育", "负责）培育").rstrip("\n") + "深化科技管理体制改革，扩大高校和科研院所自主"
    doc, ex = extract_text(text, "shaanxi-cut.txt")
    assert {b for b, _ in explicit_owners(ex)[_ITEM]} == {
        "陕西省科学技术厅", "陕西省工业和信息化厅", "陕西省教育厅", "陕西省财政厅", "国家税务总局陕西省税务局"}
    quotes_are_original(doc, ex)


def test_a_paragraph_without_a_note_ends_the_item_s_tasks():
    # the paragraph below the item states no owner: the note further down is no longer the item's
    text = SHAANXI.replace("深入实施科技成果转化改革，支持高校院所建设概念验证中心。（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）",
                           "全省上下要凝聚合力，确保各项任务落地见效。")
    doc, ex = extract_text(text, "shaanxi-none.txt")
    assert explicit_owners(ex) == {_ITEM: set()}


def test_a_numbered_heading_below_the_item_is_no_task_of_it():
    # the notes stand under the next section's heading (三、保障措施), not under the item
    text = SHAANXI.replace("深入实施", "三、保障措施\n深入实施")
    doc, ex = extract_text(text, "shaanxi-section.txt")
    assert explicit_owners(ex).get(_ITEM, set()) == set()


def test_a_bracket_that_states_no_duty_is_no_note():
    # （2025年底前完成）: a deadline in brackets closes the paragraph, no unit is made responsible
    text = SHAANXI.replace("（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）", "（2025年底前完成）") \
        .replace("（省工业和信息化厅牵头，省科技厅、省税务局按职责分工负责）", "（省科技厅、省税务局等有关部门）")
    doc, ex = extract_text(text, "shaanxi-deadline.txt")
    assert explicit_owners(ex) == {_ITEM: set()}


# a county's plan excerpted by a site (its source remark names no place), the county named only
# at the end, past the head where a district body names the document's own district
LANGAO = """来源：某政策资讯网（摘录） https://example.com/news/77.html
三、重点任务（一）壮大富硒茶产业
1.建设标准化生态茶园，推广绿色防控技术，新建高标准茶园1万亩，改造提升低产茶园5000亩，建立茶园病虫害绿色防控示范区。（责任单位：县农业农村局、县财政局）
2.培育茶叶加工龙头企业，打造区域公用品牌，支持企业建设清洁化加工生产线，对获评省级以上龙头企业的给予一次性奖励。（责任单位：县市场监管局、县农业农村局）
（二）发展茶旅融合
3.建设茶文化体验园，开发茶乡精品旅游线路，推动茶园变景区、茶区变景区，办好采茶节等节会活动，扩大品牌影响力。（责任单位：县文化和旅游局、县林业局）
4.培育茶产业经营主体，发展茶叶专业合作社和家庭农场，开展新型职业农民培训，提升茶农种植和加工技能。（责任单位：县农业农村局、县人力资源和社会保障局）
四、组织保障
县政府成立由县长任组长的岚皋县富硒茶产业发展工作领导小组，岚皋县富硒茶产业发展工作领导小组负责统筹上述任务。
"""


def _by_number(ex) -> dict[int, set[tuple[str, str]]]:
    heads = {x.name: x.props.get("number") for x in ex.nodes if x.label == "Measure"}
    return {heads[h]: v for h, v in explicit_owners(ex).items()}


def test_a_county_excerpt_naming_its_county_only_in_prose_owns_its_bureaus():
    assert LANGAO.find("岚皋") > 400   # past the head
    doc, ex = extract_text(LANGAO, "langao.txt")
    assert _by_number(ex) == {
        1: {("岚皋县农业农村局", "lead"), ("岚皋县财政局", "support")},
        2: {("岚皋县市场监督管理局", "lead"), ("岚皋县农业农村局", "support")},
        3: {("岚皋县文化和旅游局", "lead"), ("岚皋县林业局", "support")},
        4: {("岚皋县农业农村局", "lead"), ("岚皋县人力资源和社会保障局", "support")}}
    quotes_are_original(doc, ex)
    quotes = _leads(doc, ex)["岚皋县财政局"]
    assert quotes == ["（责任单位：县农业农村局、县财政局"]   # the annotation from its bracket


def test_a_second_county_named_twice_leaves_the_place_unknown():
    # two counties each named twice: whose bureaus 县农业农村局 are the text does not say
    text = LANGAO.replace("负责统筹上述任务。", "负责统筹上述任务，借鉴“平利县茶旅融合示范区”建设经验，平利县已形成样板。")
    doc, ex = extract_text(text, "langao-two.txt")
    assert all(v == set() for v in explicit_owners(ex).values())
    assert sorted(n.name for n in ex.nodes if n.label == "Bureau") == ["岚皋县富硒茶产业发展工作领导小组"]


def test_a_text_that_does_not_speak_as_a_county_s_names_no_own_county():
    # no 县政府/县委/全县: the county in the group's name may be any county's the text reports on
    text = LANGAO.replace("县政府成立由县长任组长的", "成立由分管领导任组长的")
    doc, ex = extract_text(text, "langao-other.txt")
    assert all(v == set() for v in explicit_owners(ex).values())


NINGBO = """来源：宁波市人民政府 https://example.gov.cn/d/4.html
宁波市生物医药产业政策兑现服务指南
服务事项：对新获批上市的一类创新药给予研发补助。
适用范围：在本市注册的生物医药企业。
办理方式：企业通过政策兑现平台在线申报。
责任单位：市科技局。
责任处室：高新技术处。协办单位：市财政局、市市场监管局。
"""


def test_an_owner_field_glued_after_another_field_of_a_card_is_read():
    doc, ex = extract_text(NINGBO, "ningbo.txt")
    assert explicit_owners(ex) == {"对新获批上市的一类创新药给予研发补助": {
        ("宁波市科学技术局", "lead"), ("宁波市财政局", "support"), ("宁波市市场监督管理局", "support")}}
    quotes_are_original(doc, ex)
    leads = _leads(doc, ex)
    assert leads["宁波市财政局"] == ["市财政局、市市场监管局"]   # the glued field's value, its 。 left out
    assert leads["宁波市科学技术局"] == ["市科技局。"]


def test_a_glued_field_that_names_no_owner_column_adds_no_owner():
    # 监督单位 (who oversees the service) glued after the division: no owner column
    text = NINGBO.replace("协办单位：市财政局、市市场监管局。", "监督单位：市审计局。")
    doc, ex = extract_text(text, "ningbo-phone.txt")
    assert explicit_owners(ex) == {"对新获批上市的一类创新药给予研发补助": {("宁波市科学技术局", "lead")}}


DEQING = """来源：德清县人民政府 https://example.gov.cn/e/5.html
德清县发展和改革局关于县政协十届三次会议第21号提案的答复
尊敬的王委员：
您提出的《关于加快建设县域医疗中心的建议》收悉，现答复如下：
一、下一步，我局将主动配合县卫生健康局加快县人民医院迁建项目前期工作，争取列入省重点建设项目。
二、我局将积极争取中央预算内投资，支持基层医疗卫生机构提升服务能力。
德清县发展和改革局
2024年6月10日
"""
_HELP = "下一步，我局将主动配合县卫生健康局加快县人民医院迁建项目前期工作，争取列入省重点建设项目"


def test_the_body_a_helping_subject_helps_leads():
    doc, ex = extract_text(DEQING, "deqing.txt")
    assert explicit_owners(ex) == {
        _HELP: {("德清县卫生健康局", "lead"), ("德清县发展和改革局", "support")},
        "我局将积极争取中央预算内投资，支持基层医疗卫生机构提升服务能力": {("德清县发展和改革局", "lead")}}
    quotes_are_original(doc, ex)
    assert _leads(doc, ex)["德清县卫生健康局"] == [_HELP]   # the sentence that says so


def test_a_named_subject_helping_after_a_lead_in():
    text = DEQING.replace("下一步，我局将主动配合县卫生健康局", "下一步，县财政局将积极配合县卫生健康局")
    doc, ex = extract_text(text, "deqing-named.txt")
    owners = explicit_owners(ex)[_HELP.replace("我局将主动", "县财政局将积极")]
    assert owners == {("德清县卫生健康局", "lead"), ("德清县财政局", "support")}


def test_helping_a_class_names_no_lead():
    # 上级有关部门 is no body: the helper still only supports, nobody is made lead by the sentence
    text = DEQING.replace("配合县卫生健康局", "配合上级有关部门")
    doc, ex = extract_text(text, "deqing-class.txt")
    assert explicit_owners(ex)[_HELP.replace("县卫生健康局", "上级有关部门")] == {("德清县发展和改革局", "support")}


ZHENGZHOU = """来源：郑州市人民政府 https://example.gov.cn/f/6.html
郑州市人民政府关于同意设立郑州航空港生物医药产业园的批复
郑政文〔2024〕12号
市发展改革委、航空港区管委会：
你们的请示收悉。经研究，现批复如下：
一、同意设立郑州航空港生物医药产业园。
二、加快推进园区建设。市发展改革委等有关部门要加强与省直部门沟通对接，及时协调解决园区建设中的困难和问题。
三、完善园区配套服务。园区所需资金按现行渠道解决。
郑州市人民政府
2024年3月1日
"""


def test_a_subject_closed_by_a_class_leads():
    doc, ex = extract_text(ZHENGZHOU, "zhengzhou.txt")
    assert explicit_owners(ex)["加快推进园区建设"] == {("郑州市发展和改革委员会", "lead")}
    assert _leads(doc, ex)["郑州市发展和改革委员会"] == ["市发展改革委等有关部门要加强与省直部门沟通对接"]
    quotes_are_original(doc, ex)


def test_a_subject_closed_by_a_class_with_no_verb_owns_nothing():
    # 市发展改革委等有关部门的意见: a noun phrase, nobody is given the task
    text = ZHENGZHOU.replace("市发展改革委等有关部门要加强与省直部门沟通对接", "市发展改革委等有关部门的意见已充分吸收")
    doc, ex = extract_text(text, "zhengzhou-noun.txt")
    assert explicit_owners(ex)["加快推进园区建设"] == set()
