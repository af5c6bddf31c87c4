"""Bare names in a list after a body whose name opens with its level (``省发展改革委、农委、金融办
协办``): official lists write the level once, so an item the body finder left unnamed is read with
the level of the body before it (农委 → 省农委), by the finder's own rules, when that reading is one
whole body (relations.level_listed). Seen in heilongjiang-2013-govreport-task-division-opinions
(农委、商务厅、金融办 after 省工信委…). Document written for this test (another province, 主办/协办
and 分别负责 notes); near misses: an institute (农科院) and a class (各市州政府) are not read, nor a
bare name after a body written without its level (发展改革委、农委)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

GANSU = """甘肃省人民政府关于分解落实2031年政府工作报告主要目标任务的意见
各市州人民政府，省政府各部门：
（一）粮食产量稳定在1200万吨以上。（省农业农村厅主办，省发展改革委、农委、金融办协办）
（二）农民人均可支配收入增长7%。（省发展改革委、农委、统计局分别负责）
（三）全省生产总值增长6%左右。（省发展改革委主办，农科院、各市州政府协办）
（四）单位生产总值能耗下降3%。（发展改革委、农委负责）
"""


def test_bare_names_take_the_level_of_the_body_before_them():
    doc, ex = extract_text(GANSU, "level-listed.txt")
    got = explicit_owners(ex)
    assert got["粮食产量稳定在1200万吨以上"] == {
        ("甘肃省农业农村厅", "lead"), ("甘肃省发展和改革委员会", "support"),
        ("甘肃省农业委员会", "support"), ("甘肃省金融工作办公室", "support")}
    assert got["农民人均可支配收入增长7%"] == {
        ("甘肃省发展和改革委员会", "lead"), ("甘肃省农业委员会", "lead"), ("甘肃省统计局", "lead")}
    office = next(n for n in ex.nodes if n.name == "甘肃省金融工作办公室")
    assert office.aliases == ["甘肃省金融办"]   # the written form, with its level's place
    farm = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("甘肃省农业委员会")
                and e.props["role"] == "lead")
    assert [ev.quote for ev in farm.evidence] == ["省发展改革委、农委、统计局分别负责"]
    quotes_are_original(doc, ex)


def test_no_level_is_lent_to_an_institute_a_class_or_after_a_bare_name():
    doc, ex = extract_text(GANSU, "level-listed.txt")
    got = explicit_owners(ex)
    assert got["全省生产总值增长6%左右"] == {("甘肃省发展和改革委员会", "lead")}
    assert got["单位生产总值能耗下降3%"] == {("甘肃省发展和改革委员会", "lead")}
