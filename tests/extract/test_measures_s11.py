"""Session 11: measure layouts the held-9 documents brought (README "What is a measure").

* A ``一、`` item with no deeper numbering is a measure of its own when it acts, even where the other
  ``一、`` items are sections over ``（一）`` measures (一、建立…领导小组 + its text, 二、工作步骤 （一）…).
* A noun a policy verb opens (支持对象, 建设内容, 实施范围) states no action.
* ``一是/二是`` under a section presenting the contents (主要内容, 主要措施) are the clauses an
  interpretation numbers: they act; those under background or positioning sections do not. A lone
  一是 the text ends inside (an excerpt) counts too.
* A page whose headings tell the background (一、工作背景) and the drafting (二、起草过程) is an
  interpretation; its 来源 lines name its publisher, no issuer. Headings about how the document was
  drafted (起草情况, 制定意图, 修订说明) are about the document.
* A sharing site's terms about paying for the 文档 are page furniture.
* 1﹒ is a 1. marker; 目标要求 frames as 总体要求 does.
* A describing label run into its text on a flattened page (一、申请条件 申请单位须…) describes its items.
* An item the excerpt cuts after acting siblings acts when its words open with a word of doing, a
  support's opening (对…) or a time before them (自2024年7月起全面…).
* Several owner notes after the last deeper item are that item's; a paragraph of duty-stating notes
  below the last measure's heading line is its text.
* A lone clause cut below an unnumbered contents heading line (主要内容) acts.
* Decimal numbering (1.1, 1.2 under 一、 sections or chapter lines 1 总则) numbers the items.

Documents written for these tests (other cities, scripts and numberings than the corpus)."""

from issuer_support import issued
from measure_support import measures, shape
from owner_support import explicit_owners, extract_text

# a district plan: its first 一、 item is a task of its own, the next one a section over (一) items
MIXED = ("广州市天河区家庭医生签约服务提质行动方案\n"
         "为提升家庭医生签约服务质量，制定本方案。\n"
         "一、强化组织推动\n"
         "区卫生健康局成立由局长任组长的工作专班，统筹推进各项工作，每月召开一次调度会。\n"
         "二、重点任务\n"
         "（一）扩大签约覆盖面。各社区卫生服务中心每月开展入户宣传。\n"
         "（二）提升履约质量。区卫生健康局每季度开展履约评估。\n"
         "三、支持对象\n"
         "本方案支持辖区内取得执业许可的社区卫生服务中心。\n")


def test_a_lone_acting_dun_item_beside_sections_is_a_measure():
    assert shape(MIXED) == [("一、", "强化组织推动"), ("(一)", "扩大签约覆盖面"), ("(二)", "提升履约质量")]


def test_a_lone_framing_or_noun_dun_item_is_none():
    # near miss: 一、总体要求 frames; 三、支持对象 is a noun a verb opens: neither is a measure
    text = MIXED.replace("一、强化组织推动", "一、总体要求")
    assert shape(text) == [("(一)", "扩大签约覆盖面"), ("(二)", "提升履约质量")]


def test_dun_items_without_deeper_sections_unchanged():
    # near miss: with no section holding (一) items the 一、 items are the measures as before
    text = ("某市促进中医药发展若干措施\n"
            "一、强化组织推动。市卫生健康委牵头建立联席会议制度。\n"
            "二、加大资金投入。市财政每年安排专项资金1000万元。\n")
    assert shape(text) == [("一、", "强化组织推动"), ("二、", "加大资金投入")]


# an interpretation page (no Q&A): a positioning section and a contents section, both with 一是/二是
JIEDU = ("苏州市生物医药产业若干政策解读\n"
         "一、出台背景\n"
         "生物医药产业是我市重点发展的先导产业。\n"
         "二、总体考虑\n"
         "一是坚持问题导向。聚焦企业反映集中的堵点。\n"
         "二是坚持系统集成。统筹研发、生产、应用各环节。\n"
         "三、主要内容\n"
         "《若干政策》共十二条，涵盖研发、转化和应用。\n"
         "一是加大创新药研发支持。对进入临床试验的品种给予最高1000万元资助。\n"
         "二是推动医疗器械首台套应用。对首次采购的医疗机构给予奖励。\n")


def test_shi_items_under_a_contents_section_act():
    assert shape(JIEDU) == [("一是", "加大创新药研发支持"), ("二是", "推动医疗器械首台套应用")]


def test_a_lone_shi_item_cut_by_the_excerpt_acts():
    text = JIEDU[:JIEDU.index("二是推动")].replace("给予最高1000万元资助。\n", "给予最高1000万")
    assert shape(text) == [("一是", "加大创新药研发支持")]


def test_shi_items_under_a_positioning_section_only_are_none():
    # near miss: the page stops before its contents section — the 一是/二是 of 二、总体考虑 describe
    text = JIEDU[:JIEDU.index("三、主要内容")]
    assert not [n for n, _ in shape(text) if n.endswith("是")]


# a city's account of its list of practical projects: page debris above, no title line, headings that
# tell the background and the drafting, then the contents with 一是… run on in one paragraph
PAGE = ("2025\n03/12\n来源:\n无锡市人民政府研究室\n【字体:大中小】\n"
        "一、 工作背景\n"
        "市委常委会要求制定符合本市实际的为民办实事项目清单。\n"
        "二、起草过程\n"
        "3月1日向各区、市直各部门征求了意见，吸纳意见8条。\n"
        "三、主要内容\n"
        "12项实事涉及教育、医疗和养老等领域。一是市教育局提出新建公办幼儿园10所。"
        "二是市卫生健康委提出建成社区医院5家，推进家庭医生签约服务。三是市民政局提出加快建设街道养老服务中心3")


def test_a_noun_a_verb_opens_cut_by_the_excerpt_is_no_measure():
    # 三、支持对象和范围 at the end of an excerpt: a heading that states no action (三、支持企业上市 would)
    text = ("某县促进医药产业发展若干措施\n"
            "一、加大财政投入。县财政每年安排500万元。\n"
            "二、优化审批服务。县行政审批局压缩办理时限。\n"
            "三、支持对象和范围\n")
    assert [n for n, _ in shape(text)] == ["一、", "二、"]
    assert [n for n, _ in shape(text.replace("支持对象和范围", "支持企业上市融资"))] == ["一、", "二、", "三、"]


def test_a_background_and_drafting_page_is_an_interpretation_whose_shi_items_act():
    got = measures(PAGE, "shi-projects-jiedu.txt")
    assert [n for n, _ in got] == ["一是", "二是", "三是"]
    assert got[1][1].startswith("二是市卫生健康委提出建成社区医院5家")
    assert got[2][1] == "三是市民政局提出加快建设街道养老服务中心3"   # cut by the excerpt: a named body acting


def test_an_interpretation_pages_source_line_names_no_issuer():
    # the body on the line after 来源: publishes the page; it issued nothing (README "Interpretation pages")
    assert issued(PAGE, "shi-projects-jiedu.txt", no_policy_ok=True) == []



def test_headings_about_how_the_document_was_drafted_are_no_measures():
    # an interpretation page: what the rules were made for, how they were revised, what they hold
    text = ("《某县农村供水工程运行管理办法》修订解读\n"
            "一、修订意图\n"
            "为加强农村供水工程管理，保障群众饮水安全，县水利局启动了办法的修订。\n"
            "二、主要内容\n"
            "办法共五章二十八条，明确了工程产权、运行维护和水费收缴。\n"
            "三、修订情况\n"
            "县水利局会同县财政局逐条梳理原办法，征求各乡镇意见12条，吸纳9条。\n"
            "四、落实要求\n"
            "各乡镇要在6月底前完成供水工程产权登记。\n")
    assert [n for n, _ in shape(text)] == ["四、"]


def test_a_sharing_sites_paid_document_terms_are_no_measures():
    # a document-sharing site's terms above the served text: what the user pays for (付费) a sentence or
    # two after the 文档 they speak of — page furniture; the county's own list below stays
    text = ("- 1、本站所售文档仅供学习参考，不代表平台立场，文档内容的真实性、完整性与准确性由上传者负责，"
            "平台仅提供存储与展示服务，一经付费不予退还。\n"
            "- 2、上传者对文档享有全部权利，本平台对文档内容不作任何审核与保证，请在付费前仔细核对。\n"
            "某县人民政府关于加快中药材产业发展的意见\n"
            "1、扩大种植规模。县农业农村局每年新建标准化种植基地2000亩。\n"
            "2、培育加工企业。县工业和信息化局引进精深加工企业3家。\n")
    assert [n for n, _ in shape(text)] == ["1、", "2、"]
    assert [h for _, h in shape(text)] == ["扩大种植规模", "培育加工企业"]


def test_numbers_with_a_small_full_stop_are_markers_and_goals_and_requirements_frame():
    # 1﹒ (U+FE52) numbers the items as 1. does; 目标要求 states goals and requirements as 总体要求 does —
    # its 要 (规模要达到…) asks no unit to act
    text = ("某省促进医疗器械产业发展若干措施\n"
            "一、总体安排\n"
            "1﹒目标要求。坚持创新驱动，到2025年全省医疗器械产业规模要达到1000亿元。\n"
            "2﹒加快产品注册。省药监局要压缩二类医疗器械注册审评时限。\n"
            "3﹒支持首台套应用。对首次采购的医疗机构给予奖励。\n")
    assert shape(text) == [("2.", "加快产品注册"), ("3.", "支持首台套应用")]
    got = measures(text, "small-stop.txt")
    assert [q for _, q in got] == ["2﹒加快产品注册", "3﹒支持首台套应用"]



def test_a_describing_label_run_into_its_text_on_a_flattened_page_describes_its_items():
    # a call flattened to one line: 一、申请条件 runs into its sentence after a blank; its 1.–4. are conditions
    text = ("杭州市余杭区经济和信息化局关于组织申报2024年度生物医药产业扶持资金的通知 各有关单位: 现将有关事项通知如下: "
            "一、申请条件 申请单位须在余杭区注册并纳税，同时符合下列条件: 1.具有独立法人资格； 2.近三年无不良信用记录； "
            "3.财务制度健全； 4.具备项目实施能力。 "
            "二、扶持内容 (一)支持创新产品产业化 1、扶持标准 (1)对首次取得三类医疗器械注册证的企业给予最高300万元奖励。 "
            "(2)对首次取得二类医疗器械注册证的企业给予最高50万元奖励。\n")
    got = shape(text)
    assert not [h for _, h in got if h in ("具有独立法人资格", "近三年无不良信用记录", "财务制度健全", "具备项目实施能力")]
    assert [n for n, _ in got] == ["1、"] and "给予最高300万元奖励" in got[0][1]


def test_an_item_the_excerpt_cuts_after_acting_siblings_acts_when_its_words_do():
    # README (session 10): an item cut by the end of an excerpt is a measure when the words on the page act —
    # 组织开展 (a word of doing) or 对…的 (a support's opening), though no policy verb opens a full sentence
    head = ("重庆市渝中区卫生健康委员会2024年工作要点\n"
            "（1）推进社区医院建设。年内建成社区医院3家。\n"
            "（2）完善家庭医生签约服务。重点人群签约率达到80%。\n")
    assert [n for n, _ in shape(head + "（3）组织开展“健")] == ["(1)", "(2)", "(3)"]
    assert [n for n, _ in shape(head + "（3）对新建成的示范")] == ["(1)", "(2)", "(3)"]
    # near miss: words that name or date only (2024年度) are nothing to judge
    assert [n for n, _ in shape(head + "（3）2024年度")] == ["(1)", "(2)"]


def test_a_cut_item_opening_with_its_time_acts_when_the_action_follows():
    # 自2024年7月起推行… / 於二○二四年… 開始實施…: the time, then the word of doing
    head = ("澳門特別行政區衛生局2024年工作要點\n"
            "（一）完善基層醫療網絡。增設社區衛生中心一間。\n")
    assert [n for n, _ in shape(head + "（二）於二○二四年七月一日開始推行電子")] == ["(一)", "(二)"]
    assert [n for n, _ in shape(head + "（二）自2024年7月起全面")] == ["(一)", "(二)"]
    assert [n for n, _ in shape(head + "（二）二○二四年度")] == ["(一)"]


# a division of a plan's targets: its last deeper item heads a paragraph of targets, each with its lead
DIVISION = ("陕西省“十四五”规划纲要主要目标任务分工方案\n"
            "一、分工原则\n"
            "（一）突出重点。对约束性指标逐项明确责任部门。\n"
            "（二）压实责任。各牵头部门对本领域目标负总责。\n"
            "二、目标任务分工\n"
            "（一）约束性指标。\n"
            "1.约束性指标的责任部门。\n"
            "单位地区生产总值能耗降低13.5%。（省发展改革委牵头）耕地保有量不低于4400万亩。（省自然资源厅牵头）"
            "地级以上城市空气优良天数比率达到83.6%。（省生态环境厅牵头）\n")


def test_several_notes_after_the_last_deeper_item_are_that_items():
    assert shape(DIVISION) == [("1.", "约束性指标的责任部门")]
    got = measures(DIVISION, "shaanxi-division.txt")
    assert got[0][1] == "1.约束性指标的责任部门"
    # the paragraph of targets below its heading line is its text: its notes are its owners
    owners = explicit_owners(extract_text(DIVISION, "shaanxi-division.txt")[1])
    assert {b for b, _ in owners["约束性指标的责任部门"]} == {"陕西省发展和改革委员会", "陕西省自然资源厅", "陕西省生态环境厅"}


def test_one_note_after_the_deeper_items_is_the_outer_items_own():
    # near miss: a 一、 item whose one note closes it below its (一) parts keeps the note (and acts) itself
    text = ("某市卫生健康重点任务\n"
            "一、加强基层医疗服务\n（一）建设社区医院。\n（二）培训全科医生。\n（市卫生健康委牵头）\n"
            "二、推进中医药发展\n（一）建设中医馆。\n（二）推广中医适宜技术。\n（市中医药局牵头）\n")
    assert [n for n, _ in shape(text)] == ["一、", "二、"]


# an interpretation in a template of unnumbered heading lines, cut inside the first clause it numbers
NANNING = ("《南宁市促进中医药产业发展若干措施》解读\n"
           "起草背景\n"
           "为贯彻落实国家和自治区关于中医药传承创新发展的部署，市卫生健康委起草了本措施。\n"
           "主要内容\n"
           "《若干措施》从服务体系、产业发展和人才培养三个方面提出15条措施。\n"
           "（一）加强中医药服务体系建设\n"
           "支持各县区建设中医医院，对新建成的二级中医医院给予")


def test_the_first_clause_under_an_unnumbered_contents_heading_cut_by_the_excerpt_acts():
    assert shape(NANNING) == [("(一)", "加强中医药服务体系建设")]
    # near miss: under a drafting heading the same lone clause is nothing the page numbers as the policy's
    assert shape(NANNING.replace("主要内容\n", "起草过程\n")) == []


# decimal numbering: items 1.1, 1.2 … under 一、 sections, each with its owner note
DECIMAL = ("孝感市加快生物医药产业发展行动方案\n"
           "一、主要任务\n"
           "1.1 加快创新药研发。对进入临床试验的品种给予资助。（责任单位：市科技局）\n"
           "1.2 推动医疗器械产业化。对首次注册的产品给予奖励。（责任单位：市经信局）\n"
           "二、保障措施\n"
           "2.1 加强组织领导。成立市生物医药产业发展领导小组。（责任单位：市发改委）\n")


def test_decimal_items_under_sections_are_the_measures_with_their_own_owners():
    # before, 1.1 was no marker: 一、主要任务 and 二、保障措施 became measures holding every note
    assert shape(DECIMAL) == [("1.1", "加快创新药研发"), ("1.2", "推动医疗器械产业化"), ("2.1", "加强组织领导")]
    assert [q for _, q in measures(DECIMAL, "xiaogan-decimal.txt")] == [
        "1.1 加快创新药研发", "1.2 推动医疗器械产业化", "2.1 加强组织领导"]
    owners = explicit_owners(extract_text(DECIMAL, "xiaogan-decimal.txt")[1])
    assert {b for b, _ in owners["加快创新药研发"]} == {"孝感市科学技术局"}
    assert {b for b, _ in owners["推动医疗器械产业化"]} == {"孝感市经济和信息化局"}


def test_decimal_items_under_numbered_chapter_lines():
    # an emergency plan: chapter lines 1 总则 / 2 组织体系 over their decimal items
    text = ("某县突发公共卫生事件应急预案\n"
            "1 总则\n1.1 适用范围\n本预案适用于本县行政区域内的突发公共卫生事件。\n"
            "2 组织体系\n2.1 应急指挥部\n县人民政府成立突发公共卫生事件应急指挥部，负责统一领导应急处置工作。\n"
            "2.2 日常管理机构\n县卫生健康局负责突发公共卫生事件应急处置的日常管理工作。\n")
    assert shape(text) == [("2.1", "应急指挥部"), ("2.2", "日常管理机构")]


def test_amounts_and_a_lone_decimal_are_no_items():
    # near miss: 1.5亿元 opening a line and one 3.1 with no 3.2 anywhere number nothing
    text = ("某市促进生物医药产业发展若干措施\n一、加大资金投入。市财政安排专项资金。\n"
            "1.5亿元用于支持创新药研发。\n二、优化审批服务。\n3.1 节点提速。\n")
    assert [n for n, _ in shape(text)] == ["一、", "二、"]
