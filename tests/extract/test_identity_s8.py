"""A document's own number and title in layouts found in session 8 (held-6 opened), each on a
small document written for it in a format of its own: a labelled number in a metadata row whose
next field follows it on the same row; a number the scrape cut (its 〕 and 号 lost) alone on its
line though its letters name no office (a reply's 建议 number); a report's title above a page's
metadata row (日期:… 来源:) and its dateline; a report flattened into one line, its dateline
glued after its title. Spans are checked against the text; near-misses stay unread."""

from issuer_support import issued
from title_support import own_title as _title
from identity_support import own as _own

from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize




def test_a_labelled_number_followed_by_the_rows_next_field_is_its_own():
    text = ("来源：某某网 https://example.org/x.html\n"
            "制发机关:黔东南州乡村振兴工作组 | 成文日期:2023年06月02日 |\n"
            "发文字号:黔东南振组〔2023〕3号 | 发布日期:2023年06月09日 |\n"
            "各成员单位:\n现将《2023年度工作安排》印发给你们。\n")
    assert _own(text) == "黔东南振组〔2023〕3号"
    # a number in a sentence, followed by another clause, is still no field of a row
    text = "各成员单位:\n根据黔东南振组〔2023〕3号 发布日期:2023年06月09日的安排，现通知如下。\n"
    assert _own(text) == ""


def test_a_cut_number_alone_on_its_line_is_kept_as_written():
    text = ("对市人大二届四次会议第88号建议的协办意见\n\n"
            "柳科建议〔2024056\n\n"
            "市农业农村局:\n张某某代表提出的建议收悉，现将我局意见函告如下。\n")
    assert _own(text) == "柳科建议〔2024056"
    # the same letters in a sentence, or sharing a line with words, are no number of its own
    assert _own("市农业农村局:\n我局已按柳科建议〔2024056 办理完毕。\n") == ""
    assert _own("规划期限（2024056 年）\n") == ""


def test_a_reports_title_above_a_pages_metadata_row_and_its_dateline():
    text = ("首页 > 工作动态\n\n"
            "贵阳市人大常委会关于全市中医药产业发展情况的调研报告\n\n"
            "发布时间:2022-07-15 来源:市人大 浏览次数:32\n"
            "【字号: 大 中 小 打印\n\n"
            "——2022年6月28日在贵阳市第十五届人民代表大会常务委员会第五次会议上\n\n"
            "主任、各位副主任、秘书长、各位委员:\n根据年度工作安排，常委会组织开展了调研。\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("贵阳市人大常委会关于全市中医药产业发展情况的调研报告", "report")
    # a line that says something between the title and the dateline is no page furniture
    text2 = text.replace("发布时间:2022-07-15 来源:市人大 浏览次数:32", "本报告由市人大财经委起草并经主任会议研究同意提请审议")
    assert own_heading(normalize(text2)[0]).kind != "report"


def test_a_flattened_reports_dateline_glued_after_its_title():
    text = ("来源：某论坛 https://bbs.example.org/t/1\n"
            "2024年兰州市城关区政府工作报告 ——2024年1月9日 在兰州市城关区第十八届人民代表大会第四次会议上 "
            "兰州市城关区人民政府区长 王某 各位代表: 现在,我代表兰州市城关区人民政府向大会报告工作,请予审议。 "
            + "一、2023年工作回顾 过去一年,全区上下团结奋斗,经济运行稳中有进,民生保障持续加强。" * 8 + "\n")
    assert _title(text) == "2024年兰州市城关区政府工作报告"
    assert own_heading(normalize(text)[0]).kind == "report"
    got = issued(text, "chengguan.txt")
    assert [n for n, _ in got] == ["兰州市城关区人民政府"]
    assert all(q in text for _, q in got)
    # a long paragraph that opens with a report's name but no dateline is no flattened report
    plain = text.replace(" ——2024年1月9日 在兰州市城关区第十八届人民代表大会第四次会议上", " 指出")
    assert own_heading(normalize(plain)[0]).kind != "report"


def test_a_place_and_a_cut_period_in_number_brackets_is_no_number():
    # the office-less rule needs a prefix that is no place name: 某某市〔202125 is a period's debris
    assert _own("某某市中医药发展规划\n某某市〔202125\n为推进中医药发展，制定本规划。\n") == ""
    assert _own("某某市中医药发展规划\n某某县(2021125\n为推进中医药发展，制定本规划。\n") == ""


def test_an_interpretation_headed_by_its_author_interprets_the_quoted_policy():
    text = ("政府信息公开\n\n政府信息公开指南\n政府信息公开制度\n政府信息公开年报\n\n"
            "铜仁市农业农村局关于《铜仁市中药材产业高质量发展实施方案(2023—2025年)》的政策解读\n\n"
            "来源:市农业农村局    时间:2023-05-10\n\n"
            "一、起草背景\n为推动中药材产业发展，市农业农村局牵头起草了该方案。\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("铜仁市中药材产业高质量发展实施方案(2023—2025年)", "interprets")
    assert _title(text) == t.title
    # without 关于 after the author it is no interpretation heading of this form
    t2 = own_heading(normalize(text.replace("农业农村局关于《", "农业农村局《"))[0])
    assert t2.kind != "interprets"



def test_a_joint_notices_issuer_line_is_not_glued_to_its_heading():
    # the page-break repair must not join a long line of body names to the 关于 heading below it
    names = "、".join(f"昆明市{b}" for b in ("发展和改革委员会", "工业和信息化局", "科学技术局", "财政局",
                                           "卫生健康委员会", "市场监督管理局", "医疗保障局"))
    title = "关于进一步支持昆明市生物医药企业加大研发投入和创新产品推广应用的若干措施"
    text = f"{names}\n{title}\n为加快产业发展，制定以下措施。\n一、支持新药研发。\n"
    norm = normalize(text)[0]
    assert "局\n关于" in norm
    assert _title(text) == title
    # a long paragraph line without punctuation still joins a page break's continuation
    para = "为推动全市生物医药产业加快发展不断提升企业研发创新能力和产业集聚水平市政府各部门应当按照职责分工加快落实\n相关政策措施，确保取得实效。\n"
    assert "落实相关" in normalize(para)[0]


def test_a_title_above_breadcrumbs_or_a_metadata_row_is_not_glued():
    text = ("首页 > 人大工作 > 调研视察 > 专题调研\n\n"
            "关于全市中医药产业发展情况的调研报告\n\n"
            "日期:2022-07-15 来源:市人大\n\n——2022年6月28日在某某市第十五届人民代表大会常务委员会第五次会议上\n\n"
            "主任、各位副主任:\n现将调研情况报告如下。\n")
    assert _title(text) == "关于全市中医药产业发展情况的调研报告"
    text = ("重磅发布!《柳州市促进螺蛳粉产业高质量发展若干措施》\n来源:某某网 日期:2024-03-01 点击:12次\n"
            "为推进产业发展，结合实际，制定本措施。\n一、支持企业扩产。\n")
    assert "》\n来源" in normalize(text)[0]
    assert _title(text) == "柳州市促进螺蛳粉产业高质量发展若干措施"


def test_a_teaser_before_a_quoted_title_is_no_part_of_it():
    for headline in ("最高补助500万元！《湛江市海洋生物医药产业扶持办法》正式发布", "重磅!《湛江市海洋生物医药产业扶持办法》"):
        text = (f"{headline}\n发布时间:2024-05-06 来源:某某网\n"
                "为推进海洋生物医药产业发展，制定本办法。\n第一条 本办法适用于全市。\n")
        assert _title(text) == "湛江市海洋生物医药产业扶持办法"
    # a sentence with an exclamation mark and a quoted title in it is no headline
    assert _title("各单位要认真学习!并对照《湛江市海洋生物医药产业扶持办法》抓好落实。\n") == ""


def test_an_announcement_promulgating_a_regulation_names_it_and_gives_its_ordinal():
    text = ("海南省人民代表大会常务委员会公告\n"
            "〔七届〕第五十二号\n"
            "《海南省南药产业发展条例》已由海南省第七届人民代表大会常务委员会第十一次会议于2024年7月31日通过，"
            "现予公布，自2024年10月1日起施行。\n"
            "海南省人民代表大会常务委员会\n2024年7月31日\n"
            "海南省南药产业发展条例\n(2024年7月31日海南省第七届人民代表大会常务委员会第十一次会议通过)\n"
            "第一条 为了促进南药产业发展，制定本条例。\n")
    assert _title(text) == "海南省南药产业发展条例"
    assert _own(normalize(text)[0]) == "〔七届〕第五十二号"
    got = issued(text, "hainan.txt")
    assert [n for n, _ in got][:1] == ["海南省人民代表大会常务委员会"]
    # a government's decree numbered in words on the line under its heading
    decree = "三亚市人民政府令\n第十二号\n《三亚市中医药服务管理办法》已经2023年5月8日市政府常务会议审议通过，现予公布，自公布之日起施行。\n"
    assert _own(normalize(decree)[0]) == "第十二号"
    # an announcement that promulgates nothing keeps its own heading; an ordinal inside a sentence is no number
    notice = "三亚市卫生健康委员会公告\n现予公告如下：一、自即日起开展中医药服务调查。\n"
    assert _title(notice) == "三亚市卫生健康委员会公告"
    assert _own("三亚市卫生健康委员会公告\n根据本会第十二号决定，现予公告如下。\n") == ""


def test_a_repost_introducing_the_full_text_names_it():
    text = ("编者按:近日,省领导小组印发了十个专项行动方案,现予转载。\n"
            "《江西省中医药康养产业发展专项行动方案》全文如下:\n"
            "为加快中医药康养产业发展，结合实际，制定本方案。\n一、工作目标\n到2025年，产业规模明显扩大。\n")
    assert _title(text) == "江西省中医药康养产业发展专项行动方案"
    # a sentence that quotes a title and goes on is no such line
    assert _title("根据《江西省中医药康养产业发展专项行动方案》全文精神，现提出如下意见：\n") == ""
