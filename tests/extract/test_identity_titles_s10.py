"""Session 10 title rules (held-8 opened), each on a small document written for it in a format of
its own, with a near-miss where the rule must not fire: a title field glued after other page text
(…仅供参考发文标题：X关于Y); a plan a notice hands down (关于下达…计划的通知 / 现下达给你们); an issuing
sentence quoting the title the heading shortened (…所列…); a short name the text gave its title
(《X》(以下简称《Y》) … 现将《Y》予以公示); the issued text's own heading with its period written with
年 (…(2025—2027年)) under a heading without it; a reply's heading below a page's chrome line; a
notice's metadata field (名称: X关于印发 Y的通知) that is no heading of the issued text. Spans are
checked against the text (title_support)."""

from title_support import own_title as _title

from medgraph.extract.identity import own_heading, speaks_as_itself
from medgraph.textnorm import normalize


def test_a_title_field_glued_after_other_page_text():
    text = ("来源：某法规库(转载) http://example.com/law/88.html\n"
            "【劳动法规汇编】\n"
            "正文  仅供参考，以正式文本为准 发文标题：昆明市人民政府关于加快发展数字经济的实施意见\n"
            "发文字号：昆政发〔2022〕12号\n"
            "各县(市、区)人民政府，市政府各委、办、局：\n现提出以下实施意见。\n")
    assert _title(text) == "昆明市人民政府关于加快发展数字经济的实施意见"
    # a field whose value is no official heading (no 关于…kind) adds nothing: the sidebar stays
    other = text.replace("发文标题：昆明市人民政府关于加快发展数字经济的实施意见", "发文标题：昆明市数字经济专题")
    assert _title(other) != "昆明市数字经济专题"


_PLAN = ("来源：某州人民政府网 http://example.com/zf/2026/3.html\n"
         "某州人民政府关于下达2026年国民经济和社会发展计划的通知\n"
         "某府发〔2026〕2号\n"
         "各县市人民政府，州直各部门：\n"
         "  《2026年某州国民经济和社会发展计划》已经州十届人大五次会议审议通过，现下达给你们，请认真组织实施。\n"
         "某州人民政府\n2026年2月9日\n")


def test_a_plan_a_notice_hands_down():
    # the issuing sentence quotes the plan with its place: the heading shortened it
    assert _title(_PLAN) == "2026年某州国民经济和社会发展计划"
    # no handing-down words after the quoted plan (a sentence about it): the heading's own X
    other = _PLAN.replace("审议通过，现下达给你们，请认真组织实施", "审议通过，请各地参照")
    assert _title(other) == "2026年国民经济和社会发展计划"


_DIVISION = ("来源：某区政府网 http://example.com/qzf/5.html\n"
             "区政府办公室关于印发2025年区政府工作报告重点任务分工的通知\n"
             "各街道办事处，区直各单位：\n"
             "  为抓好2025年区政府工作报告所列重点任务的落实，经区政府同意，现将《2025年区政府工作报告所列重点任务分工》"
             "印发给你们，请认真贯彻执行。\n")


def test_an_issuing_sentence_quoting_the_title_the_heading_shortened():
    assert _title(_DIVISION) == "2025年区政府工作报告所列重点任务分工"
    # a text that adds to the heading's X at its end (…分工考核办法) is another document
    other = _DIVISION.replace("《2025年区政府工作报告所列重点任务分工》", "《2025年区政府工作报告重点任务分工考核办法》")
    assert _title(other) == "2025年区政府工作报告重点任务分工"


_SHORT = ("来源：某区人民政府 http://example.com/gk/2025/9.html\n"
          "关于公开征求意见的公示\n"
          "2025年03月02日 来源：某区商务委\n"
          "为加快发展数字健康产业，结合本区实际，对现行的《某区支持数字健康产业发展若干措施》(某商规〔2022〕3号)"
          "(以下简称《若干措施》)进行了修订。\n"
          "现将《若干措施》予以公示，公示时间为2025年3月2日至3月9日。\n")


def test_a_short_name_the_text_gave_its_title():
    t = own_heading(normalize(_SHORT)[0])
    assert (t.title, t.kind) == ("某区支持数字健康产业发展若干措施", "issuing")
    norm = normalize(_SHORT)[0]
    assert norm[t.span[0]:t.span[1]] == "某区支持数字健康产业发展若干措施"
    # the page speaks as itself (现将…予以公示), not only when it says 现予公示
    assert speaks_as_itself(norm) is not None
    # a short name defined only after the sentence that prints it stays as printed
    late = _SHORT.replace("(以下简称《若干措施》)", "").replace(
        "公示时间为2025年3月2日至3月9日。", "公示时间为2025年3月2日至3月9日。原《某区支持数字健康产业发展若干措施》(以下简称《若干措施》)同时废止。")
    assert _title(late) == "若干措施"


_ATTACHED = ("来源：某市人民政府 http://example.com/zw/2025/11.html\n"
             "某市人民政府关于印发\n"
             "某市数字医疗三年行动计划\n"
             "(2025-2027)的通知\n"
             "各区人民政府，市政府各部门：\n"
             "现将《某市数字医疗三年行动计划(2025—2027)》印发给你们，请认真贯彻执行。\n"
             "某市人民政府\n2025年6月3日\n"
             "某市数字医疗三年行动计划\n"
             "(2025—2027年)\n"
             "为加快数字医疗发展，制定本行动计划。一、总体要求\n")


def test_the_issued_texts_heading_with_its_period_written_with_nian():
    assert _title(_ATTACHED) == "某市数字医疗三年行动计划(2025—2027年)"
    # another period below is another text: the issuing sentence's title stays
    other = _ATTACHED.replace("(2025—2027年)\n为加快", "(2028—2030年)\n为加快")
    assert _title(other) == "某市数字医疗三年行动计划(2025—2027)"


def test_a_replys_heading_below_a_pages_chrome_line():
    text = ("来源：某市某区人民政府 http://example.com/jy/2024/7.html\n"
            "跳转至主要内容区域请按回车键\n\n"
            "对区第九届人大第二次会议第015号代表建议的答复\n\n"
            "张某代表：\n您提出的关于加快发展数字健康产业的建议收悉，现答复如下：\n")
    assert _title(text) == "对区第九届人大第二次会议第015号代表建议的答复"
    # a title broken before a word that opens with 对 (对外…) is still joined
    broken = ("来源：某市商务局 http://example.com/sw/2024/8.html\n"
              "某市促进\n对外贸易高质量发展若干措施\n"
              "为促进对外贸易高质量发展，制定本措施。\n")
    assert _title(broken) == "某市促进对外贸易高质量发展若干措施"


_FIELD = ("来源：某县人民政府 http://example.com/xxgk/2024/2.html\n"
          "县政府办公室关于印发 2024年县《政府工作报告》重点工作分解方案和2024年市《政府工作报告》涉及某县事项分解方案的通知\n"
          "索引号 : 0001/2024-1 文 号 : 某政办发〔2024〕2号\n"
          "名       称: 县政府办公室关于印发 2024年县《政府工作报告》重点工作分解方案和2024年市《政府工作报告》涉及某县事项分解方案的通知 发布日期: 2024年03月01日\n"
          "各乡镇人民政府，县政府各部门：\n"
          "《2024年县〈政府工作报告〉重点工作分解方案》和《2024年市〈政府工作报告〉涉及某县事项分解方案》已经县人民政府同意，"
          "现印发给你们，并就有关事项通知如下。\n"
          "一、高度重视。各单位要把重点工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任，确保各项任务按时保质完成，"
          "形成一级抓一级、层层抓落实的工作格局，坚决杜绝推诿扯皮、敷衍塞责等现象发生，确保全年目标任务圆满完成。\n"
          "二、强化督办。县政府督查室要加强跟踪督办，定期通报进展情况，对工作推进不力的单位进行约谈，确保各项工作落到实处、见到实效。\n")


def test_a_notices_metadata_field_is_no_heading_of_the_issued_texts():
    # the page carries the notice only (two texts issued, neither follows): the policy is the notice
    assert _title(_FIELD) == ("县政府办公室关于印发2024年县《政府工作报告》重点工作分解方案和2024年市《政府工作报告》"
                              "涉及某县事项分解方案的通知")


_RULES = ("来源：某市发展和改革委员会 https://example.com/fgw/2025/4.html\n"
          "某市发展和改革委员会\n"
          "政策解读\n"
          "一、起草背景\n"
          "为落实《关于支持集成电路产业加快发展的若干措施》(某办字〔2025〕9号)，市发改委会同市科技局等部门，"
          "研究起草了《关于支持集成电路产业加快发展的若干措施》配套实施细则。\n"
          "二、主要内容\n细则共五个部分。\n")


def test_a_title_that_opens_with_anothers_in_marks():
    t = own_heading(normalize(_RULES)[0])
    assert (t.title, t.kind) == ("《关于支持集成电路产业加快发展的若干措施》配套实施细则", "made")
    assert normalize(_RULES)[0][t.span[0]:t.span[1]] == t.title
    # what follows the 》 is no title of its own (等文件, a notice's 的通知): the quoted title alone
    other = _RULES.replace("》配套实施细则。", "》等文件。")
    assert own_heading(normalize(other)[0]).title == "关于支持集成电路产业加快发展的若干措施"
    issuing = ("来源：某县政府网 http://example.com/x/1.html\n"
               "各乡镇人民政府，县直各单位：\n"
               "现将《关于推进数字乡村建设的实施意见》重点任务分工方案印发给你们，请认真贯彻落实。\n")
    assert own_heading(normalize(issuing)[0]).title == "《关于推进数字乡村建设的实施意见》重点任务分工方案"
    notice = issuing.replace("》重点任务分工方案印发给你们", "》印发给你们")
    assert own_heading(normalize(notice)[0]).title == "关于推进数字乡村建设的实施意见"


def test_a_press_conference_on_a_policy_is_about_that_policy():
    text = ("来源：某省科学技术厅 https://example.com/kjt/2025/6.html\n"
            "首页 > 新闻动态\n"
            "某省人民政府新闻办公室举行\n"
            "《某省促进人工智能产业发展行动方案(2025-2027年)》新闻发布会\n"
            "发布日期: 2025-05-06 信息来源: 办公室\n"
            "5月6日，某省人民政府新闻办公室举行新闻发布会，介绍行动方案主要内容。\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("某省促进人工智能产业发展行动方案(2025-2027年)", "interprets")
    # a press conference on a topic (no policy in 《》) interprets nothing
    topic = text.replace("《某省促进人工智能产业发展行动方案(2025-2027年)》新闻发布会", "人工智能产业发展情况新闻发布会")
    assert own_heading(normalize(topic)[0]).kind != "interprets"


_QA = ("来源：某区人民政府 http://example.com/art/2024/3/1.html\n"
       "一、政策起草背景是什么？\n"
       "为落实《某市促进数字经济发展若干措施》(某政办〔2023〕5号)，结合我区实际，制定本政策。\n"
       "二、政策主要内容是什么？\n"
       "《关于加快数字经济产业集聚发展的若干意见》主要包括四个方面，共十二条。\n"
       "1.支持企业落户。对新落户企业给予奖励。\n")


def test_an_explaining_page_that_states_what_its_policy_holds():
    t = own_heading(normalize(_QA)[0])
    assert (t.title, t.kind) == ("关于加快数字经济产业集聚发展的若干意见", "about_page")
    # a cited title said to hold something (its number after it) is not the page's policy
    cited = _QA.replace("《关于加快数字经济产业集聚发展的若干意见》主要包括", "《某市促进数字经济发展若干措施》(某政办〔2023〕5号)主要包括")
    assert own_heading(normalize(cited)[0]).title != "某市促进数字经济发展若干措施"
    # without the page's explaining sections the sentence alone names no policy of the page
    plain = _QA.replace("一、政策起草背景是什么？\n", "").replace("二、政策主要内容是什么？\n", "")
    assert own_heading(normalize(plain)[0]).title != "关于加快数字经济产业集聚发展的若干意见"


_SEVERAL = ("来源：某市人民政府 https://example.com/szfbgs/2024/2.html\n"
            "各县(市、区)人民政府，市政府各部门：\n"
            "《某市加快发展低空经济的工作方案》《某市推进文旅深度融合的工作方案》《某市提升口岸通关效率的工作方案》"
            "已经市政府同意，现印发给你们，请认真贯彻执行。\n"
            "2024年3月5日\n"
            "(此件主动公开)\n"
            "某市加快发展低空经济的工作方案\n"
            "为加快发展低空经济，制定本方案。\n")


def test_a_headless_notice_issuing_several_texts_the_first_following():
    t = own_heading(normalize(_SEVERAL)[0])
    assert (t.title, t.kind) == ("某市加快发展低空经济的工作方案", "issuing")
    assert normalize(_SEVERAL)[0][t.span[0]:t.span[1]] == t.title
    # a heading below that the notice does not issue is not taken for an issued text
    other = _SEVERAL.replace("某市加快发展低空经济的工作方案\n为加快", "某市加快发展通用航空的实施意见\n为加快")
    assert own_heading(normalize(other)[0]).title != "某市加快发展通用航空的实施意见"
    # …nor one a sentence only cites (根据《X》…) above a heading of the same title
    cited = ("来源：某市人民政府 https://example.com/szfbgs/2024/3.html\n"
             "根据《某市加快发展低空经济的工作方案》要求，现将全市工作安排印发给你们。\n"
             "某市加快发展低空经济的工作方案\n为加快发展低空经济，制定本方案。\n")
    assert own_heading(normalize(cited)[0]).kind == "plain"


def test_a_headless_notice_publishing_the_list_it_determined():
    text = ("来源：某转载站 http://example.com/zc/9.html\n"
            "為推動創新藥械推廣應用，依據我廳《關於開展福建省優質創新產品遴選工作的通知》，經企業申報、專家評審、網上公示等程序，"
            "確定《福建省優質創新醫療器械產品目錄》(詳見附件)，現予以公布。\n"
            "各地要加強宣傳推廣。\n福建省工業和信息化廳\n2025年3月1日\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("福建省优质创新医疗器械产品目录", "issuing")   # (read in simplified script)
    assert text[t.span[0]:t.span[1]] == "福建省優質創新醫療器械產品目錄"   # (same offsets: the original quoted)
    # a title the sentence cites (its number after it) is not what the notice publishes
    cited = text.replace("》(詳見附件)，", "》(閩工信〔2024〕7號)，")
    assert own_heading(normalize(cited)[0]).title != "福建省优质创新医疗器械产品目录"


def test_a_reports_title_glued_before_its_greeting():
    body = ("现在，我代表浏阳市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。一、2023年工作回顾"
            "过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳。")
    text = ("来源：某公文网（转载） http://example.com/gzbg/2024/1.html\n"
            "首页 > 专题材料 > 政府报告\n"
            "2024-02-01 政府报告\n"
            "2024年浏阳市政府工作报告  各位代表：" + body + "\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("2024年浏阳市政府工作报告", "report")
    assert normalize(text)[0][t.span[0]:t.span[1]] == t.title
    # a speech's title before the greeting is no report's (讲话, not 报告)
    speech = text.replace("2024年浏阳市政府工作报告  各位代表：", "在全市经济工作会议上的讲话  各位代表：")
    t = own_heading(normalize(speech)[0])
    assert t.kind != "report" and "讲话" not in t.title


_CARRY_OUT = ("来源：某政策库（转载某市人民政府通知） http://example.com/p/31.html\n"
              "市人大常委会批准了《某市国民经济和社会发展第十二个五年规划纲要》(以下简称《纲要》)。为做好《纲要》实施工作，"
              "市人民政府决定将《纲要》提出的主要目标和任务分解落实到各部门。现将有关事项通知如下：\n"
              "一、分工原则\n(一)明确责任主体。\n")


def test_a_notice_stating_its_matters_is_not_the_policy_it_carries_out():
    t = own_heading(normalize(_CARRY_OUT)[0])
    assert t.title == "" and t.kind != "about_page"
    # a page that does not speak as a notice is about the policy it abbreviates
    about = _CARRY_OUT.replace("现将有关事项通知如下：", "各部门认真落实。")
    t = own_heading(normalize(about)[0])
    assert (t.title, t.kind) == ("某市国民经济和社会发展第十二个五年规划纲要", "about_page")


def test_a_document_title_field_glued_after_page_text_without_guanyu():
    text = ("来源：某法规库 http://example.com/law/90.html\n"
            "【合同范本大全】\n"
            "本文仅供参考 文件标题：贵阳市促进大数据产业发展若干措施\n"
            "发布日期：2023-05-06\n为促进大数据产业发展，制定本措施。\n")
    assert _title(text) == "贵阳市促进大数据产业发展若干措施"
    # a bare 标题 label inside other text names a heading only when it is a 关于… title
    bare = text.replace("文件标题：", "专题标题：")
    assert _title(bare) != "贵阳市促进大数据产业发展若干措施"
