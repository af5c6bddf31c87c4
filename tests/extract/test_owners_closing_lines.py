"""A line closing a group of items that names their owners (``以上工作由A牵头，B、C配合。``,
``上述任务由A负责。``): the items it closes — the one it stands under and those before it back
to a heading or the previous closing line — that name no owner of their own are led by its
lead clause and supported by its supporting clause (extract/owners.py closing_lines /
closing_owners; relations.measure_relations). A closing line about something else (上述内容由A负责
解释, 以上数据由A提供) names no owner.

The document is written for this test (a Xiamen plan in two groups); exact owners and quotes."""

from owner_support import explicit_owners, extract_text, quotes_are_original

PLAN = """厦门市卫生健康委员会关于印发2031年卫生健康工作要点的通知
一、深化医药卫生体制改革
1.推进紧密型医联体建设，年内实现县域全覆盖。
2.加强公共卫生体系建设，完善疾控网络。
3.健全药品供应保障制度。（责任单位：市医保局）
以上工作由市卫健委牵头，市医保局、市财政局配合。
二、强化人才保障
4.提升基层服务能力，推进乡镇卫生院标准化建设。
5.加强人才队伍建设，引进高层次医学人才。
上述任务由市人社局负责。
三、其他事项
6.开展卫生健康统计调查，发布统计公报。
7.做好政策宣传解读。
上述内容由市卫健委负责解释。
"""
X = "厦门市"


def test_a_closing_line_owns_the_items_of_its_group():
    doc, ex = extract_text(PLAN, "xiamen-work-points.txt")
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    group = {(X + "卫生健康委员会", "lead"), (X + "医疗保障局", "support"), (X + "财政局", "support")}
    assert got["推进紧密型医"] == group
    assert got["加强公共卫生"] == group
    assert got["健全药品供应"] == {(X + "医疗保障局", "lead")}   # its own note wins
    assert got["提升基层服务"] == {(X + "人力资源和社会保障局", "lead")}
    assert got["加强人才队伍"] == {(X + "人力资源和社会保障局", "lead")}
    # 负责解释: who interprets the text, not who carries the items
    assert got["开展卫生健康"] == set() and got["做好政策宣传"] == set()
    names = {x.id: x.name for x in ex.nodes}
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == X + "财政局" for ev in e.evidence}
    assert quotes == {"由市卫健委牵头，市医保局、市财政局配合"}
    quotes_are_original(doc, ex)


def test_a_closing_line_naming_item_numbers_owns_only_those():
    text = ("厦门市卫生健康委员会关于印发2031年卫生健康工作要点的通知\n"
            "1.推进紧密型医联体建设，年内实现县域全覆盖。\n"
            "2.加强公共卫生体系建设，完善疾控网络。\n"
            "3.提升基层服务能力，推进乡镇卫生院标准化建设。\n"
            "（以上第1、2项由市卫健委牵头，市财政局配合）\n")
    doc, ex = extract_text(text, "xiamen-numbered-closing.txt")
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    pair = {(X + "卫生健康委员会", "lead"), (X + "财政局", "support")}
    assert got["推进紧密型医"] == pair and got["加强公共卫生"] == pair
    assert got["提升基层服务"] == set()
    quotes_are_original(doc, ex)
