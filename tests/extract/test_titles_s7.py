"""Title layouts found in session 7 (held-5 opened), each on a document written for the test in a
format of its own; titles asserted exactly, their spans checked to quote the text (own_title)."""

from issuer_support import issued
from title_support import own_title


def test_a_page_writing_its_title_once_in_quotes_and_once_bare_on_one_line():
    # 湘政办发〔2023〕8号《X》X: a scraped page's number, its title in 《》 and the heading, on one line
    text = ("湘政办发〔2023〕8号《湖南省人民政府办公厅关于促进中医药产业发展的实施意见》湖南省人民政府办公厅关于促进中医药产业发展的实施意见\n"
            "湘政办发〔2023〕8号\n各市州人民政府，省政府各厅委、各直属机构：\n一、总体要求\n（一）指导思想。坚持传承精华、守正创新。\n")
    assert own_title(text) == "湖南省人民政府办公厅关于促进中医药产业发展的实施意见"
    assert [n for n, _ in issued(text)] == ["湖南省人民政府办公厅"]


def test_a_consultation_letter_naming_its_draft_without_quotes():
    # 关于征求X修改意见的函: the policy is the draft X (its status marker dropped)
    for heading in ("关于征求包头市促进稀土新材料产业发展八条措施修改意见的函",
                    "关于公开征求包头市促进稀土新材料产业发展八条措施(征求意见稿)意见的公告"):
        text = f"首页 > 通知公告\n{heading}\n各有关单位：\n现将草案送上，请于9月5日前反馈意见。\n"
        assert own_title(text) == "包头市促进稀土新材料产业发展八条措施"


def test_a_notice_handing_down_two_texts_is_the_one_whose_text_follows():
    # 现予以下发 (下发 = 印发); the issuing sentence opens with the two titles: it is no heading
    text = """嘉兴市卫生健康委关于印发2023年嘉兴市卫生健康工作总结和2024年嘉兴市卫生健康工作要点的通知
各县（市、区）卫生健康局，委直属各单位：
《2023年嘉兴市卫生健康工作总结》和《2024年嘉兴市卫生健康工作要点》已经委党组会议审议通过，现予以下发，请结合实际贯彻执行。
嘉兴市卫生健康委员会
2024年2月20日
2023年嘉兴市卫生健康工作总结
2023年，全市卫生健康系统坚持以人民健康为中心，深化医改，各项工作取得新成效。
一、医疗服务能力持续提升
"""
    assert own_title(text) == "2023年嘉兴市卫生健康工作总结"


def test_pinyin_debris_with_a_space_before_its_bracket_is_dropped():
    text = "海口市推動(dòng)健康產(chǎn)業(yè)與醫療旅游融合發展樂(lè )享行動方案\n一、總體要求\n（一）發展目標。到2025年建成示範區。\n"
    assert own_title(text) == "海口市推动健康产业与医疗旅游融合发展乐享行动方案"


# a page's metadata as a pipe table (标 题: | X | ||), the notice's heading only there; the issuing
# sentence names the issued table in its own words (place and 年度 added)
PIPE_TABLE = """索引号: | 11330421/202303-00012 | 信息分类: | 规范性文件 |
发布机构: | 嘉善县政府(办公室) | 主题分类: | 综合政务 |
{label}: | 嘉善县人民政府办公室关于印发2023年政府工作报告重点任务责任分解表的通知 | ||
发文字号: | 无 | 有 效 性: | 有效 |
各镇人民政府、街道办事处，县政府各部门：
经县政府同意，现将《嘉善县2023年度政府工作报告重点任务责任分解表》印发给你们，请认真抓好落实。
"""


def test_a_pipe_table_title_row_gives_the_heading_and_its_issuer():
    for label in ("标 题", "名 称"):
        text = PIPE_TABLE.format(label=label)
        assert own_title(text) == "嘉善县2023年度政府工作报告重点任务责任分解表"
        assert [n for n, _ in issued(text)] == ["嘉善县人民政府办公室"]


def test_an_issuing_sentence_naming_another_document_does_not_replace_the_heading():
    # 《Y》 must end as the heading's X does: a different table is not X reworded
    text = PIPE_TABLE.format(label="标 题").replace("《嘉善县2023年度政府工作报告重点任务责任分解表》",
                                                    "《嘉善县2023年度民生实事项目清单》")
    assert own_title(text) == "2023年政府工作报告重点任务责任分解表"


# replies to a deputy's suggestion or a member's proposal on a bureau's site: a heading with 关于 and
# its addressee right below, or one naming what it answers with 对 (X对…第N号建议答复的函), under
# the site's menu
REPLY_ABOUT = """关于区政协二届四次会议第B015号提案办理情况的函
浏览次数: 信息来源:区文化旅游体育局 发布时间:2024-07-12
字号: 大 中 小
王立新委员:
您提出的《关于发展康养旅游产业的建议》收悉，现答复如下:
一、加快康养旅游项目建设
推进温泉康养小镇项目，年内完成一期工程。
"""

REPLY_TO = """政务公开
政  策
  • 规章
  • 部门文件
宜春市医疗保障局对市六届人大三次会议第88号建议答复的函
来源:市医保局 发布时间:2025-06-30
李明代表:
您提出的关于提高中医药服务报销比例的建议收悉，现答复如下:
"""


def _own_policy(text: str) -> list[str]:
    from issuer_support import CAT
    from medgraph.documents import read_bytes
    from medgraph.extract import extract
    ex = extract(read_bytes(text.encode("utf-8"), "reply_s7.txt"), CAT)
    return [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]


def test_a_titled_reply_with_its_addressee_below_is_a_document_of_its_own():
    assert _own_policy(REPLY_ABOUT) == ["关于区政协二届四次会议第B015号提案办理情况的函"]
    # the same heading over a page with no addressee (a news item about the reply) is not
    news = REPLY_ABOUT.replace("王立新委员:\n", "").replace("您提出的《关于发展康养旅游产业的建议》收悉，现答复如下:",
                                                           "近日，区文化旅游体育局答复了王立新委员提出的建议。")
    assert _own_policy(news) == []


def test_a_reply_naming_what_it_answers_with_dui_is_the_title_and_names_its_author():
    assert own_title(REPLY_TO) == "宜春市医疗保障局对市六届人大三次会议第88号建议答复的函"
    assert [n for n, _ in issued(REPLY_TO)] == ["宜春市医疗保障局"]


# an interpretation page with no headline, opening with the issuing of the policy it explains:
# X印发了《<Y>的通知》(number,以下简称《通知》) — Y is its policy, with that number and issuer
JIEDU = """2025年4月2日,莘县人民政府印发了《<2025年政府工作报告重点任务分工方案>的通知》(莘政字〔2025〕9号,以下简称《通知》),现将主要内容解读如下:
一、出台背景
莘县第十九届人民代表大会第四次会议审议通过的《2025年政府工作报告》明确了全年目标任务。
二、主要内容
《通知》将任务分解为86项，逐项明确牵头单位和责任单位。
"""


def _policy(text: str):
    from issuer_support import CAT
    from medgraph.documents import read_bytes
    from medgraph.extract import extract
    ex = extract(read_bytes(text.encode("utf-8"), "jiedu_s7.txt"), CAT)
    own = [n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    return own, ex


def test_an_interpretation_page_opening_with_the_issuing_of_its_policy():
    own, ex = _policy(JIEDU)
    assert [n.name for n in own] == ["2025年政府工作报告重点任务分工方案"]
    assert own[0].props.get("doc_number") == "莘政字〔2025〕9号"
    assert [n for n, _ in issued(JIEDU)] == ["莘县人民政府"]


def test_a_page_citing_a_numbered_title_in_a_sentence_that_follows_it_has_no_such_policy():
    # the same opening as a cited basis (根据…) names no policy of the page
    own, _ = _policy(JIEDU.replace("2025年4月2日,莘县人民政府印发了", "根据莘县人民政府印发的"))
    assert own == []


# the pasted text of a plan or a work-points document: its heading, a page's date line, then the
# text itself — no issuer line, no number, nothing that says news
PASTED = """首页>政务信息>发展规划
{title}
( 2022-03-15 )
字体大小:
{lead}一、发展基础
“十三五”期间，全市数字经济规模年均增长15%以上，产业体系不断完善。
二、总体要求
坚持创新驱动，推动数字产业化和产业数字化。
"""


def test_a_pasted_plan_with_no_issuer_and_no_number_is_its_own_policy():
    for title in ("宁波市数字经济发展“十四五”规划", "2022年宁波市数字经济工作要点", "宁波市数字经济专项资金管理实施细则"):
        own, _ = _policy(PASTED.format(title=title, lead=""))
        assert [n.name for n in own] == [title]


def test_a_news_report_headed_like_a_plan_is_no_policy():
    text = PASTED.format(title="宁波市数字经济发展“十四五”规划", lead="本报讯（记者 王芳）昨日，记者从市经信局获悉：\n")
    own, _ = _policy(text)
    assert own == []


# a work report delivered at a meeting: its own title (no kind word at its end), the byline under it
# naming who delivered it where, the page's date line
SPEECH = """首页>政务信息>专题专栏>2019年全市卫生健康工作会议
坚持人民至上 奋力谱写健康成都建设新篇章
市卫生健康委党组书记、主任李明在2019年全市卫生健康工作会议上的报告
( 2019-02-20 )
各位领导、同志们：
这次会议的主要任务是，总结2018年成都市卫生健康工作，部署2019年重点任务。
"""


def test_a_report_under_its_own_title_above_its_byline():
    assert own_title(SPEECH) == "坚持人民至上奋力谱写健康成都建设新篇章"
    assert [n for n, _ in issued(SPEECH)] == ["成都市卫生健康委员会"]


def test_a_byline_without_a_title_line_above_it_stays_the_title():
    text = SPEECH.replace("坚持人民至上 奋力谱写健康成都建设新篇章\n", "")
    assert own_title(text) == "市卫生健康委党组书记、主任李明在2019年全市卫生健康工作会议上的报告"


# a bureau's own periodic report on its site: its title opens with its name and the year; the body
# reports work done, a numbered progress item saying what it issued (1.印发《…》)
PERIODIC = """南京市医疗保障局2022年第二季度重点工作任务完成情况
发布时间:2022年07月15日
南京市医疗保障局2022年第二季度重点工作任务完成情况
项目 年度任务 第二季度完成情况
重点工作第12项 深化医保支付方式改革，推进按病种分值付费。 1.印发《南京市医疗保障局关于推进按病种分值付费改革的通知》，全市二级以上医院全部纳入。2.召开新闻发布会1场。
"""


def test_a_bodys_periodic_report_titled_with_its_name_and_year():
    own, _ = _policy(PERIODIC)
    assert [n.name for n in own] == ["南京市医疗保障局2022年第二季度重点工作任务完成情况"]
    assert [n for n, _ in issued(PERIODIC)] == ["南京市医疗保障局"]


def test_only_a_year_right_after_the_body_makes_its_periodic_report():
    from issuer_support import CAT
    from medgraph.extract.entities import find_entities
    from medgraph.extract.issuers import periodic_author
    for title, author in (("南京市医疗保障局2022年第二季度重点工作任务完成情况", ["南京市医疗保障局"]),
                          ("南京市医疗保障局召开2022年第二季度工作推进会", [])):
        text = title + "\n发布时间:2022年07月15日\n"
        ents = find_entities(text, CAT, "t")
        assert [m.surface for m in periodic_author(text, 0, ents.mentions)] == author


# a notice about a task (关于开展…的通知) that issues one text (现将《Y》印发给你们), Y's heading below
# its signature with no 附件 line: Y is the policy
LAUNCH = """关于开展中医药传承创新示范县创建工作的通知
黔中医发〔2023〕12号
各市（州）卫生健康局、中医药管理局：
为推动中医药传承创新发展，省中医药管理局决定开展示范县创建工作。现将《贵州省中医药传承创新示范县创建工作方案》印发给你们，请认真组织实施。
贵州省中医药管理局
2023年6月1日
{heading}
一、创建目标
到2025年，创建示范县20个。
"""


def test_a_launch_notice_issuing_one_text_whose_heading_follows():
    text = LAUNCH.format(heading="贵州省中医药传承创新示范县创建工作方案")
    assert own_title(text) == "贵州省中医药传承创新示范县创建工作方案"


def test_a_launch_notice_whose_issued_text_does_not_follow_stays_the_notice():
    text = LAUNCH.format(heading="联系人：王明，电话：0851-12345678")
    assert own_title(text) == "关于开展中医药传承创新示范县创建工作的通知"
