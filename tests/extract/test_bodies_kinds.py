"""Kinds of body names found by shape (extract/bodies.py) on documents written for these
tests: a banner's (旗) own relative names, counties and banners named without their city,
party committees' offices, governments written before a class of their departments, and
the short forms of committees and offices."""

from owner_support import explicit_owners, extract_text, quotes_are_original


def _bodies(ex) -> dict[str, object]:
    return {n.name: n for n in ex.nodes if n.label == "Bureau"}


BANNER = """来源：科尔沁右翼前旗人民政府网 https://www.example.gov.cn/art/1.html
科右前旗人民政府办公室关于印发全旗蒙医药振兴三年行动方案的通知
各苏木乡镇人民政府，旗政府各有关部门：
现将方案印发给你们，请认真组织实施。
一、建设蒙医药传承基地。支持旗蒙医院扩建。（责任单位：旗卫健委、旗财政局）
二、培育药材种植大户。（责任单位：旗农牧局、旗林草局、旗医保局）
"""


def test_a_banners_relative_names_are_its_own_bodies_named_without_its_city():
    doc, ex = extract_text(BANNER, "banner.txt")
    b = _bodies(ex)
    assert set(b) == {"科右前旗人民政府办公室", "科右前旗卫生健康委员会", "科右前旗财政局",
                      "科右前旗农牧局", "科右前旗林业和草原局", "科右前旗医疗保障局"}
    assert b["科右前旗卫生健康委员会"].aliases == ["科右前旗卫健委"]
    assert {n.props["level"] for n in b.values()} == {"county"}
    assert explicit_owners(ex) == {
        "建设蒙医药传承基地": {("科右前旗卫生健康委员会", "lead"), ("科右前旗财政局", "support")},
        "培育药材种植大户": {("科右前旗农牧局", "lead"), ("科右前旗林业和草原局", "support"),
                             ("科右前旗医疗保障局", "support")},
    }
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence}
    assert quotes == {"（责任单位：旗卫健委、旗财政局", "（责任单位：旗农牧局、旗林草局、旗医保局"}
    quotes_are_original(doc, ex)


ZONES = """烟台市人民政府办公室关于印发烟台市海洋医药产业培育方案的通知
各区县人民政府，省级以上开发区管委，综保区管委，八角湾海洋经济创新区管委，市政府各部门、单位：
现将方案印发给你们，请结合实际抓好落实。
1.建设海洋药物中试平台。（牵头单位：市科技局；配合单位：综保区管委、芝罘区政府）
2.引育海洋生物企业。（牵头单位：八角湾海洋经济创新区管委，市政府有关部门按职责分工负责）
"""


def test_short_committee_names_and_a_zone_named_by_its_kind_alone():
    doc, ex = extract_text(ZONES, "zones.txt")
    b = _bodies(ex)
    # 综保区管委 in a Yantai notice is Yantai's bonded zone's committee; 省级以上开发区管委 is a class
    assert set(b) == {"烟台市人民政府", "烟台市人民政府办公室", "烟台市科学技术局", "烟台市芝罘区人民政府",
                      "烟台综合保税区管理委员会", "八角湾海洋经济创新区管理委员会"}
    assert b["烟台综合保税区管理委员会"].props["kind"] == "committee"
    # 市政府有关部门 is a class of the government's departments: the government owns nothing here
    assert explicit_owners(ex) == {
        "建设海洋药物中试平台": {("烟台市科学技术局", "lead"), ("烟台综合保税区管理委员会", "support"),
                                 ("烟台市芝罘区人民政府", "support")},
        "引育海洋生物企业": {("八角湾海洋经济创新区管理委员会", "lead")},
    }
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence}
    assert quotes == {"（牵头单位：市科技局", "配合单位：综保区管委、芝罘区政府",
                      "（牵头单位：八角湾海洋经济创新区管委，市政府有关部门按职责分工负责"}
    quotes_are_original(doc, ex)


def test_a_government_heading_a_class_of_its_departments_is_not_named():
    doc, ex = extract_text("常州市武进区卫生健康局关于做好中医药服务的通知\n区政府各委、办、局，各镇人民政府：\n"
                           "请区政府有关部门按职责做好工作。\n", "class.txt")
    assert "常州市武进区人民政府" not in _bodies(ex)
    assert set(_bodies(ex)) == {"常州市武进区卫生健康局"}


PREFECTURE = """宜宾市人民政府关于加快中医药产业发展的实施意见
各区县人民政府，市政府各部门：
为贯彻落实省政府《关于推进中医药强省建设的意见》，结合我市实际，提出如下意见。
一、建设道地药材基地。（责任单位：市农业农村局、市林业竹业局）
二、支持企业研发。（责任单位：市科技局、市经济和信息化局）
宜宾市人民政府
2024年3月1日
抄送：日照市卫生健康委员会，黔南州人民政府。
"""


def test_prefecture_level_cities_know_their_province_and_are_places_when_written_with_shi():
    doc, ex = extract_text(PREFECTURE, "prefecture.txt")
    b = _bodies(ex)
    # 省政府 in a Yibin document is Sichuan's (the gazetteer's province of a prefecture-level
    # city); 日照市 is a city although 日 opens dates too; 黔南州 is the autonomous prefecture
    assert set(b) == {"四川省人民政府", "宜宾市人民政府", "宜宾市农业农村局", "宜宾市林业竹业局",
                      "宜宾市科学技术局", "宜宾市经济和信息化局", "日照市卫生健康委员会",
                      "黔南布依族苗族自治州人民政府"}
    assert b["四川省人民政府"].props["level"] == "province"
    assert explicit_owners(ex) == {
        "建设道地药材基地": {("宜宾市农业农村局", "lead"), ("宜宾市林业竹业局", "support")},
        "支持企业研发": {("宜宾市科学技术局", "lead"), ("宜宾市经济和信息化局", "support")},
    }
    quotes_are_original(doc, ex)


COPIED = """关于印发凤阳县基层卫生服务能力提升方案的通知
凤卫〔2024〕8号
各乡镇人民政府：
现将《凤阳县基层卫生服务能力提升方案》印发给你们，请认真执行。
一、加强村卫生室建设。（责任单位：县卫健委）
凤阳县卫生健康委员会 凤阳县财政局
2024年5月6日
抄送：滁州市卫生健康委员会、滁州市财政局
凤阳县卫健委办公室 2024年5月6日印发
"""


def test_two_signatories_a_space_apart_and_the_bodies_a_notice_is_copied_to():
    doc, ex = extract_text(COPIED, "copied.txt")
    # a county's bodies carry no city; the space after 委员会 separates two signatories; the
    # 抄送 line names bodies the notice is copied to, which never signed it
    assert set(_bodies(ex)) == {"凤阳县卫生健康委员会", "凤阳县财政局", "凤阳县卫生健康委员会办公室",
                                "滁州市卫生健康委员会", "滁州市财政局"}
    names = {n.id: n.name for n in ex.nodes}
    assert [names[i] for i in ex.document.issuers] == ["凤阳县卫生健康委员会", "凤阳县财政局"]
    quotes_are_original(doc, ex)


PARTY = """遂昌县人民政府办公室关于印发遂昌县中医药传承创新实施方案的通知
各乡镇人民政府，县政府各部门：
为贯彻党中央、国务院决策部署，落实省委、省政府和县委工作要求，制定本方案。
一、加强中医药文化宣传。（责任单位：县委宣传部、县卫生健康局）
二、支持中医药人才发展。（责任单位：县委组织部、县人力社保局）
"""


def test_party_committees_and_their_departments_are_bodies():
    doc, ex = extract_text(PARTY, "party.txt")
    b = _bodies(ex)
    # 县委 is the county's party committee; 党中央 the Central Committee (national gazetteer);
    # 省委/省政府 of a county whose province the text never names: no one province's
    assert set(b) == {"中共中央", "国务院", "中共遂昌县委员会", "中共遂昌县委宣传部", "中共遂昌县委组织部",
                      "遂昌县人民政府办公室", "遂昌县卫生健康局", "遂昌县人力资源和社会保障局"}
    assert b["中共遂昌县委员会"].aliases == ["遂昌县委"]
    assert {b[n].props["kind"] for n in ("中共中央", "中共遂昌县委员会", "中共遂昌县委宣传部")} == {"party"}
    assert explicit_owners(ex) == {
        "加强中医药文化宣传": {("中共遂昌县委宣传部", "lead"), ("遂昌县卫生健康局", "support")},
        "支持中医药人才发展": {("中共遂昌县委组织部", "lead"), ("遂昌县人力资源和社会保障局", "support")},
    }
    quotes_are_original(doc, ex)


def test_a_person_of_a_party_committee_names_no_body():
    doc, ex = extract_text("宿迁市卫生健康委员会关于开展义诊活动的通知\n市委常委、副市长张某出席活动。市委书记李某讲话。\n",
                           "persons.txt")
    assert set(_bodies(ex)) == {"宿迁市卫生健康委员会"}


CONGRESS = """政府工作报告
——2025年1月8日在嘉兴市南湖区第九届人民代表大会第五次会议上
嘉兴市南湖区人民政府区长 王某
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员提出意见。
过去一年，在区委坚强领导下，在区人大及其常委会的监督和区政协的支持下，我们完成了全年目标。
区人大代表建议和政协委员提案办结率100%。
"""


def test_congress_cppcc_and_party_committee_of_a_district_and_their_members_named_no_body():
    doc, ex = extract_text(CONGRESS, "congress.txt")
    b = _bodies(ex)
    # 第九届人民代表大会 is the district's congress; 区人大代表/政协委员 are persons; 代表区人民政府
    # is the verb 代表 before the district's government, no district named 我代表区; 区人大及其常委会
    # names the congress and its standing committee (session 7)
    assert set(b) == {"嘉兴市南湖区人民政府", "嘉兴市南湖区人民代表大会", "中国人民政治协商会议嘉兴市南湖区委员会",
                      "中共嘉兴市南湖区委员会", "嘉兴市南湖区人民代表大会常务委员会"}
    assert b["嘉兴市南湖区人民代表大会"].aliases == ["嘉兴市南湖区人大"]
    assert b["中国人民政治协商会议嘉兴市南湖区委员会"].props["kind"] == "congress"


def test_a_congress_session_opening_a_title_does_not_issue_it():
    text = ("来源：某市人民政府网 https://www.example.gov.cn/a.html\n湖州市人民政府办公室\n各区县人民政府，市政府各部门：\n"
            "《市九届人大三次会议1号议案办理工作方案》已经市政府同意，现印发给你们。\n湖州市人民政府办公室\n2024年3月2日\n"
            "市九届人大三次会议1号议案办理工作方案\n一、加快产业集聚。（责任单位：市发展改革委）\n")
    doc, ex = extract_text(text, "session.txt")
    names = {n.id: n.name for n in ex.nodes}
    assert "湖州市人民代表大会" in _bodies(ex)
    assert [names[i] for i in ex.document.issuers] == ["湖州市人民政府办公室"]


SHORT_FORMS = """来源：市府办公厅 https://www.example.gov.cn/c.html
常德市武陵区人民政府办公室关于印发2025年重点民生实事任务分解的通知
各街道办事处，区政府各部门：
1.新建城乡公交线路5条。（牵头单位：区交运局；配合单位：区税务局）
2.开展环境卫生整治。（牵头单位：区创文办、区残联）
3.督促各项任务落实。（牵头单位：区政府政务督查室）
抄送：市府办公厅，福州新区管委会。
"""


def test_short_forms_of_offices_the_tax_bureau_people_organisations_and_a_citys_new_area():
    doc, ex = extract_text(SHORT_FORMS, "short.txt")
    b = _bodies(ex)
    # 市府办公厅 = the city government's general office; a district's 税务局 is the State Taxation
    # Administration's; 福州新区 is the new area named after its city, not 福州市's 新区
    assert set(b) == {"常德市武陵区人民政府办公室", "常德市人民政府办公厅", "常德市武陵区交通运输局",
                      "国家税务总局常德市武陵区税务局", "常德市武陵区创建文明城市工作办公室", "常德市武陵区残疾人联合会",
                      "常德市武陵区人民政府政务督查室", "福州新区管理委员会"}
    assert b["常德市人民政府办公厅"].props["kind"] == "office"
    assert b["常德市武陵区残疾人联合会"].props["kind"] == "association"
    assert explicit_owners(ex) == {
        "新建城乡公交线路5条": {("常德市武陵区交通运输局", "lead"), ("国家税务总局常德市武陵区税务局", "support")},
        "开展环境卫生整治": {("常德市武陵区创建文明城市工作办公室", "lead"), ("常德市武陵区残疾人联合会", "lead")},
        "督促各项任务落实": {("常德市武陵区人民政府政务督查室", "lead")},
    }
    quotes_are_original(doc, ex)


TOWNS = """桐庐县人民政府办公室关于印发2025年民生实事项目的通知
各乡镇人民政府、街道办事处，县政府各部门：
1.建成投用富春江镇、分水镇、百江镇等3家中心敬老院。（责任单位：县民政局、分水镇）
2.改造便民服务中心。（责任单位：瑶琳镇人民政府、县政务服务中心）
"""


def test_a_town_named_in_prose_is_a_place_a_listed_town_is_its_government():
    doc, ex = extract_text(TOWNS, "towns.txt")
    b = _bodies(ex)
    assert set(b) == {"桐庐县人民政府办公室", "桐庐县民政局", "桐庐县分水镇人民政府", "桐庐县瑶琳镇人民政府",
                      "桐庐县政务服务中心"}
    assert explicit_owners(ex)["建成投用富春江镇、分水镇、百江镇等3家中心敬老院"] == {
        ("桐庐县民政局", "lead"), ("桐庐县分水镇人民政府", "support")}
    quotes_are_original(doc, ex)


def test_a_one_character_county_and_a_verb_glued_before_a_place():
    text = ("来源：example.net（转载歙县人民政府办公室文件） https://example.net/n/1.html\n"
            "歙县人民政府办公室关于印发2025年县政府工作报告任务分解的通知\n各乡镇人民政府，县直各有关单位：\n"
            "现将《2025年县政府工作报告任务分解》印发给你们。\n")
    doc, ex = extract_text(text, "county.txt")
    names = set(_bodies(ex))
    # 歙县 is a county of one character; 转载 is the verb before it, 2025年县 no county
    assert "歙县人民政府办公室" in names
    assert not any(n.startswith(("转载", "年县")) for n in names), names
