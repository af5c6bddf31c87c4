"""The table of local bodies' short forms (graph/local_abbreviations.yaml): it loads, every
official form is a body's name, and short forms of several classes expand to their official
names, alone and inside a document written for this test (a county's notice)."""

import re

import yaml

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.extract.bodies import ABBREVIATIONS, expand
from medgraph.resources import asset

# (督查室: a government's inspection office; 总工会, 红十字会: people's organisations, bodies by the corpus conventions)
_BODY_END = re.compile(r"(局|委员会|办公室|办公厅|政府|厅|院|协会|联合会|联合社|督查室|工会|红十字会|中心|大队|支队|总队)$")


def test_the_file_loads_by_class_and_every_official_form_names_a_body():
    data = yaml.safe_load(asset("graph", "local_abbreviations.yaml").read_text(encoding="utf-8"))
    assert set(data) == {"government", "bureaus", "departments", "others", "organisations", "party", "centres"}
    assert all(data[k] for k in data)
    assert len(ABBREVIATIONS) == sum(len(v) for k, v in data.items() if k != "party"), "no short form listed twice"
    bad = {k: v for k, v in ABBREVIATIONS.items() if not _BODY_END.search(v)}
    assert bad == {}


def test_short_forms_of_each_class_expand():
    assert expand("发改局") == "发展和改革局"
    assert expand("规自局") == "规划和自然资源局"
    assert expand("资规局") == "自然资源和规划局"
    assert expand("政数局") == "政务服务数据管理局"
    assert expand("城管执法局") == "城市管理综合行政执法局"
    assert expand("退役军人厅") == "退役军人事务厅"
    assert expand("工商联") == "工商业联合会"
    assert expand("政府办") == "人民政府办公室"
    assert expand("人民政府") == "人民政府", "an official name is not expanded again"
    assert expand("农业农村委") == "农业农村委员会", "a 委 no key ends reads as 委员会"
    assert expand("大数据局") == "大数据局", "official names differ by place: kept as written"


COUNTY = """桐庐县人民政府办公室关于印发桐庐县促进数字经济发展若干措施的通知
各乡镇人民政府、街道办事处，县政府各部门：
（一）建设算力设施。对新建数据中心给予补助。（责任单位：县发改局、县资规局）
（二）培育应用场景。支持企业开放场景。（责任单位：县经信局、县政数局、县城管执法局）
"""


def test_a_countys_short_names_become_its_bodies_official_names():
    doc = read_bytes(COUNTY.encode("utf-8"), "county.txt")
    ex = extract(doc, load_catalog())
    names = {n.name for n in ex.nodes if n.label == "Bureau"}
    assert {"桐庐县发展和改革局", "桐庐县自然资源和规划局", "桐庐县经济和信息化局", "桐庐县政务服务数据管理局",
            "桐庐县城市管理综合行政执法局"} <= names


def test_party_organs_read_their_own_class():
    from medgraph.extract.bodies import party_organ

    assert party_organ("统战部") == "统一战线工作部"
    assert party_organ("深改办") == "全面深化改革委员会办公室"
    assert party_organ("外办") == "外事工作委员会办公室", "the party committee's 外办, not the government's"
    assert expand("外办") == "外事办公室"
    assert party_organ("督查绩效办") == "督查绩效办公室", "an X办 no key names reads X办公室"
