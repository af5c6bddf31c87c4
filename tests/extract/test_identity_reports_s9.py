"""A government's reports and a reply's metadata list, in layouts found in session 9 (held-7
opened), each on a small document written for it in a format of its own: a metadata block written
as a Markdown list (- 标题: …); a report's dateline drawn with box-drawing dashes (──) and broken
over two lines with a blank line between; a government's work report under its own title with no
dateline on the page (a repost or an excerpt); the yearly plan report a bureau submits to the
session (现将X计划草案提请…审议) with its name alone under the dateline; a plan report's title on a
page with no other sign. Spans are checked against the text; near-misses stay unread."""

from issuer_support import issued
from title_support import own_title as _title

from medgraph.extract.identity import dateline_end, own_heading
from medgraph.textnorm import normalize


def _kind(text: str) -> str:
    return own_heading(normalize(text)[0]).kind


def test_a_title_field_in_a_markdown_list_of_metadata():
    text = ("来源：某省自然资源厅 https://example.org/jy/1.html\n"
            "- 索 引 号: ZJ001-2024-00012\n"
            "- 文号: 浙自然资函〔2024〕18号\n"
            "- 发布机构: 浙江省自然资源厅\n"
            "- 标题: 浙江省自然资源厅关于省十四届人大二次会议第305号建议的答复\n"
            "- 有效性:有效\n"
            "王某代表:\n您提出的关于加强耕地保护的建议收悉。现将有关情况答复如下:\n"
            "一、加强耕地保护。我厅将会同有关部门落实耕地保护责任。\n")
    assert _title(text) == "浙江省自然资源厅关于省十四届人大二次会议第305号建议的答复"
    # a list line whose label is no title's (发布机构) gives no title of its own
    assert _title("- 发布机构: 浙江省自然资源厅\n- 有效性:有效\n王某代表:\n收悉。\n") == ""


_REPORT = ("来源：某区人民政府 https://example.org/gzbg/2.html\n"
           "鹿城区十届人大三次会议政府工作报告\n\n"
           "来源:区政府办  日期:2024-01-20 打印 【字体:\n\n"
           "  政府工作報告\n\n"
           "  ── 2024年1月10日在溫州市鹿城區\n\n"
           "  第十屆人民代表大會第三次會議上\n\n"
           "  溫州市鹿城區區長 某某\n\n"
           "  各位代表:\n\n"
           "  現在,我代表溫州市鹿城區人民政府向大會報告政府工作,請予審議。\n\n"
           "  一、2023年工作回顧\n\n  過去一年,全區上下團結奮鬥,經濟運行穩中有進。\n")


def test_a_dateline_drawn_with_box_dashes_over_two_lines():
    assert _title(_REPORT) == "政府工作报告"   # (read on the simplified text)
    assert _kind(_REPORT) == "report"
    assert issued(_REPORT, "lucheng.txt") == [("温州市鹿城区人民政府", "溫州市鹿城區人民政府")]
    # a box-drawn rule above a related link is no dateline
    assert dateline_end(normalize("政府工作報告\n\n  ── 相關鏈接\n\n  鹿城區舉辦招商推介活動\n")[0], 3000) == -1
    assert dateline_end(normalize(_REPORT)[0], 3000) != -1


_REPOST = ("来源：某文库(转载鹿城区政府工作报告) http://example.com/bg/3.html\n"
           "导航菜单\n\n"
           "(浙江省)温州市鹿城区人民政府工作报告(2023年)\n\n"
           "  过去一年,我们坚持稳中求进工作总基调,全区经济运行稳中向好。一是产业结构持续优化。"
           "二是城市品质不断提升。三是民生福祉持续增进。\n")


def test_a_governments_work_report_under_its_own_title_without_a_dateline():
    assert _title(_REPOST) == "温州市鹿城区人民政府工作报告(2023年)"
    assert _kind(_REPOST) == "report"
    assert issued(_REPOST, "lucheng-repost.txt") == [("温州市鹿城区人民政府", "温州市鹿城区人民政府")]


def test_a_headline_about_the_work_report_or_a_task_list_is_not_the_report():
    about = _REPOST.replace("(浙江省)温州市鹿城区人民政府工作报告(2023年)", "一图读懂温州市鹿城区人民政府工作报告")
    assert _kind(about) != "report"
    # the title alone, the page speaking about the report (报告指出) instead of in its voice
    told = _REPOST.replace("过去一年,我们坚持", "报告指出,过去一年全区坚持")
    assert _kind(told) != "report"
    # a task list named after the report is issued by whoever signs it, not by the government
    # whose report it divides (政府工作报告 names a genre there)
    tasks = ("来源：某区人民政府 https://example.org/fg/4.html\n"
             "鹿城区人民政府工作报告重点工作责任分解\n\n"
             "一、稳住经济大盘。牵头单位:区发展改革局。\n二、提升城市品质。牵头单位:区住建局。\n\n"
             "温州市鹿城区人民政府办公室\n2023年3月2日\n")
    names = [n for n, _ in issued(tasks, "lucheng-tasks.txt", no_policy_ok=True)]
    assert "温州市鹿城区人民政府" not in names


_PLAN = ("来源：某县人民政府门户网站 http://example.gov.cn/fgj/5.html\n"
         "沐川县第十八届人民代表大会\n"
         "第四次会议文件之三\n"
         "——2024年1月16日在沐川县\n"
         "第十八届人民代表大会第四次会议上\n"
         "沐川县发展和改革局\n"
         "各位代表:\n"
         "受县人民政府委托,现将沐川县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案"
         "提请县十八届人大四次会议审议。\n"
         "一、2023年国民经济和社会发展计划执行情况\n一年来,全县经济稳中有进。\n")


def test_a_plan_draft_submitted_to_the_session_by_the_bureau_under_the_dateline():
    norm = normalize(_PLAN)[0]
    t = own_heading(norm)
    assert t.title == "沐川县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案"
    assert t.kind == "report" and t.span is not None and norm[t.span[0]:t.span[1]] == t.title
    assert issued(_PLAN, "muchuan.txt") == [("沐川县发展和改革局", "沐川县发展和改革局")]


def test_a_plan_draft_that_is_not_submitted_is_not_the_reports_title():
    # the draft is printed for study (印发), not submitted to the session: no title from it
    text = _PLAN.replace("提请县十八届人大四次会议审议", "印发给你们,请认真学习")
    assert own_heading(normalize(text)[0]).title != (
        "沐川县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案")


def test_a_plan_reports_title_on_a_page_with_no_other_sign():
    text = ("来源：某区人民政府 http://example.gov.cn/jh/6.html\n"
            "青羊区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的报告\n"
            "来源:区发改局  日期:2024-02-01 打印\n"
            "  一、2023年国民经济和社会发展计划执行情况\n"
            "  一年来,全区上下坚持稳中求进工作总基调,经济运行稳中向好,主要指标完成年度目标。\n")
    doc_title = "青羊区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的报告"
    assert _title(text) == doc_title
    from issuer_support import CAT
    from medgraph.documents import read_bytes
    from medgraph.extract import extract
    ex = extract(read_bytes(text.encode("utf-8"), "qingyang.txt"), CAT)
    own = [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    assert own == [doc_title]
    # a headline that only talks about such a report is no policy of its own
    news = text.replace(doc_title, "青羊区发展计划报告出炉")
    ex = extract(read_bytes(news.encode("utf-8"), "qingyang-news.txt"), CAT)
    assert [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False] == []
