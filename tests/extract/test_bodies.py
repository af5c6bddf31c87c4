"""Government bodies of any jurisdiction found by their shape (extract/bodies.py), on
documents written for these tests: another city's relative names (市科技局 in a Tianjin
notice), governments and their general offices, district documents (区政府), plurals that
must never become one body, and expansion of common abbreviations."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def _doc(text: str):
    doc = read_bytes(text.encode("utf-8"), "bodies.txt")
    return doc, extract(doc, CAT)


def _bodies(ex) -> dict[str, object]:
    return {n.name: n for n in ex.nodes if n.label == "Bureau"}


def _verbatim(doc, ex):
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote


TIANJIN = """天津市人民政府办公厅关于印发天津市促进生物医药产业发展若干措施的通知
各区人民政府，市政府各委、局：
经市人民政府同意，现将《天津市促进生物医药产业发展若干措施》印发给你们，请认真贯彻执行。
（一）加大研发支持。对新药研发给予奖励。（责任单位：市科技局、市财政局）
（二）加快审评。支持企业申报。（责任单位：市药监局、市场监管局、滨海新区政府）
（三）完善服务。各区政府、各区(县)科委按职责分工负责。
"""


def test_another_citys_relative_names_are_that_citys_bodies_with_official_names():
    doc, ex = _doc(TIANJIN)
    b = _bodies(ex)
    assert set(b) == {"天津市人民政府办公厅", "天津市人民政府", "天津市科学技术局", "天津市财政局",
                      "天津市药品监督管理局", "天津市市场监督管理局", "天津市滨海新区人民政府"}
    assert b["天津市科学技术局"].aliases == ["天津市科技局"]
    assert b["天津市人民政府办公厅"].props["kind"] == "office"
    assert b["天津市人民政府"].props["kind"] == "government"
    assert b["天津市滨海新区人民政府"].props["level"] == "district"
    assert not any(n.id.startswith("bureau-bj-") for n in ex.nodes), "no Beijing body in a Tianjin notice"
    _verbatim(doc, ex)


def test_general_office_is_its_own_node_reporting_to_its_government():
    doc, ex = _doc(TIANJIN)
    b = _bodies(ex)
    office, gov = b["天津市人民政府办公厅"].id, b["天津市人民政府"].id
    assert office != gov
    reports = [e for e in ex.edges if e.type == "REPORTS_TO" and e.source == office]
    assert [e.target for e in reports] == [gov]
    assert reports[0].evidence[0].quote == "天津市人民政府办公厅"
    issued = [e.source for e in ex.edges if e.type == "ISSUED"]
    assert issued == [office]


def test_plurals_and_classes_are_not_bodies():
    doc, ex = _doc(TIANJIN)
    names = " ".join(n.name for n in ex.nodes if n.label == "Bureau")
    assert "各区" not in names and "科学技术委员会" not in names
    m3 = next(n.id for n in ex.nodes if n.label == "Measure" and n.props["number"] == 3)
    assert not [e for e in ex.edges if e.type == "LEADS" and e.target == m3 and e.evidence[0].method == "explicit"]


def test_city_government_spellings_are_one_node():
    text = "上海市人民政府印发通知。上海市政府要求各部门落实，市政府办公厅负责督办。"
    doc, ex = _doc(text)
    b = _bodies(ex)
    assert set(b) == {"上海市人民政府", "上海市人民政府办公厅"}
    gov = b["上海市人民政府"]
    assert sorted(e.evidence[0].quote for e in ex.edges if e.type == "REPORTS_TO") == ["市政府办公厅"]
    assert gov.id == "bureau-上海市人民政府"


DISTRICT = """北京市昌平区人民政府办公室关于印发《昌平区促进医药健康产业发展若干措施》的通知
各镇人民政府，各街道办事处，区政府各委、办、局：
经区政府同意，现将《昌平区促进医药健康产业发展若干措施》印发给你们。
（一）支持研发创新。对新药研发给予奖励。（牵头单位：区科委；配合单位：区财政局、小汤山镇）
（二）强化协同。加强与市级部门对接。（责任单位:昌平区政府、市科委、各区政府）
（三）加强宣传。做好政策解读。
"""


def test_district_document_resolves_relative_names_to_the_district():
    doc, ex = _doc(DISTRICT)
    b = _bodies(ex)
    assert {"北京市昌平区人民政府", "北京市昌平区人民政府办公室", "北京市昌平区科学技术委员会",
            "北京市昌平区财政局", "北京市昌平区小汤山镇人民政府"} <= set(b)
    assert "北京市科学技术委员会、中关村科技园区管理委员会" in set(b)  # 市科委 is the city's
    gov = b["北京市昌平区人民政府"]
    assert gov.props == {"jurisdiction": "昌平区", "level": "district", "kind": "government"}
    loc = [e for e in ex.edges if e.type == "LOCATED_IN" and e.source == gov.id]
    assert [e.target for e in loc] == ["district-changping"]
    # the district government owns measure 2 (it used to be dropped and 市科委 shown as lead)
    m2 = next(n.id for n in ex.nodes if n.label == "Measure" and n.props["number"] == 2)
    leads = {(e.source, e.props["role"]) for e in ex.edges if e.type == "LEADS" and e.target == m2}
    assert leads == {(gov.id, "lead"), ("bureau-bj-science-zgc", "support")}
    _verbatim(doc, ex)


def test_district_government_named_in_a_city_document():
    text = """北京市关于支持医药健康产业发展的若干措施
现将有关措施印发给你们。
（一）建设产业园。在昌平区建设生命科学园。（责任单位：昌平区政府、通州区政府、市发展改革委）
（二）完善配套。加快配套建设。（责任单位：海淀区政府）
（三）加强宣传。做好政策解读。
"""
    doc, ex = _doc(text)
    b = _bodies(ex)
    assert {"北京市昌平区人民政府", "北京市通州区人民政府", "北京市海淀区人民政府"} <= set(b)
    m1 = next(n.id for n in ex.nodes if n.label == "Measure" and n.props["number"] == 1)
    leads = sorted((e.source, e.props["role"]) for e in ex.edges if e.type == "LEADS" and e.target == m1)
    assert leads == sorted([(b["北京市昌平区人民政府"].id, "lead"), (b["北京市通州区人民政府"].id, "support"),
                            ("bureau-bj-development-reform", "support")])


def test_words_ending_like_a_body_are_not_bodies():
    text = "北京亦庄企业积极布局，抢占先机。北京市卫生健康委党委委员出席。推进新型城镇化，打造特色小镇。"
    doc, ex = _doc(text)
    assert {n.name for n in ex.nodes if n.label == "Bureau"} == {"北京市卫生健康委员会"}


def test_a_city_nobody_listed_is_the_documents_jurisdiction():
    text = """来源：丹东市人民政府 http://example.invalid/1
丹东市人民政府办公室关于印发丹东市医药产业发展实施方案的通知
丹政办发〔2023〕8号
各县（市、区）人民政府，丹东边境经济合作区管委会，市政府各部门：
按照市委、市政府部署，现将《丹东市医药产业发展实施方案》印发给你们。
（一）加强研发。支持研发。（责任单位：市科技局、市工业和信息化局）
（二）加快审评。支持审评。（责任单位：市市场监管局）
（三）优化服务。提供服务。（责任单位：市政府办公室）
"""
    doc, ex = _doc(text)
    b = _bodies(ex)
    # 按照市委、市政府部署 names the city's party committee too (a body by the corpus conventions)
    assert set(b) == {"丹东市人民政府", "丹东市人民政府办公室", "丹东边境经济合作区管理委员会", "丹东市科学技术局",
                      "丹东市工业和信息化局", "丹东市市场监督管理局", "中共丹东市委员会"}
    assert b["丹东市人民政府办公室"].props == {"jurisdiction": "丹东", "level": "city", "kind": "office"}
    assert not any(n.id.startswith("bureau-bj-") for n in ex.nodes)
    zone = next(n for n in ex.nodes if n.label == "District" and n.name == "丹东边境经济合作区")
    assert [e.target for e in ex.edges if e.type == "LOCATED_IN" and e.source == b["丹东边境经济合作区管理委员会"].id] == [zone.id]
    assert ex.document.issuers == [b["丹东市人民政府办公室"].id]
    _verbatim(doc, ex)
