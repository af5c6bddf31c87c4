"""Issuers by the kind of text that states (or only seems to state) them, on documents written
for these tests: a site's banner above its breadcrumbs, a table's cells below the title, a
covering letter's signature damaged by a page (a glyph lost from a name or a date), a
department heading its own notice (国家医保局医药管理司关于…), a quoted title that opens with
a body's name, a forum copy with anti-copy letters on every line, and a seal a body lends
(X代章). Every issuer is asserted exactly, with the evidence quote checked against the source."""

from medgraph.documents import read_bytes
from medgraph.extract import extract

from issuer_support import CAT, issued



def _issued(text: str) -> list[tuple[str, str]]:
    return issued(text, "kinds.txt")


def test_a_site_banner_above_its_breadcrumbs_is_the_site_not_the_issuer():
    text = """来源：江门市人民政府门户网站
江门市人民政府
当前位置：首页 > 政务公开 > 政策文件
江门市人民政府办公室关于印发江门市促进中医药传承创新发展实施方案的通知
江府办〔2025〕7号
各县（市、区）人民政府，市政府各部门：
现将《江门市促进中医药传承创新发展实施方案》印发给你们，请认真贯彻执行。
江门市人民政府办公室
2025年6月3日
江门市促进中医药传承创新发展实施方案
一、加强中医药服务体系建设。建设市中医院新院区。（责任单位：市卫生健康局）
二、推动中药产业发展。支持企业研发中药新药。（责任单位：市工业和信息化局）
三、培养中医药人才。实施人才培养计划。（责任单位：市人力资源和社会保障局）
"""
    assert _issued(text) == [("江门市人民政府办公室", "江门市人民政府办公室")]
    # a banner above the site's menu, a heading naming nobody: the signature alone issues it
    menu = text.replace("当前位置：首页 > 政务公开 > 政策文件", "首页 政务公开 办事服务 互动交流").replace(
        "江门市人民政府办公室关于印发", "关于印发")
    assert _issued(menu) == [("江门市人民政府办公室", "江门市人民政府办公室")]


def test_bodies_alone_in_a_table_cell_below_the_title_are_owners_not_issuers():
    # the covering letter signs (its date with 年/月/日 lost by the page); the task table's
    # multi-line cells put 区医疗保障局 alone on a line, far from any date
    text = """关于印发《2025年卫生健康重点工作任务分工》的通知
各科室、各直属单位：
现将《2025年卫生健康重点工作任务分工》印发给你们，请抓好落实。

绍兴市柯桥区卫生健康局

2025  3  14

2025年卫生健康重点工作任务分工
序号 任务 牵头单位 配合单位 完成时限
1 推进紧密型医共体建设，完成三家分院改造。 区卫生健康局
区医疗保障局
区财政局 2025年12月底
2 加快智慧医院建设，上线互联网诊疗平台。 区卫生健康局 区财政局 2025年10月底
"""
    assert _issued(text) == [("绍兴市柯桥区卫生健康局", "绍兴市柯桥区卫生健康局")]


def test_a_covering_letter_signature_with_a_lost_glyph_still_signs():
    # 委员会 printed 委会 and the date's 月/日 lost: the line next to the date is still the signature
    text = """关于印发宁波市生物医药产业链提升方案的通知
甬发改〔2025〕21号
各区（县、市）发展和改革局：
现将《宁波市生物医药产业链提升方案》印发给你们，请结合实际抓好落实。
宁波市发展和改革委会
2025年512
宁波市生物医药产业链提升方案
一、培育创新药企业。支持企业开展临床试验。
二、建设产业园区。推动园区扩容提质。
三、完善金融支持。设立产业投资基金。
"""
    assert _issued(text) == [("宁波市发展和改革委员会", "宁波市发展和改革委")]
    # without the date next to it, a name with a stray character is not a signature
    assert _issued(text.replace("2025年512\n", "")) == []


def test_a_department_heading_its_notice_is_not_its_parent_body():
    # 国家医保局医药管理司 issues it; the quoted rules' name opens with 国家医疗保障局, which is
    # part of that name. The department is a body named after its administration, never the
    # administration itself
    text = """国家医保局医药管理司关于印发国家医疗保障局医药价格管理工作规程的通知
医保医药便函〔2025〕9号
各省、自治区、直辖市医疗保障局：
为规范医药价格管理工作，现将《国家医疗保障局医药价格管理工作规程》印发给你们，请遵照执行。
一、明确价格管理职责。各级医保部门按职责开展价格监测。
二、规范价格调整程序。调整价格应当开展成本调查。
三、加强价格信息公开。按季度公开价格变动情况。
国家医保局医药管理司
2025年1月20日
"""
    assert _issued(text) == [("国家医疗保障局医药管理司", "国家医保局医药管理司")]
    # the same heading by the administration itself names it
    own = text.replace("国家医保局医药管理司", "国家医保局")
    assert _issued(own) == [("国家医疗保障局", "国家医保局")]


def test_a_forum_copy_with_anti_copy_letters_keeps_its_signatories():
    # every line carries letters a forum's filter sprinkled; a catalogued administration's
    # department (国家药监局综合司) signs as itself, named after its administration
    text = """关于开展医疗器械创新服务站试点工作的通知
工信厅联科函〔2024〕55号 f7* K0
各省、自治区、直辖市科技厅（委、局）、工业和信息化主管部门、药品监督管理局：
为加快医疗器械创新成果转化，科技部、工业和信息化部、国家药监局决定开展创新服务站试点。现将有关事项通知如下。
一、试点范围。选择部分城市开展试点。
二、试点任务。推动服务站提供注册指导。
三、组织实施。各地要加强组织领导。
工业和信息化部办公厅 7 k& Q2 v% M
科技部办公厅4 T* e] Z1
) p8 w. 国家药监局综合司 r5 {J
2024年9月9日
y6 $ H* 本帖最后由 admin 编辑
"""
    assert _issued(text) == [("工业和信息化部办公厅", "工业和信息化部办公厅"), ("科学技术部办公厅", "科技部办公厅"),
                             ("国家药品监督管理局综合司", "国家药监局综合司")]


def test_a_body_lending_its_seal_is_not_an_issuer():
    text = """关于印发《全省中药材种植基地建设工作要点》的通知
各市（州）人民政府：
现将《全省中药材种植基地建设工作要点》印发给你们，请认真组织实施。
附件：全省中药材种植基地建设工作要点
四川省中医药强省建设领导小组办公室
（四川省中医药管理局代章）
2025年2月8日
"""
    assert _issued(text) == [("四川省中医药强省建设领导小组办公室", "四川省中医药强省建设领导小组办公室")]
    # the seal with ASCII brackets and anti-copy letters is still a seal
    noisy = text.replace("（四川省中医药管理局代章）", "(四川省中医药管理局代章) x7 K#")
    assert _issued(noisy) == [("四川省中医药强省建设领导小组办公室", "四川省中医药强省建设领导小组办公室")]


def test_bodies_a_copy_goes_to_after_the_signature_are_not_issuers():
    # 抄送 with ASCII punctuation right under the date, and the printing office's line
    text = """关于印发《金华市基层中医馆建设实施方案》的通知
金卫发〔2024〕30号
各县（市、区）卫生健康局，市直各医疗卫生单位：
现将《金华市基层中医馆建设实施方案》印发给你们，请遵照执行。
金华市卫生健康委员会
2024年4月2日
抄送:省卫生健康委、省中医药管理局,市财政局、市医疗保障局
金华市卫生健康委员会办公室 2024年4月3日印发
金华市基层中医馆建设实施方案
一、建设目标。到2025年每个乡镇卫生院建成中医馆。
二、建设内容。配置中医诊疗设备。
三、保障措施。加大财政投入。
"""
    assert _issued(text) == [("金华市卫生健康委员会", "金华市卫生健康委员会")]


def test_a_forwarding_or_approving_body_issues_not_the_body_it_forwards():
    # 批转: the government approves and transmits a bureau's plan; the bureau is its object
    approving = """青岛市人民政府批转市发展改革委关于青岛市生物医药产业发展规划的通知
青政发〔2024〕3号
各区、市人民政府，市政府各部门：
市人民政府同意市发展改革委《关于青岛市生物医药产业发展规划》，现批转给你们，请认真组织实施。
青岛市人民政府
2024年1月16日
"""
    assert _issued(approving) == [("青岛市人民政府", "青岛市人民政府")]
    # 转发 of a notice that the text cites by its 印发 sentence (根据X关于印发《…》的通知)
    forwarding = """关于转发《浙江省中医药振兴发展行动方案》的通知
浦卫〔2025〕4号
各乡镇（街道）卫生院：
根据金华市卫生健康委员会关于印发《浙江省中医药振兴发展行动方案》的通知要求，现将该方案转发给你们，请结合实际抓好落实。
浦江县卫生健康局
2025年3月3日
"""
    assert _issued(forwarding) == [("浦江县卫生健康局", "浦江县卫生健康局")]


def test_a_joint_heading_whose_first_signatory_is_unknown_keeps_the_known_ones():
    # a former ministry no gazetteer holds opens the list: the known bodies right before 关于
    # are still issuers, the unknown one is simply not a node
    text = """广播电影电视部、卫生部、国家中医药管理局关于开展全民健身与中医养生结合试点的通知
体群字〔1996〕88号
各省、自治区、直辖市广播电视厅（局）、卫生厅（局）、中医药管理局：
为推动全民健身与中医养生相结合，现就开展试点工作通知如下。
一、试点范围。每省选择一个城市开展试点。
二、试点内容。推广传统养生功法。
三、组织领导。各地会同卫生部门组织实施。
"""
    assert _issued(text) == [("卫生部", "卫生部"), ("国家中医药管理局", "国家中医药管理局")]
    # a heading in which a verb stands before the known bodies gives none of them
    assert _issued(text.replace("广播电影电视部、卫生部", "广播电影电视部转发卫生部")) == []


def test_a_title_opening_with_a_body_names_its_issuer_only_in_a_headings_form():
    # a page quoting the policy it carries (附：《X关于…》): X issued it
    carried = """近日，为推进中医药传承创新，兰州市出台了相关实施意见，全文如下。
附：《兰州市人民政府关于促进中医药传承创新发展的实施意见》
兰政发〔2024〕12号
各县、区人民政府，市政府各部门：
为促进中医药传承创新发展，提出如下实施意见。
一、健全服务体系。每个县区建成一所中医医院。
二、发展中药产业。建设陇药种植基地。
三、加强人才培养。实施西学中培训。
"""
    assert _issued(carried) == [("兰州市人民政府", "兰州市人民政府")]
    # a city forwarding its province's opinion: the forwarder issues the notice, and with it
    # the policy it carries (README: a notice that issues a document)
    forwarded = """珠海市人民政府转发广东省人民政府关于加快医药产业发展意见的通知
珠府〔2024〕40号
各区人民政府（管委会），市政府各部门：
现将《广东省人民政府关于加快医药产业发展的意见》转发给你们，请结合实际认真贯彻执行。
珠海市人民政府
2024年8月1日
"""
    assert _issued(forwarded) == [("珠海市人民政府", "珠海市人民政府")]


def test_a_sentence_that_reports_the_making_names_the_makers():
    # a page reporting the policy it carries: the bodies right before (日前)联合印发《own title》
    text = """近日，厦门市科学技术局、厦门市财政局联合印发《厦门市生物医药研发费用补助办法》，自2024年10月1日起施行。
《厦门市生物医药研发费用补助办法》主要内容如下：
一、补助对象。在本市注册的生物医药企业。
二、补助标准。按研发费用的10%给予补助。
三、申报程序。企业按年度申报。
"""
    makers = [("厦门市科学技术局", "厦门市科学技术局"), ("厦门市财政局", "厦门市财政局")]
    assert _issued(text) == makers
    assert _issued(text.replace("联合印发", "日前联合印发")) == makers
    # a body the sentence only follows (根据X印发的《…》) is no maker
    assert _issued(text.replace("近日，厦门市科学技术局、厦门市财政局联合印发", "根据厦门市人民政府印发")) == []


def test_a_government_named_as_the_first_word_of_a_genre_is_not_the_author():
    # 市政府工作报告 is the genre (any city's yearly report): the page dividing its tasks names no issuer
    report = """当前位置：首页 > 专题专栏
市政府工作报告重点工作责任分解（2024年）
时间：2024-03-01 信息来源：衢州市政府
一、全市发展主要预期目标
1.地区生产总值增长6%左右。责任单位：市发展和改革委员会
2.研发投入强度达到2.5%。责任单位：市科学技术局
3.城镇新增就业3万人。责任单位：市人力资源和社会保障局
"""
    doc = read_bytes(report.encode("utf-8"), "kinds.txt")
    assert extract(doc, CAT).document.issuers == []
    # a body's own plan or report opening with its name is its author's
    own = report.replace("市政府工作报告重点工作责任分解（2024年）", "衢州市科学技术局2024年工作要点")
    assert _issued(own) == [("衢州市科学技术局", "衢州市科学技术局")]


def test_departments_signing_beside_known_ones_and_a_date_whose_glyphs_were_lost():
    # two departments on each signature line; a known organ before 办公厅/综合司 is only the
    # department's parent: the departments sign, named after their organs; the date lost
    # 年/月/日 (202539)
    text = """关于印发《县域医共体药品耗材统一采购工作指引》的通知
各省、自治区、直辖市卫生健康委、医保局、药监局：
现将《县域医共体药品耗材统一采购工作指引》印发给你们，请认真贯彻执行。

国家卫生健康委办公厅        国家医保局办公室

国家药监局综合司            国家中医药局综合司

202539
县域医共体药品耗材统一采购工作指引
一、统一采购目录。医共体内药品耗材实行统一目录。
二、统一采购配送。由牵头医院统一组织采购。
三、统一结算支付。医保基金按规定结算。
"""
    assert _issued(text) == [("国家卫生健康委员会办公厅", "国家卫生健康委办公厅"), ("国家医疗保障局办公室", "国家医保局办公室"),
                             ("国家药品监督管理局综合司", "国家药监局综合司"), ("国家中医药管理局综合司", "国家中医药局综合司")]


def test_a_covering_letter_signed_before_the_document_it_issues():
    # when the letter's own 一、二、三 are read as the measures, the letter's signature sits after
    # them, far from the end: its date followed by （此件公开发布） marks it
    from medgraph.extract.entities import find_entities
    from medgraph.extract.issuers import signature

    text = """各乡镇人民政府，市直各部门：
经市政府同意，现将《2025年民生实事任务分解》印发给你们，请认真抓好落实。
一、加快养老设施建设。支持社区建设养老服务中心。
二、加快农村公路改造。支持乡镇改造农村公路。
三、加快就业服务。支持新增城镇就业岗位。
江山市人民政府办公室
2025年4月10日
（此件公开发布）
2025年民生实事任务分解
""" + "".join(f"全年新建城乡社区养老服务中心{i}个，由市民政局会同有关部门组织实施，确保2025年12月底前完成。\n" for i in range(1, 40))
    mentions = find_entities(text, CAT, "letter").mentions
    found = signature(text, mentions, text.index("一、"))
    assert [(m.entity_id, text[m.start:m.end]) for m in found] == [("bureau-江山市人民政府办公室", "江山市人民政府办公室")]
    # without the publicity note nothing marks the letter's end: no signature is taken from the middle
    bare = text.replace("（此件公开发布）\n", "")
    assert signature(bare, find_entities(bare, CAT, "letter").mentions, bare.index("一、")) == []


def test_an_interpretation_page_names_the_bodies_that_drafted_its_policy():
    # the page interprets 《X》 and says who drafted it, with whom (会同): all of them made it
    page = """《杭州市促进生物医药产业高质量发展若干措施》政策解读
发布日期：2024-06-12  来源：杭州市经济和信息化局
一、出台背景
为加快生物医药产业发展，市经信局会同市科技局、市卫生健康委研究制定了《杭州市促进生物医药产业高质量发展若干措施》（以下简称《若干措施》）。
二、主要内容
《若干措施》共十二条，主要包括支持创新药研发、支持医疗器械注册等内容。
"""
    assert _issued(page) == [("杭州市经济和信息化局", "市经信局"), ("杭州市科学技术局", "市科技局"),
                             ("杭州市卫生健康委员会", "市卫生健康委")]
    # a drafting body alone (起草了《X》) drafted a text another body issues: no maker (README
    # "Issuers come from the text's own statements": an 印发/制定 sentence, not a drafting one)
    drafted = """关于《南宁市中医药发展规划（2024—2030年）》的解读
一、起草依据
根据《中华人民共和国中医药法》，南宁市卫生健康委员会起草了《南宁市中医药发展规划（2024—2030年）》。
二、主要目标
到2030年，全市中医药服务体系更加完善。
"""
    assert _issued(drafted) == []


def test_a_regulation_is_issued_by_the_congress_whose_session_adopted_it():
    text = """北京市科学技术普及条例
（北京市第十六届人民代表大会常务委员会第九次会议通过）
第一章 总则
第一条 为了普及科学技术知识，制定本条例。
第二条 本市行政区域内的科学技术普及活动适用本条例。
第三条 市、区人民政府应当将科普工作纳入国民经济和社会发展规划。
"""
    assert _issued(text) == [("北京市人民代表大会常务委员会", "北京市第十六届人民代表大会常务委员会")]
    # approval in prose (已经…会议审议通过，现印发) is the publisher's notice, no adoption note
    notice = """关于印发《北京市科学技术普及工作规划》的通知
各区人民政府：
《北京市科学技术普及工作规划》已经北京市第十六届人民代表大会常务委员会第九次会议审议通过，现印发给你们。
北京市科学技术委员会
2024年1月5日
"""
    assert _issued(notice) == [("北京市科学技术委员会、中关村科技园区管理委员会", "北京市科学技术委员会")]


def test_two_signatories_glued_are_not_a_body_and_its_department():
    # 市政务服务中心 glued after 福州市科技局 is a body of its own, not a department of the 局
    from medgraph.extract.entities import find_entities
    from medgraph.extract.issuers import signature

    text = """福州市政务服务事项清单
一、科技服务事项。办理科技型企业认定。
二、政务服务事项。办理企业开办登记。
三、其他事项。办理其他服务事项。
福州市科技局市政务服务中心
2024年1月5日
"""
    found = signature(text, find_entities(text, CAT, "glued").mentions, text.index("一、"))
    assert [(m.entity_id, text[m.start:m.end]) for m in found] == [
        ("bureau-福州市科学技术局", "福州市科技局"), ("bureau-福州市政务服务中心", "市政务服务中心")]
