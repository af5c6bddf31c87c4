"""Measure layout classes of session 9, each on a small document written for its test (other
cities, numberings, punctuation and scripts than the corpus), each with a near miss where the
rule must not fire.

* Lost indentation: a repost whose ideographic spaces became ``??`` at line starts (``??一、``).
* Words by which a text speaks as its own document: 有关事项通知如下, 提出如下意见。, a reply's
  …建议收悉…如下.
* 坚持 opens a task (a review heading worded as the work done: 一、坚持…，…成效显著).
* A definitions list (一、X：指…) describes.
* A plan's contents outline (第一章 / 第一节 / (一)… as bare headings) holds no items.
* A group heading over owner-carrying parts: the parts are the measures.
* An activity notice's conditions (申报基本条件) describe."""

from measure_support import CAT, measures, shape

from medgraph.documents import read_bytes
from medgraph.extract import extract, structure
from medgraph.textnorm import normalize


def _policies(text: str) -> list[str]:
    ex = extract(read_bytes(text.encode("utf-8"), "s9.txt"), CAT)
    return [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]


# --- lost indentation ------------------------------------------------------------------------------

_INDENT = ("廣州市衛生健康委員會關於做好中醫藥傳承工作的通知\n"
           "各區衛生健康局:\n"
           "??為做好中醫藥傳承工作,現將有關事項通知如下:\n"
           "??一、健全傳承機制\n"
           "??(一)建立名老中醫工作室。各區要在年內建成工作室不少於兩個。\n"
           "??(二)推行師承教育。鼓勵醫療機構開展師帶徒。\n"
           "??二、強化保障\n"
           "??(一)加大經費投入。市財政對工作室給予每個20萬元補助。\n")


def test_question_marks_standing_for_a_lines_indentation_are_blank():
    assert shape(_INDENT) == [("(一)", "建立名老中医工作室"), ("(二)", "推行师承教育"), ("(一)", "加大经费投入")]


def test_question_marks_before_words_are_left_alone():
    # a line opening with ?? then words (an encoding's garbled name) is no indentation before a marker
    text = "??谑腥嗣裾P于印发的通知\n一、加强领导。\n"
    assert structure._without_lost_indent(text) == text
    assert structure._without_lost_indent("??一、加强领导。\n??(二)x") == "  一、加强领导。\n  (二)x"


# --- words by which a text speaks as its own document ----------------------------------------------

# (each opening sentence is long, as a page's first paragraph is: no short line near the top reads as a title)
_PREAMBLE = ("为深入贯彻落实国务院关于加快发展中医药产业和促进医药产业高质量发展的部署要求,"
             "进一步推动本地区中药材产业和康养产业提质增效,")
_OWN = {
    "notice": (_PREAMBLE + "经专家评审,确定了入选单位名单,现予以公布。有关事项通知如下:\n"
               "一、请入选单位按照申报方案抓紧推进,确保任务按期完成。\n"
               "二、请各地农业农村部门加强对入选单位的跟踪服务。\n"),
    "opinion": (_PREAMBLE + "经省人民政府同意,提出如下意见。\n"
                "一、培育康养龙头企业。对新认定的龙头企业给予奖励。\n"
                "二、建设康养示范基地。支持各地建设示范基地。\n"),
    "reply": (_PREAMBLE + "陈红代表提出的《关于支持中药材种植的建议》(第312号)收悉。结合我局职能,现将协办意见反馈如下:\n"
              "一、关于扩大种植规模\n近年来,我局积极推动道地药材基地建设。\n"
              "二、关于加强品牌建设\n我局将会同市农业农村局开展区域品牌评选。\n"),
}


def _own(text: str) -> tuple[bool, list[str]]:
    st = structure.parse(normalize(text)[0])
    return st.is_policy, [m.heading for m in st.measures]


def test_a_notice_that_notifies_its_items_is_its_own_document():
    assert _own(_OWN["notice"]) == (True, ["请入选单位按照申报方案抓紧推进,确保任务按期完成", "请各地农业农村部门加强对入选单位的跟踪服务"])


def test_an_opinion_that_proposes_its_opinions_with_a_full_stop_is_its_own_document():
    assert _own(_OWN["opinion"]) == (True, ["培育康养龙头企业", "建设康养示范基地"])


def test_a_reply_to_a_suggestion_is_its_own_document():
    assert _own(_OWN["reply"]) == (True, ["关于扩大种植规模", "关于加强品牌建设"])


def test_items_under_words_that_only_report_are_no_document_of_its_own():
    # 有关情况如下 / 多次提出意见 / a suggestion received but answered nowhere: the items stay candidates
    assert _own(_OWN["notice"].replace("有关事项通知如下", "有关情况如下")) == (False, [])
    assert _own(_OWN["opinion"].replace("提出如下意见。", "多次提出意见。")) == (False, [])
    assert _own(_OWN["reply"].replace("现将协办意见反馈如下", "我局高度重视")) == (False, [])


# --- 坚持 opens a task ------------------------------------------------------------------------------

_REVIEW = ("2024年临泽县人民政府工作报告\n"
           "——2024年1月10日在临泽县第十八届人民代表大会第三次会议上\n"
           "各位代表:\n"
           "现在,我代表县人民政府向大会报告工作,请予审议。\n"
           "一年工作回顾\n"
           "一、坚持生态优先绿色发展,环境质量持续改善\n"
           "全年完成造林3万亩,空气优良天数比例达到92%。\n")


def test_a_review_heading_opening_with_jianchi_is_the_work_done():
    assert [q.split("\n")[0] for _, q in measures(_REVIEW)] == ["一、坚持生态优先绿色发展,环境质量持续改善"]


def test_a_review_heading_that_names_a_period_stays_no_measure():
    assert measures(_REVIEW.replace("一、坚持生态优先绿色发展,环境质量持续改善", "一、2023年工作回顾")) == []


# --- definitions --------------------------------------------------------------------------------------

_DEFINITIONS = ("某市生物醫藥產業促進條例\n"
                "第二條 本條例用語,定義如下:\n"
                "一、生物醫藥企業:指在本市登記從事藥品研發生產的企業。\n"
                "二、創新藥,是指未在境內外上市的藥品。\n"
                "三、臨床機構 系指開展藥物臨床試驗的醫療機構。\n")


def test_a_definitions_list_describes():
    assert shape(_DEFINITIONS) == []


def test_items_opening_with_zhidao_or_a_support_are_no_definitions():
    text = ("某市促進生物醫藥產業發展的若干措施\n"
            "一、指導企業開展臨床試驗:市衛健委每年組織培訓。\n"
            "二、支持創新藥研發:對完成臨床試驗的給予獎勵。\n")
    assert shape(text) == [("一、", "指导企业开展临床试验"), ("二、", "支持创新药研发")]


# --- a plan's contents outline --------------------------------------------------------------------

_OUTLINE = ("某区国民经济和社会发展第十四个五年规划纲要\n"
            "第一章 发展基础\n"
            "第一节 主要成就\n"
            "(一)产业规模\n"
            "(二)创新能力\n"
            "第二章 重点任务\n"
            "第一节 壮大生物医药产业\n"
            "(一)培育龙头企业\n"
            "(二)建设专业园区\n"
            "第二节 提")


def test_a_contents_outline_without_its_heading_holds_no_items():
    assert shape(_OUTLINE) == []


def test_the_plans_own_items_with_paragraphs_are_measures():
    text = ("某区国民经济和社会发展第十四个五年规划纲要\n"
            "第二章 重点任务\n"
            "第一节 壮大生物医药产业\n"
            "(一)培育龙头企业\n"
            "支持企业兼并重组,打造百亿级企业。\n"
            "(二)建设专业园区\n"
            "规划建设生物医药产业园。\n")
    assert shape(text) == [("(一)", "培育龙头企业"), ("(二)", "建设专业园区")]


# --- group headings over owner-carrying parts ----------------------------------------------------------

_DIVISION = ("某省人民政府关于落实重点工作责任分工的意见\n"
             "一、主要目标\n"
             "(一)地区生产总值增长6%左右。(省发展改革委负责)\n"
             "(二)一般公共预算收入增长5%。(省财政厅负责)\n"
             "二、推进产业升级\n"
             "(三)壮大先进制造业。\n"
             "1.实施技改项目300个。(省工业和信息化厅负责)\n"
             "2.新培育专精特新企业100家。(省工业和信息化厅主办,省科技厅协办)\n"
             "3.推动园区扩")


def test_a_group_heading_over_owned_parts_gives_way_to_its_parts():
    assert shape(_DIVISION) == [("(一)", "地区生产总值增长6%左右"), ("(二)", "一般公共预算收入增长5%"),
                                ("1.", "实施技改项目300个"), ("2.", "新培育专精特新企业100家"), ("3.", "推动园区扩")]


def test_a_group_heading_with_its_own_owner_note_stays_the_measure():
    text = _DIVISION.replace("(三)壮大先进制造业。\n", "(三)壮大先进制造业。(省工业和信息化厅负责)\n")
    assert [n for n, _ in shape(text)] == ["(一)", "(二)", "(三)"]


def test_one_owner_note_closing_a_group_keeps_the_group():
    text = ("某省人民政府关于落实重点工作责任分工的意见\n"
            "(一)壮大先进制造业。\n"
            "1.实施技改项目300个。\n"
            "2.新培育专精特新企业100家。(省工业和信息化厅负责)\n"
            "(二)扩大有效投资。(省发展改革委负责)\n")
    assert [n for n, _ in shape(text)] == ["(一)", "(二)"]


# --- an activity notice's conditions --------------------------------------------------------------------

def test_an_application_notices_basic_conditions_describe():
    text = ("某市经济和信息化局关于组织申报2025年产业扶持资金的通知\n"
            "一、申报基本条件\n"
            "(一)在本市注册满一年的企业。\n"
            "(二)近三年无重大安全事故。\n"
            "二、支持方向\n"
            "(一)支持企业技术改造。对设备投资给予10%补助。\n")
    assert shape(text) == [("(一)", "支持企业技术改造")]


# --- part 2: items an excerpt keeps alone, replies, a published list's requirements ---------------------

_PRE = ("为深入贯彻落实国务院关于推动中医药传承创新发展的部署要求,进一步发挥我省中医药资源优势和产业基础优势,"
        "加快建设中医药强省,")


def test_a_reply_point_opening_with_its_means_acts():
    # 以X为中心推动… / 围绕X，加快…: the means or focus, then the action (a reply's lone point, cut by the excerpt)
    text = (_PRE + "您提出的关于建设中药材产业集群的建议收悉,现答复如下:\n"
            "一、以文山为中心推动三七产业集聚发展\n"
            "三七产业是我省特色优势产业,省委、省政府高度重视。\n")
    assert _own(text) == (True, ["以文山为中心推动三七产业集聚发展"])
    assert _own(text.replace("以文山为中心推动", "围绕三七主产区,推动")) == (True, ["围绕三七主产区,推动三七产业集聚发展"])


def test_a_reply_point_naming_a_place_is_nothing_to_judge():
    text = (_PRE + "您提出的关于建设中药材产业集群的建议收悉,现答复如下:\n"
            "一、以文山为代表的三七产区\n"
            "三七产业是我省特色优势产业。\n")
    assert _own(text) == (False, [])   # (no item: nothing for the reply to be a policy with)


def test_a_reply_point_about_a_suggestion_answered_by_a_named_bureau_acts():
    text = (_PRE + "您提出的关于加快中药材产业发展的提案收悉,现答复如下:\n"
            "一、关于“整合资金,加大扶持”的建议\n"
            "省农业农村厅作为中药材产业牵头部门,认真贯彻落实省委部署,积极争取中央资金支持。\n")
    assert _own(text) == (True, ["关于“整合资金,加大扶持”的建议"])
    # near miss: the paragraph only describes the industry
    assert _own(text.replace("省农业农村厅作为中药材产业牵头部门,认真贯彻落实省委部署,积极争取中央资金支持。",
                             "中药材产业是我省重要的特色产业,种植面积逐年扩大。")) == (False, [])


_PLAN_CUT = ("南通市人民政府关于印发南通市加快生物医药人才集聚的实施意见的通知\n"
             "各县(市、区)人民政府:\n"
             "现将《南通市加快生物医药人才集聚的实施意见》印发给你们,请认真贯彻执行。\n"
             "南通市人民政府\n"
             "2024年3月1日\n"
             "南通市加快生物医药人才集聚的实施意见\n"
             "一、强化人才引进\n"
             "坚持人才优先发展理念,聚焦产业需求。\n"
             "1.加大领军人才引进力度。拓宽海外引才渠道,围绕")


def test_the_lone_first_part_of_a_cut_section_is_a_measure():
    assert shape(_PLAN_CUT) == [("1.", "加大领军人才引进力度")]


def test_a_lone_first_part_that_names_a_figure_is_nothing_to_judge():
    assert shape(_PLAN_CUT.replace("1.加大领军人才引进力度。拓宽海外引才渠道,围绕", "1.2023年人才总量达到12万人,其中")) == []


_ISSUED_CUT = ("各区人民政府,市政府各委、办、局:\n"
               "现将《长春市支持生物医药产业发展若干政策》印发给你们,请认真贯彻落实。\n"
               "长春市人民政府\n"
               "2023年6月1日\n"
               "长春市支持生物医药产业发展若干政策\n"
               "一、强化资金配套。对获得省级专项资金支持的项目,市级按1:1给予配套")


def test_a_lone_first_item_with_a_stop_on_its_line_is_a_measure():
    assert shape(_ISSUED_CUT) == [("一、", "强化资金配套")]


def test_a_lone_first_item_running_into_its_parts_on_one_line_is_nothing_to_judge():
    text = _ISSUED_CUT.replace("一、强化资金配套。对获得", "一、发展概况(一)产业基础。对获得")
    assert shape(text) == []


_LIST_NOTICE = ("关于公布2024年省级中药材示范基地名单的通知\n"
                "各市农业农村局:\n"
                "经评审,确定20个基地为2024年省级中药材示范基地,现予公布。为做好示范基地建设,现提出如下要求:\n"
                "一、各示范基地建设单位要按照建设方案认真组织实施,每年报送建设情况。\n"
                "二、各示范基地所在地政府要落实资金保障,协调解决建设中的困难。\n"
                "三、省农业农村厅对示范基地实行动态管理,每两年开展一次考核评估。\n")


def test_a_published_lists_requirements_on_classes_frame_a_named_bodys_task_acts():
    assert shape(_LIST_NOTICE) == [("三、", "省农业农村厅对示范基地实行动态管理,每两年开展一次考核评估")]


def test_requirements_without_a_published_list_stay_measures():
    text = _LIST_NOTICE.replace("关于公布2024年省级中药材示范基地名单的通知", "关于做好2024年中药材基地建设工作的通知") \
        .replace("经评审,确定20个基地为2024年省级中药材示范基地,现予公布。", "")
    assert [n for n, _ in shape(text)] == ["一、", "二、", "三、"]


def test_a_plans_opportunities_and_challenges_frame():
    text = ("某州生物医药产业发展规划(2024-2028年)\n"
            "一、发展环境\n"
            "(一)发展机遇\n国家支持生物医药产业发展。\n"
            "(二)主要挑战\n创新能力仍然不强。\n"
            "二、重点任务\n"
            "(三)培育创新主体\n支持企业建设研发中心。\n")
    assert shape(text) == [("(三)", "培育创新主体")]
    # near miss: a task that meets a challenge (应对挑战) acts
    assert [h for _, h in shape(text.replace("(二)主要挑战\n创新能力仍然不强。", "(二)应对挑战\n建立风险预警机制。"))] \
        == ["应对挑战", "培育创新主体"]


# --- items opening with a year; a table row's one part ----------------------------------------------------

_ROWS = ("天津市卫生健康委员会2021年第二季度市政府工作报告重点任务分工落实情况\n"
         "项目 年度任务 完成情况\n"
         "市政府工作报告重点任务分工第12项 推进公立医院高质量发展。 1.制定《公立医院高质量发展实施方案》,已报市政府审议。\n"
         "2.推动10家医院开展绩效改革试点。\n"
         "市政府工作报告重点任务分工第30项 完善分级诊疗制度。 1、2020年,我委印发医联体建设方案,2021年新建医联体5个。\n")


def _items(text: str) -> list[tuple[str, str]]:
    """(number_text, heading) of the numbered items structure finds, its measures or — a report it
    does not call a policy by itself — its candidates; each heading checked against the text."""
    norm = normalize(text)[0]
    st = structure.parse(norm)
    out = []
    for m in st.measures or st.candidates:
        assert norm[m.heading_start:m.heading_end] == m.heading
        out.append((m.number_text, m.heading))
    return out


def test_a_rows_one_part_opening_with_a_year_is_a_measure():
    assert _items(_ROWS) == [("1.", "制定《公立医院高质量发展实施方案》,已报市政府审议"), ("2.", "推动10家医院开展绩效改革试点"),
                            ("1、", "2020年,我委印发医联体建设方案,2021年新建医联体5个")]


def test_a_number_glued_to_a_non_year_stays_a_number():
    # 1、2号楼 (two numbers joined by 、): no item starts there
    text = _ROWS.replace("1、2020年,我委印发医联体建设方案,2021年新建医联体5个。", "1、2号楼已完成主体施工。")
    assert [n for n, _ in _items(text)] == ["1.", "2."]


def test_other_wordings_by_which_a_text_speaks_as_itself():
    # 现通知如下 / 公告如下 / 提出以下实施意见： — the same usage in other words
    base = _OWN["notice"]
    for words in ("现通知如下:", "现将有关事项公告如下:", "结合本市实际,提出以下实施意见:"):
        text = base.replace("有关事项通知如下:", words)
        assert _own(text)[0] is True, words
    # near miss: a text that reports what a notice contained is no notice of its own
    assert _own(base.replace("有关事项通知如下:", "该通知内容如下:"))[0] is False


# --- a published list of names; more status lines of a review ---------------------------------------

_NAMES = ("关于公布2024年度省级企业技术中心名单的通知\n"
          "各市工业和信息化局:\n"
          "经企业申报、专家评审,现将名单公布如下:\n"
          "1.江苏某某医药股份有限公司\n"
          "2.南京某某制药有限公司(南京市)\n"
          "3.苏州某某生物研究院\n")


def test_a_published_list_of_names_holds_no_measures():
    assert shape(_NAMES) == []


def test_a_list_item_that_acts_on_a_named_company_is_a_measure():
    text = _NAMES.replace("1.江苏某某医药股份有限公司", "1.支持江苏某某医药股份有限公司") \
        .replace("2.南京某某制药有限公司(南京市)", "2.推动南京某某制药有限公司").replace("3.苏州某某生物研究院", "3.建设苏州某某生物研究院")
    assert [h for _, h in shape(text)] == ["支持江苏某某医药股份有限公司", "推动南京某某制药有限公司", "建设苏州某某生物研究院"]


_EXECUTION = ("某区关于2023年国民经济和社会发展计划执行情况的报告\n"
              "一、2023年计划执行情况\n"
              "(一)产业规模持续扩大。全年实现产值500亿元。\n"
              "(二)生态环境明显改善。PM2.5浓度下降10%。\n"
              "(三)产业体系初步形成。\n"
              "二、2024年主要任务\n"
              "(一)推进产业集聚。引进龙头企业。\n"
              "(二)推动产业规模持续扩大。新增规上企业50家。\n")


def test_more_status_lines_of_a_review_describe():
    assert shape(_EXECUTION) == [("(一)", "推进产业集聚"), ("(二)", "推动产业规模持续扩大")]
