"""Issuers and the own-document decision (extract/issuers.py, identity.own_document) on small
documents written for these tests: forwarded notices, page metadata that names the
government for its office's document, repost headlines above the real heading, signatures
a page glued to the paragraph above or spread over lines with blank lines, labels that are
not issuers, decrees, and reposts of official texts versus reports about them."""

from __future__ import annotations

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def _ex(text: str):
    doc = read_bytes(text.encode("utf-8"), "issuers-doc.txt")
    return extract(doc, CAT)


def _own(ex):
    own = [n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    return own[0] if own else None


def _issuer_names(ex) -> list[str]:
    names = {n.id: n.name for n in ex.nodes}
    own = _own(ex)
    assert {e.source for e in ex.edges if e.type == "ISSUED" and own is not None and e.target == own.id} == set(ex.document.issuers)
    return [names[i] for i in ex.document.issuers]


def test_a_forwarded_notice_is_issued_by_the_body_whose_notice_it_is():
    text = """来源：某某医药网 http://example.org/1.html
绍兴市发展和改革委员会转发绍兴市人民政府办公室关于印发绍兴市生物医药产业发展规划的通知
绍兴市人民政府办公室关于印发绍兴市生物医药产业发展规划的通知
绍政办发〔2021〕15号
各区、县（市）人民政府，市政府各部门：
现将《绍兴市生物医药产业发展规划》印发给你们，请认真贯彻执行。
绍兴市人民政府办公室
2021年6月1日
"""
    ex = _ex(text)
    assert _own(ex).name == "绍兴市生物医药产业发展规划"
    assert ex.document.doc_number == "绍政办发〔2021〕15号"
    assert _issuer_names(ex) == ["绍兴市人民政府办公室"]


def test_page_metadata_naming_the_government_for_its_offices_document():
    text = """索 引 号：0012/2022-01   主题分类：卫生
发文机关：嘉兴市政府   成文日期：2022-03-04
嘉兴市人民政府办公室关于印发嘉兴市智慧医疗建设行动方案的通知
嘉政办发〔2022〕7号
各县（市、区）人民政府：
现将《嘉兴市智慧医疗建设行动方案》印发给你们，请认真组织实施。
"""
    ex = _ex(text)
    assert _own(ex).name == "嘉兴市智慧医疗建设行动方案"
    assert _issuer_names(ex) == ["嘉兴市人民政府办公室"]


def test_page_metadata_gives_the_issuer_when_the_text_names_none():
    text = """政务公开 > 规划 > 区级规划
  1. [主题分类] 国民经济
  2. [制定机关] 湖州市人民政府
  3. [成文日期] 2021-02-03
湖州市国民经济和社会发展第十四个五年规划纲要
序 言
“十四五”时期是湖州高质量发展的关键时期。
"""
    ex = _ex(text)
    assert _own(ex).name == "湖州市国民经济和社会发展第十四个五年规划纲要"
    assert _issuer_names(ex) == ["湖州市人民政府"]
    assert ex.document.source_kind == "official"


def test_a_repost_headline_above_the_notice_does_not_issue_it():
    text = """温州市人民政府关于印发温州市促进医疗器械产业发展指导意见
栏目：行业资讯 发布时间：2021-04-15
温州市人民政府办公厅关于印发温州市促进医疗器械产业发展指导意见的通知
各区人民政府：
《温州市促进医疗器械产业发展的指导意见》已经市政府同意，现印发给你们。
"""
    ex = _ex(text)
    assert _own(ex).name == "温州市促进医疗器械产业发展的指导意见"
    assert _issuer_names(ex) == ["温州市人民政府办公厅"]


def test_a_signature_glued_to_the_paragraph_above_the_date():
    text = """关于对《宁波市医药产业园区认定办法（征求意见稿）》公开征求意见的公告
为规范园区认定，特制订本办法。现面向社会公开征求意见，欢迎提出意见建议宁波市经济和信息化局

2024年5月6日
"""
    ex = _ex(text)
    assert _own(ex).name == "宁波市医药产业园区认定办法"
    assert _issuer_names(ex) == ["宁波市经济和信息化局"]


def test_signatories_over_lines_with_blank_lines_between_them():
    text = """关于印发《丽水市中医药传承发展行动计划》的通知
丽卫发〔2023〕3号
各县（市、区）卫生健康局：
现将《丽水市中医药传承发展行动计划》印发给你们，请认真贯彻执行。

丽水市卫生健康委员会    丽水市财政局

丽水市市场监督管理局

2023年2月1日
"""
    ex = _ex(text)
    assert _issuer_names(ex) == ["丽水市卫生健康委员会", "丽水市财政局", "丽水市市场监督管理局"]


def test_a_label_before_a_body_is_not_an_issuer():
    text = """衢州市人民政府关于印发衢州市健康产业发展规划的通知
衢政发〔2020〕5号
备注   衢州市人民政府办公室
各县（市、区）人民政府：
现将《衢州市健康产业发展规划》印发给你们。
"""
    ex = _ex(text)
    assert _issuer_names(ex) == ["衢州市人民政府"]


def test_a_repost_of_an_official_text_without_a_number_is_its_own_policy():
    text = """来源：某某信息网（转载） http://example.org/2.html
舟山市海洋生物医药产业发展行动计划（2024—2026年）
为加快海洋生物医药产业发展，特制定本行动计划。
到2026年，产业规模显著提升。
"""
    ex = _ex(text)
    assert _own(ex).name == "舟山市海洋生物医药产业发展行动计划(2024—2026年)"
    assert ex.document.source_kind == "official"


def test_a_report_about_a_policy_and_a_speech_to_delegates_are_no_policies():
    news = """本报讯（记者 李四）近日，舟山市印发《舟山市海洋生物医药产业发展行动计划（2024—2026年）》。
舟山市海洋生物医药产业发展行动计划（2024—2026年）
特制定本行动计划。
"""
    assert _own(_ex(news)) is None
    speech = """来源：某某网
关于舟山市2025年国民经济和社会发展计划执行情况的报告
[发文机构] 舟山市发展和改革委员会
各位代表：
现将计划执行情况报告如下，请予审议。
"""
    assert _own(_ex(speech)) is None


def test_the_bodies_promulgating_a_decree_issue_it():
    text = """# 进口医疗器械检验监督管理办法
2010年3月1日 国家市场监督管理总局、海关总署第9号令公布
## 第一章 总则
第一条 为加强进口医疗器械检验监督管理，制定本办法。
"""
    ex = _ex(text)
    assert ex.document.doc_number == "第9号令"
    assert _issuer_names(ex) == ["国家市场监督管理总局", "海关总署"]


def test_joint_issuers_in_a_metadata_table():
    text = """| 发文机构 | 金华市科学技术局 | 成文日期 | 2022-06-01 |
| 联合发文单位 | 金华市财政局、金华市卫生健康委员会 | 发文字号 | 金科发〔2022〕9号 |
金华市科技创新券管理办法
第一条 为规范科技创新券管理，制定本办法。
"""
    ex = _ex(text)
    assert _own(ex).name == "金华市科技创新券管理办法"
    assert ex.document.doc_number == "金科发〔2022〕9号"
    assert _issuer_names(ex) == ["金华市科学技术局", "金华市财政局", "金华市卫生健康委员会"]


def test_a_signature_with_the_date_on_its_line():
    text = """关于印发《湖州市医疗器械注册人制度试点方案》的通知
湖药监发〔2021〕2号
各有关单位：
现将《湖州市医疗器械注册人制度试点方案》印发给你们，请遵照执行。
湖州市市场监督管理局  湖州市科学技术局  2021年3月8日
"""
    ex = _ex(text)
    assert _issuer_names(ex) == ["湖州市市场监督管理局", "湖州市科学技术局"]


def test_a_page_whose_breadcrumbs_say_interpretation_may_still_be_the_official_text():
    text = """首页 > 政策解读 > 政策文件
嘉兴市促进生物医药产业高质量发展若干政策
为加快生物医药产业发展，现提出以下意见。
"""
    ex = _ex(text)
    assert _own(ex).name == "嘉兴市促进生物医药产业高质量发展若干政策"
    assert ex.document.source_kind == "official"


def test_an_announcement_issuing_rules_is_about_the_rules():
    text = """国家药监局关于发布医疗器械注册自检管理规定的公告（2021年第126号）
发布时间：2021-10-22
为加强医疗器械注册管理，国家药监局组织制定了《医疗器械注册自检管理规定》，现予发布。
特此公告。
国家药监局
2021年10月21日
"""
    ex = _ex(text)
    assert _own(ex).name == "医疗器械注册自检管理规定"
    assert ex.document.doc_number == "2021年第126号"
    assert _issuer_names(ex) == ["国家药品监督管理局"]


def test_a_decree_with_the_bodys_order_line_and_the_rules_below():
    text = """国家卫生健康委员会令
第11号
《医疗机构检查检验结果互认管理办法》已于2022年经国家卫生健康委委务会议审议通过，现予公布，自2022年3月1日起施行。
主任　某某
2022年2月14日
医疗机构检查检验结果互认管理办法
第一章　总则
第一条　为规范检查检验结果互认，制定本办法。
"""
    ex = _ex(text)
    assert _own(ex).name == "医疗机构检查检验结果互认管理办法"
    assert ex.document.doc_number == "国家卫生健康委员会令第11号"
    assert _issuer_names(ex) == ["国家卫生健康委员会"]


def test_a_letterhead_with_its_number_and_a_serial_written_with_di():
    text = """广州市人民政府办公厅文件 穗府办〔2019〕第6号
广州市人民政府办公厅关于印发广州市加快生物医药产业发展若干规定（修订）的通知
各区人民政府，市政府各部门：
现将《广州市加快生物医药产业发展若干规定（修订）》印发给你们，请认真贯彻执行。
"""
    ex = _ex(text)
    assert _own(ex).name == "广州市加快生物医药产业发展若干规定(修订)"
    assert ex.document.doc_number == "穗府办〔2019〕第6号"
    assert _issuer_names(ex) == ["广州市人民政府办公厅"]


def test_a_measure_list_on_a_page_with_a_source_line_is_an_official_text():
    text = """来源：某某市人民政府网
某某市促进创新药产业发展若干措施 [2023-05-06]
为促进创新药产业发展，特制定本措施。
一、支持研发。对企业给予奖励。
二、支持上市。对企业给予奖励。
三、支持应用。对医院给予支持。
"""
    ex = _ex(text)
    assert _own(ex).name == "某某市促进创新药产业发展若干措施"
    assert ex.document.source_kind == "official"


def test_a_report_to_a_congress_is_titled_above_its_dateline_and_issued_by_whom_it_represents():
    text = """当前位置：首页>>政务公开>>规划计划
2024年政府工作报告
日期：2024-02-01 来源：区政府办公室
政 府 工 作 报 告
——2024年1月10日在杭州市西湖区第三届人民代表大会第四次会议上
杭州市西湖区人民政府区长 某某
各位代表：
现在，我代表杭州市西湖区人民政府，向大会报告工作，请予审议。
一、2023年工作回顾
"""
    ex = _ex(text)
    assert _own(ex).name == "政府工作报告"
    assert _issuer_names(ex) == ["杭州市西湖区人民政府"]


def test_a_plan_report_without_its_title_line_is_named_by_its_submission_sentence():
    text = """——2020年1月6日在北京市丰台区第十六届
人民代表大会第五次会议上
北京市丰台区发展和改革委员会主任 某某
各位代表：
受区人民政府委托，现将丰台区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告提交大会审议。
一、2019年计划执行情况
"""
    ex = _ex(text)
    assert _own(ex).name == "丰台区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告"
    assert _issuer_names(ex) == ["北京市丰台区发展和改革委员会"]


def test_a_consultation_stated_in_prose_is_about_the_draft_and_signed_below():
    text = """来源：某某网
为推进生态建设，区生态环境局组织编制了《温州市鹿城区生态建设2027年行动计划（征求意见稿）》，现向社会公开征求意见。
意见反馈渠道如下：
1.电子邮箱：example@example.org
温州市鹿城区生态环境局
2027年1月5日
"""
    ex = _ex(text)
    assert _own(ex).name == "温州市鹿城区生态建设2027年行动计划"
    assert _issuer_names(ex) == ["温州市鹿城区生态环境局"]


def test_bodies_that_made_the_policy_issue_it():
    text = """南京市研发用物品进口试点方案
在研发过程中，部分研发用物品无法通关。针对上述问题，南京市科学技术局、南京市商务局共同研究制定了《南京市研发用物品进口试点方案》。
一、建立白名单。对试点企业研发用物品实行白名单管理。
二、优化通关。对白名单内物品给予通关便利。
三、加强监管。对试点企业开展事中事后监管。
"""
    ex = _ex(text)
    own = _own(ex)
    assert own is not None and own.name == "南京市研发用物品进口试点方案"
    assert _issuer_names(ex) == ["南京市科学技术局", "南京市商务局"]


def test_a_title_glued_to_its_first_paragraph_and_a_title_repeated_on_its_line():
    text = """来源：某某网
宁波市药品监督管理局医疗器械注册服务提升行动方案（2024-2026年）为持续优化营商环境，激发企业创新活力，制定本行动方案。
一、指导思想
"""
    ex = _ex(text)
    assert _own(ex).name == "宁波市药品监督管理局医疗器械注册服务提升行动方案(2024-2026年)"
    assert _issuer_names(ex) == ["宁波市药品监督管理局"]
    twice = "宁波市人民政府关于推进中医药产业发展若干政策的通知宁波市人民政府关于推进中医药产业发展若干政策的通知发布日期:2023-05-30\n甬政发〔2023〕5号\n"
    ex = _ex(twice)
    assert _own(ex).name == "宁波市人民政府关于推进中医药产业发展若干政策的通知"


def test_the_page_heading_stated_twice_is_the_document_not_a_related_link_above_it():
    text = """来源：某某文档网
某某市西湖区人民政府办公室印发某某市西湖区关于开展健康城区试点工作方案的通知
合集下载
杭州市人民政府关于印发《2022年市政府工作报告重点任务清单》的通知
杭州市人民政府关于印发《2022年市政府工作报告重点任务清单》的通知
杭政发〔2022〕3号
各区人民政府：
现将《2022年市政府工作报告重点任务清单》印发给你们。
"""
    ex = _ex(text)
    assert _own(ex).name == "2022年市政府工作报告重点任务清单"
    assert _issuer_names(ex) == ["杭州市人民政府"]


def test_the_wrapper_may_drop_the_place_the_attached_heading_gives():
    text = """泉州市人民政府办公室关于印发促进生物医药产业发展实施意见的通知
泉政办〔2018〕20号
各县（市、区）人民政府：
现将《泉州市促进生物医药产业发展实施意见》印发给你们，请认真贯彻执行。
泉州市促进生物医药产业发展实施意见
为加快生物医药产业发展，制定本意见。
"""
    ex = _ex(text)
    assert _own(ex).name == "泉州市促进生物医药产业发展实施意见"


def test_a_flattened_page_keeps_its_heading_and_joint_issuers():
    """A PDF or page text with no line breaks: the heading of five bodies glued together, a
    space inside two names, then 发布日期 and the whole notice on the same line."""
    body = "为推动本市海洋经济高质量发展，特制定本行动计划。" * 12
    text = ("来源：某某文库 https://example.org/view/9\n"
            "宁波市发展和改革委员会宁波市科学技术局宁波市海洋 经济发展局宁 波市财政局宁波市自然资源和规划局"
            "关于印发《宁波市海洋生物医药产业集群培育行动计划( 20312033 年)》的通知 发布日期:2031-02-03 浏览次数:120 "
            "各有关单位: " + body + " 一、总体要求 (一)发展基础。" + body + "\n")
    ex = _ex(text)
    assert _own(ex).name == "宁波市海洋生物医药产业集群培育行动计划(20312033年)"
    assert _issuer_names(ex) == ["宁波市发展和改革委员会", "宁波市科学技术局", "宁波市海洋经济发展局",
                                 "宁波市财政局", "宁波市自然资源和规划局"]


def test_a_cooperative_union_signs_and_the_name_glued_after_it_is_found():
    text = """湖南省中药材产业品牌培育工作方案
为加快中药材产业发展，省农业农村厅会同省级有关部门研究制定本工作方案，请结合实际抓好落实。
湖南省农业农村厅 湖南省卫生健康委员会
湖南省供销合作社联合社 湖南省林业局
2031 年 4 月 9 日
"""
    ex = _ex(text)
    assert _issuer_names(ex) == ["湖南省农业农村厅", "湖南省卫生健康委员会", "湖南省供销合作社联合社", "湖南省林业局"]


def test_a_report_on_how_tasks_were_carried_out_is_its_bodys_own_document():
    """…落实情况 / …完成情况 is a kind of document (a body's report on its tasks); the body that
    opens its title issues it."""
    text = """来源：某某镜像站 http://example.org/art/2031/1/14/art_1.html
您当前所在位置: 首页 > 政务公开 > 年度重点任务
    昆明市科技局2030年重点民生实事全年完成情况

    发布日期: 2031- 01- 14 信息来源: 办公室

    序号 任务内容 完成情况
    1 建设科技企业孵化器。全年新增孵化器5家，已完成。
    2 推进科技特派员服务。全年选派科技特派员300名，已完成。
"""
    ex = _ex(text)
    assert _own(ex).name == "昆明市科技局2030年重点民生实事全年完成情况"
    assert _issuer_names(ex) == ["昆明市科学技术局"]


def test_a_flattened_heading_without_quotes_names_every_issuer():
    """No 《》 (no issuing verb before a quoted title to fall back on): the bodies opening the
    heading are read up to its 的通知, a city's name split by a space included (宁 波市财政局)."""
    body = "为推动本市海洋经济高质量发展，特制定本行动计划。" * 12
    text = ("来源：某某文库 https://example.org/view/9\n"
            "宁波市发展和改革委员会宁波市科学技术局宁波市海洋 经济发展局宁 波市财政局"
            "关于印发宁波市海洋生物医药产业集群培育行动计划的通知 发布日期:2031-02-03 浏览次数:120 "
            "各有关单位: " + body + " 一、总体要求 (一)发展基础。" + body + "\n")
    ex = _ex(text)
    assert _own(ex).name == "宁波市海洋生物医药产业集群培育行动计划"
    assert _issuer_names(ex) == ["宁波市发展和改革委员会", "宁波市科学技术局", "宁波市海洋经济发展局", "宁波市财政局"]


def test_the_body_whose_text_a_notice_forwards_does_not_issue_the_notice():
    text = """温州市人民政府办公室关于转发市科技局〈温州市科技创新券管理办法〉的通知
温政办发〔2031〕21号
各县（市、区）人民政府，市政府直属各单位：
市科技局《温州市科技创新券管理办法》已经市政府同意，现转发给你们，请认真贯彻执行。
温州市人民政府办公室
2031年8月2日
"""
    ex = _ex(text)
    assert _issuer_names(ex) == ["温州市人民政府办公室"]


def test_a_flattened_covers_author_glued_to_the_title_issues_it():
    """A PDF's cover flattened into one paragraph on a document-sharing page: the author's
    name reads as the title's tail (…规划临江县民政局2021 年 11 月); it is the issuer."""
    toc = "".join(f"{n}、第{n}章 某项工作.{n}" for n in range(1, 40))
    text = ("来源：某文库（文档分享站） https://example.org/doc/77.html\n"
            "临江县“十四五”时期养老服务体系建设规划方案(2021-2025年)(41页)\n"
            "1、临江县“十四五”时期养老服务体系建设规划临江县民政局2021 年 11 月目录" + toc + "\n")
    ex = _ex(text)
    assert _own(ex) is not None
    assert _own(ex).name == "临江县“十四五”时期养老服务体系建设规划"
    assert _issuer_names(ex) == ["临江县民政局"]
