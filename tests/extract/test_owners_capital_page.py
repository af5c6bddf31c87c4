"""A page cut out of a longer task list: the text never names its city but speaks of the
capital as its own (首都, 进京), and the owner field lines of the item cut off above the page
open it. Written for these tests (a new layout: 责任单位 / 协同单位 field lines)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

from medgraph.extract.entities import detect_jurisdiction

PAGE = """来源：example.org（法规库转载，第3页） https://example.org/law/1_3.html
级联动的应急值守制度。
责任单位:市应急局
协同单位:市卫生健康委、各区政府
四、完善进京蔬菜的产地准出与市场准入衔接,保障首都市场供应。
责任单位:市农业农村局、市市场监管局
协同单位:市商务局
五、健全基层网格化监管队伍。在社区明确专职人员。
"""


def test_the_capital_named_as_its_own_is_beijing():
    assert detect_jurisdiction(PAGE) == "北京"
    # a text naming no city and no capital says nothing
    assert detect_jurisdiction(PAGE.replace("进京", "进城").replace("首都", "本地")) == ""


def test_field_lines_of_a_cut_item_own_no_later_item():
    doc, ex = extract_text(PAGE, "page.txt")
    owners = explicit_owners(ex)
    assert owners["完善进京蔬菜的产地准出与市场准入衔接,保障首都市场供应"] == {
        ("北京市农业农村局", "lead"), ("北京市市场监督管理局", "lead"), ("北京市商务局", "support")}
    # 协同单位:市卫生健康委 closes the item cut off above the page: item 五 names no owner
    assert owners["健全基层网格化监管队伍"] == set()
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert quotes == {"责任单位:市农业农村局、市市场监管局", "协同单位:市商务局"}
    quotes_are_original(doc, ex)


def test_a_heading_with_its_owner_field_line_still_owns_its_items():
    text = ("北京市促进首都消费的若干措施\n二、扩大服务消费\n牵头单位：市商务局\n（一）发展夜间经济。\n"
            "（二）培育消费新场景。\n")
    doc, ex = extract_text(text, "heading.txt")
    owners = explicit_owners(ex)
    assert owners["发展夜间经济"] == {("北京市商务局", "lead")}
    assert owners["培育消费新场景"] == {("北京市商务局", "lead")}
    quotes_are_original(doc, ex)
