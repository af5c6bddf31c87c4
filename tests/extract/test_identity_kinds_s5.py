"""Own title versus the titles a page only names (session 5 kinds), each on a small document
written for it: a notice issuing several texts or a list that is no policy text (the notice
is the policy when only it is on the page); the issued text following a notice under a
heading worded otherwise or on a flattened line; a page headline naming the issuer above the
document's own 关于 heading; a 印发《Y》 inside a citing clause; an edition on its own line;
forum anti-copy debris after a heading; an interpretation page's policy. Spans are checked
against the normalized text."""

from medgraph.extract import extract
from medgraph.documents import read_document
from medgraph.extract.identity import own_document, own_heading
from medgraph.textnorm import normalize


def _head(text: str):
    norm = normalize(text)[0]
    t = own_heading(norm)
    if t.span is not None:
        assert norm[t.span[0]:t.span[1]].replace("\n", "").replace(" ", "").replace("《", "").replace("》", "") \
            .startswith(t.title.replace("《", "").replace("》", "")[:6])
    return norm, t


# --- notices -------------------------------------------------------------------------------

def test_a_notice_issuing_a_list_that_is_no_policy_text_is_the_policy():
    text = ("关于印发第二批中医药传承创新示范单位名单的通知\n某省中医药局函〔2024〕31号\n各市卫生健康委：\n"
            "经评审，确定第二批中医药传承创新示范单位。现将名单印发给你们，请做好示范建设。\n"
            "某省中医药管理局\n2024年3月2日\n")
    assert _head(text)[1].title == "关于印发第二批中医药传承创新示范单位名单的通知"


def test_a_notice_issuing_several_rules_without_their_texts_is_the_policy():
    text = ("某省卫生健康委员会科教处关于印发科研项目管理相关规则的通知\n各有关单位：\n"
            "为规范科研项目管理，我处研究制定了《某省卫生健康科研项目立项规则》《某省卫生健康科研项目验收规则》，"
            "现印发给你们，请遵照执行。\n某省卫生健康委员会科教处\n2023年5月6日\n")
    assert _head(text)[1].title == "某省卫生健康委员会科教处关于印发科研项目管理相关规则的通知"


def test_a_notice_issuing_several_texts_whose_first_follows_is_that_text():
    text = ("某省人民政府关于印发促进三个新兴产业发展若干政策的通知\n各市人民政府：\n"
            "现将《关于促进生物制造产业发展的若干政策》、《关于促进低空经济发展的若干政策》印发给你们，请认真贯彻执行。\n"
            "某省人民政府\n2024年6月1日\n关于促进生物制造产业发展的若干政策\n"
            "为加快生物制造产业发展，制定本政策。\n一、支持企业建设中试平台。\n")
    assert _head(text)[1].title == "关于促进生物制造产业发展的若干政策"


def test_the_issued_text_under_a_heading_worded_otherwise_is_still_the_policy():
    # the attached heading says 全省 where the notice says 某省; a signature date and a long body follow
    body = "为推动卫生健康事业高质量发展，现提出年度工作要点如下。" + "加强基层医疗卫生服务体系建设，提升服务能力。" * 8
    text = ("某省卫生健康委关于印发2024年某省卫生健康工作要点的通知\n各市卫生健康委：\n"
            "现将《2024年某省卫生健康工作要点》印发给你们，请认真贯彻落实。\n某省卫生健康委\n2024年2月20日\n"
            "2024年全省卫生健康工作要点\n" + body + "\n")
    assert _head(text)[1].title == "2024年某省卫生健康工作要点"


def test_a_flattened_page_with_the_issued_heading_after_the_signature_date():
    body = "为加快生物医药产业发展，结合本市实际，制定本规划。" + "推动创新药研发和成果转化，建设产业园区。" * 8
    text = ("某市发展和改革局 某市科学技术局 关于印发《某市生物医药产业“十四五”发展规划》的 通知\n"
            "各镇人民政府： 现将《某市生物医药产业“十四五”发展规划》印发给你们，请结合实际贯彻执行。 "
            "某市发展和改革局 某市科学技术局 2022年6月7日 某市生物医药产业“十四五”发展规划 " + body + "\n")
    assert _head(text)[1].title == "某市生物医药产业“十四五”发展规划"


# --- headline and heading ------------------------------------------------------------------

def test_the_documents_own_heading_below_a_headline_naming_its_issuer():
    text = ("某县人民政府关于设立某县智慧康养产业园的意见\n2021-05-11 点击:20次\n"
            "关于设立某县智慧康养产业园的意见\n某政〔2021〕8号\n各乡镇人民政府：\n为发展康养产业，现提出如下意见：\n"
            "一、明确园区范围\n园区规划面积5平方公里。\n")
    norm, t = _head(text)
    assert t.title == "关于设立某县智慧康养产业园的意见"
    assert norm[t.span[0]:t.span[1]] == "关于设立某县智慧康养产业园的意见"
    assert t.span[0] > norm.index("点击")          # the heading below, not the headline
    assert norm[t.heading[0]:t.heading[1]].startswith("某县人民政府关于")   # the issuer stays readable


def test_a_printed_title_inside_a_citing_clause_is_not_the_documents():
    text = ("某县卫生健康局文件\n某卫〔2016〕12号\n各乡镇卫生院：\n"
            "根据某省卫生健康委关于印发《某省家庭医生签约服务指导方案(2016版)》的通知精神，"
            "县卫生健康局制定了《某县家庭医生签约服务实施方案(2016版)》，现印发给你们，请遵照执行。\n"
            "某县家庭医生签约服务实施方案\n(2016版)\n一、工作目标\n签约覆盖率达到百分之四十。\n")
    assert _head(text)[1].title == "某县家庭医生签约服务实施方案(2016版)"


def test_forum_debris_after_a_heading_is_cut():
    text = "关于印发某市智慧医院建设指南的通知( _8 M1 x* {3 N# y1\n某卫发〔2023〕9号\n各医疗机构：\n现将《某市智慧医院建设指南》印发给你们。\n"
    assert _head(text)[1].title == "某市智慧医院建设指南"


# --- interpretation pages ------------------------------------------------------------------

def test_an_interpretation_page_is_about_the_policy_it_abbreviates():
    text = ("一、起草背景\n"
            "2023年，国务院办公厅印发《关于加快发展银发经济的意见》(国办发〔2023〕9号)，对养老服务作出部署。"
            "为落实上述要求，市民政局修订发布《某市社区养老服务设施管理办法》(以下简称《办法》)。\n"
            "二、主要内容\n《办法》共五章二十条，明确了设施规划、建设和运营要求。\n")
    norm, t = _head(text)
    assert t.title == "某市社区养老服务设施管理办法"
    assert norm[t.span[0] - 1:t.span[1] + 1] == "《某市社区养老服务设施管理办法》"
    # no source signal but the sections that explain a policy: the page's policy is its own
    assert own_document(norm, t, "", False, "news", 0.3)
    # a report without those sections is not
    report = "近日，某市民政局发布《某市社区养老服务设施管理办法》(以下简称《办法》)，明确设施规划要求。\n"
    rn, rt = _head(report)
    assert rt.title == "某市社区养老服务设施管理办法"
    assert not own_document(rn, rt, "", False, "news", 0.3)


def test_an_interpretation_page_yields_the_policy_it_explains(tmp_path):
    path = tmp_path / "jiedu.txt"
    path.write_text("一、编制背景\n为支持生物医药产业发展，市科委制定了《某市支持合成生物产业发展若干措施》"
                    "(以下简称《若干措施》)。\n二、主要内容\n《若干措施》共12条，聚焦研发、转化和应用。\n", encoding="utf-8")
    ex = extract(read_document(path))
    own = [n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    assert [n.name for n in own] == ["某市支持合成生物产业发展若干措施"]


def test_a_repost_sites_region_tag_and_menu_line_are_no_part_of_the_title():
    text = ("导航菜单\n\n(浙江省)台州市2024年《政府工作报告》重点任务责任分解方案\n\n"
            "1.推进港口码头建设。（责任单位：市交通运输局）\n2.建设现代物流园区。（责任单位：市发展改革委）\n")
    assert _head(text)[1].title == "台州市2024年《政府工作报告》重点任务责任分解方案"


def test_a_past_issuing_in_a_progress_line_is_no_title():
    text = ("任务7\n重点工作：完善中医药服务体系。\n牵头单位：市卫生健康委\n进展落实情况：\n"
            "1.已以市政府办公厅名义印发《某市中医药服务体系建设方案》。\n")
    assert _head(text)[1].title != "某市中医药服务体系建设方案"


# --- attachments, page furniture, tables as documents --------------------------------------

def test_a_notice_about_a_task_division_is_its_attachment_under_its_own_heading():
    text = ("某政办发〔2022〕7号\n县人民政府办公室关于\n对县《政府工作报告》确定的重点工作\n进行责任分解的通知\n"
            "各镇人民政府：\n经县人民政府同意，现将责任分解印发给你们，请认真落实。\n"
            "附件：1.县《政府工作报告》重点工作责任分解\n2022年4月2日\n附件1\n"
            "县《政府工作报告》重点工作责任分解\n一、主要目标\n(一)地区生产总值增长8%。(牵头单位：县发改局)\n")
    norm, t = _head(text)
    assert t.title == "县《政府工作报告》重点工作责任分解"
    assert norm[t.span[0]:t.span[1]] == "县《政府工作报告》重点工作责任分解"
    assert t.span[0] > norm.index("附件1")


def test_an_issuing_sentence_with_several_texts_takes_the_attachment_that_follows():
    text = ("各乡镇人民政府：\n经县政府同意，现将《2024年县〈政府工作报告〉任务分解》《2024年十件民生实事任务分解》"
            "印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2024年5月8日\n附件1\n2024年县政府工作报告任务清单\n"
            "1.建设县域物流中心。\n")
    assert _head(text)[1].title == "2024年县政府工作报告任务清单"


def test_page_furniture_after_a_heading_and_a_progress_table_as_a_document():
    text = "关于印发《某市托育服务质量提升行动方案》的通知 \n放大字体  缩小字体 发布日期:2023-08-24\n现将《某市托育服务质量提升行动方案》印发给你们。\n"
    assert _head(text)[1].title == "某市托育服务质量提升行动方案"
    table = "2023年度县民生实事项目进度表(截至9月30日)\n发布日期：2023-10-12\n序号\n项目内容\n当前进度\n"
    assert _head(table)[1].title == "2023年度县民生实事项目进度表(截至9月30日)"


def test_an_official_notice_with_its_issuing_sentence_is_its_own_document():
    text = ("某省“十四五”基层卫生发展实施方案\n各设区市人民政府：\n现将《某省“十四五”基层卫生发展实施方案》印发给你们，请认真贯彻落实。\n"
            "某省人民政府 2022815\n")
    norm, t = _head(text)
    assert t.kind == "issuing"
    assert own_document(norm, t, "", False, "official", 0.8)
    # the same title on a page that neither issues it nor gives a number or issuers is not
    bare = "某省“十四五”基层卫生发展实施方案\n一、发展基础\n基层卫生服务网络基本建成。\n"
    bn, bt = _head(bare)
    assert bt.title == "某省“十四五”基层卫生发展实施方案"
    assert not own_document(bn, bt, "", False, "official", 0.8)


def test_a_garbled_signature_date_then_the_attached_text_means_the_text_follows():
    body = "为推动城乡社区服务提质增效，制定本方案。" + "完善社区服务设施，提升社区治理能力。" * 9
    text = ("某区人民政府办公室关于印发2023年区政府工作报告目标任务的通知\n各街道办事处：\n"
            "现将2023年区政府工作报告目标任务印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2023121日\n" + body + "\n")
    assert _head(text)[1].title == "2023年区政府工作报告目标任务"


def test_a_page_label_before_the_title_is_cut():
    text = "信息详情2021年某区政府工作报告重点工作完成情况\n发布日期：2022-01-10\n"
    assert _head(text)[1].title == "2021年某区政府工作报告重点工作完成情况"
