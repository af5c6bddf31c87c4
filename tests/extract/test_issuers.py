"""Issuers and identity on documents written for these tests: every signatory of a joint
notice (one per line, several on a line, in the signature block after the measures), full
official names and short names as one node, the document's own number versus one it only
cites, a repost headline 《X》发布, and Big5-gateway wording that must not make a twin policy."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def _doc(text: str, encoding: str = "utf-8"):
    doc = read_bytes(text.encode(encoding), "issuers.txt")
    return doc, extract(doc, CAT)


def _issuers(ex) -> list[str]:
    """Issuer names in the document's order; each also has an ISSUED edge to the own policy."""
    names = {n.id: n.name for n in ex.nodes}
    own = next(n.id for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False)
    assert {e.source for e in ex.edges if e.type == "ISSUED" and e.target == own} == set(ex.document.issuers)
    return [names[i] for i in ex.document.issuers]


SIGNED = """关于印发《江苏省支持生物医药产业高质量发展若干措施》的通知
苏科发〔2024〕12号
各设区市人民政府：
根据《国务院办公厅关于全面深化药品医疗器械监管改革促进医药产业高质量发展的意见》（国办发〔2024〕53号），现将《江苏省支持生物医药产业高质量发展若干措施》印发给你们。
（一）加强研发。支持研发。（责任单位：省科技厅）
（二）加快审评。支持审评。（责任单位：省药监局）
（三）优化服务。提供服务。（责任单位：省工业和信息化厅、省卫生健康委）

江苏省科学技术厅　　　江苏省财政厅
江苏省药品监督管理局
中华人民共和国南京海关
2024年3月1日
（此件公开发布）
"""


def test_every_signatory_of_a_joint_notice_is_an_issuer():
    doc, ex = _doc(SIGNED)
    assert sorted(_issuers(ex)) == sorted(["江苏省科学技术厅", "江苏省财政厅", "江苏省药品监督管理局", "中华人民共和国南京海关"])
    customs = next(n for n in ex.nodes if n.name == "中华人民共和国南京海关")
    assert customs.aliases == ["南京海关"]
    # 省科技厅 in measure 1 and the signatory 江苏省科学技术厅 are one node
    lead = [e for e in ex.edges if e.type == "LEADS" and e.target.endswith("-m1")]
    assert [e.source for e in lead] == [next(n.id for n in ex.nodes if n.name == "江苏省科学技术厅")]
    assert ex.document.doc_number == "苏科发〔2024〕12号"


def test_issuers_one_per_line_in_the_head_with_full_names():
    text = """北京市医疗保障局
北京市卫生健康委员会
中华人民共和国北京海关
北京市生态环境局
关于印发《北京市支持医药绿色发展若干措施》的通知
各有关单位：
现将《北京市支持医药绿色发展若干措施》印发给你们。
（一）支持绿色工厂。（责任单位：市生态环境局、北京海关）
（二）加快审评。提供服务。
（三）优化服务。提供服务。
"""
    doc, ex = _doc(text)
    assert _issuers(ex) == ["北京市医疗保障局", "北京市卫生健康委员会", "中华人民共和国北京海关", "北京市生态环境局"]
    m1 = {(e.source, e.props["role"]) for e in ex.edges if e.type == "LEADS" and e.target.endswith("-m1")}
    assert m1 == {("bureau-北京市生态环境局", "lead"), ("bureau-bj-customs", "support")}


def test_a_cited_number_is_not_the_documents_own():
    text = """关于印发《广州市促进生物医药产业创新发展若干措施》的通知
根据《国务院办公厅关于全面深化药品医疗器械监管改革促进医药产业高质量发展的意见》（国办发〔2024〕53号）精神，现将《广州市促进生物医药产业创新发展若干措施》印发给你们。
（一）加强研发。支持研发。
（二）加快审评。支持审评。
（三）优化服务。提供服务。
"""
    doc, ex = _doc(text)
    assert ex.document.doc_number == ""
    own = next(n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False)
    assert own.name == "广州市促进生物医药产业创新发展若干措施" and "doc_number" not in own.props
    text2 = text.replace("的通知\n", "的通知\n穗府办〔2024〕7号\n")
    doc, ex = _doc(text2)
    assert ex.document.doc_number == "穗府办〔2024〕7号"


def test_repost_headline_is_the_policy_it_reports():
    text = """《上海市促进生物医药产业高质量发展若干措施》发布
现将《上海市促进生物医药产业高质量发展若干措施》印发如下。
（一）加强研发。支持研发。
（二）加快审评。支持审评。
（三）优化服务。提供服务。
"""
    doc, ex = _doc(text)
    policies = [n for n in ex.nodes if n.label == "Policy"]
    assert [p.name for p in policies] == ["上海市促进生物医药产业高质量发展若干措施"]
    assert {n.props["policy"] for n in ex.nodes if n.label == "Measure"} == {policies[0].id}


def test_big5_gateway_wording_is_the_same_policy():
    a = "关于印发《北京市支持创新医药高质量发展若干措施（2030年）》的通知\n现将《北京市支持创新医药高质量发展若干措施（2030年）》印发给你们。\n（一）甲。支持。\n（二）乙。支持。\n（三）丙。支持。\n"
    b = a.replace("高质量", "高品質")
    _, ea = _doc(a)
    _, eb = _doc(b)
    pa = {n.id for n in ea.nodes if n.label == "Policy"}
    pb = {n.id for n in eb.nodes if n.label == "Policy"}
    assert pa == pb and len(pa) == 1


def test_an_official_document_without_a_measure_list_is_still_its_own_policy():
    text = """成都市人民政府办公厅
成府办〔2024〕9号
各区（市）县人民政府，市政府各部门：
现将《成都市医药健康产业发展规划》印发给你们，请认真贯彻执行。
成都市人民政府办公厅
2024年5月6日
"""
    doc, ex = _doc(text)
    own = [n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    assert [(p.name, p.props["doc_number"]) for p in own] == [("成都市医药健康产业发展规划", "成府办〔2024〕9号")]
    assert _issuers(ex) == ["成都市人民政府办公厅"]
    assert not [n for n in ex.nodes if n.label == "Measure"]


def test_a_number_alone_on_its_line_is_the_documents_own_whatever_its_letters():
    text = """苏州市人民政府
苏府〔2022〕33号
各市、区人民政府：
根据《国务院关于促进医药产业发展的意见》（国发〔2021〕5号），现将《苏州市生物医药产业发展方案》印发给你们。
"""
    doc, ex = _doc(text)
    assert ex.document.doc_number == "苏府〔2022〕33号"
    # a news report that quotes a notice is not the notice
    news = "本报讯（记者 张三）近日，苏州市人民政府印发《苏州市生物医药产业发展方案》（苏府〔2022〕33号）。\n"
    doc, ex = _doc(news)
    assert not [n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    assert ex.document.doc_number == ""
