"""Review probe (another province's task list): a province's own notice (湖南省人民政府办公厅关于…)
that lists its capital's bodies among the units (长沙海关, 长沙市人民政府) was read as 长沙's document —
detect_jurisdiction took any city of the province in the head as "more precise" (meant for 湖北省
武汉市… written together) — so its bare 交通运输厅/财政厅 became false bodies 长沙市交通运输厅/长沙市财政厅;
and a customs office's city (长沙海关、商务厅) was lent to the next bare name (长沙商务厅). Now the
province's own heading keeps its place unless a city of it follows right after (湖北省武汉市…), and a
customs office lends no level. Documents written for this review."""

from owner_support import explicit_owners, extract_text, quotes_are_original

HUNAN = """湖南省人民政府办公厅关于印发湖南省2031年重点工作任务分工方案的通知
各市州人民政府，省政府各厅委、各直属机构：
现将《湖南省2031年重点工作任务分工方案》印发给你们，请认真贯彻落实。
一、加快农村公路建设，提升通行能力。（责任单位：各市州人民政府、交通运输厅、财政厅）
二、提升口岸通关效率，优化通关流程。（责任单位：长沙海关、商务厅，2031年底前完成）
三、加强生态环境保护，推进污染防治。（责任单位：省生态环境厅、长沙市人民政府、水利厅）
"""


def test_a_province_notice_naming_its_capital_stays_the_province():
    doc, ex = extract_text(HUNAN, "hunan.txt")
    assert explicit_owners(ex) == {
        "加快农村公路建设，提升通行能力": {("湖南省交通运输厅", "lead"), ("湖南省财政厅", "support")},
        "提升口岸通关效率，优化通关流程": {("中华人民共和国长沙海关", "lead"), ("湖南省商务厅", "support")},
        "加强生态环境保护，推进污染防治": {("湖南省生态环境厅", "lead"), ("长沙市人民政府", "support"),
                                  ("湖南省水利厅", "support")},
    }
    assert not [x.name for x in ex.nodes if x.label == "Bureau" and x.name.startswith("长沙") and x.name.endswith("厅")]
    quotes_are_original(doc, ex)


def test_province_then_its_city_is_the_city():
    text = ("湖北省武汉市卫生健康委员会关于印发武汉市医疗服务提升方案的通知\n"
            "一、新建社区医院5家。（责任单位：市卫健委、市财政局）\n二、新建养老中心3家。（责任单位：市民政局）\n")
    doc, ex = extract_text(text, "wuhan.txt")
    assert explicit_owners(ex) == {"新建社区医院5家": {("武汉市卫生健康委员会", "lead"), ("武汉市财政局", "support")},
                                   "新建养老中心3家": {("武汉市民政局", "lead")}}
