"""Structure of pages that are not a whole, tidy document (session 4 of issue 12): a table
of contents ahead of the body, bare owner lists closing an item, an item number glued to
the digits of its heading, a page that starts inside the document (no title), a text cut
after its first item or inside a heading, regulation articles that only state the
regulation's purpose. Each test is a small document written for it and asserts the exact
measures a reader would list."""

from medgraph.extract import structure
from medgraph.textnorm import normalize


def parse(text: str) -> structure.Structure:
    return structure.parse(normalize(text)[0])


def _shape(text: str) -> list[tuple]:
    return [(m.key, m.number_text, m.heading) for m in parse(text).measures]


def test_table_of_contents_holds_no_measures_even_when_the_body_is_cut_off():
    text = (
        "南通市人民政府关于印发南通市海洋经济发展规划的通知\n"
        "通政发〔2023〕7号\n各县（市、区）人民政府，市各委、办、局：\n"
        "现将《南通市海洋经济发展规划》印发给你们，请认真贯彻执行。\n"
        "南通市海洋经济发展规划\n"
        "目  录\n"
        "一、发展基础\n（一）产业规模\n（二）创新能力\n"
        "二、重点任务\n（一）壮大海工装备\n1.建设海工装备基地\n2.培育配套企业\n（二）发展海洋药物\n"
    )
    st = parse(text)
    assert st.measures == []


def test_contents_then_body_measures_come_from_the_body():
    text = (
        "关于印发《某市航运服务业发展方案》的通知\n现将《某市航运服务业发展方案》印发给你们。\n"
        "某市航运服务业发展方案\n"
        "目录\n一、壮大航运主体\n二、提升港口服务\n"
        "一、壮大航运主体\n引进航运企业总部，对新落户企业给予奖励。\n"
        "二、提升港口服务\n推进智慧港口建设，压缩通关时间。\n"
    )
    assert _shape(text) == [("1", "一、", "壮大航运主体"), ("2", "二、", "提升港口服务")]


def test_bare_owner_list_after_the_sentence_makes_numbered_items_the_measures():
    # (一) is a group heading; the 1. items close with a bare list of responsible units
    text = (
        "福建省人民政府办公厅关于印发福建省海洋药物产业行动方案的通知\n"
        "现将《福建省海洋药物产业行动方案》印发给你们，请认真贯彻执行。\n"
        "福建省海洋药物产业行动方案\n"
        "一、重点任务\n"
        "（一）夯实研发基础。\n"
        "1. 建设海洋药物实验室。支持高校联合企业建设省级实验室。（省科技厅、发展改革委、教育厅）\n"
        "2. 培育创新产品。对进入临床试验的海洋药物给予补助。（省工业和信息化厅、卫生健康委）\n"
    )
    st = parse(text)
    assert st.is_policy
    assert _shape(text) == [("1", "1.", "建设海洋药物实验室"), ("2", "2.", "培育创新产品")]


def test_owner_field_naming_departments_and_units_is_an_owner_note():
    assert structure.OWNER_NOTE.search("责任部门和单位：市科委、市卫生健康委")
    assert structure.OWNER_NOTE.search("主要责任单位: 区发展改革委")
    assert not structure.OWNER_NOTE.search("（以下简称市科技局）")


def test_item_number_glued_to_digits_continues_its_list_but_starts_none():
    text = (
        "关于印发《某市人才项目实施办法》的通知\n现将《某市人才项目实施办法》印发给你们。\n"
        "1.青年英才项目。每年遴选100名。\n"
        "2.领军人才项目。每年遴选20名。\n"
        "3.121人才梯队项目。重点培养青年科技人才。\n"
        "4.博士后项目。扩大博士后招收规模。\n"
        "1.5亿元专项资金由市财政统筹安排。\n"
    )
    st = parse(text)
    assert [(m.number, m.heading) for m in st.measures] == [
        (1, "青年英才项目"), (2, "领军人才项目"), (3, "121人才梯队项目"), (4, "博士后项目")]


def test_untitled_page_whose_items_carry_owners_is_a_policy():
    # page 2 of a scraped plan: no title, no notice; the items name responsible units
    text = (
        "三、主要任务\n"
        "（一）提升研发能力。研发是产业的核心。\n"
        "1.建设重大平台。支持建设中试基地。责任部门和单位：市科委、市发展改革委\n"
        "2.统筹临床资源。加快建设临床研究网络。责任部门和单位：市卫生健康委\n"
    )
    st = parse(text)
    assert st.is_policy
    assert _shape(text) == [("1", "1.", "建设重大平台"), ("2", "2.", "统筹临床资源")]


def test_untitled_items_without_owners_or_number_are_no_policy():
    text = "三、几点体会\n1.坚持问题导向。我们走访了企业。\n2.坚持系统观念。我们开了座谈会。\n"
    assert parse(text).measures == []


def test_page_metadata_number_makes_an_untitled_reply_a_policy():
    text = (
        "发文机关国务院\n发文字号国函〔1994〕12号\n"
        "某某省人民政府：\n你省请示收悉。现批复如下：\n"
        "一、同意设立某某经济技术开发区。\n"
        "二、开发区建设要坚持节约集约用地。\n"
    )
    assert _shape(text) == [("1", "一、", "同意设立某某经济技术开发区"), ("2", "二、", "开发区建设要坚持节约集约用地")]


def test_text_cut_after_its_first_dun_item_keeps_that_item():
    text = (
        "某市科学技术局关于印发《某市支持科技型企业成长若干措施》的通知\n"
        "某市支持科技型企业成长若干措施\n"
        "为支持科技型企业成长，制定本措施。\n"
        "一、加强企业培育辅导\n"
        "市科学技术局建立科技型企业培育库，对入库企业开展一对一辅导服务，帮助企业用好各项政策。\n"
    )
    assert _shape(text) == [("1", "一、", "加强企业培育辅导")]


def test_a_lone_review_section_is_no_measure():
    text = (
        "关于某区2023年国民经济和社会发展计划执行情况的报告\n"
        "一、2023年计划执行情况\n"
        "2023年，全区经济运行稳中向好，地区生产总值增长百分之五，固定资产投资保持稳定增长态势。\n"
    )
    assert parse(text).measures == []


def test_a_few_words_of_a_heading_cut_at_the_end_are_no_measure():
    text = (
        "关于印发《某市生物医药园区建设方案》的通知\n现将《某市生物医药园区建设方案》印发给你们。\n"
        "二、重点园区\n"
        "（一）东区生物医药园。建设创新药中试基地，引进龙头企业。\n"
        "（二）西区医疗器械园。建设检验检测平台。\n"
        "（三）北区国际生物"
    )
    assert _shape(text) == [("1", "(一)", "东区生物医药园"), ("2", "(二)", "西区医疗器械园")]


def test_an_item_cut_inside_a_long_sentence_still_acts():
    text = (
        "关于印发《某市产业方案》的通知\n现将《某市产业方案》印发给你们。\n"
        "1.支持创新药研发。给予补助。\n"
        "2.支持企业加大新药创制、新品研发和仿制药一"
    )
    assert [m.heading for m in parse(text).measures] == ["支持创新药研发", "支持企业加大新药创制、新品研发和仿制药一"]


def test_purpose_article_of_an_implementing_rule_is_boilerplate():
    text = (
        "某市市级产业基金管理实施办法\n第一章 总则\n"
        "第一条 为规范市级产业基金管理，根据有关法律法规，结合我市实际，制定本实施办法。\n"
        "第二条 市财政局负责基金的预算管理。\n"
        "第三条 基金管理机构应当按季度报送运行情况。\n"
    )
    assert [m.number_text for m in parse(text).measures] == ["第二条", "第三条"]


def test_questions_an_interpretation_answers_are_no_measures():
    text = (
        "关于《某市医疗器械注册人制度试点方案》的政策解读\n"
        "一、《试点方案》出台的目的是什么？\n为落实国家部署，推动产业发展。\n"
        "二、试点范围包括哪些\n本市行政区域内的注册人。\n"
    )
    assert parse(text).measures == []


def test_a_section_on_why_the_work_matters_frames():
    text = (
        "某省人民政府办公厅关于推进医养结合的实施意见\n现将有关事项通知如下：\n"
        "一、充分认识推进医疗卫生与养老服务相结合工作的重大意义\n医养结合是社会发展的需要。\n"
        "二、重点任务\n（一）建立合作机制。鼓励养老机构与医疗机构签约。\n（二）支持开办医疗机构。简化审批。\n"
    )
    assert _shape(text) == [("1", "(一)", "建立合作机制"), ("2", "(二)", "支持开办医疗机构")]


def test_articles_run_into_a_chapter_heading_are_articles_citations_are_not():
    text = (
        "某市中医药条例\n"
        "第一章总则第一条为了发展中医药事业，根据有关法律，制定本条例。第二条本条例适用于本市行政区域。"
        "第三条市、区人民政府应当加强对中医药工作的领导。第四条市中医药主管部门负责中医药管理工作，"
        "依照本条例第二条规定开展监督。第五条本市支持中医药行业组织加强行业自律。\n"
    )
    st = parse(text)
    assert [m.number_text for m in st.measures] == ["第三条", "第四条", "第五条"]


def test_a_chapter_heading_of_a_contents_list_is_no_title():
    assert structure._title("第二章战略规划与建设布局\n（二〇二四年一月通过）\n")[0] == ""
    assert structure._title("某市科技创新条例\n第一章 总则\n")[0] == "某市科技创新条例"


def test_ideographic_full_stop_after_a_number_at_a_line_start_is_a_marker():
    text = (
        "某市人民政府关于促进中医药产业发展的若干政策\n各区人民政府：\n为推动产业发展，特制定以下政策，请认真贯彻执行。\n"
        "一、支持中药材种植\n1。夯实中药材发展基础。对新建基地给予补助。\n"
        "二、支持中药制造\n增长2。5倍的企业给予奖励。\n"
    )
    # (2。5倍 is no marker; 二、支持中药制造, with no deeper item, grants a reward: a measure of its own — session 11)
    assert [(m.number_text, m.heading) for m in parse(text).measures] == [("1。", "夯实中药材发展基础"),
                                                                          ("二、", "支持中药制造")]


def test_purpose_and_scope_clauses_of_policy_measures_are_boilerplate():
    text = (
        "某省支持生物医药产业发展的政策措施\n"
        "第一条 为贯彻落实国家有关要求，打造生物医药产业集群，制定本政策措施。\n"
        "第二条 本政策措施适用于在本省从事生物医药研发的企业。\n"
        "第三条 对开展临床试验的创新药给予最高1000万元支持。\n"
        "第四条 对首次获批上市的创新药给予奖励。\n"
    )
    assert [m.number_text for m in parse(text).measures] == ["第三条", "第四条"]


def test_a_heading_cut_after_a_few_words_still_acts_when_it_opens_with_a_verb():
    text = (
        "关于印发《某省医改重点任务》的通知\n现将《某省医改重点任务》印发给你们。\n"
        "（一）加快分级诊疗。推进医联体建设。\n（二）健全医保支付。推行按病种付费。\n（三）改革完善疾"
    )
    assert [m.heading for m in parse(text).measures] == ["加快分级诊疗", "健全医保支付", "改革完善疾"]


def test_markers_found_from_their_punctuation_are_exactly_the_styles_matches():
    # the fast marker search (a punctuation search, the numeral run walked back) must give
    # what a scan of every position gives, whatever precedes or follows the numbers
    samples = [
        "一是加强领导，二是完善机制；三是强化保障。十一、总结\n十二是推进\n",
        "\n#一、总则\n  （一）目标\n1.建设平台。2．培育企业、3、引进人才\n11.121人才项目\n1。夯实基础\n",
        "增长12.5%，达到1.25万亿元。第一条 总则。本条例第二条规定\n第十条、第十一条\n(1)第一项（2）第二项\n",
        "１２．全角数字　二十一、大项\n第三十二条 附则",
    ]
    for text in samples:
        for name, rx in structure.STYLES.items():
            assert [m.span() for m in structure._markers(name, text)] == [m.span() for m in rx.finditer(text)], (name, text)
