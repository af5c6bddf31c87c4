"""Measure layouts of session 8 beside the flattened list (test_measures_flattened_s8.py), each on a
small document written for its test (other cities, numberings and punctuation than the corpus).

* A plain text titled …若干举措 (举措 is a policy kind word as 措施 is: 若干举措, 十条举措) numbering its
  measures 1. or (1): its title makes it a policy, its items are the measures."""

from measure_support import CAT, measures, shape

from medgraph.documents import read_bytes
from medgraph.extract import extract

_JUCUO = ("扬州市支持生物医药产业创新发展的若干举措\n"
          "1.支持新药研发。对完成临床试验的创新药给予最高500万元奖励。\n"
          "2.加快临床转化。鼓励医疗机构建设研究型病房。\n"
          "3.优化审评服务。推行注册申报辅导制度。\n")


def _policies(text: str) -> list[str]:
    ex = extract(read_bytes(text.encode("utf-8"), "jucuo.txt"), CAT)
    return [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]


def test_a_text_titled_jucuo_gives_its_measures():
    assert shape(_JUCUO) == [("1.", "支持新药研发"), ("2.", "加快临床转化"), ("3.", "优化审评服务")]
    assert measures(_JUCUO) == [("1.", "1.支持新药研发"), ("2.", "2.加快临床转化"), ("3.", "3.优化审评服务")]
    assert _policies(_JUCUO) == ["扬州市支持生物医药产业创新发展的若干举措"]


def test_jucuo_with_bracketed_arabic_numbers():
    text = _JUCUO.replace("1.", "（1）").replace("2.", "（2）").replace("3.", "（3）")
    assert shape(text) == [("(1)", "支持新药研发"), ("(2)", "加快临床转化"), ("(3)", "优化审评服务")]
    assert measures(text) == [("(1)", "（1）支持新药研发"), ("(2)", "（2）加快临床转化"), ("(3)", "（3）优化审评服务")]


# --- status lines of a review --------------------------------------------------------------------

_REVIEW = ("徐汇区关于2023年国民经济和社会发展计划执行情况的报告\n"
           "一、2023年计划执行情况\n"
           "1.营商环境持续优化。全年新设企业1.2万户，政务服务事项全部实现网上可办。\n"
           "2.重点项目稳步推进。32个市区重大项目完成投资超过年度计划。\n"
           "3.科技服务成效显著。新增高新技术企业210家。\n"
           "二、2024年主要任务\n"
           "1.推进重点产业集聚。围绕生物医药、人工智能引进一批龙头企业。\n"
           "2.深化营商环境改革。推行“一件事”集成服务。\n")


def test_a_reviews_status_lines_describe_the_tasks_after_them_act():
    # X持续优化 / X稳步推进 / X成效显著: a subject and how it stands (README: status and results)
    assert shape(_REVIEW) == [("1.", "推进重点产业集聚"), ("2.", "深化营商环境改革")]


def test_a_status_word_after_a_policy_verb_or_a_clause_is_a_task():
    # 推动重点项目稳步推进 opens with a policy verb: a task, whatever it ends with
    text = _REVIEW.replace("2.重点项目稳步推进。", "2.推动重点项目稳步推进。")
    assert [h for _, h in shape(text)][:1] == ["推动重点项目稳步推进"]


# --- a page that begins inside a section's list ----------------------------------------------------

_PAGE_TWO = ("莆田市人民政府关于加快中医药产业发展的实施意见\n"
             "3.建设道地药材基地。在仙游、涵江建设莆田道地药材种植基地3个。\n"
             "4.培育骨干企业。支持中药企业开展技术改造，年内培育产值超亿元企业2家。\n"
             "六、保障措施\n"
             "1.加强组织领导。成立市中医药产业发展工作专班。\n"
             "2.加大资金扶持。市财政每年安排专项资金1000万元。\n")


def test_a_page_beginning_inside_the_list_before_the_next_section_keeps_that_list():
    # 3. 4. are the tail of a section whose heading is on the page before (the style starts again at
    # 1 below 六、): both lists are the measures, keyed apart
    assert shape(_PAGE_TWO) == [("3.", "建设道地药材基地"), ("4.", "培育骨干企业"),
                                ("1.", "加强组织领导"), ("2.", "加大资金扶持")]
    ex = extract(read_bytes(_PAGE_TWO.encode("utf-8"), "page2.txt"), CAT)
    keys = sorted(n.id.rsplit("-m", 1)[1] for n in ex.nodes if n.label == "Measure")
    assert keys == ["1", "2", "3", "4"]   # numbers unique in the page: each its own key


def test_a_short_run_not_followed_by_a_restarting_section_stays_out():
    # the same two items with no section after them: 3. 4. alone may be stray figures of a page
    text = _PAGE_TWO.split("六、")[0] + "以上措施自印发之日起施行。\n"
    assert shape(text) == []


# --- a list of what other documents say -----------------------------------------------------------

_BASIS = ("黄山市发展和改革委员会关于市政协十届三次会议第0215号提案的答复\n"
          "民盟黄山市委会：\n"
          "贵会提出的关于加快徽州中医药产业发展的提案收悉，现答复如下：\n"
          "一、强化规划引领推动产业集聚\n"
          "一是《安徽省“十四五”中医药发展规划》明确提出，支持皖南地区建设道地药材基地。\n"
          "二是《黄山市国民经济和社会发展第十四个五年规划纲要》提出，培育中医药康养产业集群。\n"
          "三是《关于促进中医药传承创新发展的实施意见》中要求，打造“新安医学”品牌。\n")


def test_a_list_of_what_cited_documents_say_is_no_list_of_measures():
    # 一是/二是/三是 quote what other documents say (the basis the reply cites): the point they sit in,
    # which states what is done (强化规划引领推动产业集聚), is the measure
    assert shape(_BASIS) == [("一、", "强化规划引领推动产业集聚")]


def test_a_list_mixing_quotes_and_work_keeps_its_items():
    text = _BASIS.replace("三是《关于促进中医药传承创新发展的实施意见》中要求，打造“新安医学”品牌。",
                          "三是我委牵头出台《黄山市中医药产业发展三年行动方案》，安排专项资金2000万元。")
    assert [n for n, _ in shape(text)] == ["一是", "二是", "三是"]


# --- labels over a scope or a definition; a body's composition; why the work matters ---------------

_RULES = ("宜宾市科技成果转化项目管理办法\n"
          "第一条 为规范科技成果转化项目管理，制定本办法。\n"
          "第二条 项目定义\n"
          "本办法所称科技成果转化项目，是指由市级财政资金支持、在本市实施的成果转化示范项目。\n"
          "第三条 市科学技术局负责项目的立项、监督和验收。\n"
          "第四条 项目承担单位应当按期报送项目执行情况。\n")


def test_a_label_over_a_definition_or_the_scope_frames():
    # 第二条 项目定义 / 本办法所称…: a definition (README: regulations); 第三条 and 第四条 assign duties
    assert shape(_RULES) == [("第三条", "市科学技术局负责项目的立项、监督和验收"),
                             ("第四条", "项目承担单位应当按期报送项目执行情况")]
    opinions = ("宜宾市关于支持生物医药产业发展的若干意见\n"
                "（一）适用对象。本意见适用于在本市登记注册的生物医药企业。\n"
                "（二）支持新药研发。对完成Ⅱ期临床试验的创新药给予最高300万元奖励。\n"
                "（三）支持平台建设。对新建省级以上创新平台给予100万元补助。\n")
    assert shape(opinions) == [("(二)", "支持新药研发"), ("(三)", "支持平台建设")]


def test_a_label_whose_text_acts_stays_a_measure():
    # (一)资金支持。本意见实施期间… is no clause about the document's scope: the item grants a support
    text = ("宜宾市关于支持生物医药产业发展的若干意见\n"
            "（一）资金支持。对新落户企业给予最高500万元落户奖励。\n"
            "（二）人才支持。对引进的领军人才给予安家补贴。\n")
    assert shape(text) == [("(一)", "资金支持"), ("(二)", "人才支持")]


_MEETING = ("国务院关于同意建立某产业发展部际联席会议制度的批复\n"
            "一、主要职责\n"
            "统筹协调产业发展工作，研究解决重大问题。\n"
            "二、成员单位\n"
            "联席会议由发展改革委、科技部、工业和信息化部组成，发展改革委为牵头单位。\n"
            "三、工作规则\n"
            "联席会议原则上每年召开一次全体会议。\n")


def test_a_bodys_composition_is_no_measure():
    # README (session 10): a member list that states its lead (发展改革委为牵头单位) carries owners, so
    # it acts; without a stated lead the composition describes
    assert [n for n, _ in shape(_MEETING)] == ["一、", "二、", "三、"]
    assert [n for n, _ in shape(_MEETING.replace("，发展改革委为牵头单位", ""))] == ["一、", "三、"]


def test_why_the_work_matters_frames():
    text = ("遂宁市发展和改革委员会关于市政协第0088号提案的会办意见\n"
            "一、遂宁作为成渝地区重要节点城市，加快发展康养产业，具有重要而深远的意义。\n"
            "二、我委将积极争取中央预算内资金支持康养项目建设。\n"
            "三、下一步，我委将配合市卫健委加快推进医养结合项目。\n")
    assert [n for n, _ in shape(text)] == ["二、", "三、"]


# --- a flattened plan: framing sections run into their first sentence after a blank ----------------

_SPACED_PLAN = ("甘孜州藏医药产业发展实施方案(2024—2027年)\n"
                "一、指导思想 以习近平新时代中国特色社会主义思想为指导，坚持保护与发展并重。\n"
                "二、发展目标 到2027年，全州藏药材种植面积达到5万亩。\n"
                "三、重点任务 (一)加强藏药材资源保护。建设州级种质资源圃2个。"
                "(二)培育藏药龙头企业。支持企业开展藏药新药研发。\n")


def test_framing_sections_run_into_their_sentence_leave_the_deeper_items_the_measures():
    # 一、指导思想 以…为指导 / 二、发展目标 到2027年 frame though no stop follows their words: the (一) (二)
    # items under 三、重点任务 are the measures
    assert shape(_SPACED_PLAN) == [("(一)", "加强藏药材资源保护"), ("(二)", "培育藏药龙头企业")]


def test_a_flattened_plan_cut_inside_its_first_task_keeps_it():
    # (an excerpt ending inside (一)'s first paragraph)
    text = _SPACED_PLAN.split("(一)")[0] + "(一)加强藏药材资源保护。建设州级种质资源圃2个，"
    assert shape(text) == [("(一)", "加强藏药材资源保护")]


def test_a_page_beginning_with_the_last_owned_item_of_a_section_keeps_it():
    # one item numbered 4 with its owners, then the next section restarting at 1: the page began inside
    # the section before (a lone 4. with no owners, or no section after it, stays out)
    text = ("4.推进农村客运公交化改造，年内改造线路30条。\n"
            "牵头单位：省交通运输厅；配合单位：省财政厅\n"
            "五、副省长王某牵头重点工作\n"
            "1.实施高标准农田建设工程，新建高标准农田80万亩。\n"
            "牵头单位：省农业农村厅\n"
            "2.深化农村集体产权制度改革。\n"
            "牵头单位：省农业农村厅\n")
    assert [n for n, _ in shape(text)] == ["4.", "1.", "2."]
    assert shape(text)[0] == ("4.", "推进农村客运公交化改造，年内改造线路30条")
    unowned = text.replace("牵头单位：省交通运输厅；配合单位：省财政厅\n", "")
    assert [n for n, _ in shape(unowned)] == ["1.", "2."]


def test_a_reply_cut_inside_its_first_point_keeps_the_point_when_it_tells_what_is_done():
    # a reply's 一、关于X的问题 whose paragraph says what the replying body does (我厅将…): the point acts
    # (README: replies); the same point telling only how things stand is no measure
    text = ("甘肃省商务厅对省政协十三届二次会议第0412号提案的答复\n"
            "王某委员：\n"
            "您提出的关于发展陇药出口的提案收悉，现答复如下：\n"
            "一、关于“拓展陇药国际市场”的问题\n"
            "陇药出口是我省外贸的重要组成部分。我厅将积极组织企业参加中国—东盟博览会等展会，")
    assert shape(text) == [("一、", "关于“拓展陇药国际市场”的问题")]
    status = text.replace("我厅将积极组织企业参加中国—东盟博览会等展会，", "目前全省陇药出口企业共有12家，")
    assert shape(status) == []
