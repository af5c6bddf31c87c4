"""The jurisdiction of a text that never names its own place in the usual way (a page's
excerpt, a repost whose only place is its source line, a province's notice that writes only
省人民政府): written for these tests, one kind each."""

from owner_support import explicit_owners, extract_text, quotes_are_original

from medgraph.extract.entities import detect_jurisdiction


def _bodies(ex) -> set[str]:
    return {n.name for n in ex.nodes if n.label == "Bureau"}


REPOST = """来源：绍兴市人民政府 https://example-news.com/a/1.html
《关于支持中小企业稳岗纾困的若干措施》
为深入贯彻落实省政府有关部署，结合绍兴实际，制定如下措施。
一、加大财政补助。（责任单位：市财政局、市人力社保局）
二、减免房屋租金。（责任单位：市国资委）
"""


def test_a_repost_whose_only_place_is_its_source_line():
    assert detect_jurisdiction(REPOST) == "绍兴"
    doc, ex = extract_text(REPOST, "repost.txt")
    # the province of a prefecture-level city is the gazetteer's: 省政府 is Zhejiang's
    assert _bodies(ex) == {"绍兴市财政局", "绍兴市人力资源和社会保障局", "绍兴市国有资产监督管理委员会", "浙江省人民政府"}
    assert explicit_owners(ex) == {"加大财政补助": {("绍兴市财政局", "lead"), ("绍兴市人力资源和社会保障局", "support")},
                                   "减免房屋租金": {("绍兴市国有资产监督管理委员会", "lead")}}
    quotes_are_original(doc, ex)


def test_a_remark_after_reposting_names_no_place():
    # 转载X市… is a remark about the page, not the page's 来源 field: no city from it
    note = REPOST.replace("来源：绍兴市人民政府 ", "来源：example-news.com（转载绍兴市政策文件） ")
    assert detect_jurisdiction(note) == ""


def test_a_provinces_own_number_and_a_province_named_once():
    text = "省人民政府关于进一步优化营商环境的若干意见\n湘政发〔2025〕3号\n各市州人民政府，省政府各厅委：\n现提出如下意见。\n"
    assert detect_jurisdiction(text) == "湖南"
    # a number it only cites says nothing; one province named beside its 省X厅 does
    cited = "省卫生健康委关于做好义诊工作的通知\n根据《关于做好义诊的通知》（湘卫发〔2024〕2号），省卫生健康委、省财政厅部署如下。\n"
    assert detect_jurisdiction(cited) == ""
    named = cited + "联系单位：江西省中医药研究院。\n"
    assert detect_jurisdiction(named) == "江西"


def test_a_province_then_its_city_in_the_head_is_the_city():
    text = "(山东省)青岛市2024年政府工作报告任务分解\n1.推进医疗资源扩容。（牵头单位：市卫生健康委）\n"
    assert detect_jurisdiction(text) == "青岛"
    doc, ex = extract_text(text, "city.txt")
    assert _bodies(ex) == {"青岛市卫生健康委员会"}


def test_a_district_named_only_in_the_source_line_when_the_text_speaks_as_a_district():
    text = ("来源：宝鸡市陈仓区人民政府 https://example.org/b.html\n创建卫生城市方案\n"
            "为完成我区创卫任务，制定本方案。\n一、加强环境整治。（责任单位：区卫健局、区财政局）\n")
    doc, ex = extract_text(text, "district.txt")
    assert _bodies(ex) == {"宝鸡市陈仓区卫生健康局", "宝鸡市陈仓区财政局"}
    # a city's text (no 我区, no 区政府) takes no district from its source line
    city = text.replace("我区", "我市").replace("区卫健局、区财政局", "市卫健局、市财政局")
    doc, ex = extract_text(city, "city2.txt")
    assert _bodies(ex) == {"宝鸡市卫生健康局", "宝鸡市财政局"}


def test_a_bracketed_remark_in_the_source_line_names_no_district():
    # the site (宝鸡市人民政府网站) names the city; the remark in brackets after it is no evidence
    text = ("来源：宝鸡市人民政府网站（转载宝鸡市陈仓区卫生城市方案） http://example.org/陈仓区/b.html\n创建卫生城市方案\n"
            "为完成我区创卫任务，制定本方案。\n一、加强环境整治。（责任单位：区卫健局、区财政局）\n")
    assert detect_jurisdiction(text) == "宝鸡"
    doc, ex = extract_text(text, "remark.txt")
    assert not any("陈仓区" in n for n in _bodies(ex)), _bodies(ex)
    quotes_are_original(doc, ex)
