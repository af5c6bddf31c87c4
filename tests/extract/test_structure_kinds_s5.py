"""Structure rules for kinds of text seen in session 5 (each test a small document written for
it, in a numbering or format the corpus does not use): a marker glued to the owner note that
closes the item before it; a list of one style nested inside an item of the same style; a
borderless table excerpt whose rows start at any number with spaced cells running over
lines; a text cut inside its first heading; a reply letter whose 现函复如下 breaks over a line."""

from medgraph.extract import structure
from medgraph.textnorm import normalize


def _parse(text: str) -> tuple[str, structure.Structure]:
    norm = normalize(text)[0]
    return norm, structure.parse(norm)


def _shape(text: str) -> list[tuple[str, str]]:
    return [(m.number_text, m.heading) for m in _parse(text)[1].measures]


# --- a marker glued to the owner note closing the item before it -------------------------

GLUED = (
    "某岭省推进康复医疗服务发展实施方案\n"
    "一、主要目标\n到2026年，全省康复医疗服务能力明显提升。\n"
    "二、重点任务\n"
    "（一）扩大服务供给。\n"
    "1.完善康复网络。\n"
    "（1）推动二级以上综合医院设置康复医学科，支持社会力量举办康复医院。（省卫生健康委牵头，省民政厅配合）"
    "（2）实施康复人才培养计划，每年培训基层康复技术人员500名。（省人力资源社会保障厅牵头）"
    "（3）探索"
)


def test_a_marker_glued_to_the_owner_note_before_it_starts_an_item():
    norm, st = _parse(GLUED)
    assert [(m.number_text, m.heading) for m in st.measures] == [
        ("(1)", "推动二级以上综合医院设置康复医学科，支持社会力量举办康复医院"),
        ("(2)", "实施康复人才培养计划，每年培训基层康复技术人员500名"),
        ("(3)", "探索"),
    ]
    for m in st.measures:
        assert norm[m.heading_start:m.heading_end] == m.heading


def test_a_number_after_a_bracket_that_is_no_owner_note_starts_nothing():
    # (见附表)(2): the bracket before the number is no owner note, so (2) is no marker there
    text = ("某岭省康复服务办法\n（1）推动综合医院设置康复医学科。\n"
            "（2）实施康复人才培养计划（见附表）（3）相关数据另行统计。\n")
    assert [n for n, _ in _shape(text)] == ["(1)", "(2)"]


# --- a list nested in an item of the same style ------------------------------------------

NESTED = (
    "某川市落实中医药发展工作要点责任分工方案\n"
    "一、夯实中药材产业基础\n"
    "1.推进道地药材基地建设\n"
    "1.新建标准化种植基地二万亩。\n"
    "2.建设种苗繁育中心三个。\n"
    "市农业农村局\n"
    "2.加强中药材质量追溯\n"
    "1.建立追溯信息平台。\n"
    "2.开展质量抽检。\n"
    "3.公布抽检结果。\n"
    "市市场监督管理局\n"
)


def test_items_of_a_list_inside_an_item_of_the_same_style_stay_inside_it():
    norm, st = _parse(NESTED)
    assert [(m.number, m.heading) for m in st.measures] == [(1, "推进道地药材基地建设"), (2, "加强中药材质量追溯")]
    first, second = st.measures
    assert "二万亩" in norm[first.start:first.end] and "市农业农村局" in norm[first.start:first.end]
    # the last measure runs over its own list (its parts), to the end of its paragraphs
    assert norm[second.start:second.end].rstrip().endswith("3.公布抽检结果。")


def test_same_style_lists_under_headings_that_name_stay_the_measures():
    # the outer items name topics (no policy verb opens them): they head sections, and the
    # inner items, which act, are the measures
    text = (
        "某川市中医药工作实施方案\n"
        "1.中药材种植\n1.新建标准化种植基地二万亩。\n2.建设种苗繁育中心三个。\n"
        "2.中药饮片生产\n1.支持饮片企业技术改造。\n2.培育饮片龙头企业五家。\n"
    )
    assert [h for _, h in _shape(text)] == ["新建标准化种植基地二万亩", "建设种苗繁育中心三个",
                                          "支持饮片企业技术改造", "培育饮片龙头企业五家"]


# --- a borderless table excerpt ----------------------------------------------------------

TABLE = (
    "某河县卫生健康局2024年重点工作任务分解\n"
    "序号 工作任务 责任单位 配合单位 完成时限\n"
    "17 建成县域医学影像中心。 县卫生健康局 县财政局、县医疗保障局。 2024年10月底\n"
    "18 推进紧密型县域医共体建设，完成乡镇卫生院提质改造六家。 县卫生健康局\n"
    "县发展和改革局\n"
    "县财政局、县人力资源和社会保障局。 2024年12月底\n"
    "19 开展基层中医馆建设。 县中医院 各乡镇人民政府。 2024年11月底\n"
)


def test_table_rows_spaced_from_their_number_start_at_any_number():
    norm, st = _parse(TABLE)
    # its header names owner columns: a task-division table (tables.py), its rows the measures
    assert st.is_policy and st.style == "table"
    assert [(m.number, m.heading) for m in st.measures] == [
        (17, "建成县域医学影像中心"),
        (18, "推进紧密型县域医共体建设，完成乡镇卫生院提质改造六家"),
        (19, "开展基层中医馆建设"),
    ]
    # a row's cells on the lines below it belong to it
    row18 = st.measures[1]
    assert norm[row18.start:row18.end].rstrip().endswith("2024年12月底")
    for m in st.measures:
        assert norm[m.heading_start:m.heading_end] == m.heading


def test_a_number_glued_to_a_word_after_the_header_starts_no_excerpt_of_rows():
    # 17日 glued: only a spaced number (a lost cell border) may open rows at a number other than 1
    text = "某河县工作日程\n序号 工作事项 时间\n17日召开全县卫生健康工作会议。\n18日开展义诊活动。\n"
    assert _parse(text)[1].measures == []


# --- a text cut inside its first heading -------------------------------------------------

def test_a_text_cut_right_after_the_first_words_of_its_only_item():
    text = ("某江省人民政府关于印发促进智能医疗装备产业发展若干政策的通知\n"
            "各市人民政府：\n现将《促进智能医疗装备产业发展若干政策》印发给你们，请认真贯彻执行。\n"
            "促进智能医疗装备产业发展若干政策\n为加快智能医疗装备产业发展，制定本政策。\n"
            "一、支持")
    assert _shape(text) == [("一、", "支持")]


def test_a_text_cut_inside_a_first_heading_that_names_is_no_measure():
    text = ("某江省人民政府关于印发促进智能医疗装备产业发展若干政策的通知\n"
            "现将《促进智能医疗装备产业发展若干政策》印发给你们。\n"
            "促进智能医疗装备产业发展若干政策\n一、产业现状")
    assert _shape(text) == []


# --- a reply letter -------------------------------------------------------------------------

def test_a_reply_whose_answering_words_break_over_a_line_is_its_own_document():
    text = ("某部关于同意某湖高新区调整区位的复函\n某部函〔2019〕12号\n某湖省人民政府：\n"
            "你省《关于调整某湖高新区区位的请示》收悉。经研究，现函复\n如下：\n"
            "一、同意某湖高新区调整区位，调整后规划面积约12平方公里。\n"
            "二、请你省指导高新区科学规划，集约利用土地。\n"
            "特此函复。\n")
    norm, st = _parse(text)
    assert st.is_policy
    assert [(m.number_text, m.heading) for m in st.measures] == [
        ("一、", "同意某湖高新区调整区位，调整后规划面积约12平方公里"),
        ("二、", "请你省指导高新区科学规划，集约利用土地"),
    ]


# --- a page that begins inside a list -------------------------------------------------------

def test_a_page_beginning_inside_a_list_keeps_its_items():
    text = ("第5页\n范围内的监测点位。（市生态环境局负责）\n"
            "（七）推进医疗废物集中处置设施建设。（市卫生健康委牵头，市生态环境局配合）\n"
            "（八）完善饮用水水源地保护制度。（市水务局负责）\n"
            "（九）开展城乡环境卫生整洁行动。（市城市管理局负责）\n")
    norm, st = _parse(text)
    assert st.is_policy
    assert [(m.number, m.number_text, m.heading) for m in st.measures] == [
        (7, "(七)", "推进医疗废物集中处置设施建设"), (8, "(八)", "完善饮用水水源地保护制度"), (9, "(九)", "开展城乡环境卫生整洁行动")]
    for m in st.measures:
        assert norm[m.heading_start:m.heading_end] == m.heading


def test_a_stray_pair_of_high_numbers_without_owners_is_no_list():
    # 3. and 4. opening a page, two items, no owner notes: too little to call a list
    text = "某市卫生健康工作简报\n3.全市门诊量同比增长百分之五。\n4.住院量保持平稳。\n"
    assert _parse(text)[1].measures == []


# --- owners as headings -----------------------------------------------------------------------

def test_unit_name_headings_group_the_tasks_below_them():
    text = ("某县创建省级卫生县城工作方案\n一、工作目标\n年内通过省级卫生县城评审。\n二、任务分工\n"
            "（一）县卫生健康局\n1、牵头制定创卫技术指导方案。\n2、组织开展病媒生物防制。\n"
            "（二）县市场监督管理局\n1、整治农贸市场环境卫生。\n2、规范小餐饮经营秩序。\n")
    norm, st = _parse(text)
    assert [(m.key, m.heading) for m in st.measures] == [
        ("1-1", "牵头制定创卫技术指导方案"), ("1-2", "组织开展病媒生物防制"),
        ("2-1", "整治农贸市场环境卫生"), ("2-2", "规范小餐饮经营秩序")]


# --- the attachment a notice issues -----------------------------------------------------------

def test_the_measures_are_the_attachments_not_the_notices_requirements():
    text = ("某县人民政府办公室关于印发2024年县政府工作报告任务分解的通知\n各乡镇人民政府：\n"
            "经县政府同意，现将《2024年县政府工作报告任务分解》印发给你们，请认真贯彻落实。\n"
            "一、强化责任落实。各单位要明确责任人。\n二、加强督查调度。县政府督查室按季度通报。\n"
            "某县人民政府办公室\n2024年3月1日\n附件1\n2024年县政府工作报告重点任务清单\n"
            "一、县发展和改革局牵头工作\n1.新建标准化厂房五万平方米。\n2.建成县域物流配送中心。\n")
    assert _shape(text) == [("1.", "新建标准化厂房五万平方米"), ("2.", "建成县域物流配送中心")]


# --- a key-task page ----------------------------------------------------------------------------

def test_a_key_task_page_states_one_measure_and_its_progress_lines_are_none():
    text = ("任务18\n发布日期：2023-12-30 来源：市政府办公厅\n"
            "重点工作：推进国家区域医疗中心建设。\n牵头单位：市卫生健康委\n"
            "年度阶段性工作目标：\n第一季度：1.完成项目选址。2.启动规划设计。\n"
            "进展落实情况：\n1.已完成项目选址。\n2.已启动规划设计招标。\n")
    # (read as a task card by tables.py; the progress lines 1. 2. below it are no measures)
    norm, st = _parse(text)
    [m] = st.measures
    assert m.heading == "推进国家区域医疗中心建设"
    assert norm[m.heading_start:m.heading_end] == "推进国家区域医疗中心建设"


# --- an owner note in the paragraph of a section's only deeper item ----------------------------

def test_a_note_in_the_paragraph_of_a_sections_only_deeper_item_is_that_items():
    text = ("某川省人民政府关于进一步优化政务服务的若干意见\n某川府发〔2019〕8号\n各市人民政府：\n"
            "结合我省实际，提出如下意见。\n一、总体要求\n坚持以人民为中心，持续优化营商环境。\n二、主要任务\n"
            "（一）推行一网通办。建成全省统一的政务服务平台。（牵头单位：省政务服务局；责任单位：省发展改革委）")
    norm, st = _parse(text)
    assert [(m.number_text, m.heading) for m in st.measures] == [("(一)", "推行一网通办")]


# --- opinions a congress committee puts to a government -----------------------------------------

def test_opinions_introduced_by_tiyichu_yixia_yijian_are_a_policys_items():
    text = ("县人民政府：\n2024年6月5日，县人民代表大会常务委员会第十二次会议听取和审议了关于耕地保护工作情况的报告。"
            "常委会组成人员提出以下意见：\n"
            "一、严格落实耕地保护责任。县政府要层层签订耕地保护目标责任书，严守耕地红线。\n"
            "二、加快高标准农田建设。统筹整合涉农资金，提高建设标准和质量。\n")
    norm, st = _parse(text)
    assert st.is_policy
    assert [(m.number_text, m.heading) for m in st.measures] == [("一、", "严格落实耕地保护责任"), ("二、", "加快高标准农田建设")]


def test_a_report_of_requirements_raised_at_a_meeting_is_no_policy():
    # 提出以下要求 in a meeting report: no document speaks as itself
    text = ("某区召开安全生产工作会议\n6月5日，区政府召开安全生产工作会议。会议提出以下要求：\n"
            "一、压实安全生产责任。\n二、开展隐患排查整治。\n")
    assert _parse(text)[1].measures == []
