"""What acts and what describes, by document kind (tests/corpus/real/README.md, "What is a
measure", session 7), each on a small document written for its test (other cities, numberings
and punctuation than the corpus texts):

* a notice that issues a task list: its own requirements on carrying the list out, addressed
  to the units as a class (各责任单位要…, 各乡镇、各部门要…), are no measures — whether the list
  follows or not; the one that gives a named body a task of its own (县政府督查室负责…) acts;
  a plan's own 保障措施 items addressed to classes stay measures.

Every heading is checked against the text at its span, and through ``extract`` the measure's
quote against the original document."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract, structure
from medgraph.textnorm import normalize

from measure_support import measures, shape

CAT = load_catalog()


def _shape(text: str) -> list[tuple[str, str]]:
    return shape(text)


def _measures(text: str) -> list[tuple[str, str]]:
    return measures(text, "kinds.txt")


# --- a notice issuing a task list: its own requirements ------------------------------------------

_NOTICE = ("祁东县人民政府办公室关于印发《2025年县政府重点民生实事责任清单》的通知\n"
           "祁政办发〔2025〕7号\n"
           "各乡镇人民政府，县直各单位：\n"
           "《2025年县政府重点民生实事责任清单》已经县人民政府研究同意，现印发给你们，并就有关事项通知如下：\n"
           "（一）压紧压实责任。各乡镇、各部门要把民生实事摆上重要议事日程，主要负责同志亲自过问。\n"
           "（二）定期调度进展。各牵头单位每月5日前报送上月进展，配合单位要主动对接。\n"
           "（三）严格考核问效。县政府督查室负责对清单事项开展专项督查，每季度通报一次。\n")


def test_a_task_list_notices_own_requirements_to_classes_are_no_measures():
    # (一)(二) speak to classes (各乡镇、各部门要 / 各牵头单位…配合单位要): framing; (三) gives the
    # county government's inspection office a task of its own: it acts
    assert _shape(_NOTICE) == [("(三)", "严格考核问效")]
    assert _measures(_NOTICE) == [("(三)", "（三）严格考核问效")]


def test_requirements_with_an_owner_note_act():
    text = _NOTICE.replace("主要负责同志亲自过问。", "主要负责同志亲自过问。（责任单位：县民政局）")
    assert _shape(text) == [("(一)", "压紧压实责任"), ("(三)", "严格考核问效")]


_PLAN_OWN = ("祁东县2025年养老服务提升行动方案\n"
             "为提升全县养老服务水平，制定本方案。\n"
             "一、建设村级互助养老点。各乡镇要在年内建成互助养老点不少于3个。\n"
             "二、培育护理人才队伍。各乡镇、各部门要组织护理员培训，全年培训500人次。\n"
             "三、加强组织领导。各责任单位要明确专人负责，按月报送进展。\n")


def test_a_plans_own_items_to_classes_stay_measures():
    # no issuing line above the list: the plan's own items (its 保障措施 too) act
    assert _shape(_PLAN_OWN) == [("一、", "建设村级互助养老点"), ("二、", "培育护理人才队伍"), ("三、", "加强组织领导")]


# --- activity notices: what describes and what asks -------------------------------------------

_TRAINING = ("南宁市科学技术局关于举办2024年科技型企业政策培训班的通知\n"
             "各县（市、区）科技主管部门，各有关企业：\n"
             "为帮助企业用好研发费用加计扣除等政策，我局定于10月举办专题培训，现将有关事项通知如下：\n"
             "一、培训内容\n"
             "1）研发费用加计扣除政策要点；\n"
             "2）高新技术企业认定标准与流程；\n"
             "3）科技成果转化奖补政策。\n"
             "二、培训时间和地点\n"
             "培训定于10月16日在市科技馆报告厅举行，为期一天，由市科技局组织实施。\n"
             "三、报名要求\n"
             "请各县（市、区）科技主管部门于10月10日前汇总报送参训名单。\n"
             "四、联系方式\n"
             "联系人：黄工 0771-5550123\n"
             "南宁市科学技术局\n"
             "2024年9月20日\n")


def test_an_activity_notice_asks_in_its_arrangements_and_describes_in_its_contents():
    # 一、培训内容 and its 1) 2) 3) list topics, 四、联系方式 contacts: they describe; 二、 (when and
    # where, who organises it) and 三、报名要求 (请…报送) ask units to act
    assert _shape(_TRAINING) == [("二、", "培训时间和地点"), ("三、", "报名要求")]


_CALL = ("关于组织申报2025年度区级重点实验室的通知\n"
         "各有关单位：\n"
         "为加快创新平台建设，现组织开展区级重点实验室申报工作。\n"
         "一、支持方向\n"
         "重点支持生物医药、新材料领域的实验室建设，每家给予最高50万元经费补助。\n"
         "二、申报条件\n"
         "1.在本区注册的独立法人单位；\n"
         "2.拥有固定研发场所，面积不少于500平方米；\n"
         "3.近三年无严重失信记录。\n"
         "三、相关说明\n"
         "1.同一单位限报一项；\n"
         "2.已获市级认定的实验室不再重复支持。\n")


def test_conditions_and_explanations_of_a_call_are_no_measures():
    assert _shape(_CALL) == [("一、", "支持方向")]


# --- a regulation's general articles ------------------------------------------------------------

_RULES = ("遵义市全民健身条例\n"
          "第一章 总则\n"
          "第一条 为了促进全民健身活动开展，提高市民身体素质，根据有关法律法规，结合本市实际，制订本条例。\n"
          "第二条 本条例适用于本市行政区域内的全民健身活动及其管理。\n"
          "第三条 全民健身工作遵循政府主导、社会参与、因地制宜的原则。\n"
          "第四条 本市应当大力发展群众体育，遵循体育发展规律，服务健康遵义建设大局。\n"
          "第五条 市、县级人民政府应当坚持公益普惠原则，将全民健身经费列入本级财政预算。\n"
          "第六条 学校应当遵循学生身心发展规律，保障学生每天校内体育活动时间不少于一小时。\n")


def test_a_regulations_general_articles_frame_and_its_duties_act():
    # 第一条 purpose (制订本条例), 第二条 scope, 第三条 principle, 第四条 a general commitment of the
    # city (本市应当…遵循…规律) frame; 第五条/第六条 give governments and schools duties: they act
    assert _shape(_RULES) == [("第五条", "市、县级人民政府应当坚持公益普惠原则，将全民健身经费列入本级财政预算"),
                              ("第六条", "学校应当遵循学生身心发展规律，保障学生每天校内体育活动时间不少于一小时")]


# --- a plan's status section --------------------------------------------------------------------

_STATUS = ("嘉善县推进智能传感器产业发展三年行动计划（2025-2027年）\n"
           "一、嘉善智能传感器产业发展基础与优势\n"
           "（一）已集聚一批传感器骨干企业\n"
           "全县现有规上传感器企业42家，2024年产值突破百亿元。\n"
           "（二）产业配套体系较为完备\n"
           "封装测试、模组制造等环节均有企业布局。\n"
           "二、重点任务\n"
           "（一）实施龙头企业培育工程\n"
           "每年新增产值超十亿元企业2家以上。\n"
           "（二）建设传感器公共测试平台\n"
           "2026年前建成省级公共测试平台1个。\n")


def test_a_named_fields_basis_and_strengths_section_describes():
    # 一、嘉善智能传感器产业发展基础与优势: how things stand (已集聚…, 配套体系较为完备) — its items
    # describe; the tasks of 二、重点任务 act
    assert _shape(_STATUS) == [("(一)", "实施龙头企业培育工程"), ("(二)", "建设传感器公共测试平台")]


# --- a reply's points -----------------------------------------------------------------------------

_REPLY_TEXT = ("衢州市经济和信息化局关于市政协九届二次会议第56号提案的答复\n"
               "王某某委员：\n"
               "您提出的《关于加快发展我市智能装备产业的建议》收悉，现答复如下：\n"
               "首先感谢您对我市智能装备产业发展的关心和支持！您在提案中对我市产业基础、企业梯队和配套环境的分析"
               "客观深入，提出的培育龙头企业、建设创新平台、完善要素保障等建议针对性强，对我们做好下一步工作很有帮助。\n"
               "近年来，我市把智能装备作为主导产业培育。一是完善政策体系。出台《衢州市智能装备产业发展三年行动计划》，"
               "成立由市政府主要领导任组长的产业链工作专班。二是加快平台建设。建成省级智能装备创新中心1家，"
               "引进研发机构5家。三是强化要素保障。每年安排专项资金3000万元支持企业技术改造。\n"
               "衢州市经济和信息化局\n"
               "2024年7月1日\n")


def test_a_replys_inline_points_are_its_measures():
    assert _shape(_REPLY_TEXT) == [("一是", "完善政策体系"), ("二是", "加快平台建设"), ("三是", "强化要素保障")]


def test_a_body_whose_leaders_chair_a_group_owns_nothing():
    # 成立由市政府主要领导任组长的…专班: the government's leaders (persons) chair it; the government
    # is no owner of the point
    doc = read_bytes(_REPLY_TEXT.encode("utf-8"), "reply.txt")
    ex = extract(doc, CAT)
    names = {n.id: n.name for n in ex.nodes}
    assert sorted(n.name for n in ex.nodes if n.label == "Measure") == ["加快平台建设", "完善政策体系", "强化要素保障"]
    assert [names[e.source] for e in ex.edges if e.type == "LEADS" and "政府" in names[e.source]] == []


def test_inline_points_of_a_plan_paragraph_stay_prose():
    # no reply: 一是/二是 inside a plan's paragraph enumerate its sentence's parts
    text = ("常山县2025年胡柚产业发展实施方案\n"
            "一、做强种植基地\n"
            "全年新建标准化基地2000亩，一是推广绿色防控，二是推进机械化采摘。\n"
            "二、做优精深加工\n"
            "引进胡柚深加工企业2家，开发功能食品3个。\n")
    assert _shape(text) == [("一、", "做强种植基地"), ("二、", "做优精深加工")]


def test_an_interpretations_headings_about_the_document_joined_by_ji_frame():
    text = ("《丽江市促进文旅康养产业发展若干措施》政策解读\n"
            "一、《若干措施》出台背景\n"
            "为落实省委、省政府部署，市文旅局起草了《若干措施》。\n"
            "二、《若干措施》编制定位及考虑\n"
            "突出康养特色，兼顾文旅融合。\n"
            "三、支持建设康养旅居基地。每个给予最高100万元补助。\n"
            "四、鼓励开发康养旅游线路。对年接待游客超过1万人次的给予奖励。\n")
    assert _shape(text) == [("三、", "支持建设康养旅居基地"), ("四、", "鼓励开发康养旅游线路")]


# --- sub items that split an owned item -----------------------------------------------------------

_LUZHOU = "泸州市促进白酒产业高质量发展若干措施\n"
_LUZHOU_REST = ("（二）加快品牌建设。对新获中国驰名商标的企业给予30万元奖励。（牵头单位：市市场监管局）\n"
                "（三）强化人才支撑。每年评选酿酒大师10名，给予每人5万元奖励。（牵头单位：市人力资源社会保障局）\n")


def _owned(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(number_text, name, explicit owners) of each Measure ``extract`` makes."""
    ex = extract(read_bytes(text.encode("utf-8"), "owned.txt"), CAT)
    names = {n.id: n.name for n in ex.nodes}
    out = []
    for m in sorted((n for n in ex.nodes if n.label == "Measure"), key=lambda n: n.props["start"]):
        owners = sorted((names[e.source], e.props.get("role", "lead")) for e in ex.edges
                        if e.type == "LEADS" and e.target == m.id and e.evidence[0].method == "explicit")
        out.append((m.props["number_text"], m.name, owners))
    return out


def test_sub_items_with_their_own_notes_stay_inside_an_outer_item_that_owns_notes_too():
    # (二)(三) carry their own notes, (一)'s two 1./2. parts each theirs: the (一) items are the
    # measures (README: several notes inside one item → the union), not the two parts alone
    text = (_LUZHOU + "（一）支持企业技术改造。\n"
            "1.对年度设备投资500万元以上的项目，按投资额10%给予补助。（牵头单位：市经济和信息化局）\n"
            "2.对获评省级智能工厂的企业给予50万元奖励。（牵头单位：市财政局）\n" + _LUZHOU_REST)
    assert _owned(text) == [
        ("(一)", "支持企业技术改造", [("泸州市经济和信息化局", "lead"), ("泸州市财政局", "lead")]),
        ("(二)", "加快品牌建设", [("泸州市市场监督管理局", "lead")]),
        ("(三)", "强化人才支撑", [("泸州市人力资源和社会保障局", "lead")])]


def test_inline_parts_of_an_owned_item_keep_its_owners():
    text = (_LUZHOU + "（一）支持企业技术改造。（1）对年度设备投资500万元以上的项目，按投资额10%给予补助；"
            "（2）对获评省级智能工厂的企业给予50万元奖励。（牵头单位：市经济和信息化局；配合单位：市财政局）\n" + _LUZHOU_REST)
    assert _owned(text)[0] == ("(一)", "支持企业技术改造", [("泸州市经济和信息化局", "lead"), ("泸州市财政局", "support")])


def test_an_interpretations_questions_frame_the_clauses_listed_under_one():
    # 一、…五、 ask (their lines end with ?): the clauses numbered under 五 are the measures
    text = ("《鹰潭市支持铜基新材料产业发展若干措施》政策解读\n"
            "一、政策出台的背景是什么?\n"
            "为加快打造世界铜都，市工信局起草了本措施。\n"
            "二、政策适用于哪些企业?\n"
            "适用于在本市注册的铜基新材料企业。\n"
            "三、政策包含哪些条款?\n"
            "1.支持企业扩大产能\n"
            "对年新增产值1亿元以上的企业给予50万元奖励。\n"
            "2.鼓励建设研发平台\n"
            "对新认定的省级研发平台给予30万元补助。\n")
    assert _shape(text) == [("1.", "支持企业扩大产能"), ("2.", "鼓励建设研发平台")]


# --- more status and framing layouts; a page carrying one owned item of a longer list ----------------

def test_a_named_fields_status_heading_frames():
    text = ("株洲市推进轨道交通装备产业集群发展实施方案\n"
            "（一）株洲轨道交通装备产业发展现状\n"
            "全市现有整车及配套企业300余家，2023年产值突破千亿元。\n"
            "（二）支持企业开拓国际市场\n"
            "对新取得国际认证的企业给予最高50万元奖励。\n"
            "（三）建设产业创新中心\n"
            "2025年前建成国家级制造业创新中心1个。\n")
    assert _shape(text) == [("(二)", "支持企业开拓国际市场"), ("(三)", "建设产业创新中心")]


def test_a_flattened_pages_goal_heading_run_into_its_sentence_frames():
    text = ("江门市促进新能源储能产业发展行动方案\n"
            "一、发展目标 到2027年，全市储能产业营业收入突破500亿元，培育龙头企业5家。\n"
            "二、壮大产业集群 支持储能电池、变流器等关键环节企业扩产，打造储能产业园3个。\n"
            "三、强化创新支撑 建设省级储能技术创新中心，攻关长时储能关键技术。\n")
    assert [n for n, _ in _shape(text)] == ["二、", "三、"]


def test_a_page_carrying_one_owned_item_of_a_longer_list_keeps_it():
    text = ("国务院关于落实《政府工作报告》重点工作部门分工的意见（摘录）\n"
            "三、深入推进新型城镇化\n"
            "（七）提高城镇化质量。\n"
            "深入推进以人为核心的新型城镇化，加快农业转移人口市民化。（国家发展改革委牵头，公安部、"
            "住房城乡建设部等按职责分工负责）\n"
            "推进城市更新行动，完成老旧小区改造5万个。（住房城乡建设部牵头，财政部等按职责分工负责）\n")
    assert _shape(text) == [("(七)", "提高城镇化质量")]


# --- a table flattened one cell per line ------------------------------------------------------------

_CELLS = ("宜宾市经济和信息化局2024年重点工作任务完成情况表\n"
          "序号\n\n重点任务\n\n工作举措\n\n完成情况\n\n"
          "1\n\n推进动力电池产业集群建设\n\n1.引进电池材料项目5个；\n2.建成电池回收基地1个。\n\n全年引进项目6个。\n\n"
          "2\n\n加快数字化转型\n\n1.新增省级智能工厂3家；\n2.培育工业互联网平台2个。\n\n已完成。\n")


def test_the_rows_of_a_table_flattened_to_one_cell_a_line_are_its_tasks():
    # the 1. 2. lines are cells inside the rows (工作举措), not the tasks
    assert _shape(_CELLS) == [("1", "推进动力电池产业集群建设"), ("2", "加快数字化转型")]


def test_numbers_alone_on_lines_without_a_header_cell_are_no_rows():
    text = _CELLS.replace("序号\n\n重点任务\n\n工作举措\n\n完成情况\n\n", "")
    assert [n for n, _ in _shape(text)] != ["1", "2"]


def test_an_item_saying_what_something_is_describes():
    text = ("六盘水市发展和改革委员会关于市政协九届三次会议第12号提案的答复\n"
            "李某某委员：\n"
            "您提出的《关于加快发展我市新型储能产业的建议》收悉，现答复如下：\n"
            "一、新型储能产业是我省重点培育的战略性新兴产业，也是我市转型发展的重要方向。\n"
            "二、加快储能项目建设。2024年开工建设独立储能电站3个，总规模40万千瓦。\n"
            "三、支持储能装备制造。对新落户的储能电池企业按设备投资额给予最高5%补助。\n"
            "六盘水市发展和改革委员会\n"
            "2024年6月20日\n")
    assert _shape(text) == [("二、", "加快储能项目建设"), ("三、", "支持储能装备制造")]


def test_a_carrying_out_heading_acts_when_a_named_body_gets_a_task():
    # 三、保障措施 frames unless its text gives a named body a task of its own
    text = ("《2025年嵩县政府工作报告重点任务分工方案》政策解读\n"
            "一、出台背景\n"
            "为确保政府工作报告确定的目标任务落到实处，县政府办公室制定了本方案。\n"
            "二、加快推进重点项目建设。全年实施重点项目120个，完成投资150亿元。\n"
            "三、保障措施\n"
            "县政府督查室将每月开展专项督查，对进度滞后的事项进行通报。\n")
    assert _shape(text) == [("二、", "加快推进重点项目建设"), ("三、", "保障措施")]
    plain = text.replace("县政府督查室将每月开展专项督查", "各责任单位要按月报送进展")
    assert _shape(plain) == [("二、", "加快推进重点项目建设")]


def test_a_flattened_carrying_out_heading_with_a_named_bodys_task_acts():
    text = ("《2025年嵩县政府工作报告重点任务分工方案》政策解读\n"
            "一、出台背景 为确保目标任务落到实处，县政府办公室制定了本方案。\n"
            "二、加快推进重点项目建设 全年实施重点项目120个，完成投资150亿元。\n"
            "三、保障措施 县政府督查室将每月开展专项督查，对进度滞后的事项进行通报。\n")
    assert [n for n, _ in _shape(text)] == ["二、", "三、"]


def test_numbering_restarts_under_a_line_naming_an_outer_item():
    # each table row names the numbered task of the work report it answers (…第12项), and the
    # completed steps under it are numbered from 1 again: both lists are the report's
    text = ("泉州市工业和信息化局2023年第二季度市政府工作报告重点任务完成情况\n"
            "项目 年度任务 完成情况\n"
            "市政府工作报告重点任务第12项 推进纺织鞋服产业数字化改造\n"
            "1.完成企业数字化诊断120家。\n"
            "2.新增省级智能制造示范工厂4家。\n"
            "市政府工作报告重点任务第27项 培育专精特新企业\n"
            "1.新认定市级专精特新企业56家。\n"
            "2.组织企业参加专精特新培训班3期。\n"
            "3.推荐申报国家级专精特新“小巨人”企业9家。\n")
    st = structure.parse(normalize(text)[0])   # (a report: its items are candidates until identity calls it one)
    assert [m.heading for m in st.measures or st.candidates] == ["完成企业数字化诊断120家", "新增省级智能制造示范工厂4家",
                                            "新认定市级专精特新企业56家", "组织企业参加专精特新培训班3期",
                                            "推荐申报国家级专精特新“小巨人”企业9家"]
