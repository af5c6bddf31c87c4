"""Document identity on layouts met in session 12 (held-10 opened): each test a small
document written here, in another city's style than the corpus page that showed the layout."""

from __future__ import annotations

from issuer_support import issued

from medgraph.extract.dates import policy_dates


def test_a_chinese_numeral_year_typed_with_a_zero_or_a_letter_o_dates_a_signature():
    # 二0一0年 / 二O一二年: a typist's 0 or O for 〇 (the glued signature of a joint notice, one line)
    text = ("关于印发《临沂市农村卫生服务能力提升方案》的通知\n各县区卫生局、财政局：\n"
            "市卫生局、市财政局联合制定了《临沂市农村卫生服务能力提升方案》，现印发给你们，请遵照执行。\n"
            "临沂市卫生局临沂市财政局二0一一年三月九日\n")
    assert [n for n, _ in issued(text)] == ["临沂市卫生局", "临沂市财政局"]
    zero = "现将《方案》印发给你们。\n临沂市卫生局\n二0一一年三月九日\n"
    assert policy_dates(zero)["issued"].value == "2011-03-09"
    letter_o = "现将《方案》印发给你们。\n淄博市人民政府\n二O一二年十月八日\n"
    assert policy_dates(letter_o)["issued"].value == "2012-10-08"


def test_a_reply_speaking_as_a_department_is_not_issued_by_the_government_publishing_it():
    # an open-government page of a county's government carries a bureau's reply: its 发布机构 field
    # names the site's publisher (the government), the reply speaks as 我局
    text = ("发布机构：绩溪县人民政府    发布日期：2023-06-02\n"
            "关于县政协十二届二次会议第15号提案的答复\n\n"
            "程某某委员：\n"
            "您提出的《关于发展徽菊产业的提案》收悉，县人民政府已交由我局办理。我局高度重视，现答复如下：\n"
            "一、基本情况\n全县徽菊种植面积稳步扩大。\n")
    assert [n for n, _ in issued(text, no_policy_ok=True)] == []


def test_a_government_answering_in_its_own_name_keeps_its_field():
    text = ("发布机构：绩溪县人民政府    发布日期：2023-06-02\n"
            "关于县人大十八届二次会议第3号建议的答复\n\n"
            "胡某某代表：\n"
            "您提出的《关于加快县城医疗设施建设的建议》收悉，经县政府研究，现答复如下：\n"
            "一、基本情况\n县医院新院区已开工建设。\n")
    assert [n for n, _ in issued(text, no_policy_ok=True)] == ["绩溪县人民政府"]


def test_a_sites_accessibility_controls_above_a_short_heading_are_no_part_of_the_title():
    from medgraph.extract.identity import own_heading
    heading = "对区人大十六届二次会议第027号建议的会办意见"
    for chrome in ("无障碍浏览 长者模式", "打开适老化模式", "跳至主要内容"):
        text = f"来源：静安区人民政府 https://www.jingan.gov.cn/x\n{chrome}\n{heading}\n\n区卫生健康委：\n"
        assert own_heading(text).title == heading, chrome
    assert own_heading("北京市无障碍环境建设条例\n第一条 为了保障…\n").title == "北京市无障碍环境建设条例"


def test_an_issued_heading_broken_after_its_issuers_names_is_the_whole_title_line():
    # the notice's heading and the second heading line hold only 2023年人才工作要点; the issuing
    # sentence and the title line (names above, the rest below) give the whole title
    from medgraph.extract.identity import own_heading
    text = ("来源：湖南省人力资源和社会保障厅 http://rst.hunan.gov.cn/x.html\n"
            "中共湖南省委组织部 湖南省人力资源和社会保障厅关于印发2023年人才工作要点的通知\n"
            "湘人社发〔2023〕8号\n"
            "各市州委组织部、人力资源和社会保障局：\n"
            "现将《中共湖南省委组织部 湖南省人力资源和社会保障厅2023年人才工作要点》印发给你们，请结合实际抓好落实。\n"
            "中共湖南省委组织部\n湖南省人力资源和社会保障厅\n2023年2月20日\n\n"
            "中共湖南省委组织部 湖南省人力资源和社会保障厅\n\n2023年人才工作要点\n\n"
            "一、加强高层次人才引进。\n二、完善人才评价机制。\n")
    assert "".join(own_heading(text).title.split()) == "中共湖南省委组织部湖南省人力资源和社会保障厅2023年人才工作要点"
    # no names above the heading: the wrapper's title as before
    plain = text.replace("中共湖南省委组织部 湖南省人力资源和社会保障厅\n\n2023年人才工作要点", "2023年人才工作要点")
    assert own_heading(plain).title == "2023年人才工作要点"


def test_a_page_headline_reworded_by_the_site_gives_way_to_the_documents_own_heading():
    from medgraph.extract.identity import own_heading
    text = ("来源：南京市卫生健康委员会 https://wjw.nanjing.gov.cn/x.html\n"
            "南京市卫生健康委员会关于对市十七届人大二次会议第0123号建议的答复\n"
            "发布日期：2024-06-11  浏览次数：\n\n"
            "南京市卫生健康委员会关于市十七届人大二次会议第0123号建议的答复\n"
            "宁卫建〔2024〕12号\n"
            "张某某代表：\n您提出的《关于加强社区康复服务的建议》收悉，现答复如下：\n一、基本情况\n")
    assert own_heading(text).title == "南京市卫生健康委员会关于市十七届人大二次会议第0123号建议的答复"


def test_a_headless_consultation_on_several_drafts_has_no_single_title_but_its_signatory():
    from medgraph.extract.identity import own_heading
    text = ("为规范医疗机构管理，浙江省卫生健康委员会组织起草了《浙江省医疗机构评审办法（征求意见稿）》等3项制度（征求意见稿）。"
            "为广泛听取意见，现将上述3项制度（征求意见稿）全文公布，欢迎社会各界于2022年5月20日前反馈意见。\n"
            "附件：1.浙江省医疗机构评审办法\n2.浙江省医疗机构校验办法\n3.浙江省医疗机构设置规划指引\n"
            "浙江省卫生健康委员会\n2022年5月6日\n")
    assert own_heading(text).title == ""
    assert [n for n, _ in issued(text, no_policy_ok=True)] == ["浙江省卫生健康委员会"]


def test_a_short_name_the_page_headline_quotes_in_full_is_that_title():
    from medgraph.extract.identity import own_heading
    text = ("来源：澳门特别行政区政府新闻局 https://www.gcs.gov.mo/x\n"
            "社会文化司司长出席立法会全体会议介绍《2024年财政年度施政报告》社会文化领域施政方针\n"
            "社会文化司司长今日在立法会全体会议上表示，特区政府今年发布《施政报告》后，"
            "将推动中医药产业发展。\n一、推动大健康产业\n")
    assert own_heading(text).title == "2024年财政年度施政报告"


def test_a_promulgation_flattened_into_one_line_gives_the_regulation_and_its_ordinal():
    from medgraph.extract.identity import own_heading, own_number
    text = ("来源：sdyyw.example.cn https://sdyyw.example.cn/a/1.html\n"
            "山东中医药条例明年3月起施行！一起来看\n"
            "山东省人民代表大会常务委员会公告第一百二十号 《山东省中医药条例》已由山东省第十三届人民代表大会常务委员会"
            "第二十五次会议于2020年11月27日通过，现予公布，自2021年3月1日起施行。 山东省人民代表大会常务委员会 "
            "2020年11月27日 山东省中医药条例 （2020年11月27日山东省第十三届人民代表大会常务委员会第二十五次会议通过） 第一章 总则 第一条 为了传承创新发展中医药事业，制定本条例。\n")
    assert own_heading(text).title == "山东省中医药条例"
    assert own_number(text)[0] == "第一百二十号"
    assert [n for n, _ in issued(text)] == ["山东省人民代表大会常务委员会"]


def test_a_headline_naming_the_official_who_explains_a_policy_is_an_interpretation_of_it():
    from medgraph.extract.identity import own_heading
    for who in ("成都市医疗保障局局长王某某", "区卫生健康委负责人"):
        text = (f"来源：成都市医疗保障局 https://cdyb.chengdu.gov.cn/x\n{who}解读《成都市长期照护保险实施细则》\n"
                "发布时间：2023-04-02\n一、出台背景\n为健全社会保障体系，制定本细则。\n二、主要内容\n")
        h = own_heading(text)
        assert (h.title, h.kind) == ("成都市长期照护保险实施细则", "interprets"), who


def test_an_interpretation_of_a_notice_names_the_notices_maker_as_the_policys_issuer():
    text = ("来源：宜昌市人民政府 http://www.yichang.gov.cn/x\n"
            "《宜昌市人民政府办公室关于印发宜昌市中医药发展规划的通知》解读\n"
            "发布时间：2022-07-01\n一、起草背景\n为推动中医药传承创新发展，编制本规划。\n二、主要内容\n规划提出五项重点任务。\n")
    assert [n for n, _ in issued(text)] == ["宜昌市人民政府办公室"]
    # a forwarding page's sentence naming another body's notice does not make that body an issuer
    fwd = ("来源：宜昌市人民政府 http://www.yichang.gov.cn/x\n"
           "《宜昌市中医药发展规划》解读\n发布时间：2022-07-01\n一、起草背景\n"
           "湖北省人民政府办公厅印发《湖北省中医药发展规划》后，我市编制本规划。\n二、主要内容\n规划提出五项重点任务。\n")
    assert [n for n, _ in issued(fwd, no_policy_ok=True)] == []


def test_a_labelled_number_after_a_title_with_a_citing_word_is_the_pages_own():
    from identity_support import own
    text = ("索引号：11500000MB1234567X/2022-00012  主题分类：卫生\n"
            "标题：重庆市人民政府关于贯彻落实健康中国行动的实施意见  文号：渝府发〔2022〕5号\n"
            "发布日期：2022-03-01\n重庆市人民政府关于贯彻落实健康中国行动的实施意见\n各区县人民政府：\n")
    assert own(text) == "渝府发〔2022〕5号"
    # a number in a sentence that cites stays cited
    assert own("为贯彻落实《健康中国行动》（国发〔2019〕13号），制定本意见。\n") == ""


def test_an_action_titled_with_its_period_pasted_with_no_other_sign_is_its_own_policy():
    from medgraph.documents import read_bytes
    from medgraph.extract import extract
    text = ("来源：jkshjy.example.org https://jkshjy.example.org/a/12.html\n"
            "健康上海行动（2019—2030年）\n发布时间：2019-09-20  作者：\n"
            "序言\n健康是促进人的全面发展的必然要求。全市居民健康水平持续提高。\n"
            "一、总体要求\n坚持预防为主。\n")
    ex = extract(read_bytes(text.encode(), "a.txt"))
    assert [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False] \
        == ["健康上海行动(2019—2030年)"]


def test_a_heading_cut_at_its_start_takes_the_full_title_the_text_names_itself_by():
    from medgraph.extract.identity import own_heading
    text = ("来源：成都市武侯区人民政府 https://www.cdwh.gov.cn/x\n"
            "发展第十四个五年规划纲要\n成都市武侯区人民政府\n"
            "前言\n《成都市武侯区国民经济和社会发展第十四个五年规划纲要》（下称《纲要》）主要阐明全区战略意图。\n")
    assert own_heading(text).title == "成都市武侯区国民经济和社会发展第十四个五年规划纲要"
    # a whole heading stays itself though the text names a longer title ending the same way
    other = text.replace("发展第十四个五年规划纲要\n", "武侯区科技创新第十四个五年规划纲要\n", 1)
    assert own_heading(other).title == "武侯区科技创新第十四个五年规划纲要"


def test_the_body_above_an_interpretation_headline_wrote_the_page_not_the_policy():
    text = ("来源：合肥市科学技术局 https://kjj.hefei.gov.cn/x\n"
            "合肥市科学技术局\n关于《合肥市促进生物医药产业发展\n若干政策》的政策解读\n"
            "发布时间：2023-05-06\n一、出台背景\n为加快生物医药产业发展，制定本政策。\n二、主要内容\n（一）支持创新药研发。\n")
    assert [n for n, _ in issued(text, no_policy_ok=True)] == []
    # a notice's heading broken after its issuer keeps it
    notice = ("合肥市科学技术局\n关于印发合肥市促进生物医药产业发展若干政策的通知\n"
              "各县（市）区科技局：\n现将《合肥市促进生物医药产业发展若干政策》印发给你们，请认真执行。\n"
              "合肥市科学技术局\n2023年5月6日\n")
    assert [n for n, _ in issued(notice)] == ["合肥市科学技术局"]


def test_a_compilation_is_a_kind_of_document_its_cover_lines_end_its_title():
    from medgraph.extract.identity import own_heading
    text = ("来源：广州开发区科技创新局 https://www.hp.gov.cn/x\n"
            "生 物 医 药 产 业 政 策 汇 编\n广州开发区科技创新局\n二〇二二年三月\n目 录\n一、研发支持政策……1\n")
    assert own_heading(text).title == "生物医药产业政策汇编"


def test_a_heading_on_a_page_flattened_into_one_line_ends_before_its_own_number():
    from medgraph.extract.identity import own_heading
    text = ("来源：example.com https://example.com/a.html\n"
            "中共青海省委 青海省人民政府 关于加快推进中藏药产业 高质量发展的实施意见 青发〔2021〕12号 为贯彻落实党中央、国务院决策部署，"
            "加快推进中藏药产业高质量发展，现提出如下实施意见。 一、总体要求 到2025年，中藏药产业规模明显扩大。"
            + "二、重点任务 加强中藏药资源保护。" * 20 + "\n")
    assert own_heading(text).title == "中共青海省委青海省人民政府关于加快推进中藏药产业高质量发展的实施意见"


def test_a_headless_notice_whose_matters_sentence_names_no_one_takes_its_makers_from_the_sentence_before():
    text = ("各地级以上市卫生健康局：\n"
            "为提升基层医疗服务能力，广东省卫生健康委员会组织建设了“基层远程会诊平台”。现将平台上线运行的有关事项通知如下：\n"
            "一、上线时间\n自2024年3月1日起上线运行。\n二、使用范围\n全省基层医疗卫生机构。\n")
    assert [n for n, _ in issued(text, no_policy_ok=True)] == ["广东省卫生健康委员会"]
    # a body named only inside a clause of that sentence (根据X部署) makes nothing
    clause = text.replace("为提升基层医疗服务能力，广东省卫生健康委员会组织建设了", "根据国家卫生健康委员会部署，全省建设了")
    assert [n for n, _ in issued(clause, no_policy_ok=True)] == []


def test_an_interpretation_headline_with_the_policys_number_before_its_word():
    from medgraph.extract.identity import own_heading
    text = ("来源：南通市人民政府 https://www.nantong.gov.cn/x\n"
            "《南通市人民政府关于印发南通市中医药振兴发展行动方案的通知》通政发〔2022〕15号政策解读\n"
            "发布时间：2022-09-01\n一、起草背景\n为推动中医药振兴发展，制定本方案。\n二、主要内容\n方案提出八项任务。\n")
    h = own_heading(text)
    assert (h.title, h.kind) == ("南通市中医药振兴发展行动方案", "interprets")
    assert [n for n, _ in issued(text)] == ["南通市人民政府"]


def test_a_notice_stating_its_own_matters_speaks_as_itself_on_a_reposted_page():
    from medgraph.extract.identity import own_document, own_heading
    text = ("来源：jxxw.example.net（转载） https://jxxw.example.net/a/77.html\n"
            "各乡镇人民政府，县政府各部门：\n"
            "县十七届人大三次会议审议通过的《政府工作报告》，确定了我县2023年的工作目标。为推动落实，县政府决定对目标任务实行分工负责。"
            "现将有关事项通知如下：\n"
            "一、各牵头单位要按照《2023年南城县政府工作任务分解表》（详见附件）的要求，细化落实方案。\n"
            "二、各单位要在每季度末报送进展情况。\n"
            "附件：2023年南城县政府工作任务分解表\n二〇二三年三月一日\n编辑：王某\n")
    h = own_heading(text)
    assert h.title == "2023年南城县政府工作任务分解表"
    # a repost page the source-kind rules weakly took for news (编辑, 来源): its own words say it is the notice
    assert own_document(text, h, "", False, "news", 0.6)
    report = text.replace("现将有关事项通知如下：", "有关情况如下：")
    assert not own_document(report, own_heading(report), "", False, "news", 0.6)


def test_a_page_about_a_policy_a_session_adopted_names_it_by_that_sentence():
    from medgraph.extract.identity import own_heading
    text = ("来源：昌都市人民政府 https://www.changdu.gov.cn/x\n2024-03-20\n来源：市政府办公室\n"
            "一、起草背景\n根据市委部署，市政府办公室牵头梳理了年度为民办实事项目。3月15日，市政府第45次常务会议审议通过"
            "《昌都市2024年为民办实事项目清单》。\n二、主要内容\n清单共12项。\n")
    assert own_heading(text).title == "昌都市2024年为民办实事项目清单"


def test_an_interpreted_policys_number_with_its_closing_bracket_lost_is_kept_as_written():
    from medgraph.extract.identity import interpreted_number, own_heading
    text = ("来源：example.cn https://example.cn/x\n《合肥高新区促进生物医药产业发展若干政策》解读\n"
            "一、出台背景\n合肥高新区于2024年5月正式印发《合肥高新区促进生物医药产业发展若干政策》(合高管〔20248号)。\n二、主要内容\n")
    h = own_heading(text)
    assert interpreted_number(text, h.title)[0] == "合高管〔20248号"


def test_long_office_letters_alone_on_their_line_and_a_number_whose_brackets_were_lost():
    from identity_support import own
    # nine letters, no body's name among them, alone under the heading: the notice's own number
    assert own("国家中医药管理局关于开展中医药人才培训的通知\n国中医药人教中医函〔2024〕18号\n各省、自治区中医药主管部门：\n") \
        == "国中医药人教中医函〔2024〕18号"
    # brackets lost by the scrape, a garbled date after it: read as written
    assert own("宁波市人民政府办公厅关于印发宁波市中医药发展规划的通知\n\n甬政办发202231号 2022915\n\n各区县（市）人民政府：\n") \
        == "甬政办发202231号"
    # digits in a sentence are no number
    assert own("宁波市人民政府关于中医药发展的意见\n全市完成投资202231号文件所列项目。\n") == ""


def test_a_signature_date_that_lost_its_glyphs_is_no_part_of_the_issued_texts_heading():
    # 20221 (2022年1月, its 年月 lost) under the signature, then the heading of the issued text
    # whose text follows: the notice issues several, that one is the policy
    from medgraph.extract.identity import own_heading
    text = ("来源：example https://x\n"
            "天津市宁河区人民政府关于\n印发天津市宁河区教育发展十四五\n规划等3专项规划的通知\n"
            "各乡镇人民政府、街道办事处,各委、办、局,各直属单位:\n"
            "《天津市宁河区教育发展十四五规划》、《天津未来科技城宁河片区十四五规划》、天津市宁河区体育发展十四五规划》"
            "20211020日区政府第58次常务会议审议通过,印发给你们,请照此执行。\n\n\n"
            "天津市宁河区人民政府\n\n20221\n\n\n\n\n"
            "天津未来科技城宁河片区十四五规划\n\n\n一、发展基础\n")
    assert own_heading(text).title == "天津未来科技城宁河片区十四五规划"


def test_a_sites_headline_above_the_documents_own_heading_that_the_text_names_itself_by():
    from medgraph.extract.identity import own_heading
    text = ("来源：example.com https://example.com/d/1.html\n"
            "(安徽省)芜湖市弋江区十四五规划纲要(全文)\n"
            "芜湖市弋江区国民经济和社会发展\n第十四个五年规划纲要\n"
            "“十四五”时期是弋江区开启现代化建设新征程的关键五年。\n"
            "《芜湖市弋江区国民经济和社会发展第十四个五年规划纲要》主要阐明全区发展的总体要求，是全区人民共同的行动纲领。\n")
    assert own_heading(text).title == "芜湖市弋江区国民经济和社会发展第十四个五年规划纲要"
    # a text that names nothing in 《》 keeps its first heading
    plain = text.rsplit("《", 1)[0] + "\n"
    assert own_heading(plain).title == "芜湖市弋江区十四五规划纲要"


def test_a_text_a_session_adopted_before_is_a_basis_not_the_pages_policy():
    from medgraph.extract.identity import own_heading
    text = ("来源：昌都市人民政府 https://www.changdu.gov.cn/x\n一、起草背景\n"
            "市第五届人民代表大会第三次会议审议通过的《政府工作报告》明确了全年目标任务。\n二、主要内容\n清单共12项。\n")
    assert own_heading(text).title == ""


def test_a_list_published_or_put_up_for_comment_is_titled_by_its_headline():
    from medgraph.extract.identity import own_heading
    text = ("来源：江苏省中医药管理局 http://jssatcm.jiangsu.gov.cn/x\n"
            "2024年度江苏省中医药重点专科建设单位名单公示\n发布日期：2024-06-03\n"
            "经各地推荐、专家评审，拟确定南京市中医院等30家单位为建设单位，现予以公示。\n"
            "公示期：2024年6月3日至6月9日。\n江苏省中医药管理局\n2024年6月3日\n")
    assert own_heading(text).title == "2024年度江苏省中医药重点专科建设单位名单公示"
