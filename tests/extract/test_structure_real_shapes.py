"""Shapes of real policy documents that are not the seeds' (issue 12, item 2), each on a
small document written for this test: a web page's metadata block above the list, 一、
items that carry their owners, framing sections over （一） items, numbering that restarts
in each section, sub-items that stay inside their measure, heading lines without 。.
Every test asserts the exact measures (numbers, headings, keys) a reader would list."""

from medgraph.extract import structure
from medgraph.extract.structure import is_framing
from medgraph.textnorm import normalize

NOTICE = (
    "关于印发《{t}》的通知\n"
    "各区人民政府，市政府各委、办、局：\n"
    "现将《{t}》印发给你们，请认真贯彻落实。\n"
    "2024年5月6日\n"
)


def parse(text: str) -> structure.Structure:
    """Structure of the text as extraction sees it (normalized: （一） → (一))."""
    return structure.parse(normalize(text)[0])


def _shape(text: str) -> list[tuple]:
    st = parse(text)
    return [(m.key, m.number_text, m.heading) for m in st.measures]


def test_web_page_metadata_block_is_no_measure_list_and_does_not_chain_into_the_real_one():
    title = "杭州市促进生物医药产业创新发展若干措施"
    meta = (
        "1.[主题分类]卫生、体育\n2.[发文字号]杭政办函〔2024〕18号\n3.[成文日期]2024-05-06\n"
        "4.[发文机构]杭州市人民政府办公厅\n5.[发布日期]2024-05-08\n6.[有效性]有效\n"
        "索引号：002489801/2024-00123\n发布日期：2024年05月08日\n"
    )
    body = (
        "1.加大研发投入。对企业开展创新药临床试验给予最高1000万元补助。\n"
        "2.支持成果转化。对获批上市的创新医疗器械给予奖励。\n"
        "3.强化人才支撑。对引进的高层次人才给予安家补助。\n"
    )
    text = meta + NOTICE.format(t=title) + body
    st = parse(text)
    assert st.is_policy
    assert st.title == title
    assert _shape(text) == [("1", "1.", "加大研发投入"), ("2", "2.", "支持成果转化"), ("3", "3.", "强化人才支撑")]
    # nine real items after eight metadata items: no chain 1..8 (metadata) + 9.. (real)
    longer = meta + NOTICE.format(t=title) + "".join(f"{i}.第{i}项工作要落实。\n" for i in range(1, 10))
    assert [(m.number, m.heading) for m in parse(longer).measures] == [(i, f"第{i}项工作要落实") for i in range(1, 10)]


def test_dun_items_with_owner_notes_are_the_measures_and_their_sub_items_stay_inside():
    title = "成都市加快医药健康产业发展若干措施"
    body = (
        "一、支持新药研发。对完成临床试验的创新药给予分阶段补助。（责任单位：市科技局、市财政局）\n"
        "二、促进产品上市\n"
        "1.对首次获批上市的一类新药给予奖励。\n"
        "2.对通过一致性评价的仿制药给予奖励。\n"
        "（责任单位：市经信局，配合单位：市市场监管局）\n"
        "三、优化审评服务。建立创新产品审评绿色通道。（牵头单位：市药监局）\n"
        "四、加强组织保障。各区（市）县要制定配套政策。\n"
    )
    text = NOTICE.format(t=title) + body
    st = parse(text)
    assert st.style == "cn_dun"
    assert _shape(text) == [
        ("1", "一、", "支持新药研发"),
        ("2", "二、", "促进产品上市"),     # a heading line without 。 ends at its line break
        ("3", "三、", "优化审评服务"),
        ("4", "四、", "加强组织保障"),
    ]
    m2 = st.measures[1]
    # its 1./2. sub-items and its owner line are inside it, not measures of their own
    assert normalize(text)[0][m2.start:m2.end] == (
        "二、促进产品上市\n1.对首次获批上市的一类新药给予奖励。\n2.对通过一致性评价的仿制药给予奖励。\n"
        "(责任单位：市经信局，配合单位：市市场监管局)"
    )
    assert st.sections == []
    assert all(m.section == "" for m in st.measures)


def test_owner_note_on_the_heading_line_is_no_part_of_the_heading():
    text = NOTICE.format(t="某市医疗器械产业若干措施") + (
        "一、建设产业园区（责任单位：市发展改革委）\n对新建园区给予补助。\n"
        "二、培育龙头企业（牵头单位：市经济和信息化局）\n对营收首次突破十亿元的企业给予奖励。\n"
    )
    assert _shape(text) == [("1", "一、", "建设产业园区"), ("2", "二、", "培育龙头企业")]


def test_framing_sections_over_paren_items_with_numbering_restarting_per_section():
    title = "广州市推动生物医药产业高质量发展实施方案"
    body = (
        "一、总体要求\n"
        "（一）指导思想\n以新发展理念为引领，推动产业集聚发展。\n"
        "（二）基本原则\n坚持创新驱动，坚持开放合作。\n"
        "（三）发展目标\n到2027年，产业规模达到3000亿元。\n"
        "二、重点任务\n"
        "（一）提升原始创新能力。建设一批重点实验室。\n"
        "（二）加快临床研究\n支持医疗机构建设研究型病房。\n"
        "（三）推动产业集聚。建设特色产业园区。\n"
        "三、保障措施\n"
        "（一）加强组织领导。建立市级统筹协调机制。\n"
        "（二）加大资金支持。统筹用好各级专项资金。\n"
    )
    text = NOTICE.format(t=title) + body
    st = parse(text)
    assert st.style == "paren_cn"
    assert _shape(text) == [
        ("2-1", "(一)", "提升原始创新能力"),
        ("2-2", "(二)", "加快临床研究"),
        ("2-3", "(三)", "推动产业集聚"),
        ("3-1", "(一)", "加强组织领导"),
        ("3-2", "(二)", "加大资金支持"),
    ]
    assert [m.section for m in st.measures] == ["二、重点任务"] * 3 + ["三、保障措施"] * 2
    # the measure before a section heading ends there
    m3 = st.measures[2]
    assert normalize(text)[0][m3.start:m3.end] == "(三)推动产业集聚。建设特色产业园区。"


def test_goal_section_items_are_no_measures():
    text = NOTICE.format(t="某区促进医药产业发展行动计划") + (
        "一、发展目标\n1.到2026年，产业规模突破500亿元。\n2.新增上市企业5家。\n"
        "二、主要任务\n1.建设创新平台。支持企业建设研发中心。\n2.引进重大项目。对落地项目给予奖励。\n"
        "3.优化营商环境。推行企业服务包制度。\n"
    )
    # the goals' list is dropped, so the kept numbers are unique: plain keys
    assert _shape(text) == [("1", "1.", "建设创新平台"), ("2", "2.", "引进重大项目"), ("3", "3.", "优化营商环境")]
    assert [m.section for m in parse(text).measures] == ["二、主要任务"] * 3


def test_paren_items_keep_their_numbered_sub_items():
    text = NOTICE.format(t="某市支持创新药发展若干措施") + (
        "（一）支持临床试验。\n（1）对一期临床试验给予补助。\n（2）对二期临床试验给予补助。\n"
        "（3）对三期临床试验给予补助。\n（4）对国际多中心临床试验给予补助。\n"
        "（二）支持产业化\n1.对新建生产线给予补助。\n2.对技术改造项目给予补助。\n3.对首台套设备给予奖励。\n"
    )
    st = parse(text)
    assert st.style == "paren_cn"
    assert _shape(text) == [("1", "(一)", "支持临床试验"), ("2", "(二)", "支持产业化")]
    assert st.measures[1].end == len(normalize(text)[0].rstrip())  # the last measure keeps its sub-items


def test_dun_items_without_deeper_numbering_act_framing_ones_do_not():
    text = NOTICE.format(t="某市关于促进医疗器械产业发展的若干意见") + (
        "一、指导思想\n坚持以人民健康为中心，推动产业高质量发展。\n"
        "二、加大研发支持\n对企业研发投入给予补助。\n"
        "三、推动首台套应用\n对首台套产品给予保险补偿。\n"
        "四、保障措施\n各部门要加强协同。\n"
    )
    st = parse(text)
    assert st.style == "cn_dun"
    assert _shape(text) == [("2", "二、", "加大研发支持"), ("3", "三、", "推动首台套应用")]
    assert normalize(text)[0][st.measures[0].start:st.measures[0].end] == "二、加大研发支持\n对企业研发投入给予补助。"


def test_paren_items_that_carry_owner_notes_act_under_dun_sections():
    """Owner notes inside （一） items (one per item) belong to them, not to the 一、 section."""
    items = "".join(
        f"（{c}）第{i}项任务。推动第{i}项工作落实。（责任单位：市卫生健康委）\n" for i, c in enumerate("一二三", 1)
    )
    more = "".join(f"（{c}）第{i}项任务。推动第{i}项工作落实。\n" for i, c in zip(range(4, 6), "四五"))
    text = NOTICE.format(t="某市医药健康若干措施") + "一、提升创新能力\n" + items + "二、优化产业生态\n" + more
    st = parse(text)
    assert st.style == "paren_cn"
    assert [(m.key, m.heading, m.section) for m in st.measures] == [
        ("1", "第1项任务", "一、提升创新能力"), ("2", "第2项任务", "一、提升创新能力"),
        ("3", "第3项任务", "一、提升创新能力"), ("4", "第4项任务", "二、优化产业生态"),
        ("5", "第5项任务", "二、优化产业生态"),
    ]


def test_heading_line_without_full_stop_ends_at_the_line_break():
    text = NOTICE.format(t="某市支持生物医药若干措施") + (
        "1.加强人才引进\n对引进的领军人才给予最高500万元资助。\n"
        "2.支持企业上市\n对在境内外上市的企业给予奖励。\n"
    )
    assert _shape(text) == [("1", "1.", "加强人才引进"), ("2", "2.", "支持企业上市")]


def test_page_break_inside_a_heading_is_joined():
    text = NOTICE.format(t="某市支持生物医药若干措施") + (
        "（一）促进成果转\n\n\n化。支持高校院所成果在本市转化落地，给予最高200万元支持。\n"
        "（二）优化审评服务。建立审评绿色通道。\n"
    )
    assert _shape(text) == [("1", "(一)", "促进成果转化"), ("2", "(二)", "优化审评服务")]


def test_framing_words_are_generic_whole_headings():
    assert is_framing("指导思想") and is_framing("总体要求") and is_framing("指导思想和基本原则")
    assert is_framing("保障措施。") and is_framing("组织实施")
    assert not is_framing("加快重点领域突破")   # a measure that mentions a framing word
    assert not is_framing("加强组织领导")


def test_a_sub_list_inside_one_of_several_acting_dun_items_frames_nothing():
    text = NOTICE.format(t="某市促进医药产业发展若干措施") + (
        "一、加大研发支持。对企业研发投入给予补助：(1)一期临床给予100万元；(2)二期临床给予200万元。\n"
        "二、推动首台套应用。对首台套产品给予保险补偿。\n"
        "三、支持企业上市。对在境内外上市的企业给予奖励。\n"
        "四、强化人才支撑。对引进的高层次人才给予安家补助。\n"
    )
    st = parse(text)
    assert st.style == "cn_dun"
    assert [m.heading for m in st.measures] == ["加大研发支持", "推动首台套应用", "支持企业上市", "强化人才支撑"]


def test_prose_framing_sections_around_one_section_of_items():
    text = NOTICE.format(t="某区生物医药产业发展实施方案") + (
        "一、总体要求\n以创新驱动为核心，推动产业集聚发展。\n"
        "二、重点任务\n(一)建设创新平台。支持建设研发中心。\n(二)培育龙头企业。对营收突破十亿元的企业给予奖励。\n"
        "(三)优化产业空间。统筹产业用地供给。\n"
        "三、保障措施\n各部门要加强协同，形成工作合力。\n"
    )
    st = parse(text)
    assert st.style == "paren_cn"
    assert [(m.key, m.heading, m.section) for m in st.measures] == [
        ("1", "建设创新平台", "二、重点任务"), ("2", "培育龙头企业", "二、重点任务"), ("3", "优化产业空间", "二、重点任务"),
    ]
    # the last item ends with its paragraph: the 保障措施 section is no part of it
    assert normalize(text)[0][st.measures[-1].start:st.measures[-1].end] == "(三)优化产业空间。统筹产业用地供给。"


def test_notice_requirements_are_no_measures_of_the_attached_plan():
    """A transmittal notice's own 一、二、三、 tell departments how to carry out the attached
    plan; the plan's items (here one, with its owner) are the measures."""
    title = "2024年区政府重点工作分工方案"
    text = (
        f"关于印发《{title}》的通知\n各街道办事处，区政府各委、办、局：\n"
        f"《{title}》已经区政府常务会审议通过，现印发给你们，并就有关事项通知如下：\n"
        "一、提高政治站位。各部门要把落实重点工作作为重要政治任务。\n"
        "二、狠抓工作落实。各部门要逐项制定落实方案。\n"
        "三、加强督查考核。区政府督查室定期通报进展。\n"
        "某区人民政府办公室\n2024年3月1日\n"
        f"{title}(共计50项)\n"
        "一、主要预期目标\n1.地区生产总值增长5%左右。\n主要责任单位：区发展改革委\n"
    )
    st = parse(text)
    assert [(m.number_text, m.heading, m.section) for m in st.measures] == [("1.", "地区生产总值增长5%左右", "一、主要预期目标")]


def test_group_headings_over_items_that_carry_owners():
    """(一) heading lines over 1./2. items with their own owners: the 1./2. items act."""
    text = NOTICE.format(t="某市促进服务消费实施方案") + (
        "一、重点任务\n(一)推动餐饮消费提质\n"
        "1.建设美食街区。支持打造特色美食街区。(市商务委、市文化旅游委按职责分工负责)\n"
        "2.培育老字号。支持老字号企业创新发展。(牵头单位：市商务委)\n"
        "(二)扩大文旅消费\n"
        "1.丰富演出供给。支持举办各类演出活动。(责任单位：市文化旅游委)\n"
    )
    st = parse(text)
    assert st.style == "arabic_dot"
    # numbering restarts under each group heading: keys stay unique
    assert [(m.key, m.heading, m.section) for m in st.measures] == [
        ("1-1", "建设美食街区", "一、重点任务"), ("1-2", "培育老字号", "一、重点任务"), ("2-1", "丰富演出供给", "一、重点任务")]
    # a measure does not run into the next group heading
    assert "扩大文旅消费" not in normalize(text)[0][st.measures[1].start:st.measures[1].end]


def test_articles_act_their_paren_items_stay_inside_general_provisions_are_none():
    text = (
        "某区促进产业高质量发展办法\n为支持企业发展，制定本办法。\n"
        "第一章 总则\n第一条 为促进产业发展，根据有关规定，制定本办法。\n第二条 本办法适用于在本区注册的企业。\n"
        "第二章 支持措施\n第三条 加强增量培育。用好落地政策。\n"
        "(一)开办费补助。对新引进企业给予最高500万元补助。\n(二)购租房补助。对购买办公用房的给予补助。\n"
        "第四条 支持存量发展。对增长较快的企业给予奖励。\n第五条 鼓励人才落户。对引进人才给予补贴。\n"
    )
    st = parse(text)
    assert st.style == "article"
    assert [(m.heading, m.section) for m in st.measures] == [
        ("加强增量培育", "第二章 支持措施"), ("支持存量发展", "第二章 支持措施"), ("鼓励人才落户", "第二章 支持措施")]


def test_an_article_that_only_groups_paren_items_frames_them():
    """第一条 states the direction, 第二条 groups (一)(二) supports: the supports are the measures."""
    text = (
        "某区促进产业高质量发展若干措施\n为支持企业发展，制定本措施。\n"
        "第一条 重点支持方向。立足功能定位，优化产业结构。\n第二条 加强增量培育。用好落地政策。\n"
        "(一)开办费补助。对新引进企业给予最高500万元补助。\n(二)购租房补助。对购买办公用房的给予补助。\n"
    )
    st = parse(text)
    assert st.style == "paren_cn"
    assert [m.heading for m in st.measures] == ["开办费补助", "购租房补助"]


def test_table_of_contents_attachments_and_contact_lists_are_no_measures():
    toc = NOTICE.format(t="某区政府工作报告") + (
        "一、过去五年工作回顾 二、今后五年主要任务\n"
        "一、过去五年工作回顾\n五年来，全区经济稳步增长。\n"
    )
    assert parse(toc).measures == []
    attachments = (
        "关于印发某省生物经济发展行动计划的通知\n某发改〔2019〕1号\n各市人民政府：现印发给你们，请认真贯彻落实。"
        "附件：1.某省生物经济发展行动计划 2.省级有关单位名单\n"
    )
    assert parse(attachments).measures == []
    contact = NOTICE.format(t="某市高新区评价办法(征求意见稿)") + (
        "公众可通过以下方式提出意见：\n1.电子邮箱：abc@example.cn\n2.通讯地址：某市某区某路1号\n3.联系电话：010-12345678\n"
    )
    assert parse(contact).measures == []


def test_a_lone_item_opening_a_section_of_an_excerpt_counts():
    text = NOTICE.format(t="某市政务公开工作要点") + (
        "一、围绕深化改革推进公开\n(一)进一步推进权力清单公开。各区要全面公开权力清单。\n"
    )
    assert _shape(text) == [("1", "(一)", "进一步推进权力清单公开")]


def test_interpretation_points_are_no_measures():
    text = (
        "《关于支持某区产业发展的若干措施》政策解读\n一、编制背景\n为提升产业能级，制定了《若干措施》(以下简称《若干措施》)。\n"
        "二、编制考虑\n一是突出差异化定位。紧扣资源禀赋。二是突出要素衔接。统筹关键要素。三是突出园区功能。提升承载能力。\n"
    )
    assert parse(text).measures == []
    measures = NOTICE.format(t="某市若干措施") + "现提出如下措施：一是加快审评审批。二是优化入院流程。\n"
    assert [m.heading for m in parse(measures).measures] == ["加快审评审批", "优化入院流程"]


def test_clauses_about_the_regulation_itself_are_no_measures():
    text = (
        "某市药品进口管理办法\n第一章 总则\n"
        "第一条 为规范药品进口管理，根据有关法律，制定本办法。\n"
        "第二条 药品的进口备案、报关和口岸检验，适用本办法。\n"
        "第三条 药品必须经由批准的口岸进口。\n"
        "第四条 本办法所称进口备案，是指进口单位办理进口手续的过程。\n"
        "第五条 进口单位应当持通关单向海关申报。\n"
        "第六条 本办法自发布之日起施行。\n"
    )
    assert [m.number for m in parse(text).measures] == [3, 5]


def test_attached_title_written_without_book_quotes():
    text = (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的目标任务分解方案的通知\n"
        "2023年《区〈政府工作报告〉确定的目标任务分解方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
        "一、各责任单位要高度重视，切实加强领导。\n二、区绩效考评机构要将目标任务纳入考核。\n"
        "某区人民政府办公室\n2023年1月3日\n"
        "2023年区《政府工作报告》确定的目标任务分解方案\n一、主要预期目标\n"
        "(一)地区生产总值增长7%以上\n责任单位：区发展和改革局\n(二)固定资产投资增长10%以上\n责任单位：区发展和改革局\n"
    )
    assert [m.heading for m in parse(text).measures] == ["地区生产总值增长7%以上", "固定资产投资增长10%以上"]
