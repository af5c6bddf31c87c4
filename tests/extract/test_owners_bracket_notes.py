"""Owner notes in brackets after the sentences of an item (extract/owners.py, _bracket_notes):
work-point documents close each sentence of an item with the units that carry it —
``（A、B。）`` (a bare list, its 。 inside the bracket), ``（A牵头，各街道负责落实）``,
``（A、B分别负责落实）`` — and the item's owners are the union of its notes, each read on its
own. A note the end of the file cuts (even inside its duty word) is read like the item's other
notes; a unit the finder does not know (区…指挥中心) does not hide the others; a bracket that
is an aside inside a clause (区发改局（区粮食局）) is no note.

The document is written for this test (a Chengdu district's work points, full-width
brackets); exact lead/support sets and quotes checked against the original text."""

from owner_support import explicit_owners, extract_text, quotes_are_original

NOTES = """成都市锦江区2031年政务公开工作要点
一、深化重点领域信息公开
（一）做好财政预算信息公开。按时公开部门预算和决算。（区财政局、区审计局。）及时发布政府债务情况。（区财政局、区发改局。）
（二）推进民生领域信息公开。公开学校招生政策（区教育局牵头，各街道办事处负责落实）。公开医疗服务价格（区卫健局、区医保局分别负责落实）。
（三）加强城市管理信息公开。支持区发改局（区粮食局）做好储备信息发布。公开占道施工审批结果；（区住建局、区城管委、区数字化城管指挥中心。）公开违法建设查处情况（区城管委、区规划和自然资源局等相关部门负责落"""

P = "成都市锦江区"


def _quotes(ex, body: str) -> list[str]:
    names = {x.id: x.name for x in ex.nodes}
    return sorted(ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == body for ev in e.evidence)


def test_every_note_of_an_item_owns_it_each_read_on_its_own():
    doc, ex = extract_text(NOTES, "jinjiang-work-points.txt")
    got = explicit_owners(ex)
    # two bare lists with their 。 inside the bracket: the first listed of each leads
    assert got["做好财政预算信息公开"] == {(P + "财政局", "lead"), (P + "审计局", "support"),
                                         (P + "发展和改革局", "support")}
    # 牵头 beside a class that names nobody, then a list that states its duty (分别负责落实): all lead
    assert got["推进民生领域信息公开"] == {(P + "教育局", "lead"), (P + "卫生健康局", "lead"), (P + "医疗保障局", "lead")}
    # a command centre listed as a responsible unit is a body since session 12 (README: centres are bodies
    # when named as responsible units): support of the bare list; the aside 区发改局（区粮食局）
    # is no note; the last list is cut inside 负责落实 and reads as a duty list (all lead)
    assert got["加强城市管理信息公开"] == {(P + "住房和城乡建设局", "lead"), (P + "城市管理委员会", "lead"),
                                         (P + "规划和自然资源局", "lead"), (P + "数字化城管指挥中心", "support")}
    assert _quotes(ex, P + "审计局") == ["区财政局、区审计局"]
    assert _quotes(ex, P + "医疗保障局") == ["区卫健局、区医保局分别负责落实"]
    assert _quotes(ex, P + "规划和自然资源局") == ["区城管委、区规划和自然资源局等相关部门负责落"]
    quotes_are_original(doc, ex)


def test_a_bracket_of_prose_or_an_aside_is_no_note():
    text = ("成都市锦江区2031年重点工作安排\n"
            "1.完善储备体系。支持区发改局（区粮食局）做好储备信息发布，（含区属国有企业）按季度报告。\n"
            "2.优化营商环境。（区商务局、区市场监管局）\n")
    doc, ex = extract_text(text, "jinjiang-asides.txt")
    got = explicit_owners(ex)
    assert got["完善储备体系"] == set()
    assert got["优化营商环境"] == {(P + "商务局", "lead"), (P + "市场监督管理局", "support")}
    quotes_are_original(doc, ex)
