"""The national-organ gazetteer (graph/national_organs.yaml, extract/national_organs.py) on
documents written for these tests: a joint notice signed by ministries and administrations in
their short forms (no 国家), letter-spaced in the signature block; a decree of an earlier
State Council's administration; a department of an organ; local namesakes that stay local."""

from __future__ import annotations

import yaml

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract, national_organs
from medgraph.resources import asset

CAT = load_catalog()


def _ex(text: str):
    return extract(read_bytes(text.encode("utf-8"), "organs-doc.txt"), CAT)


def _issuers(ex) -> list[str]:
    names = {n.id: n.name for n in ex.nodes}
    return [names[i] for i in ex.document.issuers]


def _bodies(ex) -> set[str]:
    return {n.name for n in ex.nodes if n.label == "Bureau"}


SIX = """国家体育总局 人民银行 税务总局 医疗保障局 中医药局 药品监管局
关于印发《促进冰雪运动与康复医疗融合发展的指导意见》的通知
体发〔2031〕7号
各省、自治区、直辖市体育局、医疗保障局、中医药局、药品监督管理局：
现将《促进冰雪运动与康复医疗融合发展的指导意见》印发给你们，请结合实际认真贯彻落实。
体 育 总 局
人 民 银 行
税 务 总 局
医 疗 保 障 局
中 医 药 局
药 品 监 管 局
2031年3月2日
"""

SIX_ISSUERS = ["国家体育总局", "中国人民银行", "国家税务总局", "国家医疗保障局", "国家中医药管理局", "国家药品监督管理局"]


def test_a_joint_notice_of_six_organs_in_short_forms_and_letter_spaced():
    ex = _ex(SIX)
    assert ex.document.doc_number == "体发〔2031〕7号"
    assert _issuers(ex) == SIX_ISSUERS
    # the evidence of each signatory quotes the spaced original
    text = SIX
    for e in ex.edges:
        if e.type == "ISSUED" and e.source == "bureau-国家税务总局":
            quotes = {(ev.quote, text[ev.start:ev.end]) for ev in e.evidence}
            assert ("税务总局", "税务总局") in quotes


def test_a_local_short_form_is_national_only_in_a_national_document():
    found = {o.name for o in national_organs.find("各省、自治区、直辖市医疗保障局、中医药局：", national=True)}
    assert found == set()   # addressed to a class: every province's bureau
    found = [o.name for o in national_organs.find("财政部、医疗保障局、中医药局制定了本办法。", national=True)]
    assert found == ["财政部", "国家医疗保障局", "国家中医药管理局"]
    assert national_organs.find("医疗保障局、中医药局制定了本办法。", national=False) == []
    # (in a local document, a local form listed beside a ministry is the nation's too: session 12)
    assert [o.name for o in national_organs.find("财政部、医疗保障局制定了本办法。", national=False)] == [
        "财政部", "国家医疗保障局"]
    # a city's own bureau keeps its place
    assert [o.name for o in national_organs.find("由市医疗保障局负责", national=True)] == []


def test_unique_forms_branches_and_departments():
    f = national_organs.find
    assert [o.name for o in f("人民银行、税务总局、银保监会、证监会按职责分工负责", national=False)] == [
        "中国人民银行", "国家税务总局", "中国银行保险监督管理委员会", "中国证券监督管理委员会"]
    # a branch is not the organ; a place's bureau under a national one is the place's
    assert f("人民银行丽江市中心支行", national=False) == []
    assert f("国家税务总局丽江市税务局", national=False) == []
    assert f("财政部门", national=True) == []
    # a department named right after its organ is one body
    assert [o.name for o in f("中央军委后勤保障部卫生局", national=True)] == ["中央军委后勤保障部卫生局"]
    assert [o.name for o in f("国家卫生健康委员会办公厅关于", national=True)] == ["国家卫生健康委员会办公厅"]
    # names glued in a signature line stay separate organs
    assert [o.name for o in f("国家卫生计生委国家体育总局", national=True)] == ["国家卫生和计划生育委员会", "国家体育总局"]


def test_an_earlier_administrations_decree():
    text = """# 医用耗材进口检验办法

2005年4月1日 食品药品监管局、海关总署第9号令公布

第一条 为规范医用耗材的进口检验，制定本办法。
第二条 食品药品监管局会同海关总署公布口岸名单。
"""
    ex = _ex(text)
    assert _issuers(ex) == ["国家食品药品监督管理局", "海关总署"]
    assert "国家药品监督管理局" not in _bodies(ex)   # the 2005 administration is its own node


def test_the_gazetteer_data_is_well_formed():
    data = yaml.safe_load(asset("graph", "national_organs.yaml").read_text(encoding="utf-8"))
    organs = data["organs"]
    names = [o["name"] for o in organs]
    assert len(names) == len(set(names))
    forms: dict[str, str] = {}
    for o in organs:
        assert set(o) <= {"name", "aliases", "local", "former"}
        for f in [o["name"], *(o.get("aliases") or []), *(o.get("local") or [])]:
            assert forms.setdefault(f, o["name"]) == o["name"], f"{f} names two organs"
    assert {"国家税务总局", "中国人民银行", "国家食品药品监督管理局", "中央军委后勤保障部"} <= national_organs.names()


def test_a_local_short_form_in_a_cited_national_title_is_the_nations():
    f = national_organs.find
    text = "为贯彻落实《国务院办公厅转发卫生计生委等部门关于推进医养结合指导意见的通知》，省卫生计生委制定本方案。"
    assert [o.name for o in f(text, national=False)] == ["国家卫生和计划生育委员会"]
    # a province's own title keeps its bodies its own
    assert f("落实《湖南省人民政府办公厅转发卫生计生委等部门关于…的通知》", national=False) == []


def test_six_ministries_and_commissions_sign_in_short_forms():
    text = """关于印发《康复辅助器具产业创新发展三年行动计划》的通知
发改高技〔2032〕88号
各省、自治区、直辖市发展改革委、科技厅（委）、工业和信息化主管部门、财政厅（局）、人力资源社会保障厅（局）、卫生健康委：
为推动康复辅助器具产业创新发展，发展改革委、科技部、工业和信息化部、财政部、人力资源社会保障部、卫生健康委制定了《康复辅助器具产业创新发展三年行动计划》，现印发给你们，请认真贯彻落实。
发展改革委 科 技 部 工业和信息化部
财 政 部 人力资源社会保障部 卫生健康委
2032年1月9日
"""
    ex = _ex(text)
    assert _issuers(ex) == ["国家发展和改革委员会", "科学技术部", "工业和信息化部", "财政部", "人力资源和社会保障部",
                            "国家卫生健康委员会"]
    # the addressees are every province's bodies: no national body for them, no provincial node either
    assert _bodies(ex) == set(SIX_MINISTRIES)


SIX_MINISTRIES = ["国家发展和改革委员会", "科学技术部", "工业和信息化部", "财政部", "人力资源和社会保障部", "国家卫生健康委员会"]


OLD_JOINT = """国土资源部 环境保护部 农业部 关于加强耕地保护的通知
国土资发〔2004〕9号
各省、自治区、直辖市国土资源厅、环境保护局、农业厅：
为统筹建设部署，现就有关事项通知如下。农业部分内容由各地结合实际细化，文化部分另行通知。
"""


def test_earlier_ministries_come_from_the_gazetteer_and_words_around_them_are_no_organs():
    ex = _ex(OLD_JOINT)
    bodies = _bodies(ex)
    assert {"国土资源部", "环境保护部", "农业部"} <= bodies
    assert not {"建设部", "文化部"} & bodies, "建设部署 and 文化部分 are words"
    forms = national_organs.gazetteer()[0]
    assert forms["环保部"].name == "环境保护部" and forms["环保部"].former


def test_jizhong_banli_is_no_central_office():
    # 中办 is inside 集中办理 / 集中办公 / 集中办结: ordinary words, not 中共中央办公厅
    text = ("某县人民政府办公室关于优化政务服务的通知\n各乡镇人民政府：\n"
            "一、推行集中办理。涉企事项实行集中办公、集中办结。（责任单位：县政务服务中心）\n")
    ex = _ex(text)
    assert "中共中央办公厅" not in _bodies(ex)
    # the full name still is the office
    ex = _ex(text + "二、落实中共中央办公厅有关部署。\n")
    assert "中共中央办公厅" in _bodies(ex)
