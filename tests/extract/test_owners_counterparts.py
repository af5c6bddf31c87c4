"""The remit rule outside Beijing (extract/remits.py ``function_of``/``counterparts``): the
catalog's remits describe Beijing's bureaus; another jurisdiction's bureau of the same
function (read from the stem of its name) takes the remit's place, and a Beijing bureau is
never made the owner of another city's or the State Council's measure. Documents written
for these tests."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.extract.remits import counterparts, function_of

CAT = load_catalog()


def test_function_of_reads_the_stem_of_a_name():
    assert function_of("天津市科学技术局") == "science"
    assert function_of("广东省科学技术厅") == "science"
    assert function_of("深圳市科技创新局") == "science"
    assert function_of("北京市科学技术委员会、中关村科技园区管理委员会".split("、")[0]) == "science"
    assert function_of("成都市卫生健康委员会") == "health"
    assert function_of("国家医疗保障局") == "medical-security"
    assert function_of("天津市工业和信息化局") == "industry"
    assert function_of("广州市人民政府金融工作办公室") == "financial-office"
    # a park's committee, a government and its general office have no bureau function
    assert function_of("中关村科技园区管理委员会") is None
    assert function_of("天津市人民政府办公厅") is None
    assert function_of("广州市体育局") is None


def test_counterparts_pair_each_remit_with_one_body():
    remit = [("bj-sci", "北京市科学技术委员会"), ("bj-hrss", "北京市人力资源和社会保障局"), ("bj-fin", "北京市财政局")]
    bodies = [("tj-sci", "天津市科学技术局"), ("tj-sci2", "天津市科技局"), ("tj-hrss", "天津市人力资源和社会保障局")]
    assert counterparts(remit, bodies) == {"bj-sci": "tj-sci", "bj-hrss": "tj-hrss"}


TIANJIN = """天津市人民政府办公厅关于印发天津市促进创新药发展若干措施的通知
各区人民政府，市政府各委、办、局：
经市人民政府同意，现将市医保局、市科技局、市卫生健康委制定的《天津市促进创新药发展若干措施》印发给你们，请照此执行。
1.完善医保支付。将符合条件的创新药纳入医保药品目录，推进医保支付方式改革，做好异地就医费用结算。
2.支持临床研究。支持医疗机构建设研究型病房，提升临床试验承接能力。
3.加强人才服务。优化体育场馆开放。
"""


def test_another_citys_bureau_takes_the_remit_of_its_function():
    doc = read_bytes(TIANJIN.encode("utf-8"), "tianjin-remit.txt")
    ex = extract(doc, CAT)
    names = {n.id: n.name for n in ex.nodes}
    heads = {n.id: n.props["number"] for n in ex.nodes if n.label == "Measure"}
    leads = {(heads[e.target], names[e.source], e.props["role"]) for e in ex.edges
             if e.type == "LEADS" and e.target in heads and e.props["role"] == "lead"}
    assert (1, "天津市医疗保障局", "lead") in leads
    lead1 = next(e for e in ex.edges if e.type == "LEADS" and e.target in heads and heads[e.target] == 1
                 and e.props["role"] == "lead")
    assert all(ev.method == "rule" for ev in lead1.evidence)
    assert lead1.props["basis"] == "remit of the functional counterpart 北京市医疗保障局"
    assert (2, "天津市卫生健康委员会", "lead") in leads
    # no Beijing bureau owns a Tianjin measure
    assert not [e for e in ex.edges if e.type == "LEADS" and e.source.startswith("bureau-bj-")]
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote


STATE_COUNCIL = """国务院办公厅关于推进某某工作的意见
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
（一）完善药品目录。将创新药纳入医保药品目录，推进医保支付方式改革。
（二）加强数据共享。推进政务数据共享。
（三）加强组织领导。各地区要加强领导。
国务院办公厅
2030年1月1日
"""


def test_a_national_document_gets_no_beijing_owner():
    doc = read_bytes(STATE_COUNCIL.encode("utf-8"), "national-remit.txt")
    ex = extract(doc, CAT)
    assert not [e for e in ex.edges if e.type == "LEADS" and e.source.startswith("bureau-bj-")]
