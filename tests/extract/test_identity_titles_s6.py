"""A document's own title among page furniture found in session 6 (held-4 opened), each on a
small document written for it in a format of its own; each title's span is checked against
the text it was read from."""

from title_support import own_title as _title

from medgraph.textnorm import normalize


def test_a_column_tag_in_black_brackets_before_the_title_is_no_part_of_it():
    text = ("  • 【县级】岳西县茶产业发展专项资金使用办法\n\n"
            "第一条 为加强专项资金管理，制定本办法。\n")
    assert _title(text) == "岳西县茶产业发展专项资金使用办法"
    text = ("【民生实事】九江市人民政府关于下达2024年十件民生实事项目的通知\n"
            "    发布时间:2024-02-19 09:12\n各县（市、区）人民政府：\n")
    assert _title(text) == "九江市人民政府关于下达2024年十件民生实事项目的通知"


def test_a_bracketed_title_is_still_the_title():
    # the marks enclose the whole title: they are stripped, not taken for a tag
    assert _title("【九江市养老服务条例实施办法】\n第一条 为了规范养老服务，制定本办法。\n") == "九江市养老服务条例实施办法"


def test_a_column_name_above_the_title_is_not_the_title():
    # 行业政策 / 政府公告: two characters and a kind word name a site's column, not a document
    for column in ("行业政策", "政府公告", "通知公告"):
        text = (f"{column}\n\n洛阳市中小微企业纾困专项资金实施细则\n发布日期:2022-06-01  浏览次数:\n"
                "第一条 为帮助企业纾困，制定本细则。\n")
        assert _title(text) == "洛阳市中小微企业纾困专项资金实施细则"
    # a short title that names a subject stays a title
    assert _title("政府工作报告\n——2024年1月8日在洛阳市第十五届人民代表大会第三次会议上\n") == "政府工作报告"


def test_the_issued_text_as_the_subject_of_the_issuing_sentence_is_the_title():
    text = ("开化县人民政府办公室\n开政办发〔2023〕19号\n各乡镇人民政府，县政府各部门：\n"
            "{subject}，现印发给你们，请认真贯彻执行。\n开化县人民政府办公室\n2023年8月2日\n"
            "为推动茶产业提质增效，制定本方案。\n")
    for subject in ("《开化县龙顶茶产业提质增效三年行动方案》已经县政府同意",
                    "《开化县龙顶茶产业提质增效三年行动方案》经县政府第12次常务会议审议通过"):
        assert _title(text.format(subject=subject)) == "开化县龙顶茶产业提质增效三年行动方案"
    # a title the sentence only cites before its own issuing words is not it
    cited = "根据《浙江省茶产业发展规划》要求，《开化县龙顶茶产业提质增效三年行动方案》已经县政府同意"
    assert _title(text.format(subject=cited)) == "开化县龙顶茶产业提质增效三年行动方案"


def test_a_cut_page_title_above_the_full_heading_and_a_notice_issuing_a_and_others():
    text = ("关于印发《长沙市望城区支持文旅产\n"
            "关于印发《长沙市望城区支持文旅产业发展的\n若干措施》等3个文件的通知\n"
            "各街道办事处，区直各单位：\n"
            "《长沙市望城区支持文旅产业发展的若干措施》、《长沙市望城区夜间经济奖补办法》、"
            "《长沙市望城区文旅消费券管理细则》已经区政府同意，现印发给你们，请认真执行。\n"
            "长沙市望城区人民政府办公室\n2023年3月9日\n"
            "长沙市望城区支持文旅产业发展的若干措施\n一、支持景区提质。对新评5A级景区给予奖励。\n")
    assert _title(text) == "长沙市望城区支持文旅产业发展的若干措施"


def test_a_labelled_ordinal_number_of_an_announcement_is_the_documents_own():
    from medgraph.extract.identity import own_number

    text = ("- 中文名:珠海经济特区养老服务条例\n- 发文机关:珠海市人民代表大会常务委员会\n"
            "- 发文文号:{n}\n- 发文时间:2021年9月30日\n珠海经济特区养老服务条例\n")
    norm = normalize(text.format(n="公告第四十二号"))[0]
    number, span = own_number(norm)
    assert number == "公告第四十二号" and norm[span[0]:span[1]] == number
    assert own_number(normalize(text.format(n="第7号"))[0])[0] == "第7号"
    # an ordinal in a sentence is no number of the document's
    assert own_number(normalize("本条例共七章，第八十号公告另行发布。\n")[0])[0] == ""


def test_a_release_a_task_card_schedules_is_not_the_pages_title():
    text = ("任务12\n重点工作: 推动康养产业发展。\n牵头单位: 市发展改革委\n年度阶段性工作目标:\n"
            "{step}\n")
    for step in ("第三季度前:报市政府审定后印发实施《昆明市康养产业发展规划》。", "拟于年底前出台《昆明市康养产业发展规划》。"):
        assert _title(text.format(step=step)) == ""
    # a page reporting the release names the policy it is about
    assert _title(text.format(step="市政府办公厅近日印发实施《昆明市康养产业发展规划》。")) == "昆明市康养产业发展规划"
