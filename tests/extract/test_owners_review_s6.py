"""Review of the session-6 owner rules on documents written for the review (other cities,
ASCII and full-width punctuation, traditional script): the rules fire where the general usage
says they should and not on plausible texts around them.

- owners._bracket_notes: a bracket is an owner note where a sentence ends (…项目库(A、B)。,
  …。（A、B。）); a bracket a clause goes on after (按照国家要求（国家卫生健康委、国家医保局），做好…,
  建立联席会议制度（A、B、C为成员单位），每季度…) names its subject's sources or members, no owner.
- tables._align: a row read by what its cells hold when a column of other words before the
  owner column would take a department (县人社局); a site (县城关镇) or an institution
  (县中医院) in a 建设地点 column is read in place and owns nothing.
- owners._class_run: 各州、市人民政府 / 各縣、市、區人民政府 name no body (traditional script)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

CHENGDU = """成都市人民政府办公厅关于推进医疗服务均衡发展的实施方案
成办发〔2031〕9号
各区（市）县政府，市级各部门：
（一）开展试点。在试点区（锦江区、青羊区、武侯区），推进紧密型医联体建设。
（二）健全协调机制。建立联席会议制度（市卫健委、市医保局、市财政局为成员单位），每季度召开一次。
（三）落实国家部署。按照国家要求（国家卫生健康委、国家医保局），做好改革衔接。（市卫健委牵头）
成都市人民政府办公厅
2031年4月2日
"""

SUZHOU = """苏州市人民政府关于加快生物医药产业高质量发展的若干措施
苏府〔2031〕12号
各市、县(市)、区人民政府,苏州工业园区、苏州高新区管委会;市各委办局(公司),各直属单位:
1.支持创新药研发。对进入临床试验的创新药给予最高1000万元补助。(牵头单位:市科技局;配合单位:市财政局、市卫健委)
2.加快审评审批。推动建立审评审批绿色通道。(市市场监管局牵头,市药监局、市卫健委配合)
3.强化要素保障。将生物医药项目纳入重大项目库(市发改委、市自然资源和规划局)。每季度通报进展情况(市政府办公室)。
4.扩大应用推广。支持本地产品进入三级医院(如苏州大学附属第一医院、苏州市立医院)。
苏州市人民政府
2031年3月5日
"""

YUNNAN = """雲南省人民政府辦公廳關於促進中醫藥產業發展的實施意見
雲政辦發〔2031〕21號
各州、市人民政府，省直各委、辦、廳、局：
一、加強中藥材種植基地建設。推進道地藥材規範化種植。（責任單位：省農業農村廳、省林草局，各州、市人民政府）
二、培育龍頭企業。支持中藥企業兼併重組（省工業和信息化廳、省藥監局）。
三、拓展中醫藥服務。鼓勵縣級中醫院建設治未病中心。（省衛生健康委牵頭，省中醫藥局、各縣、市、區人民政府配合）
雲南省人民政府辦公廳
2031年6月1日
"""

SITES = """杭州市桐庐县2031年重点项目建设任务分解表

序号

项目名称

建设地点

责任单位

1

新建标准化厂房二期

县经济开发区

县经信局

2

建设冷链物流中心

县城关镇

县商务局

3

改扩建门诊综合楼

县中医院

县卫健局
"""


def test_a_bracket_a_clause_goes_on_after_is_no_owner_note():
    doc, ex = extract_text(CHENGDU, "chengdu-review.txt")
    got = explicit_owners(ex)
    assert got["开展试点"] == set()
    assert got["健全协调机制"] == set()
    # the national bodies the clause cites own nothing; the note at the item's end does
    assert got["落实国家部署"] == {("成都市卫生健康委员会", "lead")}
    quotes_are_original(doc, ex)


def test_notes_where_sentences_end_own_the_item_ascii_punctuation():
    doc, ex = extract_text(SUZHOU, "suzhou-review.txt")
    got = explicit_owners(ex)
    assert got["支持创新药研发"] == {("苏州市科学技术局", "lead"), ("苏州市财政局", "support"),
                                 ("苏州市卫生健康委员会", "support")}
    assert got["加快审评审批"] == {("苏州市市场监督管理局", "lead"), ("苏州市药品监督管理局", "support"),
                               ("苏州市卫生健康委员会", "support")}
    # two notes, each at its sentence's end: their union, the first of a bare list leads
    assert got["强化要素保障"] == {("苏州市发展和改革委员会", "lead"), ("苏州市自然资源和规划局", "support"),
                               ("苏州市人民政府办公室", "lead")}
    assert got["扩大应用推广"] == set()   # hospitals named as examples own nothing
    quotes_are_original(doc, ex)


def test_classes_of_prefectures_and_counties_name_no_body_traditional_script():
    doc, ex = extract_text(YUNNAN, "yunnan-review.txt")
    got = explicit_owners(ex)
    assert got["加强中药材种植基地建设"] == {("云南省农业农村厅", "lead"), ("云南省林业和草原局", "support")}
    assert got["培育龙头企业"] == {("云南省工业和信息化厅", "lead"), ("云南省药品监督管理局", "support")}
    assert got["拓展中医药服务"] == {("云南省卫生健康委员会", "lead"), ("云南省中医药管理局", "support")}
    quotes_are_original(doc, ex)


def test_a_site_column_before_the_owners_is_read_in_place():
    doc, ex = extract_text(SITES, "tonglu-sites-review.txt")
    got = explicit_owners(ex)
    assert got["新建标准化厂房二期"] == {("桐庐县经济和信息化局", "lead")}
    assert got["建设冷链物流中心"] == {("桐庐县商务局", "lead")}
    assert got["改扩建门诊综合楼"] == {("桐庐县卫生健康局", "lead")}
    names = {x.id: x.name for x in ex.nodes}
    assert sorted(ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence
                  if names[e.source] == "桐庐县商务局") == ["县商务局"]
    quotes_are_original(doc, ex)


YUEXIU = """广州市越秀区人民政府办公室关于印发越秀区医养结合工作职责分工的通知
越府办〔2031〕2号
各街道办事处，区政府各部门：
现将医养结合工作职责分工印发给你们，请认真贯彻执行。
（一）区民政局
1.负责养老机构医养结合改造。
2.负责社区养老服务驿站建设。
（二）区卫生健康局
1.负责医疗机构与养老机构签约服务。
（三）北京街道
1.推进辖区内养老服务驿站选址。
广州市越秀区人民政府办公室
2031年1月5日
"""

PROJECTS = """北京市卫生健康委员会关于印发2031年医药健康产业重点项目清单的通知
京卫发〔2031〕3号
各区卫生健康委：
现将2031年重点项目清单印发给你们，请认真组织实施。
（一）海淀区
1.建设中关村生命科学园三期。
2.建设北京大学医学部创新转化中心。
（二）昌平区
1.建设未来科学城生命谷国际精准医学产业园。
北京市卫生健康委员会
2031年1月5日
"""


def test_units_heading_their_duties_lead_them_and_a_lone_item_between_groups_is_one():
    doc, ex = extract_text(YUEXIU, "yuexiu-duties-review.txt")
    got = explicit_owners(ex)
    y = "广州市越秀区"
    assert got == {
        "负责养老机构医养结合改造": {(y + "民政局", "lead")},
        "负责社区养老服务驿站建设": {(y + "民政局", "lead")},
        # the only item of a group between others is an item like the last group's
        "负责医疗机构与养老机构签约服务": {(y + "卫生健康局", "lead")},
        "推进辖区内养老服务驿站选址": {(y + "北京街道办事处", "lead")},
    }
    quotes_are_original(doc, ex)


def test_a_place_heading_a_group_of_projects_owns_nothing():
    doc, ex = extract_text(PROJECTS, "beijing-projects-review.txt")
    got = explicit_owners(ex)
    assert got and all(not owners for owners in got.values())


NANCHANG = """南昌市人民政府办公室关于印发2031年卫生健康工作要点的通知
洪府办发〔2031〕3号
（一）推进医联体建设（市卫健委负责），完善分级诊疗制度（市医保局负责）。
（二）加强公共卫生体系建设（市疾控局牵头，市财政局配合），提升应急处置能力。
（三）落实国家部署。按照国家要求（国家卫生健康委、国家医保局），做好改革衔接。
南昌市人民政府办公室
2031年2月1日
"""


def test_a_note_at_a_clause_edge_owns_the_item_when_it_states_a_duty():
    doc, ex = extract_text(NANCHANG, "nanchang-points-review.txt")
    got = explicit_owners(ex)
    # （A负责）, before a comma, states its unit's duty: a note like the one at the sentence's end
    assert got["推进医联体建设"] == {("南昌市卫生健康委员会", "lead"), ("南昌市医疗保障局", "lead")}
    assert ("南昌市财政局", "support") in got["加强公共卫生体系建设"]
    # a bare list before a comma names the clause's sources
    assert got["落实国家部署"] == set()
    quotes_are_original(doc, ex)
