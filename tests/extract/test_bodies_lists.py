"""Government bodies in the shapes real documents write them (session 4 of issue 12), on
documents written for these tests: the jurisdiction taken from the document (a national
reply, a page that names no place, a district of a city the gazetteer does not know),
names glued or split by stray spaces in a signature block, lists sharing one place or one
suffix, the bodies policy texts make responsible besides bureaus (courts, procuratorates,
科协, 工商联, the Youth League, leading groups, zone committees), and sentence debris that
must never become a name."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.extract import bodies as bd
from medgraph.extract.entities import detect_jurisdiction

CAT = load_catalog()


def _doc(text: str):
    doc = read_bytes(text.encode("utf-8"), "bodies.txt")
    return doc, extract(doc, CAT)


def _names(ex) -> set[str]:
    return {n.name for n in ex.nodes if n.label == "Bureau"}


def _verbatim(doc, ex):
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote


XIAMEN = """厦门市人民政府办公厅关于印发厦门市人才集聚行动方案的通知
厦府办〔2024〕12号
各区人民政府，市直各委、办、局：
现将《厦门市人才集聚行动方案》印发给你们，请认真贯彻执行。
厦门市人民政府办公厅
2024年3月1日
厦门市人才集聚行动方案
1.法治人才项目。培养一批法治人才。（牵头单位：市司法局，配合单位：市法院、市检察院）
2.青年人才项目。支持青年创新创业。（牵头单位：团市委，配合单位：市科协、市工商联）
3.人才特区项目。在思明区、湖里区、集美区政府所在片区建设人才社区。（牵头单位：市人才工作领导小组，配合单位：市财政局、思明区）
4.园区人才项目。支持厦门火炬高新区、象屿保税区管委会引进人才。（牵头单位：市科技局）
"""


def test_courts_procuratorates_associations_youth_league_and_leading_groups_are_bodies():
    doc, ex = _doc(XIAMEN)
    names = _names(ex)
    for name in ("厦门市中级人民法院", "厦门市人民检察院", "共青团厦门市委员会", "厦门市科学技术协会",
                 "厦门市工商业联合会", "厦门市人才工作领导小组"):
        assert name in names, name
    kinds = {n.name: n.props["kind"] for n in ex.nodes if n.label == "Bureau"}
    assert kinds["厦门市中级人民法院"] == "court"
    assert kinds["厦门市人民检察院"] == "procuratorate"
    assert kinds["共青团厦门市委员会"] == "association"
    _verbatim(doc, ex)


def test_places_before_a_shared_suffix_are_one_body_each():
    doc, ex = _doc(XIAMEN)
    names = _names(ex)
    assert {"厦门市思明区人民政府", "厦门市湖里区人民政府", "厦门市集美区人民政府"} <= names
    assert {"厦门火炬高新技术产业开发区管理委员会", "象屿保税区管理委员会"} <= names
    assert not any(n.startswith("支持") for n in names)


def test_a_district_alone_in_a_list_of_responsible_units_is_its_government():
    doc, ex = _doc(XIAMEN)
    gov = next(n for n in ex.nodes if n.name == "厦门市思明区人民政府")
    m3 = next(n.id for n in ex.nodes if n.label == "Measure" and n.props["number"] == 3)
    leads = [e for e in ex.edges if e.type == "LEADS" and e.target == m3 and e.source == gov.id]
    assert leads and leads[0].evidence[0].quote.endswith("配合单位：市财政局、思明区")


def test_list_items_share_the_place_of_the_first_item():
    text = (
        "福建省人民政府办公厅关于印发福建省海洋药物产业行动方案的通知\n"
        "现将《福建省海洋药物产业行动方案》印发给你们，请认真贯彻执行。\n"
        "1. 建设海洋药物实验室。支持高校联合企业建设省级实验室。（省科技厅、发展改革委、教育厅、自然资源厅）\n"
        "2. 培育创新产品。对进入临床试验的海洋药物给予补助。（省工业和信息化厅）\n"
    )
    doc, ex = _doc(text)
    assert {"福建省科学技术厅", "福建省教育厅", "福建省自然资源厅", "福建省工业和信息化厅"} <= _names(ex)
    assert not any(n.startswith("北京") for n in _names(ex))
    _verbatim(doc, ex)


def test_names_glued_and_split_by_stray_spaces_in_a_signature_block():
    text = (
        "关于印发厦门市海洋药物产业集群培育方案的通知\n"
        "各区人民政府，市直各委、办、局：\n"
        "现将《厦门市海洋药物产业集群培育方案》印发给你们，请认真贯彻执行。\n"
        "厦门市发展和改革委员会厦门市科技 局厦门市工业和信息化局厦 门市卫生健康 委员会\n"
        "2024年6月1日\n"
    )
    doc, ex = _doc(text)
    assert _names(ex) == {"厦门市发展和改革委员会", "厦门市科学技术局", "厦门市工业和信息化局", "厦门市卫生健康委员会"}
    issued = {e.source for e in ex.edges if e.type == "ISSUED"}
    assert issued == {"bureau-厦门市发展和改革委员会", "bureau-厦门市科学技术局", "bureau-厦门市工业和信息化局",
                      "bureau-厦门市卫生健康委员会"}
    quotes = {e.evidence[0].quote for e in ex.edges if e.type == "ISSUED"}
    assert "厦门市科技 局" in quotes and "厦 门市卫生健康 委员会" in quotes   # spans map back to the original
    _verbatim(doc, ex)


NATIONAL = """国务院关于同意设立闽江新区的批复
国函〔2024〕9号
福建省人民政府：
你省《关于设立闽江新区的请示》收悉。现批复如下：
一、同意设立闽江新区。
二、福建省人民政府要加强组织领导，市场监督管理总局、市科技局等要按职责给予支持，福建省城市和镇人民政府统筹推进。
国务院
2024年5月6日
"""


def test_a_national_reply_is_national_and_names_no_city_body():
    assert detect_jurisdiction(NATIONAL) == bd.NATIONAL
    doc, ex = _doc(NATIONAL)
    assert _names(ex) == {"国务院", "福建省人民政府", "国家市场监督管理总局"}


def test_a_page_that_names_no_place_gives_no_beijing_body():
    text = (
        "全文\n以新发展理念为指导，持续优化营商环境。\n一、深化审批改革\n"
        "1.推行告知承诺制。全面梳理事项清单。(市政府办公室、市行政审批制度改革工作领导小组办公室牵头,各县市区政府按职责分工负责)\n"
        "2.压缩办理时限。推进一网通办。(市政务服务中心牵头)\n"
    )
    assert detect_jurisdiction(text) == ""
    doc, ex = _doc(text)
    assert not any(n.id.startswith("bureau-bj-") or n.name.startswith("北京") for n in ex.nodes if n.label == "Bureau")


def test_cited_titles_do_not_decide_the_jurisdiction_a_district_document_takes_its_city():
    text = (
        "鼓楼区人民政府办公室关于印发健康鼓楼行动方案的通知\n"
        "鼓政办〔2022〕3号\n"
        "各街道办事处、洪山镇人民政府，区直各部门：\n"
        "为贯彻落实《国务院关于实施健康中国行动的意见》（国发〔2019〕13号）和《福建省人民政府办公厅关于印发健康福建行动的通知》，"
        "结合《福州市人民政府关于实施健康福州行动的意见》，经区政府同意，现将《健康鼓楼行动方案》印发给你们。\n"
        "1.普及健康知识。（牵头单位：区卫健局）\n"
        "2.开展全民健身。（牵头单位：区文体旅局，配合单位：洪山镇）\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"福州市鼓楼区人民政府办公室", "福州市鼓楼区人民政府", "福州市鼓楼区卫生健康局",
            "福州市鼓楼区洪山镇人民政府"} <= names
    assert not any(n.startswith("福建省鼓楼") for n in names)
    issued = [e.source for e in ex.edges if e.type == "ISSUED" and e.target.endswith("健康鼓楼行动方案")]
    assert issued == ["bureau-福州市鼓楼区人民政府办公室"]


def test_sentence_debris_never_becomes_a_name():
    text = (
        "某市志\n1991年，市政府批准成立某市开发区管理委员会，代行市政府授权的行政职能。\n"
        "武汉市已报经区政府同意。同意在苏州、珠海等城市和各省、自治区人民政府所在地建立开发区。\n"
        "记载上海市深化医药卫生体制改革领导小组办公室的文件。\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert not any(n.startswith(("代行", "载", "武汉市已")) or "自治区人民政府" in n or "城市和" in n for n in names), names


def test_a_zone_committee_takes_the_documents_city_when_written_without_one():
    text = (
        "盐城市人民政府关于加快孵化器建设的通知\n"
        "各县（市、区）人民政府，盐城高新区、滨海港区管委会，市各委、办、局：\n"
        "一、支持孵化器建设。对新认定的孵化器给予奖励。\n"
        "二、加强服务。高新技术产业开发区管委会要明确专人负责。\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"盐城高新技术产业开发区管理委员会", "滨海港区管理委员会"} <= names
    assert "高新技术产业开发区管理委员会" not in names


def test_a_citys_province_government_and_state_council_groups():
    text = (
        "南宁市人民政府办公室关于印发南宁市中医药发展行动方案的通知\n"
        "各县（区）人民政府，市直各委、办、局：\n"
        "为贯彻落实省政府《关于加快中医药发展的意见》和《国务院深化医药卫生体制改革领导小组关于推广医改经验的通知》，"
        "按照国务院办公厅《转发财政部 发展改革委 人民银行关于推广合作模式的通知》，经市人民政府同意，现印发给你们。\n"
        "1.建设中医药传承创新中心。支持中医医院建设。（牵头单位：市卫生健康委）\n"
        "2.发展中医药产业。支持企业研发中药新药。（牵头单位：市工业和信息化局）\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert "广西壮族自治区人民政府" in names   # 省政府 of a city of Guangxi: the region's official name
    assert "国务院深化医药卫生体制改革领导小组" in names
    assert {"财政部", "国家发展和改革委员会"} <= names
    assert not any(n.startswith("南宁市广西") or "决策" in n for n in names), names


def test_old_ministries_with_the_state_name_are_national_bodies():
    text = (
        "国务院关于同意某某高新技术产业开发区升级的批复\n国函〔2010〕3号\n某某省人民政府：\n"
        "一、同意某某高新技术产业开发区升级。\n"
        "二、界址点坐标由科技部、中华人民共和国国土资源部、住房城乡建设部负责审核。\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert "中华人民共和国国土资源部" in names
    assert "住房和城乡建设部" in names
    _verbatim(doc, ex)


def test_national_bodies_named_without_guojia_in_a_list_of_national_bodies():
    text = (
        "国务院办公厅关于印发某某发展规划的通知\n国办发〔2030〕5号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "一、各地区要加强组织领导。\n"
        "二、商务部、人民银行、税务总局、体育总局、医疗保障局、银保监会、中医药局、中国证监会、中国民航局按职责分工负责。\n"
        "三、广东省、江西省、辽宁省人民政府要抓好落实。\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"中国人民银行", "国家税务总局", "国家体育总局", "国家医疗保障局", "中国银行保险监督管理委员会",
            "国家中医药管理局", "中国证券监督管理委员会", "中国民用航空局"} <= names, names
    assert {"广东省人民政府", "江西省人民政府", "辽宁省人民政府"} <= names
    _verbatim(doc, ex)


def test_a_bare_central_bank_name_outside_a_national_list_is_no_body():
    text = "德阳市人民政府关于金融支持的意见\n德阳市人民政府：\n一、人民银行德阳市中心支行要加强窗口指导。\n二、银行要加大信贷投放。\n"
    doc, ex = _doc(text)
    assert "中国人民银行" not in _names(ex)


def test_party_organs_and_autonomous_region_bodies_of_a_city_document():
    text = (
        "柳州市人民政府办公室关于印发柳州市中医药发展任务分工的通知\n"
        "各县区人民政府，市委宣传部、市委统战部、市委编办、市委网信办，自治区药监局，各有关单位：\n"
        "为贯彻落实自治区人民政府部署，经市人民政府同意，现印发给你们。\n"
        "1.发展中医药产业。（牵头单位：市卫生健康委）\n2.加强人才培养。（牵头单位：市人力资源社会保障局）\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"中共柳州市委宣传部", "中共柳州市委统一战线工作部", "中共柳州市委机构编制委员会办公室",
            "中共柳州市委网络安全和信息化委员会办公室"} <= names, names
    # no city-level 自治区 body, no Beijing body; the region is named in full only when the text gives the region
    assert not any("柳州市自治区" in n or n.startswith("北京") for n in names), names


def test_a_countys_relative_zone_committee_and_named_associations():
    text = (
        "灵璧县人民政府办公室关于印发健康灵璧行动任务分工的通知\n"
        "各乡镇人民政府、经济开发区管委会，县政府有关部门：\n"
        "1.加强健康促进。牵头单位：县卫健委、县爱卫会\n"
        "2.发展中药材种植。牵头单位：县农业农村局、县供销合作社联合社\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"灵璧经济开发区管理委员会", "灵璧县爱国卫生运动委员会", "灵璧县供销合作社联合社", "灵璧县卫生健康委员会"} <= names, names


def test_a_district_of_a_city_the_gazetteer_does_not_know_and_its_party_committee():
    text = (
        "中共温州市鹿城区委 温州市鹿城区人民政府\n印发《关于加快生态建设的实施意见》的通知\n"
        "各街道党工委、办事处，区委各部门，区直各单位：\n经区委、区政府同意，现将《关于加快生态建设的实施意见》印发给你们。\n"
        "中共温州市鹿城区委\n温州市鹿城区人民政府\n2027年6月9日\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert "温州市鹿城区人民政府" in names
    # a party committee is a body (corpus README, Conventions, 2026-12-03): 中共X区委 and the
    # district's own 区委 are one node, 中共温州市鹿城区委员会
    assert {n for n in names if n.endswith(("区委员会", "区委"))} == {"中共温州市鹿城区委员会"}, names


def test_market_words_are_no_city_and_a_county_under_its_province_is_named_alone():
    text = (
        "麻江县人民政府办公室关于加快民族医药产业发展的通知\n各乡镇人民政府，县农文旅园区管委会，县政府各部门：\n"
        "为落实《贵州省人民政府办公厅关于支持民族医药产业发展的意见》，发挥政府规范市场、引导投入的作用，规范市场秩序，现通知如下。\n"
        "一、加强规划引导。（牵头单位：县发展改革局）\n二、支持企业发展。（牵头单位：县工业和信息化局）\n"
    )
    assert detect_jurisdiction(text) != "规范"
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"麻江县人民政府办公室", "麻江县农文旅园区管理委员会", "麻江县发展和改革局"} <= names, names
    assert not any(n.startswith(("规范", "贵州省麻江")) for n in names), names


def test_a_district_documents_relative_bodies_after_verbs_counts_and_titles():
    text = (
        "北京市房山区卫生健康委员会关于印发房山区健康发展规划的通知\n"
        "房山区健康发展规划房山区卫生健康委员会2022年8月\n"
        "一、完善服务体系。已经第13次区政府常务会议研究同意。（牵头单位：区城市管理委）\n"
        "二、加强宣传。登录房山区人民政府网站查询。（牵头单位：区卫生健康委）\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"北京市房山区卫生健康委员会", "北京市房山区人民政府", "北京市房山区城市管理委员会"} <= names, names
    assert not any("区城" in n and "城市管理" not in n for n in names), names


def test_a_campaign_committee_named_after_its_place():
    text = (
        "宣城市人民政府办公室关于征求健康宣城行动实施方案意见的通知\n各县市区人民政府，市直各部门：\n"
        "请将意见反馈至健康宣城行动推进委员会办公室。健康宣城行动推进委员会统筹推进，健康中国行动推进委员会负责指导。"
        "健康某某行动推进委员会是示例。\n"
    )
    doc, ex = _doc(text)
    names = _names(ex)
    assert {"健康宣城行动推进委员会办公室", "健康宣城行动推进委员会", "健康中国行动推进委员会"} <= names, names
    assert "健康某某行动推进委员会" not in names


def test_the_source_line_of_a_saved_page_names_no_body_of_the_document():
    text = (
        "来源：天津市人民政府（政务公开） https://www.tj.gov.cn/zwgk/1.html\n"
        "关于印发天津市促进会展业发展措施的通知\n各区人民政府：\n"
        "1.支持展会落地。（牵头单位：市商务局）\n2.优化服务。（牵头单位：市公安局）\n"
    )
    doc, ex = _doc(text)
    assert _names(ex) == {"天津市商务局", "天津市公安局"}
